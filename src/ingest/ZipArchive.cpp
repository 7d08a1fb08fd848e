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
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
}

qint64 ZipArchive::uncompressedSize(const QString &name) const
{
    zip_stat_t st;
    if (!m_zip || zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        return -1;
    }
    return qint64(st.size);
}

qint64 ZipArchive::compressedSize(const QString &name) const
{
    zip_stat_t st;
    if (!m_zip || zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_COMP_SIZE)) {
        return -1;
    }
    return qint64(st.comp_size);
}

QByteArray ZipArchive::read(const QString &name, qint64 maxBytes, bool *ok) const
{
    if (ok) {
        *ok = false;
    }
    if (!m_zip) {
        return {};
    }
    zip_file_t *file = zip_fopen(m_zip, name.toUtf8().constData(), 0);
    if (!file) {
        return {};
    }
    QByteArray out;
    char buffer[64 * 1024];
    bool good = true;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            good = false;
            break;
        }
        if (n == 0) {
            break;
        }
        if (out.size() + n > maxBytes) {
            good = false;
            break;
        }
        out.append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    if (!good) {
        return {};
    }
    if (ok) {
        *ok = true;
    }
    return out;
}

} // namespace evalreview::ingest
