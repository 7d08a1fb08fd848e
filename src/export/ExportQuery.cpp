#include "ExportQuery.h"

#include "RecommendationQuery.h"

namespace evalreview {

ExportRecord toExportRecord(const RecommendationDetail &d)
{
    ExportRecord r;
    r.documentTitle = d.documentTitle;
    r.sourcePath = d.sourcePath;
    r.code = d.code;
    r.section = d.section;
    r.title = d.title;
    r.text = d.text;
    r.addressedTo = d.addressedTo;
    r.priority = d.priority;
    r.resourceImplications = d.resourceImplications;
    r.timing = d.timing;
    r.responseCategory = d.responseCategory;
    r.responseText = d.responseText;
    for (const ActionDetail &a : d.actions) {
        r.actions.append({a.code, a.text, a.timeFrame, a.responsible, a.status});
    }
    for (const DonorCommentDetail &c : d.donorComments) {
        r.donorComments.append({c.donor, c.text});
    }
    r.status = d.followUp.status;
    r.owner = d.followUp.owner;
    r.dueDate = d.followUp.dueDate.isValid() ? d.followUp.dueDate.toString(Qt::ISODate) : QString();
    r.note = d.followUp.note;
    r.page = d.page;
    const QList<Anchor> regions = d.anchorsFor(QStringLiteral("text"));
    if (!regions.isEmpty()) {
        r.region = regions.first();
    }
    return r;
}

QList<ExportRecord> loadExportRecords(sql::Database &db, const RecommendationFilter &filter)
{
    RecommendationQuery query(db);
    QList<ExportRecord> out;
    constexpr int kPage = 500;
    for (qint64 offset = 0;; offset += kPage) {
        const QList<RecommendationRow> rows = query.rows(filter, offset, kPage);
        for (const RecommendationRow &row : rows) {
            if (const auto detail = query.detail(row.id)) {
                out.append(toExportRecord(*detail));
            }
        }
        if (rows.size() < kPage) {
            break;
        }
    }
    return out;
}

} // namespace evalreview
