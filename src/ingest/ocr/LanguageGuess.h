#pragma once

#include <QString>
#include <QStringList>

namespace evalreview::ingest::ocr {

/// The language of a text among those EvalReview reads (Tesseract's names "eng", "fra", "spa"),
/// from its most common short words; empty when the text is too short to tell.
QString guessLanguage(const QStringList &words);

} // namespace evalreview::ingest::ocr
