#include "DocumentReader.h"

#include "DocxReader.h"

#include <QFile>

#include <QFileInfo>

namespace evalreview::ingest {

ReadResult readDocument(const QString &path, const ReadOptions &options)
{
    ReadResult r;
    if (!QFileInfo::exists(path)) {
        r.error = ReadError::NotFound;
        r.message = QStringLiteral("The file %1 does not exist.").arg(path);
        return r;
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(2) == QByteArrayLiteral("PK")) {
        return readDocx(path, options);
    }
    r.error = ReadError::NotSupported;
    r.message = QStringLiteral("Reading documents is not available in this build yet.");
    return r;
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
