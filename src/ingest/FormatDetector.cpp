#include "FormatDetector.h"

#include <QFile>
#include <quazip/quazip.h>

namespace evalreview::ingest {

namespace {

FileKind zipKind(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return FileKind::BrokenZip;
    }
    const bool word = zip.setCurrentFile(QStringLiteral("word/document.xml"), QuaZip::csInsensitive);
    zip.close();
    return word ? FileKind::Docx : FileKind::Zip;
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
