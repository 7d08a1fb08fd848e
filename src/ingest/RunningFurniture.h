#pragma once

#include "LineBuilder.h"

namespace evalreview::ingest {

/// Finds running headers, footers and page numbers: fragments near the top or bottom edge whose
/// text repeats, exactly or with other numbers, at about the same height on several pages, and
/// that are set off from the body by more than a line gap (so a table header row repeated at the
/// top of each page stays in the body). Returns, per page, one flag per fragment (true: furniture).
QList<QList<bool>> findRunningFurniture(const QList<QList<LineFragment>> &pages, const QList<PageMetrics> &metrics);

/// The text used to compare furniture candidates: lower case, spaces collapsed, every number
/// (Arabic, or a lone Roman numeral) replaced by "#".
QString furnitureKey(const QString &text);

} // namespace evalreview::ingest
