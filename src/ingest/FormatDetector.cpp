#include "FormatDetector.h"

#include "ZipArchive.h"

#include <QFile>

namespace evalreview::ingest {

namespace {

FileKind zipKind(const QString &path)
{
    ZipArchive zip;
    if (!zip.open(path)) {
        return FileKind::BrokenZip;
    }
    return zip.contains(QStringLiteral("word/document.xml")) ? FileKind::Docx : FileKind::Zip;
}

} // namespace

FileKind detectFileKind(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return FileKind::Unreadable;
    }
    if (file.size() == 0) {
        return FileKind::Empty;
    }
    const QByteArray head = file.read(1024);
    file.close();
    if (head.contains("%PDF-")) {
        return FileKind::Pdf;
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        return zipKind(path);
    }
    return FileKind::Other;
}

} // namespace evalreview::ingest
