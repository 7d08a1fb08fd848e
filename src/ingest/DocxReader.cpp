#include "DocxReader.h"

#include "docx/DocxArchive.h"
#include "docx/DocxBody.h"
#include "docx/DocxLayout.h"
#include "docx/DocxStyles.h"

namespace evalreview::ingest {

namespace {

ReadResult failure(ReadError error, const QString &message)
{
    return Failure{error, message};
}

ReadResult damaged()
{
    return failure(ReadError::Corrupt, QStringLiteral("This DOCX file is damaged and cannot be read."));
}

ReadResult tooLarge()
{
    return failure(ReadError::TooLarge,
                   QStringLiteral("This DOCX file expands to more text than can be read safely; it was refused."));
}

} // namespace

ReadResult readDocx(const QString &path, const ReadOptions &options)
{
    using docx::DocxArchive;
    DocxArchive archive(path);
    if (!archive.isOpen()) {
        return damaged();
    }
    QByteArray documentXml;
    switch (archive.readPart(QStringLiteral("word/document.xml"), documentXml)) {
    case DocxArchive::Status::Ok:
        break;
    case DocxArchive::Status::TooLarge:
        return tooLarge();
    case DocxArchive::Status::Missing:
    case DocxArchive::Status::Damaged:
        return damaged();
    }
    if (options.isCancelled && options.isCancelled()) {
        return failure(ReadError::Cancelled, QStringLiteral("Reading was cancelled."));
    }
    // Styles and numbering are optional parts; a damaged one only costs formatting.
    constexpr qint64 SmallPartLimit = 5 * 1024 * 1024;
    docx::DocxStyles styles;
    docx::DocxNumbering numbering;
    QByteArray part;
    if (archive.readPart(QStringLiteral("word/styles.xml"), part, SmallPartLimit) == DocxArchive::Status::Ok) {
        styles.parse(part);
    }
    if (archive.readPart(QStringLiteral("word/numbering.xml"), part, SmallPartLimit) == DocxArchive::Status::Ok) {
        numbering.parse(part);
    }
    docx::DocxBody body;
    if (!docx::parseDocxBody(documentXml, styles, numbering, body)) {
        return damaged();
    }
    DocumentContent content = docx::layoutDocxBody(body);
    if (options.progress) {
        options.progress(1, 1);
    }
    return content;
}

} // namespace evalreview::ingest
