#pragma once

#include "LineBuilder.h"

namespace evalreview::ingest {

/// A region of the page read as one unit: its fragments, and its column number (0-based,
/// counted left to right inside the nearest split into columns).
struct ReadingRegion
{
    QList<LineFragment> fragments;
    int column = 0;
};

/// Orders the fragments of a page for reading by recursive whitespace cuts. A region is split
/// into columns at vertical gutters (strips of whitespace running its full height) and read
/// column by column; where no gutter runs through it, it is split into bands at wide horizontal
/// gaps, top to bottom. Full-width titles thus stay above the columns they head, and a side box
/// becomes a region of its own. A region whose columns share their row gaps (a table) is read
/// band by band instead.
QList<ReadingRegion> readingRegions(const QList<LineFragment> &fragments, const PageMetrics &metrics);

} // namespace evalreview::ingest
