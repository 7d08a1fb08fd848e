#pragma once

#include "DocumentContent.h"

#include <QJsonObject>

namespace evalreview::ingest {

/// The layout of a document as JSON: {pages: [{number, width, height, blocks: [{bbox, column,
/// text, lines: [{bbox, text, font_size}]}], furniture: [{bbox, text, font_size}], tables: [...]}]}.
/// Each table sits on its first page: {columns, headers, first_page, last_page, rows: [{page,
/// header, continued, cells: [{text, bbox}]}]}. Boxes are [x0, y0, x1, y1], 0..1 of the page,
/// origin top-left.
QJsonObject layoutToJson(const DocumentContent &content);

/// The body text of the document in reading order, pages separated by form feeds.
QString readingOrderText(const DocumentContent &content);

} // namespace evalreview::ingest
