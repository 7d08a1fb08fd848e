#include "ExportQuery.h"

#include "RecommendationQuery.h"

namespace evalreview {

QList<ExportRecord> loadExportRecords(sql::Database &db, const RecommendationFilter &filter)
{
    RecommendationQuery query(db);
    QList<ExportRecord> out;
    constexpr int kPage = 500;
    for (qint64 offset = 0;; offset += kPage) {
        const QList<RecommendationRow> rows = query.rows(filter, offset, kPage);
        for (const RecommendationRow &row : rows) {
            if (const auto detail = query.detail(row.id)) {
                out.append(*detail);
            }
        }
        if (rows.size() < kPage) {
            break;
        }
    }
    return out;
}

} // namespace evalreview
