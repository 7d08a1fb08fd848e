#include "DocxArchive.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace evalreview::ingest::docx {

DocxArchive::DocxArchive(const QString &path) : m_zip(std::make_unique<QuaZip>(path))
{
    m_open = m_zip->open(QuaZip::mdUnzip);
}

DocxArchive::~DocxArchive()
{
    if (m_open) {
        m_zip->close();
    }
}

DocxArchive::Status DocxArchive::readPart(const QString &name, QByteArray &out, qint64 limit)
{
    out.clear();
    if (!m_open) {
        return Status::Damaged;
    }
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        return m_zip->getZipError() == UNZ_OK ? Status::Missing : Status::Damaged;
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        return Status::Damaged;
    }
    const qint64 declared = static_cast<qint64>(info.uncompressedSize);
    const qint64 packed = std::max<qint64>(1, static_cast<qint64>(info.compressedSize));
    if (declared > limit || (declared > 1024 * 1024 && declared / packed > MaxCompressionRatio)) {
        return Status::TooLarge;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::Damaged;
    }
    // Never trust the declared size: stop as soon as the real data passes the limit.
    constexpr qint64 Chunk = 256 * 1024;
    while (true) {
        const QByteArray chunk = file.read(Chunk);
        if (chunk.isEmpty()) {
            break;
        }
        out += chunk;
        if (out.size() > limit || (out.size() > 1024 * 1024 && out.size() / packed > MaxCompressionRatio)) {
            out.clear();
            file.close();
            return Status::TooLarge;
        }
    }
    const bool failed = file.getZipError() != UNZ_OK;
    file.close();
    if (failed || file.getZipError() != UNZ_OK) {
        out.clear();
        return Status::Damaged; // CRC mismatch or truncated data
    }
    return Status::Ok;
}

} // namespace evalreview::ingest::docx
