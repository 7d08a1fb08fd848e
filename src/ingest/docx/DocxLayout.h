#pragma once

#include "DocumentContent.h"
#include "DocxBody.h"

namespace evalreview::ingest::docx {

/// Lays a parsed Word body out on one logical page so that every word, line, block and table
/// cell gets a box: paragraphs stack downwards, text wraps at an estimated average character
/// width, table columns take their widths from w:tblGrid and a row is as tall as its fullest
/// cell. The page is as tall as the whole document; boxes are normalised to it. The boxes are
/// estimates (Word's own line breaking is not reproduced) but keep order, columns and rows, so
/// provenance names page 1 and the region of the row or paragraph.
DocumentContent layoutDocxBody(const DocxBody &body);

} // namespace evalreview::ingest::docx
