#include "PageCropper.h"

#include <QFileInfo>
#include <poppler-qt6.h>

#include <algorithm>

namespace evalreview {

PageCropper::PageCropper() = default;
PageCropper::~PageCropper() = default;

Poppler::Document *PageCropper::document(const QString &path)
{
    auto it = m_documents.find(path);
    if (it == m_documents.end()) {
        std::shared_ptr<Poppler::Document> doc;
        if (QFileInfo(path).isFile() && !path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive)) {
            doc = Poppler::Document::load(path);
            if (doc && doc->isLocked()) {
                doc.reset();
            }
        }
        it = m_documents.insert(path, doc);
    }
    return it->get();
}

QImage PageCropper::crop(const QString &sourcePath, const Anchor &region, double dpi)
{
    Poppler::Document *doc = document(sourcePath);
    if (!doc || region.page < 1 || region.page > doc->numPages() || region.x1 <= region.x0 || region.y1 <= region.y0) {
        return {};
    }
    const std::unique_ptr<Poppler::Page> page = doc->page(region.page - 1);
    if (!page) {
        return {};
    }
    const QSizeF size = page->pageSizeF() * (dpi / 72.0);
    constexpr double margin = 0.01;
    const int x = int(std::max(0.0, region.x0 - margin) * size.width());
    const int y = int(std::max(0.0, region.y0 - margin) * size.height());
    const int w = int((std::min(1.0, region.x1 + margin) * size.width())) - x;
    const int h = int((std::min(1.0, region.y1 + margin) * size.height())) - y;
    return page->renderToImage(dpi, dpi, x, y, w, h);
}

} // namespace evalreview
