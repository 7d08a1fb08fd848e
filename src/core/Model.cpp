#include "Model.h"

namespace evalreview {

QStringList kinds::all()
{
    return {ManagementResponse, EvaluationReport, ProgressReport, Newsletter, FinalReport, Other};
}

QStringList followup_status::all()
{
    return {NotStarted, InProgress, PartiallyCompleted, Completed, NoLongerRelevant};
}

bool followup_status::isClosed(const QString &status)
{
    return status == Completed || status == NoLongerRelevant;
}

QString followup_status::label(const QString &status)
{
    if (status == NotStarted) {
        return QStringLiteral("Not started");
    }
    if (status == InProgress) {
        return QStringLiteral("In progress");
    }
    if (status == PartiallyCompleted) {
        return QStringLiteral("Partially completed");
    }
    if (status == Completed) {
        return QStringLiteral("Completed");
    }
    if (status == NoLongerRelevant) {
        return QStringLiteral("No longer relevant");
    }
    return status;
}

QString followup_status::fromText(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return all().contains(key) ? key : QString();
}

} // namespace evalreview
