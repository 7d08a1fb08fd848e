#pragma once

#include <QString>

namespace evalreview::ingest {

/// What a file holds, judged from its bytes (never from its name).
enum class FileKind
{
    Unreadable, ///< cannot be opened
    Empty,      ///< zero bytes
    Pdf,        ///< "%PDF-" within the first kilobyte
    Docx,       ///< a ZIP archive holding word/document.xml
    Zip,        ///< a ZIP archive that is not a Word document
    BrokenZip,  ///< starts like a ZIP archive but its directory cannot be read
    Other       ///< anything else (text, images, ...)
};

FileKind detectFileKind(const QString &path);

} // namespace evalreview::ingest
