#pragma once

#include "RecommendationTypes.h"

#include <optional>

namespace evalreview {

namespace sql {
class Database;
}

/// Read-only queries over the recommendations of a library: filtered and paged lists, facet
/// counts, one record in full, and the regions of a page. Every query is indexed SQL; the text
/// criterion goes through the full-text index. Uses the connection of the calling thread.
class RecommendationQuery
{
public:
    explicit RecommendationQuery(sql::Database &db) : m_db(db) {}

    qint64 count(const RecommendationFilter &filter);
    /// One page of the filtered list. `matching` (the count, when the caller knows it) lets the
    /// query choose its plan: a filter that keeps many rows walks the index in display order and
    /// stops after one page; a selective one looks up its few rows and sorts them.
    QList<RecommendationRow> rows(const RecommendationFilter &filter, qint64 offset, int limit,
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

    /// Turns what a person types into the text criterion's FTS expression (prefix on the last word).
    static QString textExpression(const QString &typed);

private:
    sql::Database &m_db;
};

} // namespace evalreview
