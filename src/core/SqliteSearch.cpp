// Full-text search over the library's FTS5 index.
#include "SearchQuery.h"
#include "SqliteLibraryStore.h"

#include <QElapsedTimer>
#include <QHash>

#include <spdlog/spdlog.h>

namespace evalreview {

namespace {

// Ranking is bounded: bm25 is computed over at most this many matches (the first ones in index
// order), so a very common word costs the same as a rare one. The total is an estimate past it.
constexpr int kRankWindow = 2000;

QString recommendationOwnerSql(const QString &type)
{
    if (type == QLatin1String("recommendation") || type == QLatin1String("response")) {
        return QStringLiteral("SELECT ?1");
    }
    if (type == QLatin1String("action")) {
        return QStringLiteral("SELECT recommendation_id FROM actions WHERE id = ?1");
    }
    if (type == QLatin1String("donor_comment")) {
        return QStringLiteral("SELECT recommendation_id FROM donor_comments WHERE id = ?1");
    }
    return {};
}

} // namespace

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
        sql::Statement top = m_db.prepare(QStringLiteral(
            "SELECT rowid, score FROM (SELECT rowid, bm25(search_index) AS score FROM search_index"
            " WHERE search_index MATCH ?1 LIMIT %1) ORDER BY score LIMIT ?2")
                                              .arg(kRankWindow));
        top.bind(1, expression).bind(2, limit);
        sql::Statement detail = m_db.prepare(QStringLiteral(
            "SELECT source_type, source_id, document_id, page_no, snippet(search_index, 0, '[', ']', '…', 16)"
            " FROM search_index WHERE search_index MATCH ?1 AND rowid = ?2"));
        while (top.next()) {
            detail.reset();
            detail.bind(1, expression).bind(2, top.integer(0));
            if (!detail.next()) {
                continue;
            }
            SearchHit h;
            h.score = top.real(1);
            h.sourceType = detail.text(0);
            h.sourceId = detail.integer(1);
            h.documentId = detail.integer(2);
            h.page = int(detail.integer(3));
            h.snippet = detail.text(4);
            result.hits.append(h);
        }
        sql::Statement count = m_db.prepare(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT %1)")
                .arg(kRankWindow + 1));
        count.bind(1, expression);
        result.estimatedTotal = count.next() ? count.integer(0) : 0;
    };

    try {
        run(parsed.ftsExpression());
    } catch (const sql::Error &e) {
        spdlog::warn("search expression refused ({}); falling back to a phrase", e.what());
        try {
            run(parsed.phraseExpression());
        } catch (const sql::Error &) {
            result.hits.clear();
            result.message = QStringLiteral("This search could not be understood; try plain words.");
        }
    }

    // Titles and owning recommendations for the few hits shown.
    QHash<qint64, QString> titles;
    sql::Statement title = m_db.prepare(QStringLiteral("SELECT title, file_name FROM documents WHERE id = ?"));
    for (SearchHit &h : result.hits) {
        if (!titles.contains(h.documentId)) {
            title.reset();
            title.bind(1, h.documentId);
            titles.insert(h.documentId, title.next() ? (title.text(0).isEmpty() ? title.text(1) : title.text(0))
                                                     : QString());
        }
        h.documentTitle = titles.value(h.documentId);
        const QString ownerSql = recommendationOwnerSql(h.sourceType);
        if (!ownerSql.isEmpty()) {
            sql::Statement owner = m_db.prepare(ownerSql);
            owner.bind(1, h.sourceId);
            h.recommendationId = owner.next() ? owner.integer(0) : 0;
        }
    }
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace evalreview
