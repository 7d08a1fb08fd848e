#include "PdfReader.h"

#include "ParallelPages.h"
#include "ocr/PageRecognition.h"
#include "pdf/CorePdf.h"

#include <QFile>
#include <QThread>
#include <poppler/qt6/poppler-qt6.h>

#include <algorithm>
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

ReadResult cancelled()
{
    return failure(ReadError::Cancelled, QStringLiteral("Reading the document was cancelled."));
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

    const int count = last - first + 1;
    QList<Page> pages(count);
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    // `doc` stays open until the workers are done: it keeps Poppler's global parameters alive.
    const ParallelOutcome text = readInParallel(
        count, threads,
        [&path, &pages, first]() -> PageWork {
            auto core = std::make_shared<pdf::CorePdf>(path);
            if (!core->isOk()) {
                return {};
            }
            return [core, &pages, first](int i, const std::atomic<bool> &cancel) {
                pages[i] = core->readPage(first - 1 + i, cancel);
            };
        },
        options, 0, count);
    if (text.readerFailed) {
        return failure(ReadError::Corrupt, QStringLiteral("This PDF is damaged and cannot be read."));
    }
    if (text.cancelled) {
        return cancelled();
    }

    // Scanned pages, and pages whose text layer is garbage, are read from their images.
    QString ocrLanguage;
    const QList<int> unreadable = ocr::pagesWithoutUsableText(pages);
    if (!unreadable.isEmpty()) {
        const ocr::Recognition recognition =
            ocr::recognizePages(path, pages, unreadable, options, count, count + int(unreadable.size()));
        if (recognition.cancelled) {
            return cancelled();
        }
        if (!recognition.error.isEmpty()) {
            spdlog::warn("{}: {}", path.toStdString(), recognition.error.toStdString());
            if (unreadable.size() == count) {
                return failure(ReadError::NoTextLayer,
                               QStringLiteral("This PDF has no text layer (scanned?). %1").arg(recognition.error));
            }
        }
        ocrLanguage = recognition.language;
    }
    const bool anyText = std::any_of(pages.cbegin(), pages.cend(), [](const Page &p) { return !p.words.isEmpty(); });
    if (!anyText) {
        return failure(ReadError::NoTextLayer,
                       QStringLiteral("This PDF has no text, not even on its page images, so there is nothing to "
                                      "read."));
    }
    DocumentContent content;
    content.format = SourceFormat::Pdf;
    content.title = doc->info(QStringLiteral("Title")).trimmed();
    content.pages = std::move(pages);
    content.ocrLanguage = ocrLanguage;
    return content;
}

} // namespace evalreview::ingest
