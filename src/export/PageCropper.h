#pragma once

#include "Model.h"

#include <QHash>
#include <QImage>

#include <memory>

namespace Poppler {
class Document;
}

namespace evalreview {

/// Renders regions of source pages for exports. Keeps each source PDF open while it lives;
/// use one instance per thread.
class PageCropper
{
public:
    PageCropper();
    ~PageCropper();
    PageCropper(const PageCropper &) = delete;
    PageCropper &operator=(const PageCropper &) = delete;

    /// The region (with a small margin) of `page` in the PDF at `sourcePath`, or a null image
    /// when the file is gone, not a PDF, or the region is empty.
    QImage crop(const QString &sourcePath, const Anchor &region, double dpi = 110);

private:
    Poppler::Document *document(const QString &path);
    QHash<QString, std::shared_ptr<Poppler::Document>> m_documents;
};

} // namespace evalreview
