#pragma once

#include "LineBuilder.h"

namespace evalreview::ingest {

/// Splits the lines of one reading region (top to bottom, no wide gaps inside) into
/// paragraph-like blocks: a new block starts where the font size changes, where the vertical
/// gap grows well past the usual line spacing, at a first-line indent, and at a bullet.
QList<TextBlock> buildBlocks(const QList<TextLine> &lines, int column, const PageMetrics &metrics);

/// True when the text starts with a list bullet or an item number such as "1." or "(a)".
bool startsListItem(const QString &text);

} // namespace evalreview::ingest
