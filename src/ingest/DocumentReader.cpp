#include "DocumentReader.h"

#include "DocxReader.h"
#include "FormatDetector.h"
#include "LayoutAnalyzer.h"
#include "PdfReader.h"
#include "TableDetector.h"

#include <QFileInfo>

namespace evalreview::ingest {

namespace {

ReadResult failure(ReadError error, const QString &message)
{
    return Failure{error, message};
}

} // namespace

ReadResult readDocument(const QString &path, const ReadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return failure(ReadError::NotFound, QStringLiteral("The file %1 does not exist.").arg(path));
    }
    if (info.isDir()) {
        return failure(ReadError::NotSupported, QStringLiteral("%1 is a folder, not a document.").arg(path));
    }
    ReadResult result = failure(ReadError::NotSupported, QString());
    switch (detectFileKind(path)) {
    case FileKind::Unreadable:
        return failure(ReadError::NotFound, QStringLiteral("The file %1 cannot be opened.").arg(info.fileName()));
    case FileKind::Empty:
        return failure(ReadError::Empty, QStringLiteral("The file is empty."));
    case FileKind::Other:
        return failure(ReadError::NotSupported,
                       QStringLiteral("This file is neither a PDF nor a Word (DOCX) document."));
    case FileKind::Zip:
        return failure(ReadError::NotSupported,
                       QStringLiteral("This file is a ZIP archive, not a Word (DOCX) document."));
    case FileKind::BrokenZip:
        return failure(ReadError::Corrupt, QStringLiteral("This Word (DOCX) file is damaged and cannot be read."));
    case FileKind::Docx:
        result = readDocx(path, options);
        break;
    case FileKind::Pdf:
        result = readPdf(path, options);
        break;
    }
    if (!result.ok()) {
        return result;
    }
    if (result->format == SourceFormat::Pdf) {
        analyzeLayout(result.value()); // a DOCX arrives laid out, with its tables (see DocxLayout.h)
        detectTables(result.value());
    }
    return result;
}

QString pageBodyText(const Page &page)
{
    QStringList parts;
    for (const TextBlock &b : page.blocks) {
        parts << b.text();
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace evalreview::ingest
