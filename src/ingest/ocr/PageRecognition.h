#pragma once

#include "DocumentReader.h"

namespace evalreview::ingest::ocr {

/// The pages of a PDF whose text layer is missing or garbage (see judgeTextLayer()), 0-based.
QList<int> pagesWithoutUsableText(const QList<Page> &pages);

struct Recognition
{
    QString language; ///< the model used
    bool cancelled = false;
    QString error; ///< recognition unavailable (no Tesseract data), a sentence
};

/// Reads `which` of `pages` (the PDF at `path`) from their images: each rendered at kOcrDpi and
/// read by an OcrEngine per thread. Their words are replaced by what was recognised, their rulings
/// by those drawn on the image unless the PDF draws its own. The language is guessed from the
/// document's readable pages, else from the first page recognised with all three models.
Recognition recognizePages(const QString &path, QList<Page> &pages, const QList<int> &which, const ReadOptions &options,
                           int progressBase, int progressTotal);

} // namespace evalreview::ingest::ocr
