#include "PageView.h"

#include "LibrarySession.h"
#include "PageCanvas.h"
#include "RecommendationQuery.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace evalreview {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &icon, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setIcon(QIcon(icon));
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

QRectF normalised(const Anchor &a)
{
    return {a.x0, a.y0, a.x1 - a.x0, a.y1 - a.y0};
}

} // namespace

PageView::PageView(LibrarySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_canvas(new PageCanvas), m_resizeTimer(new QTimer(this)), m_thread(new QThread(this)),
      m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setObjectName(QStringLiteral("pageView"));
    qRegisterMetaType<evalreview::RenderRequest>();
    qRegisterMetaType<evalreview::RenderResult>();
    qRegisterMetaType<evalreview::RegionText>();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_prev = toolButton(this, QStringLiteral(":/icons/go-previous.svg"), tr("Previous page"));
    m_next = toolButton(this, QStringLiteral(":/icons/go-next.svg"), tr("Next page"));
    auto *zoomOut = toolButton(this, QStringLiteral(":/icons/zoom-out.svg"), tr("Zoom out"));
    auto *zoomIn = toolButton(this, QStringLiteral(":/icons/zoom-in.svg"), tr("Zoom in"));
    m_fit = toolButton(this, QStringLiteral(":/icons/fit-width.svg"), tr("Fit width"));
    m_fit->setCheckable(true);
    m_fit->setChecked(true);
    m_draw = toolButton(this, QStringLiteral(":/icons/draw-region.svg"),
                        tr("Add a record: draw a rectangle around its text on the page (Esc to stop)"));
    m_draw->setObjectName(QStringLiteral("drawRegion"));
    m_draw->setCheckable(true);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_title, 1);
    for (QToolButton *b : {m_draw, m_prev, m_next, zoomOut, zoomIn, m_fit}) {
        bar->addWidget(b);
    }
    layout->addLayout(bar);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setAccessibleName(tr("Source page"));
    m_scroll->setAccessibleDescription(
        tr("The page of the document the selected field comes from, its region highlighted; the page "
           "title above names the document and page"));
    m_scroll->setFocusPolicy(Qt::StrongFocus); // arrows and Page Up/Down scroll the page
    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setWidgetResizable(false);
    layout->addWidget(m_scroll, 1);

    m_renderer = new PageRenderer(m_latest);
    m_renderer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_renderer, &QObject::deleteLater);
    connect(m_renderer, &PageRenderer::rendered, this, &PageView::onRendered);
    connect(&m_session, &LibrarySession::readDone, this, [this](LibrarySession::ReadChannel channel) {
        if (channel == LibrarySession::ReadChannel::PageRegions && m_rendered && !m_regions) {
            m_regions = QList<PageRegion>{}; // the read failed (and said so): the page without them
            showWhenComplete();
        }
    });
    m_thread->start();

    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(120);
    connect(m_resizeTimer, &QTimer::timeout, this, &PageView::requestRender);
    connect(m_prev, &QToolButton::clicked, this, [this] { showPage(m_shownPage - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_shownPage + 1); });
    connect(zoomIn, &QToolButton::clicked, this, &PageView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, this, &PageView::zoomOut);
    connect(m_fit, &QToolButton::toggled, this, &PageView::setFitWidth);
    connect(m_canvas, &PageCanvas::regionClicked, this, &PageView::regionActivated);
    connect(m_draw, &QToolButton::toggled, this, &PageView::setDrawing);
    connect(m_canvas, &PageCanvas::drawingCancelled, this, [this] { setDrawing(false); });
    connect(m_canvas, &PageCanvas::regionDrawn, this, [this](const QRectF &region) {
        RegionText request;
        request.path = m_target.sourcePath;
        request.page = m_shownPage;
        request.region = region;
        QMetaObject::invokeMethod(
            m_renderer, [renderer = m_renderer, request] { renderer->readRegion(request); }, Qt::QueuedConnection);
    });
    connect(m_renderer, &PageRenderer::regionRead, this, [this](const RegionText &read) {
        if (read.path != m_target.sourcePath) {
            return; // another document is shown now
        }
        const Anchor region{read.page,
                            read.region.left(),
                            read.region.top(),
                            read.region.right(),
                            read.region.bottom(),
                            QStringLiteral("text"),
                            {}};
        Q_EMIT regionDrawn(m_target.documentId, region, read.text, read.error);
    });
    clear();
}

PageView::~PageView()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // drop whatever is still queued
    m_thread->quit();
    m_thread->wait();
}

void PageView::clear()
{
    m_target = {};
    m_pending = 0;
    m_rendered.reset();
    m_shownPage = 0;
    m_pageCount = 0;
    m_title->setText(tr("Source page"));
    m_canvas->setMessage(tr("The source page of the selected field appears here."));
    m_canvas->resize(m_scroll->viewport()->size());
    updateControls();
}

void PageView::showTarget(const PageTarget &target)
{
    if (!target.isValid()) {
        clear();
        return;
    }
    m_target = target;
    m_shownPage = target.page;
    requestRender();
}

void PageView::showPage(int page)
{
    if (!m_target.isValid() || page < 1 || (m_pageCount > 0 && page > m_pageCount)) {
        return;
    }
    m_shownPage = page;
    requestRender();
}

void PageView::zoomIn()
{
    m_fit->setChecked(false);
    m_zoom = std::min(m_zoom * 1.25, 6.0);
    requestRender();
}

void PageView::zoomOut()
{
    m_fit->setChecked(false);
    m_zoom = std::max(m_zoom / 1.25, 0.25);
    requestRender();
}

void PageView::setFitWidth(bool on)
{
    m_fitWidth = on;
    m_fit->setChecked(on);
    requestRender();
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitWidth && m_target.isValid()) {
        m_resizeTimer->start();
    }
}

void PageView::requestRender()
{
    if (!m_target.isValid()) {
        return;
    }
    if (m_target.sourceFormat != QLatin1String("pdf")) {
        m_title->setText(tr("%1 · page %2").arg(m_target.documentTitle).arg(m_shownPage));
        m_canvas->setMessage(tr("%1 is a Word document, which has no fixed pages to show. Its text is in the "
                                "panes below.")
                                 .arg(m_target.documentTitle));
        m_canvas->resize(m_scroll->viewport()->size());
        m_pending = 0;
        Q_EMIT pageShown(m_target.documentId, m_shownPage);
        return;
    }
    RenderRequest r;
    r.id = ++*m_latest;
    r.path = m_target.sourcePath;
    r.page = m_shownPage;
    r.dpi = m_zoom * logicalDpiX();
    r.fitWidthPx = m_fitWidth ? std::max(200, m_scroll->viewport()->width() - 24) : 0;
    r.searchText = m_target.searchText;
    m_pending = r.id;
    m_rendered.reset();
    requestRegions(m_shownPage);
    QMetaObject::invokeMethod(
        m_renderer, [renderer = m_renderer, r] { renderer->render(r); }, Qt::QueuedConnection);
}

void PageView::onRendered(const RenderResult &result)
{
    if (result.id != m_pending) {
        return; // an older page arriving late
    }
    m_pending = 0;
    m_rendered = result;
    if (result.error.isEmpty() && result.page != m_regionsPage) {
        requestRegions(result.page);
    }
    showWhenComplete();
}

void PageView::requestRegions(int page)
{
    m_regions.reset();
    m_regionsPage = page;
    if (!m_session.isOpen()) {
        m_regions = QList<PageRegion>{};
        return;
    }
    const qint64 documentId = m_target.documentId;
    QPointer<PageView> self(this);
    m_session.read<QList<PageRegion>>(
        LibrarySession::ReadChannel::PageRegions,
        [documentId, page](sql::Database &db) { return RecommendationQuery(db).regionsOnPage(documentId, page); },
        [self, documentId, page](QList<PageRegion> regions) {
            if (self && self->m_target.documentId == documentId && self->m_regionsPage == page) {
                self->m_regions = std::move(regions);
                self->showWhenComplete();
            }
        });
}

void PageView::showWhenComplete()
{
    if (!m_rendered || (m_rendered->error.isEmpty() && !m_regions)) {
        return; // the page or its regions are still being read
    }
    const RenderResult result = *std::exchange(m_rendered, std::nullopt);
    if (!result.error.isEmpty()) {
        m_canvas->setMessage(result.error);
        m_canvas->resize(m_scroll->viewport()->size());
        Q_EMIT pageShown(m_target.documentId, m_shownPage);
        return;
    }
    m_pageCount = result.pageCount;
    if (!m_fitWidth) {
        m_zoom = result.dpi / logicalDpiX();
    }
    QList<QRectF> highlights;
    for (const Anchor &a : m_target.highlights) {
        if (a.page == result.page) {
            highlights.append(normalised(a));
        }
    }
    highlights.append(result.found);
    m_canvas->setPage(result.image, highlights, *m_regions);
    m_title->setText(tr("%1 · page %2 of %3").arg(m_target.documentTitle).arg(result.page).arg(result.pageCount));
    updateControls();
    if (!highlights.isEmpty()) {
        const QRect first = m_canvas->toPixels(highlights.first());
        m_scroll->ensureVisible(first.center().x(), first.top(), 40, std::min(first.height(), 200) + 60);
        m_scroll->verticalScrollBar()->setValue(std::max(0, first.top() - 60));
    }
    Q_EMIT pageShown(m_target.documentId, result.page);
}

void PageView::setDrawing(bool on)
{
    on = on && m_target.isValid() && m_target.sourceFormat == QLatin1String("pdf");
    m_canvas->setDrawing(on);
    if (m_draw->isChecked() != on) {
        m_draw->setChecked(on);
    }
    Q_EMIT drawingChanged(on);
}

void PageView::updateControls()
{
    m_draw->setEnabled(m_target.isValid() && m_target.sourceFormat == QLatin1String("pdf"));
    m_prev->setEnabled(m_target.isValid() && m_shownPage > 1);
    m_next->setEnabled(m_target.isValid() && m_shownPage < m_pageCount);
}

} // namespace evalreview
