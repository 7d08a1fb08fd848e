#pragma once

#include "DocumentContent.h"

namespace evalreview::ingest::ocr {

/// Whether a page's text layer can be trusted, or the page must be read from its image.
enum class TextLayer
{
    Usable,
    Missing, ///< no words at all (a scanned page, or text drawn as outlines)
    Garbage  ///< words that are no text: glyph codes, replacement characters, mojibake, no vowels
};

/// Judges the words of a page. Garbage is told by what real text in English, French or Spanish
/// never is, not by any one document: a share of words made of glyph names ("/gid00007", "g42"),
/// of replacement or private-use characters, of letters outside those languages' alphabets (what
/// a wrong encoding leaves, e.g. Mac Roman accents read as "é" -> "Ž"), or of long words without a
/// vowel (a font whose characters map to the wrong letters).
TextLayer judgeTextLayer(const QList<Word> &words);

/// Whether one word looks like no word of a Latin-script language (see judgeTextLayer()).
bool isSuspiciousWord(const QString &word);

} // namespace evalreview::ingest::ocr
