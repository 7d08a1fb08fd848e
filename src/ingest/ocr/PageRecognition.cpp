#include "PageRecognition.h"

#include "LanguageGuess.h"
#include "OcrEngine.h"
#include "ParallelPages.h"
#include "TextLayerCheck.h"

#include <QThread>
#include <poppler/qt6/poppler-qt6.h>

#include <memory>
#include <spdlog/spdlog.h>

namespace evalreview::ingest::ocr {

namespace {

constexpr const char *kAllModels = "eng+fra+spa";

QStringList wordsOf(const QList<Page> &pages, const QList<int> &skip)
{
    constexpr qsizetype kSample = 5000;
    QStringList words;
    for (qsizetype i = 0; i < pages.size() && words.size() < kSample; ++i) {
        if (!skip.contains(int(i))) {
            for (const Word &w : pages.at(i).words) {
                words << w.text;
            }
        }
    }
    return words;
}

/// One thread's renderer and recogniser.
struct Reader
{
    std::unique_ptr<Poppler::Document> document;
    std::unique_ptr<OcrEngine> engine;

    Reader(const QString &path, const QString &language)
        : document(Poppler::Document::load(path)), engine(std::make_unique<OcrEngine>(language))
    {
        if (document) {
            document->setRenderHint(Poppler::Document::Antialiasing);
            document->setRenderHint(Poppler::Document::TextAntialiasing);
        }
    }
    bool isReady() const { return document && !document->isLocked() && engine->isReady(); }

    void read(Page &page, const std::atomic<bool> &cancel)
    {
        const std::unique_ptr<Poppler::Page> p = document->page(page.number - 1);
        if (!p || cancel) {
            return;
        }
        OcrPage read = engine->read(p->renderToImage(kOcrDpi, kOcrDpi), kOcrDpi, cancel);
        page.words = std::move(read.words);
        if (page.rulings.isEmpty()) {
            page.rulings = std::move(read.rulings);
        }
        page.ocrConfidence = page.words.isEmpty() ? -1 : read.confidence; // a picture: no text was read
    }
};

} // namespace

QList<int> pagesWithoutUsableText(const QList<Page> &pages)
{
    QList<int> which;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (judgeTextLayer(pages.at(i).words) != TextLayer::Usable) {
            which << int(i);
        }
    }
    return which;
}

Recognition recognizePages(const QString &path, QList<Page> &pages, const QList<int> &which, const ReadOptions &options,
                           int progressBase, int progressTotal)
{
    Recognition outcome;
    outcome.language = guessLanguage(wordsOf(pages, which));
    QList<int> rest = which;
    if (outcome.language.isEmpty() && !rest.isEmpty()) {
        // Nothing readable to tell the language by: the first page is read with every model.
        Reader first(path, QString::fromLatin1(kAllModels));
        if (!first.isReady()) {
            outcome.error = first.engine->errorString();
            return outcome;
        }
        const std::atomic<bool> never{false};
        Page &page = pages[rest.takeFirst()];
        first.read(page, never);
        QStringList words;
        for (const Word &w : std::as_const(page.words)) {
            words << w.text;
        }
        outcome.language = guessLanguage(words);
        if (outcome.language.isEmpty()) {
            outcome.language = QStringLiteral("eng");
        }
        if (options.progress) {
            options.progress(progressBase + 1, progressTotal);
        }
        ++progressBase;
    }
    spdlog::info("reading {} page(s) of {} by text recognition ({})", which.size(), path.toStdString(),
                 outcome.language.toStdString());
    QString engineError;
    std::mutex errorMutex;
    const ParallelOutcome run = readInParallel(
        int(rest.size()), options.threads > 0 ? options.threads : QThread::idealThreadCount(),
        [&]() -> PageWork {
            auto reader = std::make_shared<Reader>(path, outcome.language);
            if (!reader->isReady()) {
                const std::lock_guard lock(errorMutex);
                engineError = reader->engine->errorString();
                return {};
            }
            return [reader, &pages, &rest](int i, const std::atomic<bool> &cancel) {
                reader->read(pages[rest.at(i)], cancel);
            };
        },
        options, progressBase, progressTotal);
    outcome.cancelled = run.cancelled;
    if (run.readerFailed) {
        outcome.error = engineError.isEmpty() ? QStringLiteral("Text recognition could not start.") : engineError;
    }
    return outcome;
}

} // namespace evalreview::ingest::ocr
