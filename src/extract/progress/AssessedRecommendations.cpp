#include "AssessedRecommendations.h"

#include "evaluation/EvaluationParts.h"
#include "mr/TextFold.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace evalreview::extract::progress {

QString statedStatus(const QString &text)
{
    // a sentence about this recommendation, then the first status it names (folded text, so
    // "mise en oeuvre" and "aplicada" need no accents)
    static const QRegularExpression sentence(QStringLiteral(
        "[^.;]*\\b(?:this|the|cette|la|esta)\\s+(?:recommendation|recommandation|recomendacion)\\b[^.;]*"));
    static const QRegularExpression status(QStringLiteral(
        "\\b(not implemented|partially implemented|fully implemented|under implementation|implemented|in progress|"
        "closed|superseded|no longer relevant|non mise en (?:oe|œ)uvre|partiellement mise en (?:oe|œ)uvre|"
        "mise en (?:oe|œ)uvre|en cours|no aplicada|parcialmente aplicada|aplicada|implementada|en curso)\\b"));
    // the last such sentence: an assessment ends with its conclusion
    const QString folded = mr::fold(text);
    QString found;
    for (auto it = sentence.globalMatch(folded); it.hasNext();) {
        const auto s = it.next();
        if (const auto m = status.match(s.captured(0)); m.hasMatch()) {
            found = text.mid(s.capturedStart(0) + m.capturedStart(1), m.capturedLength(1));
            found[0] = found[0].toUpper();
        }
    }
    return found;
}

QJsonArray readAssessedRecommendations(const DocumentContent &content, const DocLines &lines)
{
    const QList<evaluation::LabelledRecommendation> recs = evaluation::findLabelledRecommendations(content, lines);
    QJsonArray out;
    for (qsizetype k = 0; k < recs.size(); ++k) {
        const evaluation::LabelledRecommendation &r = recs[k];
        // the assessment: what follows the recommendation up to the next one or a larger heading,
        // without lines set smaller than the body (footnotes)
        const qsizetype limit = k + 1 < recs.size() ? recs[k + 1].label : lines.size();
        QList<qsizetype> assessment;
        constexpr double kSmaller = 0.92, kLarger = 1.15;
        for (qsizetype j = r.end; j < limit && !lines.isLarger(j, kLarger); ++j) {
            if (lines.at(j).fontSize >= lines.bodySize() * kSmaller) {
                assessment.append(j);
            }
        }
        // a heading line right before the next label is that one's, not this assessment's
        while (!assessment.isEmpty() && lines.isHeading(assessment.last())) {
            assessment.removeLast();
        }
        static const QRegularExpression paragraphNumber(QStringLiteral("^\\d{1,3}\\.\\s+"));
        const QString progress = lines.join(assessment).remove(paragraphNumber);
        auto orNull = [](const QJsonValue &v) { return v.isString() && v.toString().isEmpty() ? QJsonValue() : v; };
        const QString status = statedStatus(progress);
        const QJsonArray who = r.record.value(QStringLiteral("addressed_to")).toArray();
        QStringList responsible;
        for (const QJsonValue &w : who) {
            responsible.append(w.toString());
        }
        Provenance source = lines.provenance(assessment);
        QJsonObject item{
            {QStringLiteral("id"), r.record.value(QStringLiteral("id"))},
            {QStringLiteral("section"), r.record.value(QStringLiteral("section"))},
            {QStringLiteral("title"), r.record.value(QStringLiteral("title"))},
            {QStringLiteral("item"), r.record.value(QStringLiteral("text"))},
            {QStringLiteral("status"), status.isEmpty() ? QJsonValue() : QJsonValue(status)},
            {QStringLiteral("responsible"),
             responsible.isEmpty() ? QJsonValue() : QJsonValue(responsible.join(QStringLiteral(", ")))},
            {QStringLiteral("priority"), orNull(r.record.value(QStringLiteral("priority")))},
            {QStringLiteral("target_date"), orNull(r.record.value(QStringLiteral("timing")))},
            {QStringLiteral("progress"), progress.isEmpty() ? QJsonValue() : QJsonValue(progress)},
        };
        QJsonArray src = r.record.value(QStringLiteral("source")).toArray();
        for (const QJsonValue &v : source.toJson()) {
            src.append(v);
        }
        item.insert(QStringLiteral("source"), src);
        out.append(item);
    }
    return out;
}

} // namespace evalreview::extract::progress
