#pragma once

#include "PageRenderer.h"
#include "PageTarget.h"
#include "RecommendationTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QThread;
class QTimer;
class QToolButton;

namespace evalreview {

class LibrarySession;
class PageCanvas;

/// The source page of the selected field: rendered on a worker thread, zoomable, fit to width,
/// with the field's region highlighted. Clicking a region selects the record it belongs to.
class PageView : public QWidget
{
    Q_OBJECT
public:
    explicit PageView(LibrarySession &session, QWidget *parent = nullptr);
    ~PageView() override;

    void showTarget(const PageTarget &target);
    void showPage(int page);
    void clear();
    void zoomIn();
    void zoomOut();
    void setFitWidth(bool on);
    bool fitWidth() const { return m_fitWidth; }
    double zoom() const { return m_zoom; }

    const PageTarget &target() const { return m_target; }
    int shownPage() const { return m_shownPage; }
    int pageCount() const { return m_pageCount; }
    PageCanvas *canvas() const { return m_canvas; }
    /// True while a render, or the read of the page's regions, is under way.
    bool isRendering() const { return m_pending != 0 || m_rendered.has_value(); }
    /// The tool that draws a new record on the page (PDF sources only).
    void setDrawing(bool on);
    QToolButton *drawButton() const { return m_draw; }

Q_SIGNALS:
    void regionActivated(qint64 recommendationId);
    /// A page is on screen (or a message explains why none is).
    void pageShown(qint64 documentId, int page);
    /// A reviewer drew a region on the page: its words, to add a record from (`error` when none
    /// could be read).
    void regionDrawn(qint64 documentId, const Anchor &region, const QString &text, const QString &error);
    void drawingChanged(bool on);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void requestRender();
    void onRendered(const RenderResult &result);
    /// Reads the records' regions on `page` of the shown document on the library's reader.
    void requestRegions(int page);
    /// Shows the rendered page once its regions are read too.
    void showWhenComplete();
    void updateControls();

    LibrarySession &m_session;
    QLabel *m_title = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_draw = nullptr;
    QScrollArea *m_scroll = nullptr;
    PageCanvas *m_canvas = nullptr;
    QTimer *m_resizeTimer = nullptr;
    QThread *m_thread = nullptr;
    PageRenderer *m_renderer = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    PageTarget m_target;
    quint64 m_pending = 0;
    std::optional<RenderResult> m_rendered;     ///< the page rendered, waiting for its regions
    std::optional<QList<PageRegion>> m_regions; ///< the regions of m_regionsPage, once read
    int m_regionsPage = 0;
    int m_shownPage = 0;
    int m_pageCount = 0;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
};

} // namespace evalreview
