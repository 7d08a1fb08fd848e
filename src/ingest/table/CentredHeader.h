#pragma once

#include "HeaderRow.h"

namespace evalreview::ingest::table {

/// A borderless header whose cells are centred vertically on lines of their own: a one-line cell
/// sits between the lines of its two-line neighbours ("# Recommendation" between "Management
/// response (accepted," and "partially accepted or rejected)"), so no single line holds every
/// column. Found from the middle line (`index`): its cells, the lines just above and below that
/// it overlaps, and their pieces, gathered into columns by where they stand across the page.
std::optional<HeaderRow> centredHeaderAt(const QList<VisualLine> &lines, int index, const Page &page, double wordSpace);

} // namespace evalreview::ingest::table
