#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace evalreview::extract::mr {

/// Reads management's position from the response wording (English, French, Spanish):
/// accepted, accepted_with_reservations, partially_accepted, not_accepted, no_position,
/// deferred; empty when the wording says none of these.
QString responseCategory(const QString &responseText);

/// The category given by an answer in a position column ("Accepted? (Yes / No / Partially)"):
/// yes / oui / sí, no / non, partially / en partie / parcialmente, or a category's own wording.
QString answerCategory(const QString &answer);

/// True for a recommendation code as printed in a table's first column: "7", "G1", "SA3",
/// "V7", "3.1a", "3.1.b", "R2", "A.1" (at most a short prefix, then digits with sub-parts).
bool isRecommendationCode(const QString &text);

/// The donor named in a comment column header: "SECO Comments" -> "SECO", "NORAD comments" ->
/// "NORAD", "Comments from Sida" -> "Sida", "Donor comments" -> "Donor". Empty when the header
/// is not a comment column.
QString donorFromHeader(const QString &header);

/// One item of a list inside a cell: its printed label (without "." or ")") and where its text
/// starts and ends in the cell text.
struct ListItem
{
    QString label; ///< "1", "b", "" for a bullet
    qsizetype markerStart = 0;
    qsizetype textStart = 0;
    qsizetype end = 0;
};

/// The top-level items of a list written in a cell, found at line starts: numbers "1." "2)"
/// "1.1", letters "a." "b)", or bullets. Numbers and letters must run in sequence, so that a
/// wrapped line starting with "2." mid-sentence is not taken for an item. The family that
/// starts first in the text is the top level; deeper items stay inside their parent's text.
/// Empty when the cell has no list.
QList<ListItem> findListItems(const QString &text, const QList<qsizetype> &lineStarts);

/// The part of a recommendation cell that names its addressees, priority, resources and timing
/// ("Addressed to: ..., Priority: High, Resource implications: Low, Timing: Short-term").
struct RecommendationMeta
{
    qsizetype start = -1; ///< where the trailer starts in the text; -1 when there is none
    QStringList addressedTo;
    QString priority;
    QString resourceImplications;
    QString timing;
};
RecommendationMeta parseRecommendationMeta(const QString &text);

/// The lead phrase before ":" when the text opens with a short heading-like phrase.
QString leadTitle(const QString &text);

/// Codes of other recommendations a text refers to ("global recommendation Nr. 3",
/// "see recommendation V3", "comments above on V2"), restricted to `knownIds`, in order.
QStringList referencedCodes(const QString &text, const QStringList &knownIds);

} // namespace evalreview::extract::mr
