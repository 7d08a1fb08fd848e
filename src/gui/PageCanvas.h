#pragma once

#include "RecommendationTypes.h"

#include <QImage>
#include <QWidget>

namespace evalreview {

/// Draws one rendered page with its highlighted regions (Multiply blend, so the text stays
/// readable) and the outlines of the other anchored regions, which can be clicked.
class PageCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit PageCanvas(QWidget *parent = nullptr);

    void setPage(const QImage &image, const QList<QRectF> &highlights, const QList<PageRegion> &regions);
    void setMessage(const QString &message);

    const QImage &image() const { return m_image; }
    const QList<QRectF> &highlights() const { return m_highlights; }
    QString message() const { return m_message; }
    /// A highlight in widget pixels (for scrolling to it and for tests).
    QRect toPixels(const QRectF &normalised) const;

    static QColor highlightColor() { return {255, 225, 40}; }

    /// Drawing mode: a drag draws a rectangle, reported in page units (0..1 from the top left)
    /// when the button is released; Escape leaves the mode.
    void setDrawing(bool on);
    bool isDrawing() const { return m_drawing; }
    /// The normalised rectangle of two widget points on the page (for the drag and for tests).
    QRectF toPage(const QPoint &a, const QPoint &b) const;

Q_SIGNALS:
    void regionClicked(qint64 recommendationId);
    void regionDrawn(const QRectF &normalised);
    void drawingCancelled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    const PageRegion *regionAt(const QPoint &pos) const;

    QImage m_image;
    QList<QRectF> m_highlights;
    QList<PageRegion> m_regions;
    QString m_message;
    bool m_drawing = false;
    QPoint m_dragStart;
    QRect m_band; ///< the rectangle being drawn, in widget pixels
};

} // namespace evalreview
