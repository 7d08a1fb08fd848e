#pragma once

#include "DocumentContent.h"

namespace evalreview::ingest {

/// Turns each page's raw words into lines and blocks in reading order, and moves running
/// headers, footers and page numbers to Page::furniture.
void analyzeLayout(DocumentContent &content);

} // namespace evalreview::ingest
