// libFuzzer target: the DOCX reader (ZIP package and WordprocessingML) on arbitrary bytes.
#include "DocumentReader.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.docx"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return 0;
    }
    f.write(reinterpret_cast<const char *>(data), qint64(size));
    f.close();
    evalreview::ingest::readDocument(path);
    return 0;
}
