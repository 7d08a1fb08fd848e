#pragma once

#include "LineBuilder.h"

namespace evalreview::ingest {

/// Finds running headers, footers and page numbers: fragments near the top or bottom edge whose
/// text repeats, exactly or with other numbers, at about the same height on several pages.
/// Returns, per page, one flag per fragment (true: furniture).
QList<QList<bool>> findRunningFurniture(const QList<QList<LineFragment>> &pages);

/// The text used to compare furniture candidates: lower case, spaces collapsed, every number
/// (Arabic, or a lone Roman numeral) replaced by "#".
QString furnitureKey(const QString &text);

} // namespace evalreview::ingest
