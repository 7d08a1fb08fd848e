#pragma once

#include "ZipArchive.h"

#include <QByteArray>
#include <QString>

namespace evalreview::ingest::docx {

/// Read-only access to the parts of a Word document's ZIP package, guarded against zip bombs:
/// a part is refused when its declared or actual uncompressed size passes a limit, or when it
/// expands more than a sane compression ratio allows.
class DocxArchive
{
public:
    enum class Status
    {
        Ok,
        Missing,
        Damaged,
        TooLarge
    };

    static constexpr qint64 DefaultPartLimit = 50 * 1024 * 1024;
    static constexpr qint64 MaxCompressionRatio = 200; ///< XML compresses ~10x; bombs ~1000x

    explicit DocxArchive(const QString &path);

    bool isOpen() const { return m_zip.isOpen(); }

    /// Reads one part ("word/document.xml") into `out`; Missing when the package has no such part.
    Status readPart(const QString &name, QByteArray &out, qint64 limit = DefaultPartLimit);

private:
    ZipArchive m_zip;
};

} // namespace evalreview::ingest::docx
