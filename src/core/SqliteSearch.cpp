// Full-text search over the library's FTS5 index.
#include "SearchQuery.h"
#include "SearchSql.h"
#include "SqliteLibraryStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <spdlog/spdlog.h>
#include <vector>

namespace evalreview {

namespace {

// Ranking is bounded: scores are computed for at most this many matches, the newest first (index
// order), so a very common word costs the same as a rare one. Past it the total is an estimate.
constexpr int kRankWindow = 1000;

struct Candidate
{
    double score;
    qint64 rowid;
};

} // namespace

QString search_sql::window()
{
    return QStringLiteral("SELECT rowid, evalreview_rank(search_index) FROM search_index"
                          " WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT %1")
        .arg(kRankWindow);
}

QString search_sql::detail()
{
    return QStringLiteral(
        "SELECT search_index.source_type, search_index.source_id, search_index.document_id,"
        " search_index.page_no, snippet(search_index, 0, '[', ']', '…', 16),"
        " coalesce(nullif(d.title, ''), d.file_name, ''),"
        " CASE search_index.source_type WHEN 'recommendation' THEN search_index.source_id"
        " WHEN 'response' THEN search_index.source_id"
        " WHEN 'action' THEN (SELECT recommendation_id FROM actions WHERE id = search_index.source_id)"
        " WHEN 'donor_comment' THEN (SELECT recommendation_id FROM donor_comments"
        " WHERE id = search_index.source_id) ELSE 0 END"
        " FROM search_index LEFT JOIN documents d ON d.id = search_index.document_id"
        " WHERE search_index MATCH ?1 AND search_index.rowid = ?2");
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

    auto run = [&](const QString &expression) {
        result.hits.clear();
        std::vector<Candidate> window;
        window.reserve(kRankWindow);
        {
            sql::Statement top = m_db.prepare(search_sql::window());
            top.bind(1, expression);
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
        const std::size_t shown = std::min(window.size(), std::size_t(limit));
        std::partial_sort(window.begin(), window.begin() + qsizetype(shown), window.end(),
                          [](const Candidate &a, const Candidate &b) {
                              return a.score != b.score ? a.score < b.score : a.rowid > b.rowid;
                          });
        // Details, snippet, document title and owning recommendation for the hits shown only.
        sql::Statement detail = m_db.prepare(search_sql::detail());
        for (std::size_t i = 0; i < shown; ++i) {
            detail.reset();
            detail.bind(1, expression).bind(2, window[i].rowid);
            if (!detail.next()) {
                continue;
            }
            SearchHit h;
            h.score = window[i].score;
            h.sourceType = detail.text(0);
            h.sourceId = detail.integer(1);
            h.documentId = detail.integer(2);
            h.page = int(detail.integer(3));
            h.snippet = detail.text(4);
            h.documentTitle = detail.text(5);
            h.recommendationId = detail.integer(6);
            result.hits.append(h);
        }
    };

    try {
        run(parsed.ftsExpression());
    } catch (const sql::Error &e) {
        spdlog::warn("search expression refused ({}); falling back to a phrase", e.what());
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
