#pragma once

#include "Model.h"

#include <QHash>
#include <QImage>
#include <QStringList>

#include <memory>

namespace Poppler {
class Document;
}

namespace evalreview {

/// Renders regions of source pages for exports, from the file as it was imported: the file is
/// read once, its SHA-256 compared with the one stored at import, and only those bytes are
/// rendered. Crops have a bounded size whatever the page size. Use one instance per thread.
class PageCropper
{
public:
    struct Limits
    {
        int maxWidthPx = 1400;                   ///< a crop is never wider
        qint64 maxPixels = 2'000'000;            ///< nor larger
        qint64 maxFileBytes = qint64(512) << 20; ///< larger source files are not read
    };
    PageCropper();
    explicit PageCropper(const Limits &limits);
    ~PageCropper();
    PageCropper(const PageCropper &) = delete;
    PageCropper &operator=(const PageCropper &) = delete;

    /// The region (with a small margin) of its page in the PDF at `sourcePath`, at `dpi` or less
    /// (to stay within the limits). A null image when the region is empty or outside the
    /// document, or when the source is unusable; then unavailable() says why.
    QImage crop(const QString &sourcePath, const QString &sha256, const Anchor &region, double dpi = 110);

    /// Why the crops of `sourcePath` were left out (one sentence), or empty.
    QString unavailable(const QString &sourcePath) const;
    /// Every such sentence so far, one per source file.
    QStringList problems() const;

private:
    struct Source
    {
        std::shared_ptr<Poppler::Document> document;
        QString problem;
    };
    const Source &source(const QString &path, const QString &sha256);

    Limits m_limits;
    QHash<QString, Source> m_sources;
    QStringList m_problems;
};

} // namespace evalreview
