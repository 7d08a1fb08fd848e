#pragma once

#include "RecommendationTypes.h"

#include <memory>
#include <optional>
#include <utility>

namespace evalreview {

namespace sql {
class Database;
}
class SearchQuery;
class TextMatchSet;

/// Read-only queries over the recommendations of a library: filtered and paged lists, facet
/// counts, one record in full, and the regions of a page. Every query is indexed SQL; the text
/// criterion goes through the full-text index. Uses the connection of the calling thread.
class RecommendationQuery
{
public:
    explicit RecommendationQuery(sql::Database &db);
    ~RecommendationQuery();

    qint64 count(const RecommendationFilter &filter);
    /// About how many recommendations `filter` keeps, to choose the plan of rows() when the count
    /// is not known yet: exact when that is cheap (no criterion, the text criterion alone, a small
    /// library), otherwise the share kept of a fixed sample of about a thousand recommendations.
    qint64 estimate(const RecommendationFilter &filter);
    /// One page of the filtered list. `matching` (the count, when the caller knows it) lets the
    /// query choose its plan: a filter that keeps many rows walks the index in display order and
    /// stops after one page; a selective one looks up its few rows and sorts them.
    QList<RecommendationRow> rows(const RecommendationFilter &filter, qint64 offset, int limit,
                                  RecommendationSort sort = RecommendationSort::DocumentOrder,
                                  Qt::SortOrder order = Qt::AscendingOrder, qint64 matching = -1);
    /// The page after `after` (the last row of the previous page, from rows() or rowsAfter() with
    /// the same filter and sort): keyset paging, as fast deep in the list as at its start.
    QList<RecommendationRow> rowsAfter(const RecommendationFilter &filter, const RecommendationRow &after, int limit,
                                       RecommendationSort sort = RecommendationSort::DocumentOrder,
                                       Qt::SortOrder order = Qt::AscendingOrder, qint64 matching = -1);
    /// The values `facet` takes under every criterion of `filter` except its own, most frequent first.
    QList<FacetValue> facetValues(Facet facet, const RecommendationFilter &filter);

    std::optional<RecommendationDetail> detail(qint64 recommendationId);
    /// The first recommendation with `code` (in `documentId` when given), preferring PDF sources.
    std::optional<qint64> findByCode(const QString &code, qint64 documentId = 0);
    /// The regions anchored on one page of a document, with the recommendation each belongs to.
    QList<PageRegion> regionsOnPage(qint64 documentId, int page);

    /// Title, source file and format of a document (id 0 when unknown).
    DocumentSource documentSource(qint64 documentId);
    /// Every document's title, source file and format, in the order of the library's list.
    QList<DocumentSource> documentSources();

    /// Turns what a person types into the text criterion (a prefix on the last word).
    static SearchQuery textQuery(const QString &typed);
    /// The text criterion as one FTS expression.
    static QString textExpression(const QString &typed);

private:
    struct Where;
    /// The SQL criteria of `filter`, leaving out the one of `skip` (for facet counts).
    Where whereOf(const RecommendationFilter &filter, std::optional<Facet> skip = std::nullopt);
    QList<RecommendationRow> page(const RecommendationFilter &filter, qint64 offset, const RecommendationRow *after,
                                  int limit, RecommendationSort sort, Qt::SortOrder order, qint64 matching);
    /// All recommendations of the library (cached until the library changes).
    qint64 libraryCount();
    /// Whether a reviewer deleted any recommendation (a probe of a partial index).
    bool hasDeleted();
    /// Whether the library has recurring groups' tables (a read-only library of an older format may not).
    bool hasRecurring();
    /// The sample estimate() reads, as a VALUES list of ids, and how many of them exist.
    std::pair<QString, qint64> sample();

    sql::Database &m_db;
    std::unique_ptr<TextMatchSet> m_text; ///< the text criterion's matches, made on first use
    qint64 m_libraryCount = -1;
    std::optional<bool> m_hasRecurring;
    std::pair<qint64, qint64> m_libraryCountChanges;
    QString m_sample;
    qint64 m_sampleExisting = 0;
};

} // namespace evalreview
