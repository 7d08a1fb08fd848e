#pragma once

#include <QByteArray>
#include <QString>

struct zip;

namespace evalreview::ingest {

/// Read-only access to a ZIP archive (DOCX, XLSX) through libzip. libzip is used rather than a
/// minizip-based library because libxlsxwriter links the system minizip, and two minizip copies in
/// one process clash.
class ZipArchive
{
public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Opens `path` for reading (closing an archive opened before).
    bool open(const QString &path);
    bool isOpen() const { return m_zip != nullptr; }
    bool contains(const QString &name) const;
    /// Uncompressed size as the archive states it, -1 if absent.
    qint64 uncompressedSize(const QString &name) const;
    qint64 compressedSize(const QString &name) const;
    enum class ReadStatus
    {
        Ok,
        Missing,
        Damaged,
        TooLarge
    };
    /// The entry's bytes (names compared without case); empty unless *status is Ok. Reading stops as
    /// soon as the data passes maxBytes, so a lying size field cannot inflate it.
    QByteArray read(const QString &name, qint64 maxBytes, ReadStatus *status) const;
    QByteArray read(const QString &name, qint64 maxBytes) const { return read(name, maxBytes, nullptr); }

private:
    zip *m_zip = nullptr;
};

} // namespace evalreview::ingest
