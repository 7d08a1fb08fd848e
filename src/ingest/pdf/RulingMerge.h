#pragma once

#include "DocumentContent.h"
#include "RulingCollector.h"

#include <QSizeF>

#include <vector>

namespace evalreview::ingest::pdf {

/// Joins the pieces of each drawn line (word processors draw a border per cell, often twice,
/// once for each neighbour) into whole rulings, normalised to the page.
QList<Ruling> mergeRulings(const std::vector<Segment> &segments, const QSizeF &pageSize);

} // namespace evalreview::ingest::pdf
