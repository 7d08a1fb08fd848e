#include "PageRenderer.h"

#include "TextJoin.h"

#include <QFileInfo>
#include <poppler-qt6.h>

namespace evalreview {

namespace {
constexpr int kOpenDocuments = 3;
constexpr int kCacheKiB = 96 * 1024;
} // namespace

PageRenderer::PageRenderer(std::shared_ptr<std::atomic<quint64>> latest, QObject *parent)
    : QObject(parent), m_latest(std::move(latest)), m_cache(kCacheKiB)
{}

PageRenderer::~PageRenderer() = default;

Result<Poppler::Document *, PageRenderer::SourceError> PageRenderer::document(const QString &path)
{
    auto it = m_documents.find(path);
    if (it != m_documents.end()) {
        return it->second.get();
    }
    if (!QFileInfo::exists(path)) {
        return Failure{SourceError::Missing,
                       tr("The source file %1 is no longer where it was imported from.").arg(path)};
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked()) {
        return Failure{SourceError::Unreadable,
                       tr("The source file %1 cannot be opened as a PDF.").arg(QFileInfo(path).fileName())};
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    Poppler::Document *raw = doc.get();
    m_documents.emplace(path, std::move(doc));
    m_documentOrder.append(path);
    if (m_documentOrder.size() > kOpenDocuments) {
        m_documents.erase(m_documentOrder.takeFirst());
    }
    return raw;
}

RenderResult PageRenderer::renderNow(const RenderRequest &request)
{
    RenderResult result;
    result.id = request.id;
    result.path = request.path;
    result.page = request.page;
    const auto opened = document(request.path);
    if (!opened) {
        result.error = opened.errorString();
        return result;
    }
    Poppler::Document *doc = opened.value();
    result.pageCount = doc->numPages();
    if (request.page < 1 || request.page > result.pageCount) {
        result.error = tr("Page %1 is not in this document.").arg(request.page);
        return result;
    }
    std::unique_ptr<Poppler::Page> page = doc->page(request.page - 1);
    if (!page) {
        result.error = tr("Page %1 cannot be read.").arg(request.page);
        return result;
    }
    result.pageSizePt = page->pageSizeF();
    double dpi = request.dpi;
    if (request.fitWidthPx > 0 && result.pageSizePt.width() > 0) {
        dpi = request.fitWidthPx * 72.0 / result.pageSizePt.width();
    }
    dpi = std::clamp(dpi, 18.0, 600.0);
    result.dpi = dpi;
    const QString key = QStringLiteral("%1#%2@%3").arg(request.path).arg(request.page).arg(qRound(dpi * 10));
    if (const QImage *cached = m_cache.object(key)) {
        result.image = *cached;
    } else {
        // Poppler asks now and then whether to go on: a page the user has moved away from (a
        // newer request came) is abandoned half drawn
        const AbortCheck check{m_latest.get(), request.id};
        result.image = page->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
                                           &PageRenderer::overtaken, QVariant::fromValue(quintptr(&check)));
        if (check.overtaken()) {
            result.image = QImage();
            result.abandoned = true;
            return result; // not cached: drawn in part; the newer request answers instead
        }
        if (result.image.isNull()) {
            result.error = tr("Page %1 could not be drawn.").arg(request.page);
            return result;
        }
        m_cache.insert(key, new QImage(result.image), int(result.image.sizeInBytes() / 1024));
    }
    if (!request.searchText.isEmpty() && result.pageSizePt.isValid()) {
        const double w = result.pageSizePt.width();
        const double h = result.pageSizePt.height();
        for (const QRectF &r : page->search(request.searchText, Poppler::Page::IgnoreCase)) {
            result.found.append(QRectF(r.x() / w, r.y() / h, r.width() / w, r.height() / h));
        }
    }
    return result;
}

RegionText PageRenderer::readRegionNow(RegionText request)
{
    const auto opened = document(request.path);
    if (!opened) {
        request.error = opened.errorString();
        return request;
    }
    Poppler::Document *doc = opened.value();
    std::unique_ptr<Poppler::Page> page =
        request.page >= 1 && request.page <= doc->numPages() ? doc->page(request.page - 1) : nullptr;
    if (!page) {
        request.error = tr("Page %1 cannot be read.").arg(request.page);
        return request;
    }
    const QSizeF size = page->pageSizeF();
    const QRectF area(request.region.x() * size.width(), request.region.y() * size.height(),
                      request.region.width() * size.width(), request.region.height() * size.height());
    // The page's words in reading order; a word belongs to the region when its centre does.
    QString line;
    double lineY = -1;
    for (const std::unique_ptr<Poppler::TextBox> &word : page->textList()) {
        const QRectF box = word->boundingBox();
        if (!area.contains(box.center())) {
            continue;
        }
        if (lineY >= 0 && std::abs(box.center().y() - lineY) > box.height() / 2) {
            ingest::appendLine(request.text, line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word->text();
        lineY = box.center().y();
    }
    if (!line.isEmpty()) {
        ingest::appendLine(request.text, line);
    }
    request.text = ingest::withoutSoftHyphens(request.text).simplified();
    return request;
}

void PageRenderer::readRegion(const RegionText &request)
{
    Q_EMIT regionRead(readRegionNow(request));
}

bool PageRenderer::AbortCheck::overtaken() const
{
    return latest && id < latest->load();
}

bool PageRenderer::overtaken(const QVariant &closure)
{
    return reinterpret_cast<const AbortCheck *>(closure.value<quintptr>())->overtaken();
}

void PageRenderer::render(const RenderRequest &request)
{
    if (m_latest && request.id < m_latest->load()) {
        return; // a newer request is queued; this page is no longer wanted
    }
    Q_EMIT rendered(renderNow(request));
}

} // namespace evalreview
