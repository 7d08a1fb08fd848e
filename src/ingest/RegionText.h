#pragma once

#include "DocumentContent.h"

namespace evalreview::ingest {

/// The words of a page inside a region (their centre in it), in reading order, lines joined as
/// the extraction joins them (end-of-line hyphenation undone): the text of a record a reviewer
/// draws on the page. Empty when no word lies inside.
QString textInRegion(const Page &page, const NormRect &region);

} // namespace evalreview::ingest
