#pragma once

#include "DocLines.h"

#include <QJsonArray>
#include <QString>

namespace evalreview::extract::evaluation {

/// Where the recommendations part of a report starts (its heading or label line); -1 if none.
qsizetype findRecommendationsStart(const DocLines &lines);

/// The numbered recommendations after `start`, with area headings as "section" and the
/// "(who, priority, timeframe, resources)" parenthesis or "Priority:"-style labels parsed.
QJsonArray parseRecommendations(const DocLines &lines, qsizetype start);

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

} // namespace evalreview::extract::evaluation
