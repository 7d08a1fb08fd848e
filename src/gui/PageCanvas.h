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

Q_SIGNALS:
    void regionClicked(qint64 recommendationId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    const PageRegion *regionAt(const QPoint &pos) const;

    QImage m_image;
    QList<QRectF> m_highlights;
    QList<PageRegion> m_regions;
    QString m_message;
};

} // namespace evalreview
