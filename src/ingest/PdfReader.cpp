#include "PdfReader.h"

#include "pdf/CorePdf.h"

#include <QFile>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>
#include <poppler/qt6/poppler-qt6.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <spdlog/spdlog.h>

namespace evalreview::ingest {

namespace {

/// Poppler reports its parsing complaints through qDebug; route them to the log instead.
void quietPoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { spdlog::debug("poppler: {}", message.toStdString()); },
            QVariant());
    });
}

ReadResult failure(ReadError error, const QString &message)
{
    return Failure{error, message};
}

/// A PDF ends with "%%EOF" (possibly followed by a little whitespace or garbage); a file cut
/// short has lost it, together with its cross-reference table.
bool hasEndMarker(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    const qint64 tail = 4096;
    f.seek(std::max<qint64>(0, f.size() - tail));
    return f.read(tail).contains("%%EOF");
}

/// Shared state of one parallel read: workers take the next page index until none is left.
struct ReadJob
{
    QString path;
    int first = 0; ///< 0-based
    int count = 0;
    QList<Page> pages;
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancel{false};
    std::atomic<bool> loadFailed{false};
    std::mutex mutex;
    std::condition_variable wake;

    /// One worker: its own Poppler document (Poppler documents are not shared between threads).
    void work()
    {
        const pdf::CorePdf doc(path);
        if (!doc.isOk()) {
            loadFailed = true;
            cancel = true;
            wake.notify_all();
            return;
        }
        for (int i = next.fetch_add(1); i < count && !cancel; i = next.fetch_add(1)) {
            pages[i] = doc.readPage(first + i, cancel);
            done.fetch_add(1);
            wake.notify_all();
        }
    }
};

} // namespace

ReadResult readPdf(const QString &path, const ReadOptions &options)
{
    quietPoppler();
    if (!hasEndMarker(path)) {
        return failure(
            ReadError::Corrupt,
            QStringLiteral("This PDF is incomplete (the end of the file is missing), so it cannot be read."));
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc) {
        return failure(ReadError::Corrupt, QStringLiteral("This PDF is damaged and cannot be read."));
    }
    if (doc->isLocked()) {
        return failure(ReadError::Encrypted, QStringLiteral("This PDF is password-protected."));
    }
    const int total = doc->numPages();
    if (total <= 0) {
        return failure(ReadError::Corrupt, QStringLiteral("This PDF is damaged: it has no readable pages."));
    }
    if (options.maxPages > 0 && total > options.maxPages) {
        return failure(ReadError::TooLarge, QStringLiteral("This PDF has %1 pages; EvalReview reads at most %2 pages "
                                                           "per document.")
                                                .arg(total)
                                                .arg(options.maxPages));
    }
    const int first = std::max(1, options.firstPage);
    const int last = options.lastPage > 0 ? std::min(options.lastPage, total) : total;
    if (first > last) {
        return failure(ReadError::BadPageRange,
                       QStringLiteral("The document has %1 pages; the requested pages are not among them.").arg(total));
    }

    ReadJob job;
    job.path = path;
    job.first = first - 1;
    job.count = last - first + 1;
    job.pages.resize(job.count);
    const int threads = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, job.count);

    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QList<QFuture<void>> workers;
    // `doc` stays open until the workers are done: it keeps Poppler's global parameters alive.
    for (int t = 0; t < threads; ++t) {
        workers.append(QtConcurrent::run(&pool, [&job] { job.work(); }));
    }
    int reported = -1;
    for (;;) {
        const int done = job.done.load();
        if (done != reported && options.progress) {
            options.progress(done, job.count);
            reported = done;
        }
        if (options.isCancelled && options.isCancelled()) {
            job.cancel = true;
        }
        if (done >= job.count || job.cancel) {
            break;
        }
        std::unique_lock lock(job.mutex);
        job.wake.wait_for(lock, std::chrono::milliseconds(20));
    }
    pool.waitForDone();

    if (job.loadFailed) {
        return failure(ReadError::Corrupt, QStringLiteral("This PDF is damaged and cannot be read."));
    }
    if (job.cancel) {
        return failure(ReadError::Cancelled, QStringLiteral("Reading the document was cancelled."));
    }
    bool anyText = false;
    for (const Page &p : std::as_const(job.pages)) {
        anyText = anyText || !p.words.isEmpty();
    }
    if (!anyText) {
        return failure(ReadError::NoTextLayer,
                       QStringLiteral("This PDF has no text layer (scanned?); text recognition is not supported."));
    }
    DocumentContent content;
    content.format = SourceFormat::Pdf;
    content.title = doc->info(QStringLiteral("Title")).trimmed();
    content.pages = std::move(job.pages);
    return content;
}

} // namespace evalreview::ingest
