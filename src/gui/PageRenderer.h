#pragma once

#include "Result.h"

#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSizeF>

#include <atomic>
#include <map>
#include <memory>

namespace Poppler {
class Document;
}

namespace evalreview {

/// What a render request asks for; `fitWidthPx` > 0 chooses the resolution that fits that width.
struct RenderRequest
{
    quint64 id = 0;
    QString path;
    int page = 0; ///< 1-based
    double dpi = 96;
    int fitWidthPx = 0;
    QString searchText;
};

struct RenderResult
{
    quint64 id = 0;
    QString path;
    int page = 0;
    int pageCount = 0;
    double dpi = 0;
    QSizeF pageSizePt;
    QImage image;
    QList<QRectF> found;    ///< where searchText occurs, normalised 0..1
    QString error;          ///< a sentence when the page could not be shown
    bool abandoned = false; ///< a newer request came while the page was drawn: no image
};

/// The words of a page region a reviewer drew, to become a record's text.
struct RegionText
{
    QString path;
    int page = 0;  ///< 1-based
    QRectF region; ///< normalised 0..1, origin top left
    QString text;  ///< the words inside, lines joined as the extraction joins them
    QString error; ///< a sentence when the page could not be read
};

/// Renders PDF pages with Poppler. Lives on a worker thread; requests overtaken by a newer one
/// are skipped. Keeps a few documents open and a small cache of rendered pages.
class PageRenderer : public QObject
{
    Q_OBJECT
public:
    explicit PageRenderer(std::shared_ptr<std::atomic<quint64>> latest, QObject *parent = nullptr);
    ~PageRenderer() override;

    /// Renders now, in the calling thread (the worker slot and tests use it).
    RenderResult renderNow(const RenderRequest &request);
    /// Reads the words of `request.region` now, in the calling thread.
    RegionText readRegionNow(RegionText request);

public Q_SLOTS:
    void render(const evalreview::RenderRequest &request);
    void readRegion(const evalreview::RegionText &request);

Q_SIGNALS:
    void rendered(const evalreview::RenderResult &result);
    void regionRead(const evalreview::RegionText &result);

private:
    /// Whether the request being drawn has been overtaken (Poppler's abort callback).
    struct AbortCheck
    {
        const std::atomic<quint64> *latest = nullptr;
        quint64 id = 0;
        bool overtaken() const;
    };
    static bool overtaken(const QVariant &closure);

    enum class SourceError
    {
        Missing,   ///< the file is no longer where it was imported from
        Unreadable ///< not a PDF Poppler can open
    };
    /// The open document of `path` (opened once, kept among the last few).
    Result<Poppler::Document *, SourceError> document(const QString &path);

    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::map<QString, std::unique_ptr<Poppler::Document>> m_documents;
    QList<QString> m_documentOrder;
    QCache<QString, QImage> m_cache;
};

} // namespace evalreview

Q_DECLARE_METATYPE(evalreview::RenderRequest)
Q_DECLARE_METATYPE(evalreview::RenderResult)
Q_DECLARE_METATYPE(evalreview::RegionText)
