#include "DocxReader.h"

namespace evalreview::ingest {

ReadResult readDocx(const QString &path, const ReadOptions &options)
{
    Q_UNUSED(path);
    Q_UNUSED(options);
    ReadResult r;
    r.content.format = SourceFormat::Docx;
    r.error = ReadError::NotSupported;
    r.message = QStringLiteral("DOCX reading is not available yet.");
    return r;
}

} // namespace evalreview::ingest
