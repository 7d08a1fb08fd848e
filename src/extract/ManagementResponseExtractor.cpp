#include "ExtractionReport.h"
#include "Extractors.h"
#include "mr/ColumnMap.h"
#include "mr/DocumentInfo.h"
#include "mr/FormResponses.h"
#include "mr/ParagraphResponses.h"
#include "mr/ResponsePatterns.h"
#include "mr/RowReader.h"
#include "mr/Sections.h"
#include "mr/SummaryAddressees.h"
#include "mr/SummaryCategories.h"
#include "mr/TableResponses.h"

#include <QJsonArray>

namespace evalreview::extract {

using namespace mr;

namespace {

QJsonArray crossReferences(const QList<Recommendation> &recs)
{
    QStringList ids;
    for (const Recommendation &r : recs) {
        if (!r.id.isEmpty()) {
            ids.append(r.id);
        }
    }
    QJsonArray out;
    for (const Recommendation &r : recs) {
        if (r.id.isEmpty()) {
            continue;
        }
        QStringList seen;
        for (const Piece *piece : r.referenceTexts()) {
            for (const QString &to : referencedCodes(piece->text, ids)) {
                if (to == r.id || seen.contains(to)) {
                    continue;
                }
                seen.append(to);
                // No "source" here: a reference is a link between two records, not a text record.
                out.append(QJsonObject{{QStringLiteral("from"), r.id}, {QStringLiteral("to"), to}});
            }
        }
    }
    return out;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject extractManagementResponse(const DocumentContent &content)
{
    const LineJoiner joiner(content);
    const DocumentInfo info = readDocumentInfo(content);
    QList<Recommendation> recs;
    QStringList donors = info.donors;
    QStringList warnings;
    for (const Table &table : content.tables) {
        const ColumnMap map = mapColumns(table.headers);
        if (!map.isResponseTable()) {
            if (map.recommendation >= 0) {
                warnings.append(QStringLiteral("Table on page %1: columns not mapped (%2).")
                                    .arg(table.firstPage)
                                    .arg(table.headers.join(QStringLiteral(" | ")).simplified()));
            }
            continue;
        }
        for (const ColumnMap::Donor &d : map.donors) {
            if (!donors.contains(d.name, Qt::CaseInsensitive) &&
                d.name.compare(QLatin1String("donor"), Qt::CaseInsensitive) != 0) {
                donors.append(d.name);
            }
        }
        recs += readTableResponses(table, map, joiner);
    }
    if (recs.isEmpty()) {
        recs = readFormResponses(content, joiner); // the per-recommendation form of the UN template
        if (recs.isEmpty()) {
            recs = readParagraphResponses(content, joiner); // responses told paragraph by paragraph
        }
    } else {
        // paragraphs beside the tables; a form's own "Recommendation N" labels are no paragraphs
        mergeResponses(recs, readParagraphResponses(content, joiner));
    }
    const QString text = documentText(content);
    nameUnlabelledSection(recs, text);
    addresseesFromSummaries(recs, text);
    categoriesFromSummaryTables(recs, content.tables);

    QJsonArray recommendations;
    QStringList sections;
    for (const Recommendation &r : std::as_const(recs)) {
        recommendations.append(r.toJson());
        if (!r.section.isEmpty() && !sections.contains(r.section)) {
            sections.append(r.section);
        }
    }
    return QJsonObject{
        {QStringLiteral("title"), orNull(info.title)},
        {QStringLiteral("subtitle"), orNull(info.subtitle)},
        {QStringLiteral("donors"), QJsonArray::fromStringList(donors)},
        {QStringLiteral("evaluator"), orNull(info.evaluator)},
        {QStringLiteral("sections"), QJsonArray::fromStringList(sections)},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("cross_references"), crossReferences(recs)},
        {ReportKey, QJsonObject{{QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}}},
    };
}

} // namespace evalreview::extract
