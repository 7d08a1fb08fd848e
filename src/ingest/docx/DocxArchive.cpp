#include "DocxArchive.h"

namespace evalreview::ingest::docx {

DocxArchive::DocxArchive(const QString &path)
{
    m_open = m_zip.open(path);
}

DocxArchive::~DocxArchive() = default;

DocxArchive::Status DocxArchive::readPart(const QString &name, QByteArray &out, qint64 limit)
{
    out.clear();
    if (!m_open) {
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
    // Never trust the declared size: the reader stops as soon as the real data passes the limit.
    const qint64 ratioLimit = std::max<qint64>(1024 * 1024, packed * MaxCompressionRatio);
    bool ok = false;
    out = m_zip.read(name, std::min(limit, ratioLimit), &ok);
    if (!ok) {
        out.clear();
        return Status::Damaged; // too large for the limits, CRC mismatch or truncated data
    }
    return Status::Ok;
}

} // namespace evalreview::ingest::docx
