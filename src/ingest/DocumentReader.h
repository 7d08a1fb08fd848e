#pragma once

#include "DocumentContent.h"
#include "Result.h"

#include <functional>

namespace evalreview::ingest {

enum class ReadError
{
    NotFound,     ///< "The file ... does not exist."
    Empty,        ///< "The file is empty."
    NotSupported, ///< neither PDF nor DOCX
    Corrupt,      ///< damaged PDF or DOCX
    Encrypted,    ///< "This PDF is password-protected."
    NoTextLayer,  ///< no words, not even by text recognition of the page images
    TooLarge,     ///< past the page or size limits
    Cancelled,
    BadPageRange ///< the requested pages are not in the document
};

struct ReadOptions
{
    int firstPage = 1;
    int lastPage = 0; ///< 0: to the end
    int threads = 0;  ///< 0: one per core
    /// Documents with more pages are refused with ReadError::TooLarge (a plain reading of a
    /// text page takes a few milliseconds, so the default keeps the worst case well under a minute).
    int maxPages = 5000;
    std::function<bool()> isCancelled;                 ///< polled between pages
    std::function<void(int done, int total)> progress; ///< pages read so far
};

/// The document's content, or why it could not be read.
using ReadResult = Result<DocumentContent, ReadError>;

/// Reads a PDF or DOCX (chosen by content, not by file name) and runs the layout analysis:
/// reading order, running headers and footers, tables with rows across pages.
ReadResult readDocument(const QString &path, const ReadOptions &options = {});

/// The body text of a page in reading order (no running headers or footers), for search.
QString pageBodyText(const Page &page);

} // namespace evalreview::ingest
