#pragma once

#include "DocLines.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace evalreview::extract::newsletter {

struct Heading
{
    QString text;
    qsizetype first = 0; ///< line index
    qsizetype last = 0;  ///< one past its last line
};

struct Headings
{
    QString title;           ///< the masthead (largest type on the first page)
    QList<Heading> sections; ///< top-level section headings in reading order
    QList<qsizetype> starts; ///< line indexes of every heading (sections and sub-headings)
};

/// Section headings: runs of lines set larger than the body text. A heading that repeats the
/// lead word of the heading before it ("Media assessment" -> "Media messages ...") is taken as
/// its sub-heading, not a section.
Headings findHeadings(const DocLines &lines);

/// The items under an "Upcoming events" (or "upcoming activities") heading, each
/// {"text", "source"}: list items start at the list's indent; lines outside the indent continue
/// an item only when they read as its continuation (lower-case start, or the item so far ends
/// with a comma or a word such as "and", "for").
QJsonArray upcomingEvents(const DocLines &lines, const Headings &headings);

} // namespace evalreview::extract::newsletter
