// libFuzzer target: the DOCX reader on arbitrary bytes. The reader is called directly, so inputs
// that look like PDFs do not end up in Poppler. Two kinds of input:
// - a ZIP package ("PK..."): written as it is, which exercises the package checks (damage, sizes,
//   compression ratio);
// - anything else: WordprocessingML, word/document.xml, then after a NUL byte word/styles.xml,
//   then after another word/numbering.xml, packed into a valid DOCX; most mutations of a package
//   only break its checksums, so this is how the XML readers and the layout get fuzzed.
#include "DocxReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstring>
#include <zip.h>

namespace {

bool writePackage(const QString &path, const uint8_t *data, size_t size)
{
    static const char *const parts[] = {"word/document.xml", "word/styles.xml", "word/numbering.xml"};
    int error = 0;
    zip_t *archive = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        return false;
    }
    size_t start = 0;
    for (size_t part = 0; part < std::size(parts) && start <= size; ++part) {
        const void *nul = size > start ? std::memchr(data + start, 0, size - start) : nullptr;
        const size_t end = nul ? size_t(static_cast<const uint8_t *>(nul) - data) : size;
        zip_source_t *source = zip_source_buffer(archive, data + start, end - start, 0);
        const zip_int64_t index = source ? zip_file_add(archive, parts[part], source, ZIP_FL_OVERWRITE) : -1;
        if (index < 0) {
            zip_source_free(source);
            break;
        }
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
        start = end + 1;
    }
    return zip_close(archive) == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.docx"));
    if (size >= 2 && data[0] == 'P' && data[1] == 'K') {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return 0;
        }
        f.write(reinterpret_cast<const char *>(data), qint64(size));
        f.close();
    } else if (!writePackage(path, data, size)) {
        return 0;
    }
    evalreview::ingest::readDocx(path, {});
    return 0;
}
