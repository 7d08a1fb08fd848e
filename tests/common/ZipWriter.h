#pragma once

// Writes small ZIP packages (DOCX variants, bad archives) for tests, through libzip.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <zip.h>

namespace evalreview::test {

/// `stored`: parts are not compressed (a large repetitive part then passes the readers' ratio limit).
inline bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &parts, bool stored = false)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        return false;
    }
    for (const auto &[name, data] : parts) {
        // libzip reads the buffer when the archive is closed: keep a copy alive until then.
        auto *copy = static_cast<char *>(::malloc(size_t(std::max<qsizetype>(1, data.size()))));
        ::memcpy(copy, data.constData(), size_t(data.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(data.size()), 1);
        const zip_int64_t index =
            source ? zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_OVERWRITE) : -1;
        if (index < 0 || (stored && zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) < 0)) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

} // namespace evalreview::test
