#pragma once

#include "DocLines.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace evalreview::extract::evaluation {

/// Where the recommendations part of a report starts (its heading or label line); -1 if none.
qsizetype findRecommendationsStart(const DocLines &lines);

/// The numbered recommendations after `start`, with area headings as "section" and the
/// "(who, priority, timeframe, resources)" parenthesis or "Priority:"-style labels parsed.
QJsonArray parseRecommendations(const DocLines &lines, qsizetype start);

/// Recommendations marked by label lines anywhere in the body ("Recommendation 3", alone or
/// followed by the text; "Recommandation n° 3", "Recomendación 3"), outside tables and tables of
/// contents. Each runs to the next label, a heading, the report's next numbered paragraph or a
/// closing heading (conclusions, lessons, annex); "Priority:", "Timeline:", "Responsibility:",
/// "Linked to:" lines (EN/FR/ES) end its text and fill its attributes. The group heading above
/// a label is its section. A recommendation listed twice (summary and chapter) gives one record,
/// the fuller text. Empty when the report has no such labels.
QJsonArray parseLabelledRecommendations(const DocumentContent &content, const DocLines &lines);

/// The same with where each sits: its label line and the line after it (its text, attributes
/// and response), for readers of what follows a recommendation (a follow-up's assessment).
struct LabelledRecommendation
{
    QJsonObject record;
    qsizetype label = 0;
    qsizetype end = 0;
};
QList<LabelledRecommendation> findLabelledRecommendations(const DocumentContent &content, const DocLines &lines);

/// The items listed under a label such as "Lessons learned" (first match of `labels`), as
/// {"text", "source"} objects; empty when the document has no such list.
QJsonArray parseLabelledList(const DocLines &lines, const QStringList &labels, qsizetype from = 0);

/// Where the report carries a management-response annex (a heading naming a management response
/// after the recommendations), its answers fill each recommendation's response_category,
/// response_text, actions and donor_comments, matched by number; an answer to a recommendation
/// the report does not list is added as it stands.
void attachResponseAnnex(const DocumentContent &content, const DocLines &lines, qsizetype recommendationsStart,
                         QJsonArray &recommendations);

/// Headings of the findings part before `end` (the evaluation criteria sections).
QStringList criteriaSections(const DocLines &lines, qsizetype end);

/// Splits the attributes of "(project team, high, medium-term, low)" into the record's fields.
struct RecommendationAttributes
{
    QStringList addressedTo;
    QString priority;
    QString timing;
    QString resources;
    bool found = false;
};
RecommendationAttributes parseAttributes(const QString &parenthesis);

/// A text that closes with its attributes in a parenthesis of labelled parts, in English, French
/// or Spanish: "… (Dirigida a: X, prioridad alta, plazo: corto plazo)". At least two labels, the
/// first right after the bracket; the text before it and the attributes as printed.
struct LabelledTail
{
    QString text;
    RecommendationAttributes attrs;
};
std::optional<LabelledTail> labelledTail(const QString &text);

/// One recommendation in the contract's shape, with no response yet.
QJsonObject recommendationRecord(const QString &id, const QString &section, const QString &text,
                                 const RecommendationAttributes &attrs, const QJsonArray &source);

} // namespace evalreview::extract::evaluation
