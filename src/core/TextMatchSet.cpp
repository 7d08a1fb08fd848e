#include "TextMatchSet.h"

#include "Sqlite.h"

#include <sqlite3.h>

namespace evalreview {

namespace {

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
    m_dataVersion = version;
    m_ownChanges = own;
    return changed;
}

void TextMatchSet::loadOwners()
{
    m_actionOwner = owners(m_db, QStringLiteral("actions"));
    m_commentOwner = owners(m_db, QStringLiteral("donor_comments"));
}

qint64 TextMatchSet::match(const QString &expression)
{
    const bool changed = libraryChanged();
    if (!changed && expression == m_expression) {
        return m_size;
    }
    if (changed) {
        loadOwners();
    }
    m_expression = expression;
    m_bits.clear();
    m_size = 0;
    sql::Statement last = m_db.prepare(QStringLiteral("SELECT max(id) FROM recommendations"));
    const qint64 maxId = last.next() ? last.integer(0) : 0;
    m_bits.assign(std::size_t(maxId / 64 + 1), 0);
    // Rowids encode their source: source id * 8 + type (1 recommendation, 2 response, 3 action, 4 comment).
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid % 8 BETWEEN 1 AND 4"));
    st.bind(1, expression);
    while (st.next()) {
        const qint64 rowid = st.integer(0);
        const auto source = std::size_t(rowid / 8);
        qint64 id = 0;
        switch (rowid % 8) {
        case 1:
        case 2:
            id = qint64(source);
            break;
        case 3:
            id = source < m_actionOwner.size() ? m_actionOwner[source] : 0;
            break;
        case 4:
            id = source < m_commentOwner.size() ? m_commentOwner[source] : 0;
            break;
        }
        if (id <= 0 || id > maxId) {
            continue;
        }
        quint64 &word = m_bits[std::size_t(id) / 64];
        const quint64 bit = quint64(1) << (id % 64);
        if (!(word & bit)) {
            word |= bit;
            ++m_size;
        }
    }
    return m_size;
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
