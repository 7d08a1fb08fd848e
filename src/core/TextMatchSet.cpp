#include "TextMatchSet.h"

#include "SearchQuery.h"
#include "SearchSnippet.h"
#include "Sqlite.h"

#include <algorithm>
#include <bit>
#include <optional>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace evalreview {

namespace {

// recommendation_words indexes prefixes of up to four characters (Schema.cpp, version 4); a longer
// prefix is read as its completions when there are at most this many, each one list of ids read
// into the set (a prefix merges the lists of all its words at once, several times slower).
constexpr int kLongestIndexedPrefix = 4;
constexpr int kMaxCompletions = 64;

/// evalreview_in_set(SET, ID): 1 when the TextMatchSet bound as SET holds ID.
void inSet(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *set = static_cast<const TextMatchSet *>(sqlite3_value_pointer(argv[0], TextMatchSet::kPointerType));
    sqlite3_result_int(context, set && set->contains(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

std::vector<qint32> owners(sql::Database &db, const QString &table)
{
    std::vector<qint32> out;
    sql::Statement st = db.prepare(QStringLiteral("SELECT id, recommendation_id FROM %1").arg(table));
    while (st.next()) {
        const qint64 id = st.integer(0);
        if (id < 0 || id > std::numeric_limits<qint32>::max()) {
            continue;
        }
        if (std::size_t(id) >= out.size()) {
            out.resize(std::max<std::size_t>(std::size_t(id) + 1, out.size() * 3 / 2), 0);
        }
        out[std::size_t(id)] = qint32(st.integer(1));
    }
    return out;
}

} // namespace

TextMatchSet::TextMatchSet(sql::Database &db) : m_db(db)
{
    // Registering again on the same connection replaces the same function: nothing to undo.
    sqlite3_create_function_v2(db.handle(), "evalreview_in_set", 2, SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr, inSet,
                               nullptr, nullptr, nullptr);
}

bool TextMatchSet::libraryChanged()
{
    sql::Statement st = m_db.prepare(QStringLiteral("PRAGMA data_version"));
    const qint64 version = st.next() ? st.integer(0) : 0;
    const qint64 own = sqlite3_total_changes64(m_db.handle());
    const bool changed = version != m_dataVersion || own != m_ownChanges;
    if (changed) {
        m_completions.clear();
        m_ownersLoaded = false;
    }
    m_dataVersion = version;
    m_ownChanges = own;
    return changed;
}

void TextMatchSet::loadOwners()
{
    m_actionOwner = owners(m_db, QStringLiteral("actions"));
    m_commentOwner = owners(m_db, QStringLiteral("donor_comments"));
}

qint64 TextMatchSet::match(const SearchQuery &query)
{
    const bool changed = libraryChanged();
    const SearchQuery::Expander expand = [this](const QString &prefix) { return completions(prefix); };
    const QString expression = query.ftsExpression(expand);
    if (!changed && expression == m_expression) {
        return m_size;
    }
    m_expression = expression;
    sql::Statement last = m_db.prepare(QStringLiteral("SELECT max(id) FROM recommendations"));
    m_maxId = last.next() ? last.integer(0) : 0;
    try {
        // One pass of the words index answers words, prefixes and OR. A phrase needs positions, and
        // NOT is read term by term so that it leaves out the one term after it, as on a team library
        // (FTS5 would leave out the words after it together).
        const bool termByTerm =
            query.hasPhrase() || std::any_of(query.parts().cbegin(), query.parts().cend(),
                                             [](const auto &p) { return p.op == SearchQuery::Part::Not; });
        m_bits = termByTerm ? combinedParts(query, expand) : readRecommendationWords(expression);
    } catch (const sql::Error &e) {
        // A word the index splits into a phrase ("co-operation"): its part is read from the search index.
        spdlog::debug("text filter read part by part: {}", e.what());
        m_bits = combinedParts(query, expand);
    }
    m_size = 0;
    for (const quint64 word : m_bits) {
        m_size += std::popcount(word);
    }
    return m_size;
}

TextMatchSet::Bits TextMatchSet::combinedParts(const SearchQuery &query, const SearchQuery::Expander &expand)
{
    // As on a team library (ServerTextSql.cpp): each term matches the recommendation through any of
    // its parts, terms are joined by AND (NOT: and not), and OR separates alternatives.
    Bits result(std::size_t(m_maxId / 64 + 1), 0);
    std::optional<Bits> group;
    auto close = [&result, &group] {
        if (group) {
            for (std::size_t w = 0; w < result.size(); ++w) {
                result[w] |= (*group)[w];
            }
        }
        group.reset();
    };
    for (const SearchQuery::Part &part : query.parts()) {
        if (part.op == SearchQuery::Part::Or) {
            close();
        }
        const Bits term = partBits(part, expand);
        if (!group) {
            group = part.op == SearchQuery::Part::Not ? everyRecommendation() : Bits(result.size(), ~quint64(0));
        }
        for (std::size_t w = 0; w < group->size(); ++w) {
            (*group)[w] &= part.op == SearchQuery::Part::Not ? ~term[w] : term[w];
        }
    }
    close();
    return result;
}

TextMatchSet::Bits TextMatchSet::partBits(const SearchQuery::Part &part, const SearchQuery::Expander &expand)
{
    if (part.words.size() == 1) {
        try {
            return readRecommendationWords(SearchQuery::termExpression(part, expand));
        } catch (const sql::Error &e) {
            spdlog::debug("a word read from the search index: {}", e.what());
        }
    }
    // A phrase needs positions, which the words index does not keep.
    if (!m_ownersLoaded) { // read again after any change, even one seen by an earlier query
        loadOwners();
        m_ownersLoaded = true;
    }
    return readSearchIndex(SearchQuery::termExpression(part));
}

TextMatchSet::Bits TextMatchSet::everyRecommendation()
{
    Bits bits(std::size_t(m_maxId / 64 + 1), 0);
    sql::Statement st = m_db.prepare(QStringLiteral("SELECT id FROM recommendations"));
    while (st.next()) {
        insert(bits, st.integer(0));
    }
    return bits;
}

QStringList TextMatchSet::completions(const QString &prefix)
{
    const QString folded = foldForSearch(prefix);
    if (folded.size() <= kLongestIndexedPrefix) {
        return {};
    }
    // The vocabulary reads every list of ids of the words it returns: once per prefix and library.
    const auto known = m_completions.constFind(folded);
    if (known != m_completions.constEnd()) {
        return *known;
    }
    QStringList &words = m_completions[folded];
    try {
        m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.recommendation_vocabulary"
                                 " USING fts5vocab(main, recommendation_words, row)"));
        sql::Statement st = m_db.prepare(
            QStringLiteral("SELECT term FROM temp.recommendation_vocabulary WHERE term >= ?1 AND term <= ?2"));
        st.bind(1, folded).bind(2, folded + QString::fromUcs4(U"\U0010FFFF", 1));
        while (st.next()) {
            if (words.size() == kMaxCompletions) {
                words.clear(); // the prefix itself, read at once
                break;
            }
            words << st.text(0);
        }
        return words;
    } catch (const sql::Error &e) {
        spdlog::debug("completions of a prefix not read: {}", e.what());
        words.clear(); // the prefix itself
        return words;
    }
}

TextMatchSet::Bits TextMatchSet::readRecommendationWords(const QString &expression)
{
    Bits bits(std::size_t(m_maxId / 64 + 1), 0);
    sql::Statement st =
        m_db.prepare(QStringLiteral("SELECT rowid FROM recommendation_words WHERE recommendation_words MATCH ?"));
    st.bind(1, expression);
    while (st.next()) {
        insert(bits, st.integer(0));
    }
    return bits;
}

TextMatchSet::Bits TextMatchSet::readSearchIndex(const QString &expression)
{
    Bits bits(std::size_t(m_maxId / 64 + 1), 0);
    // Rowids encode their source: source id * 8 + type (1 recommendation, 2 response, 3 action, 4 comment).
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid % 8 BETWEEN 1 AND 4"));
    st.bind(1, expression);
    while (st.next()) {
        const qint64 rowid = st.integer(0);
        const auto source = std::size_t(rowid / 8);
        switch (rowid % 8) {
        case 1:
        case 2:
            insert(bits, qint64(source));
            break;
        case 3:
            insert(bits, source < m_actionOwner.size() ? m_actionOwner[source] : 0);
            break;
        case 4:
            insert(bits, source < m_commentOwner.size() ? m_commentOwner[source] : 0);
            break;
        }
    }
    return bits;
}

void TextMatchSet::indexDocument(sql::Database &db, qint64 documentId)
{
    sql::Statement st = db.prepare(QStringLiteral("INSERT INTO recommendation_words(rowid, body)"
                                                  " SELECT id, body FROM recommendation_words_text"
                                                  " WHERE document_id = ?"));
    st.bind(1, documentId);
    st.run();
}

void TextMatchSet::indexAfter(sql::Database &db, qint64 lastId)
{
    sql::Statement st = db.prepare(QStringLiteral("INSERT INTO recommendation_words(rowid, body)"
                                                  " SELECT id, body FROM recommendation_words_text WHERE id > ?"));
    st.bind(1, lastId);
    st.run();
}

std::vector<qint64> TextMatchSet::ids() const
{
    std::vector<qint64> out;
    out.reserve(std::size_t(m_size));
    for (std::size_t w = 0; w < m_bits.size(); ++w) {
        for (quint64 word = m_bits[w]; word != 0; word &= word - 1) {
            out.push_back(qint64(w * 64 + std::size_t(__builtin_ctzll(word))));
        }
    }
    return out;
}

} // namespace evalreview
