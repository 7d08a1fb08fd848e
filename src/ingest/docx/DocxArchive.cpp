#include "DocxArchive.h"

#include <algorithm>

namespace evalreview::ingest::docx {

DocxArchive::DocxArchive(const QString &path)
{
    m_zip.open(path);
}

DocxArchive::Status DocxArchive::readPart(const QString &name, QByteArray &out, qint64 limit)
{
    out.clear();
    if (!m_zip.isOpen()) {
        return Status::Damaged;
    }
    if (!m_zip.contains(name)) {
        return Status::Missing;
    }
    const qint64 declared = m_zip.uncompressedSize(name);
    const qint64 packed = std::max<qint64>(1, m_zip.compressedSize(name));
    if (declared < 0) {
        return Status::Damaged;
    }
    if (declared > limit || (declared > 1024 * 1024 && declared / packed > MaxCompressionRatio)) {
        return Status::TooLarge;
    }
    // Never trust the declared size: reading stops as soon as the real data passes what the
    // limit and the compression ratio allow.
    const qint64 allowed = std::min(limit, std::max<qint64>(1024 * 1024, packed * MaxCompressionRatio));
    ZipArchive::ReadStatus status = ZipArchive::ReadStatus::Damaged;
    out = m_zip.read(name, allowed, &status);
    switch (status) {
    case ZipArchive::ReadStatus::Ok:
        return Status::Ok;
    case ZipArchive::ReadStatus::Missing:
        return Status::Missing;
    case ZipArchive::ReadStatus::TooLarge:
        return Status::TooLarge;
    case ZipArchive::ReadStatus::Damaged:
        break;
    }
    return Status::Damaged;
}

} // namespace evalreview::ingest::docx
