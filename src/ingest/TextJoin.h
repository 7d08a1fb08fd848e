#pragma once

#include <QString>

namespace evalreview::ingest {

/// Appends the next printed line to text: with a space, or joined across an end-of-line
/// hyphenation ("organi-" + "zation" -> "organization"). A hyphen is kept, without a space,
/// when the next line starts with a capital or a digit, when the word before it is already a
/// hyphenated chain ("face-to-"), or when the pair forms a usual compound ("well-known",
/// "long-term"). Soft hyphens (U+00AD) always join and are removed.
void appendLine(QString &text, const QString &line);

/// Removes soft hyphens (U+00AD) from text.
QString withoutSoftHyphens(QString text);

} // namespace evalreview::ingest
