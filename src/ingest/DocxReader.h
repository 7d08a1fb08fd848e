#pragma once

#include "DocumentReader.h"

namespace evalreview::ingest {

/// Reads the paragraphs and tables of a Word document (word/document.xml) into positioned
/// content. Called by readDocument() once the file is known to be a DOCX.
ReadResult readDocx(const QString &path, const ReadOptions &options);

} // namespace evalreview::ingest
