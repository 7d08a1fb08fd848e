#include "PageCropper.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>

namespace evalreview {

PageCropper::PageCropper() = default;
PageCropper::PageCropper(const Limits &limits) : m_limits(limits) {}
PageCropper::~PageCropper() = default;

const PageCropper::Source &PageCropper::source(const QString &path, const QString &sha256)
{
    auto it = m_sources.constFind(path);
    if (it != m_sources.constEnd()) {
        return *it;
    }
    Source s;
    const QString name = QDir::toNativeSeparators(path);
    const QString withoutImages = QStringLiteral("; its records are exported without page images.");
    QFile file(path);
    if (path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive)) {
        // Word documents have no fixed pages to crop: nothing to say.
    } else if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        s.problem = QStringLiteral("The source file %1 is no longer there").arg(name) + withoutImages;
    } else if (file.size() > m_limits.maxFileBytes) {
        s.problem =
            QStringLiteral("The source file %1 is too large to draw page images from").arg(name) + withoutImages;
    } else {
        const QByteArray bytes = file.readAll();
        const QString actual = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (actual.compare(sha256, Qt::CaseInsensitive) != 0) {
            s.problem =
                QStringLiteral("The source file %1 has changed since it was imported").arg(name) + withoutImages;
        } else {
            // The very bytes that were checked are rendered: a file swapped meanwhile is not read.
            s.document = Poppler::Document::loadFromData(bytes);
            if (s.document && s.document->isLocked()) {
                s.document.reset();
            }
        }
    }
    if (!s.problem.isEmpty()) {
        m_problems.append(s.problem);
    }
    return *m_sources.insert(path, s);
}

QImage PageCropper::crop(const QString &sourcePath, const QString &sha256, const Anchor &region, double dpi)
{
    if (region.x1 <= region.x0 || region.y1 <= region.y0) {
        return {};
    }
    Poppler::Document *doc = source(sourcePath, sha256).document.get();
    if (!doc || region.page < 1 || region.page > doc->numPages()) {
        return {};
    }
    const std::unique_ptr<Poppler::Page> page = doc->page(region.page - 1);
    if (!page) {
        return {};
    }
    constexpr double margin = 0.01;
    const double x0 = std::max(0.0, region.x0 - margin);
    const double y0 = std::max(0.0, region.y0 - margin);
    const double x1 = std::min(1.0, region.x1 + margin);
    const double y1 = std::min(1.0, region.y1 + margin);
    const QSizeF pagePt = page->pageSizeF();
    const double widthPt = (x1 - x0) * pagePt.width();
    const double heightPt = (y1 - y0) * pagePt.height();
    if (widthPt <= 0 || heightPt <= 0) {
        return {};
    }
    // Pixels per point: as asked, unless the crop would be wider or larger than the limits (a page
    // enlarged 60 times is drawn at a sixtieth of the resolution, not 3,600 times the pixels).
    const double scale = std::min(
        {dpi / 72.0, m_limits.maxWidthPx / widthPt, std::sqrt(double(m_limits.maxPixels) / (widthPt * heightPt))});
    const double scaledDpi = scale * 72.0;
    const QSizeF size = pagePt * scale;
    const int x = int(x0 * size.width());
    const int y = int(y0 * size.height());
    const int w = std::max(1, int(x1 * size.width()) - x);
    const int h = std::max(1, int(y1 * size.height()) - y);
    return page->renderToImage(scaledDpi, scaledDpi, x, y, w, h);
}

QString PageCropper::unavailable(const QString &sourcePath) const
{
    return m_sources.value(sourcePath).problem;
}

QStringList PageCropper::problems() const
{
    return m_problems;
}

} // namespace evalreview
