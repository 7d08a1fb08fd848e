#pragma once

#include "DocumentReader.h"

namespace evalreview::ingest {

/// Reads the words of a PDF page by page with Poppler, in parallel on options.threads threads
/// (one Poppler document per thread). Fills Page::number, sizePt and words only; the layout
/// analysis runs afterwards. options.isCancelled and options.progress are called on the calling
/// thread only.
ReadResult readPdf(const QString &path, const ReadOptions &options);

} // namespace evalreview::ingest
