// Full-text search over the library's FTS5 index.
#include "SearchQuery.h"
#include "SearchSnippet.h"
#include "SearchSql.h"
#include "SqliteLibraryStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <spdlog/spdlog.h>
#include <vector>

namespace evalreview {

namespace {

// Ranking is bounded: scores are computed for at most this many matches, the newest first (index
// order), so a very common word costs the same as a rare one. Past it the total is an estimate.
constexpr int kRankWindow = 1000;

// The longest prefix the index keeps entries for (prefix = '2 3' in Schema.cpp). A longer prefix
// would make FTS5 merge the whole entry lists of every word that starts with it, so it is searched
// as an OR of its most frequent completions instead, at most kMaxCompletions of them.
constexpr int kLongestIndexedPrefix = 3;
constexpr int kMaxCompletions = 32;

struct Candidate
{
    double score;
    qint64 rowid;
};

struct Completion
{
    QString term;
    qint64 rows;
};

QString vocabularyTable()
{
    return QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary"
                          " USING fts5vocab(main, search_index, row)");
}

} // namespace

QString search_sql::window()
{
    return QStringLiteral("SELECT rowid, evalreview_rank(search_index, ?2) FROM search_index"
                          " WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT %1")
        .arg(kRankWindow);
}

QString search_sql::detail()
{
    return QStringLiteral(
        "SELECT search_index.source_type, search_index.source_id, search_index.document_id,"
        " search_index.page_no, search_index.body,"
        " coalesce(nullif(d.title, ''), d.file_name, ''),"
        " CASE search_index.source_type WHEN 'recommendation' THEN search_index.source_id"
        " WHEN 'response' THEN search_index.source_id"
        " WHEN 'action' THEN (SELECT recommendation_id FROM actions WHERE id = search_index.source_id)"
        " WHEN 'donor_comment' THEN (SELECT recommendation_id FROM donor_comments"
        " WHERE id = search_index.source_id) ELSE 0 END"
        " FROM search_index LEFT JOIN documents d ON d.id = search_index.document_id"
        " WHERE search_index.rowid = ?1");
}

QString search_sql::completions()
{
    return QStringLiteral("SELECT term, doc FROM temp.search_vocabulary WHERE term >= ?1 AND term <= ?2");
}

QByteArray SqliteLibraryStore::typicalRowLengths()
{
    // Mean length of the newest rows of each kind, sampled once the index has enough of them.
    constexpr qint64 kSample = 5000;
    if (m_typicalRowSample >= kSample) {
        return m_typicalRowLengths;
    }
    std::array<double, 8> sum{}, count{};
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT id, hex(sz) FROM search_index_docsize ORDER BY id DESC LIMIT %1").arg(kSample));
    qint64 rows = 0;
    while (st.next()) {
        // sz holds one varint per indexed column; body is the only one.
        const QByteArray sz = QByteArray::fromHex(st.text(1).toLatin1());
        qint64 words = 0;
        for (qsizetype i = 0; i < sz.size() && i < 9; ++i) {
            words = (words << 7) | (quint8(sz.at(i)) & 0x7f);
            if (!(quint8(sz.at(i)) & 0x80)) {
                break;
            }
        }
        const auto type = std::size_t(st.integer(0) & 7);
        sum[type] += double(words);
        count[type] += 1;
        ++rows;
    }
    std::array<double, 8> typical{};
    for (std::size_t t = 0; t < typical.size(); ++t) {
        typical[t] = count[t] > 0 ? sum[t] / count[t] : 0.0;
    }
    m_typicalRowLengths = QByteArray(reinterpret_cast<const char *>(typical.data()), int(sizeof(typical)));
    m_typicalRowSample = rows;
    return m_typicalRowLengths;
}

SearchResult SqliteLibraryStore::search(const QString &query, int limit)
{
    SearchResult result;
    QElapsedTimer timer;
    timer.start();
    const SearchQuery parsed(query);
    if (parsed.isEmpty()) {
        result.message = QStringLiteral("Type a word or a \"phrase\" to search.");
        return result;
    }
    limit = std::clamp(limit, 1, 1000);

    // Share of the rows a prefix matches that its kept completions cover (1 when all are kept).
    double coverage = 1.0;
    const SearchQuery::Expander expand = [&](const QString &prefix) -> QStringList {
        const QString folded = foldForSearch(prefix);
        if (folded.size() <= kLongestIndexedPrefix) {
            return {};
        }
        m_db.exec(vocabularyTable());
        sql::Statement st = m_db.prepare(search_sql::completions());
        st.bind(1, folded).bind(2, folded + QString::fromUcs4(U"\U0010FFFF", 1));
        std::vector<Completion> all;
        while (st.next()) {
            all.push_back({st.text(0), st.integer(1)});
        }
        std::sort(all.begin(), all.end(), [](const Completion &a, const Completion &b) {
            return a.rows != b.rows ? a.rows > b.rows : a.term < b.term;
        });
        qint64 total = 0, kept = 0;
        QStringList words;
        for (std::size_t i = 0; i < all.size(); ++i) {
            total += all[i].rows;
            if (i < std::size_t(kMaxCompletions)) {
                kept += all[i].rows;
                words << all[i].term;
            }
        }
        if (kept > 0) {
            coverage = std::min(coverage, double(kept) / double(total));
        }
        return words;
    };

    QList<HighlightTerm> highlight;
    for (const SearchQuery::Part &p : parsed.parts()) {
        if (p.op != SearchQuery::Part::Not) {
            HighlightTerm t;
            for (const QString &w : p.words) {
                t.words << foldForSearch(w);
            }
            t.prefix = p.prefix;
            highlight << t;
        }
    }

    const QByteArray lengths = typicalRowLengths();
    auto run = [&](const QString &expression) {
        result.hits.clear();
        std::vector<Candidate> window;
        window.reserve(kRankWindow);
        {
            sql::Statement top = m_db.prepare(search_sql::window());
            top.bind(1, expression).bind(2, lengths);
            while (top.next()) {
                window.push_back({top.real(1), top.integer(0)});
            }
        }
        result.estimatedTotal = qint64(window.size());
        if (window.size() == std::size_t(kRankWindow)) {
            // Matches spread over the index about evenly: scale by the share of rowids scanned.
            sql::Statement last = m_db.prepare(QStringLiteral("SELECT max(id) FROM search_index_docsize"));
            const qint64 maxRowid = last.next() ? last.integer(0) : 0;
            const qint64 scanned = maxRowid - window.back().rowid + 1;
            if (scanned > 0 && maxRowid > 0) {
                result.estimatedTotal = std::max<qint64>(
                    kRankWindow + 1, qint64(std::llround(double(kRankWindow) * double(maxRowid) / double(scanned))));
            }
        }
        if (coverage < 1.0 && !window.empty()) {
            result.estimatedTotal =
                std::max(result.estimatedTotal + 1, qint64(std::llround(double(result.estimatedTotal) / coverage)));
        }
        const std::size_t shown = std::min(window.size(), std::size_t(limit));
        std::partial_sort(window.begin(), window.begin() + qsizetype(shown), window.end(),
                          [](const Candidate &a, const Candidate &b) {
                              return a.score != b.score ? a.score < b.score : a.rowid > b.rowid;
                          });
        // Details, document title and owning recommendation for the hits shown only, by rowid;
        // the snippet is cut from the stored text here rather than by a second MATCH per hit.
        sql::Statement detail = m_db.prepare(search_sql::detail());
        for (std::size_t i = 0; i < shown; ++i) {
            detail.reset();
            detail.bind(1, window[i].rowid);
            if (!detail.next()) {
                continue;
            }
            SearchHit h;
            h.score = window[i].score;
            h.sourceType = detail.text(0);
            h.sourceId = detail.integer(1);
            h.documentId = detail.integer(2);
            h.page = int(detail.integer(3));
            h.snippet = buildSnippet(detail.text(4), highlight);
            h.documentTitle = detail.text(5);
            h.recommendationId = detail.integer(6);
            result.hits.append(h);
        }
    };

    try {
        run(parsed.ftsExpression(expand));
    } catch (const sql::Error &e) {
        spdlog::warn("search expression refused ({}); falling back to a phrase", e.what());
        coverage = 1.0;
        HighlightTerm all;
        for (const SearchQuery::Part &p : parsed.parts()) {
            for (const QString &w : p.words) {
                all.words << foldForSearch(w);
            }
        }
        highlight = {all};
        try {
            run(parsed.phraseExpression());
        } catch (const sql::Error &) {
            result.hits.clear();
            result.estimatedTotal = 0;
            result.message = QStringLiteral("This search could not be understood; try plain words.");
        }
    }
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace evalreview
