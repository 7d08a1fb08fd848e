#pragma once

#include "DocumentContent.h"

#include <QSet>
#include <QString>

namespace evalreview::ingest {

/// Appends the next printed line to text: with a space, or joined across an end-of-line
/// hyphenation ("organi-" + "zation" -> "organization") or a closed-up em dash. A hyphen is kept, without a space,
/// when the next line starts with a capital or a digit, when the word before it is already a
/// hyphenated chain ("face-to-"), or when the pair forms a usual compound ("well-known",
/// "long-term"). Soft hyphens (U+00AD) always join and are removed. A decision the layout stage
/// took for the previous line (hint) overrides the guess.
void appendLine(QString &text, const QString &line, LineEndHyphen hint = LineEndHyphen::Guess);

/// Text ending in a closed-up em dash ("to date—"): the next line follows it without a space,
/// as a dash set without spaces joins two words.
bool endsWithClosedDash(const QString &text);

/// Decides the line-end hyphens of every block from the document's own words: a pair printed
/// elsewhere with its hyphen inside a line keeps it, a pair printed elsewhere as one word joins.
/// Sets TextLine::endHyphen; pairs the document does not settle stay Guess.
void settleLineEndHyphens(QList<Page> &pages);

/// The lower-case words of the pages with surrounding punctuation removed (hyphens inside kept).
QSet<QString> documentVocabulary(const QList<Page> &pages);

/// Removes soft hyphens (U+00AD) from text.
QString withoutSoftHyphens(QString text);

} // namespace evalreview::ingest
