#include "ZipArchive.h"

#include <QFile>

#include <zip.h>

namespace evalreview::ingest {

ZipArchive::~ZipArchive()
{
    if (m_zip) {
        zip_discard(m_zip);
    }
}

bool ZipArchive::open(const QString &path)
{
    if (m_zip) { // an archive opened again reads the new file; the old handle is let go
        zip_discard(m_zip);
        m_zip = nullptr;
    }
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_zip) {
        // Some writers produce archives that fail the strict consistency check but read fine.
        m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    }
    return m_zip != nullptr;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

qint64 ZipArchive::uncompressedSize(const QString &name) const
{
    zip_stat_t st;
    if (!m_zip || zip_stat(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        return -1;
    }
    return qint64(st.size);
}

qint64 ZipArchive::compressedSize(const QString &name) const
{
    zip_stat_t st;
    if (!m_zip || zip_stat(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE, &st) != 0 ||
        !(st.valid & ZIP_STAT_COMP_SIZE)) {
        return -1;
    }
    return qint64(st.comp_size);
}

QByteArray ZipArchive::read(const QString &name, qint64 maxBytes, ReadStatus *status) const
{
    ReadStatus dummy;
    ReadStatus &result = status ? *status : dummy;
    result = ReadStatus::Damaged;
    if (!m_zip) {
        return {};
    }
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        result = ReadStatus::Missing;
        return {};
    }
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        return {};
    }
    QByteArray out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            zip_fclose(file);
            return {}; // CRC mismatch or truncated data
        }
        if (n == 0) {
            break;
        }
        if (out.size() + n > maxBytes) {
            zip_fclose(file);
            result = ReadStatus::TooLarge;
            return {};
        }
        out.append(buffer, qsizetype(n));
    }
    if (zip_fclose(file) != 0) {
        return {};
    }
    result = ReadStatus::Ok;
    return out;
}

} // namespace evalreview::ingest
