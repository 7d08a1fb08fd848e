#pragma once

#include "DocumentContent.h"

#include <QImage>
#include <QRect>
#include <QString>

#include <atomic>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace evalreview::ingest::ocr {

struct ImageInk;

/// What text recognition read on one page image.
struct OcrPage
{
    QList<Word> words;     ///< in reading order, boxes normalised to the page
    QList<Ruling> rulings; ///< table rules drawn on the image (long thin dark runs)
    double confidence = 0; ///< mean word confidence, 0–100
};

/// One thread's text recognition (Tesseract through its C++ API; an engine is not shared between
/// threads). The page image is straightened first (Leptonica's skew search), so a sheet scanned a
/// little askew reads like a straight one.
class OcrEngine
{
public:
    /// `languages` in Tesseract's names: "eng", "fra", "spa", or several joined with '+'.
    explicit OcrEngine(const QString &languages);
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    /// False when Tesseract or its language data is missing; errorString() says which.
    bool isReady() const { return m_ready; }
    QString errorString() const { return m_error; }

    /// Reads `image`, a whole page rendered at `dpi`. Stops early with what it has when `cancel`
    /// is set.
    OcrPage read(const QImage &image, int dpi, const std::atomic<bool> &cancel);

private:
    /// Reads one by one the word-sized marks the page's reading left out (see unreadInk()), keeping
    /// the numbers and codes among them.
    QList<Word> readAgain(const ImageInk &ink, int dpi, const QList<QRect> &read, const std::atomic<bool> &cancel);

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_ready = false;
    QString m_error;
};

/// The resolution pages are rendered at for recognition.
constexpr int kOcrDpi = 300;

} // namespace evalreview::ingest::ocr
