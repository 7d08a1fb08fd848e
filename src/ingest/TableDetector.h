#pragma once

#include "DocumentContent.h"

namespace evalreview::ingest {

/// Finds tables on the laid-out pages and fills content.tables (rows may span pages).
/// Runs after the layout analysis, so pages already have lines, blocks and furniture.
void detectTables(DocumentContent &content);

} // namespace evalreview::ingest
