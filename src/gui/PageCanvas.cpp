#include "PageCanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace evalreview {

PageCanvas::PageCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pageCanvas"));
    setMouseTracking(true);
    setBackgroundRole(QPalette::Dark);
    setAutoFillBackground(true);
}

void PageCanvas::setPage(const QImage &image, const QList<QRectF> &highlights, const QList<PageRegion> &regions)
{
    m_image = image;
    m_highlights = highlights;
    m_regions = regions;
    m_message.clear();
    resize(image.size() / image.devicePixelRatio());
    update();
}

void PageCanvas::setMessage(const QString &message)
{
    m_image = QImage();
    m_highlights.clear();
    m_regions.clear();
    m_message = message;
    update();
}

QRect PageCanvas::toPixels(const QRectF &r) const
{
    const QSizeF size = QSizeF(m_image.size()) / m_image.devicePixelRatio();
    return QRectF(r.x() * size.width(), r.y() * size.height(), r.width() * size.width(), r.height() * size.height())
        .toAlignedRect();
}

void PageCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::BrightText));
        p.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    p.drawImage(QPoint(0, 0), m_image);
    p.setPen(QPen(QColor(70, 110, 200, 110), 1, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    for (const PageRegion &r : m_regions) {
        const Anchor &a = r.anchor;
        p.drawRect(toPixels(QRectF(a.x0, a.y0, a.x1 - a.x0, a.y1 - a.y0)));
    }
    p.setCompositionMode(QPainter::CompositionMode_Multiply);
    p.setPen(Qt::NoPen);
    p.setBrush(highlightColor());
    for (const QRectF &r : m_highlights) {
        p.drawRect(toPixels(r).adjusted(-2, -2, 2, 2));
    }
    if (!m_band.isNull()) {
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        p.setBrush(fill);
        p.drawRect(m_band);
    }
}

void PageCanvas::setDrawing(bool on)
{
    m_drawing = on;
    m_band = QRect();
    setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    if (on) {
        setFocus(Qt::OtherFocusReason);
    }
    update();
}

QRectF PageCanvas::toPage(const QPoint &a, const QPoint &b) const
{
    const QSizeF size = QSizeF(m_image.size()) / m_image.devicePixelRatio();
    if (size.isEmpty()) {
        return {};
    }
    const QRectF px = QRectF(QPointF(a), QPointF(b)).normalized();
    const QRectF page =
        QRectF(px.x() / size.width(), px.y() / size.height(), px.width() / size.width(), px.height() / size.height());
    return page.intersected(QRectF(0, 0, 1, 1));
}

void PageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drawing && event->button() == Qt::LeftButton && !m_band.isNull()) {
        const QRectF region = toPage(m_dragStart, event->position().toPoint());
        m_band = QRect();
        update();
        constexpr double kMinSide = 0.005; // a click, not a rectangle
        if (region.width() > kMinSide && region.height() > kMinSide) {
            Q_EMIT regionDrawn(region);
        }
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void PageCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_drawing && event->key() == Qt::Key_Escape) {
        setDrawing(false);
        Q_EMIT drawingCancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

const PageRegion *PageCanvas::regionAt(const QPoint &pos) const
{
    const PageRegion *best = nullptr;
    qint64 bestArea = 0;
    for (const PageRegion &r : m_regions) {
        const Anchor &a = r.anchor;
        const QRect px = toPixels(QRectF(a.x0, a.y0, a.x1 - a.x0, a.y1 - a.y0));
        const qint64 area = qint64(px.width()) * px.height();
        if (r.recommendationId > 0 && px.contains(pos) && (!best || area < bestArea)) {
            best = &r;
            bestArea = area;
        }
    }
    return best;
}

void PageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_drawing && event->button() == Qt::LeftButton && !m_image.isNull()) {
        m_dragStart = event->position().toPoint();
        m_band = QRect(m_dragStart, QSize(1, 1));
        update();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        if (const PageRegion *r = regionAt(event->position().toPoint())) {
            Q_EMIT regionClicked(r->recommendationId);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void PageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drawing) {
        if (!m_band.isNull()) {
            m_band = QRect(m_dragStart, event->position().toPoint()).normalized();
            update();
        }
        return;
    }
    setCursor(regionAt(event->position().toPoint()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

} // namespace evalreview
