#include "ExtractionReport.h"

#include "ClassifierCues.h"
#include "Model.h"

#include <QJsonArray>

namespace evalreview::extract {

namespace {

bool filled(const QJsonValue &v)
{
    return v.isString() && !v.toString().trimmed().isEmpty();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        out.append(s.toString());
    }
    return out;
}

} // namespace

ExtractionReport ExtractionReport::of(const QJsonObject &extraction, const QStringList &extractorWarnings)
{
    ExtractionReport r;
    r.warnings = extractorWarnings;
    const QJsonArray recs = extraction.value(QLatin1String("recommendations")).toArray();
    r.recommendations = static_cast<int>(recs.size());
    for (const QJsonValue &v : recs) {
        const QJsonObject rec = v.toObject();
        const bool hasResponse = filled(rec.value(QLatin1String("response_text")));
        const bool hasCategory = filled(rec.value(QLatin1String("response_category")));
        r.responses += hasResponse || hasCategory ? 1 : 0;
        r.uncategorisedResponses += hasResponse && !hasCategory ? 1 : 0;
        for (const QJsonValue &a : rec.value(QLatin1String("actions")).toArray()) {
            const QJsonObject action = a.toObject();
            ++r.actions;
            r.actionsWithoutTimeFrame += filled(action.value(QLatin1String("time_frame"))) ? 0 : 1;
            r.actionsWithoutResponsible += filled(action.value(QLatin1String("responsible"))) ? 0 : 1;
        }
    }
    r.donors = strings(extraction.value(QLatin1String("donors")));
    const QString kind = extraction.value(QLatin1String("kind")).toString();
    const QString genre = extraction.value(QLatin1String("genre")).toString();
    const auto named =
        std::find_if(otherGenres().begin(), otherGenres().end(), [&](const Genre &g) { return g.name == genre; });
    if ((kind == kinds::Other || kind == kinds::Unknown) && named != otherGenres().end()) {
        r.warnings.append(QStringLiteral("The document reads as %1, which holds no recommendations of its own: its "
                                         "text is searchable, no record was extracted.")
                              .arg(named->label));
    } else if (kind == kinds::Other || kind == kinds::Unknown) {
        r.warnings.append(QStringLiteral("The document was not recognised as a management response, evaluation "
                                         "report, progress report, newsletter or final report; its text is "
                                         "searchable but no record was extracted."));
    } else if (r.recommendations == 0 && (kind == kinds::ManagementResponse || kind == kinds::EvaluationReport)) {
        r.warnings.append(QStringLiteral("No recommendation was found."));
    }
    if (r.uncategorisedResponses > 0) {
        r.warnings.append(
            r.uncategorisedResponses == 1
                ? QStringLiteral("1 response category was not recognised.")
                : QStringLiteral("%1 response categories were not recognised.").arg(r.uncategorisedResponses));
    }
    return r;
}

void ExtractionReport::noteRecognition(const QList<std::pair<int, double>> &confidence, const QString &language,
                                       const QJsonObject &extraction)
{
    if (confidence.isEmpty()) {
        return;
    }
    constexpr double kUnsureBelow = 70; // mean word confidence of a clean 200-dpi scan: 85 to 95
    ocrLanguage = language;
    for (const auto &[page, mean] : confidence) {
        ocrPages.append(page);
        if (mean < kUnsureBelow) {
            lowConfidencePages.append(page);
        }
    }
    for (const QJsonValue &v : extraction.value(QLatin1String("recommendations")).toArray()) {
        const QJsonObject rec = v.toObject();
        for (const QJsonValue &s : rec.value(QLatin1String("source")).toArray()) {
            if (lowConfidencePages.contains(s.toObject().value(QLatin1String("page")).toInt())) {
                lowConfidenceRecords.append(rec.value(QLatin1String("id")).toString());
                break;
            }
        }
    }
    QStringList pages;
    for (const int p : std::as_const(ocrPages)) {
        pages.append(QString::number(p));
    }
    warnings.append(ocrPages.size() == 1
                        ? QStringLiteral("Page %1 was read from its image by text recognition; check its records "
                                         "against the page.")
                              .arg(pages.constFirst())
                        : QStringLiteral("%1 pages (%2) were read from their images by text recognition; check "
                                         "their records against the pages.")
                              .arg(ocrPages.size())
                              .arg(pages.join(QStringLiteral(", "))));
    if (!lowConfidenceRecords.isEmpty()) {
        warnings.append(QStringLiteral("Text recognition was unsure of the page of %1 recommendation(s): %2.")
                            .arg(lowConfidenceRecords.size())
                            .arg(lowConfidenceRecords.join(QStringLiteral(", "))));
    }
}

ExtractionReport ExtractionReport::fromJson(const QJsonObject &o)
{
    ExtractionReport r;
    r.recommendations = o.value(QLatin1String("recommendations")).toInt();
    r.responses = o.value(QLatin1String("responses")).toInt();
    r.uncategorisedResponses = o.value(QLatin1String("responses_without_category")).toInt();
    r.actions = o.value(QLatin1String("actions")).toInt();
    r.actionsWithoutTimeFrame = o.value(QLatin1String("actions_without_time_frame")).toInt();
    r.actionsWithoutResponsible = o.value(QLatin1String("actions_without_responsible")).toInt();
    r.donors = strings(o.value(QLatin1String("donor_columns")));
    r.warnings = strings(o.value(QLatin1String("warnings")));
    for (const QJsonValue &p : o.value(QLatin1String("ocr_pages")).toArray()) {
        r.ocrPages.append(p.toInt());
    }
    for (const QJsonValue &p : o.value(QLatin1String("low_confidence_pages")).toArray()) {
        r.lowConfidencePages.append(p.toInt());
    }
    r.ocrLanguage = o.value(QLatin1String("ocr_language")).toString();
    r.lowConfidenceRecords = strings(o.value(QLatin1String("low_confidence_records")));
    return r;
}

QJsonObject ExtractionReport::toJson() const
{
    QJsonObject json{
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("responses"), responses},
        {QStringLiteral("responses_without_category"), uncategorisedResponses},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("actions_without_time_frame"), actionsWithoutTimeFrame},
        {QStringLiteral("actions_without_responsible"), actionsWithoutResponsible},
        {QStringLiteral("donor_columns"), QJsonArray::fromStringList(donors)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
    if (!ocrPages.isEmpty()) {
        QJsonArray pages;
        for (const int p : ocrPages) {
            pages.append(p);
        }
        QJsonArray unsure;
        for (const int p : lowConfidencePages) {
            unsure.append(p);
        }
        json.insert(QStringLiteral("ocr_pages"), pages);
        json.insert(QStringLiteral("ocr_language"), ocrLanguage);
        json.insert(QStringLiteral("low_confidence_pages"), unsure);
        json.insert(QStringLiteral("low_confidence_records"), QJsonArray::fromStringList(lowConfidenceRecords));
    }
    return json;
}

} // namespace evalreview::extract
