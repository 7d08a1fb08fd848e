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
    return r;
}

QJsonObject ExtractionReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("responses"), responses},
        {QStringLiteral("responses_without_category"), uncategorisedResponses},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("actions_without_time_frame"), actionsWithoutTimeFrame},
        {QStringLiteral("actions_without_responsible"), actionsWithoutResponsible},
        {QStringLiteral("donor_columns"), QJsonArray::fromStringList(donors)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

} // namespace evalreview::extract
