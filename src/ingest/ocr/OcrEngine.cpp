#include "OcrEngine.h"

#include "ImageRulings.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <leptonica/allheaders.h>
#include <spdlog/spdlog.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

namespace evalreview::ingest::ocr {

namespace {

PixPtr toPix(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    PixPtr pix(pixCreate(gray.width(), gray.height(), 8));
    if (!pix) {
        return pix;
    }
    l_uint32 *data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *src = gray.constScanLine(y);
        l_uint32 *line = data + qsizetype(y) * wpl;
        for (int x = 0; x < gray.width(); ++x) {
            SET_DATA_BYTE(line, x, src[x]);
        }
    }
    pixSetResolution(pix.get(), kOcrDpi, kOcrDpi);
    return pix;
}

/// Marks of the image that recognition reads as text but are none: a table's rules read as "|"
/// or "_", specks read as dots.
bool isRuleOrSpeck(const QString &text, float confidence)
{
    static const QRegularExpression marks(QStringLiteral("^[|_\\-—–=~.,'`:;!¦/\\\\]+$"));
    if (!marks.match(text).hasMatch()) {
        return false;
    }
    return text.contains(QLatin1Char('|')) || text.contains(QLatin1Char('_')) || confidence < 50;
}

/// A word as recognition spells it, with the slips of its kind undone: letters whose capital has
/// the same shape (c o s v w x z u) read small in a code before a number ("v2" for "V2"), and an
/// underline read as a trailing "_".
QString cleaned(QString word)
{
    static const QRegularExpression smallCode(QStringLiteral("^[cosvwxzu][0-9]{1,3}[.:)]?$"));
    if (smallCode.match(word).hasMatch()) {
        word[0] = word.at(0).toUpper();
    }
    while (word.size() > 1 && word.endsWith(QLatin1Char('_'))) {
        word.chop(1);
    }
    return word;
}

/// Dark pixels of a binary image in a box.
int darkIn(Pix *binary, const QRect &r)
{
    BOX *box = boxCreate(r.x(), r.y(), r.width(), r.height());
    l_int32 dark = 0;
    pixCountPixelsInRect(binary, box, &dark, nullptr);
    boxDestroy(&box);
    return dark;
}

/// Bold as the image shows it (recognition does not tell): a word whose strokes are clearly wider
/// than the page's usual word's. A stroke's width is its ink over half its outline (ink pixels
/// with a light neighbour), whatever the letters' shapes. `boxes` are the words' own boxes (pixels).
void markBold(QList<Word> &words, const QList<QRect> &boxes, const ImageInk &ink)
{
    if (!ink.binary || boxes.size() < 20) {
        return; // too few words to know what regular type looks like
    }
    const PixPtr inner(pixErodeBrick(nullptr, ink.binary.get(), 3, 3));
    const PixPtr outline(inner ? pixSubtract(nullptr, ink.binary.get(), inner.get()) : nullptr);
    if (!outline) {
        return;
    }
    auto strokeWidth = [&](const QRect &r) {
        const int edge = r.isEmpty() ? 0 : darkIn(outline.get(), r);
        return edge == 0 ? 0.0 : 2.0 * darkIn(ink.binary.get(), r) / edge;
    };
    QList<double> strokes(boxes.size());
    QList<double> ofLongWords;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        strokes[i] = strokeWidth(boxes.at(i));
        if (words.at(i).text.size() >= 4) {
            ofLongWords.append(strokes[i]);
        }
    }
    if (ofLongWords.size() < 10) {
        return;
    }
    std::nth_element(ofLongWords.begin(), ofLongWords.begin() + ofLongWords.size() / 2, ofLongWords.end());
    const double usual = ofLongWords.at(ofLongWords.size() / 2);
    // Measured on scans: lines in regular type average at most 1.05 of the usual stroke, lines in
    // bold 1.13 and more; a single word varies more, so a word alone counts from 1.2.
    constexpr double kBoldLine = 1.1;
    constexpr double kBoldWord = 1.2;
    qsizetype start = 0;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (!words.at(i).lineEnd && i + 1 < boxes.size()) {
            continue;
        }
        double weighted = 0;
        qsizetype letters = 0;
        for (qsizetype j = start; j <= i; ++j) {
            weighted += strokes.at(j) * double(words.at(j).text.size());
            letters += words.at(j).text.size();
        }
        const bool boldLine = letters > 0 && weighted / double(letters) > kBoldLine * usual;
        for (qsizetype j = start; j <= i; ++j) {
            words[j].bold = boldLine || (words.at(j).text.size() >= 2 && strokes.at(j) > kBoldWord * usual);
        }
        start = i + 1;
    }
}

/// List bullets as recognition misreads them ("e", "¢", "©", "°", "o"): the first mark of a line
/// standing apart from the next word by more than a word space (over 0.6 em; words are a third of
/// an em apart) becomes "•", as a PDF's text layer gives it. `boxes` are the words' own boxes.
void restoreBullets(QList<Word> &words, const QList<QRect> &boxes, int dpi)
{
    static const QStringList lookalikes{QStringLiteral("e"), QStringLiteral("¢"), QStringLiteral("©"),
                                        QStringLiteral("°"), QStringLiteral("o"), QStringLiteral("®"),
                                        QStringLiteral("«"), QStringLiteral("•"), QStringLiteral("*")};
    bool lineStart = true;
    for (qsizetype i = 0; i + 1 < boxes.size(); ++i) {
        const bool first = lineStart;
        lineStart = words.at(i).lineEnd;
        if (!first || words.at(i).lineEnd || !lookalikes.contains(words.at(i).text)) {
            continue;
        }
        const double emPx = words.at(i + 1).fontSize * dpi / 72.0;
        if (boxes.at(i + 1).left() - boxes.at(i).right() > 0.6 * emPx) {
            words[i].text = QStringLiteral("\u2022");
        }
    }
}

/// The confidence a word read alone must reach (it has no neighbours to vouch for it).
constexpr int kAcceptedAlone = 60;

bool cancelRequested(void *cancel, int /*words*/)
{
    return static_cast<const std::atomic<bool> *>(cancel)->load();
}

/// The em of a word in pixels from the height of its ink: how much of the em its letters span
/// depends on how high they rise (capitals, digits, b d f h k l: 0.72 em; t and the dots of i and
/// j: 0.65; the x-height: 0.5) and whether they fall below the baseline (g j p q y: 0.2), in the
/// proportions of common Latin typefaces.
double emOf(const QString &word, int inkHeight)
{
    static const QString risers = QStringLiteral("bdfhkl0123456789àâäáéèêëíîïìóôöòúûüùñ");
    static const QString halfRisers = QStringLiteral("tij");
    static const QString fallers = QStringLiteral("gjpqyç");
    double top = 0.5;
    double bottom = 0;
    for (const QChar c : word) {
        if (c.isUpper() || risers.contains(c)) {
            top = 0.72;
        } else if (halfRisers.contains(c)) {
            top = std::max(top, 0.65);
        }
        if (fallers.contains(c)) {
            bottom = 0.2;
        }
    }
    return inkHeight / (top + bottom);
}

/// Font sizes in points, one per line (the median of its words' estimates, to half points, so
/// that lines of one size agree). `boxes` are the words' own boxes (pixels); bold is known.
void assignFontSizes(QList<Word> &words, const QList<QRect> &boxes, int dpi)
{
    // Brackets, slashes and commas reach beyond the letters: only plain words are measured.
    static const QRegularExpression plain(QStringLiteral("^\\p{L}{2,}[.:]?$"));
    qsizetype start = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!words.at(i).lineEnd && i + 1 < words.size()) {
            continue;
        }
        QList<double> ems;
        for (qsizetype j = start; j <= i; ++j) {
            if (plain.match(words.at(j).text).hasMatch()) {
                ems.append(emOf(words.at(j).text, boxes.at(j).height()));
            }
        }
        double points = 0; // unknown: no plain word to measure
        if (!ems.isEmpty()) {
            std::nth_element(ems.begin(), ems.begin() + ems.size() / 2, ems.end());
            points = std::round(ems.at(ems.size() / 2) * 72.0 / dpi * 2.0) / 2.0;
        }
        for (qsizetype j = start; j <= i; ++j) {
            words[j].fontSize = points;
        }
        start = i + 1;
    }
    // A line of numbers and brackets only takes the page's most common size.
    QHash<double, int> lines;
    for (const Word &w : std::as_const(words)) {
        lines[w.fontSize] += w.lineEnd ? 1 : 0;
    }
    lines.remove(0);
    double usual = 10;
    int most = 0;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            usual = it.key();
        }
    }
    // Measured from the ink of a scan, sizes wander by a point; a line in regular type that close
    // to the page's usual size is of that size (headings are set larger and mostly in bold).
    for (Word &w : words) {
        if (w.fontSize == 0 || (!w.bold && std::abs(w.fontSize - usual) <= 1.0)) {
            w.fontSize = usual;
        }
    }
}

} // namespace

OcrEngine::OcrEngine(const QString &languages) : m_api(std::make_unique<tesseract::TessBaseAPI>())
{
    const QByteArray langs = languages.toLatin1();
    if (m_api->Init(nullptr, langs.constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        m_error = QStringLiteral("Text recognition is not available: the language data \"%1\" of Tesseract is not "
                                 "installed.")
                      .arg(languages);
        return;
    }
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    m_api->SetVariable("debug_file", "/dev/null");
    m_ready = true;
}

QList<Word> OcrEngine::readAgain(const ImageInk &ink, int dpi, const QList<QRect> &read,
                                 const std::atomic<bool> &cancel)
{
    constexpr int kMostPerPage = 150; // a picture's marks are no text; their reading would cost seconds
    QList<QRect> unread = unreadInk(ink, dpi, read);
    if (unread.size() > kMostPerPage) {
        unread.resize(kMostPerPage);
    }
    // What is worth a second look is numbering ("3", "6.", "V2", "SA1)"): the words of a picture's
    // marks are left alone.
    static const QRegularExpression numbering(QStringLiteral("^[A-Z]{0,3}[0-9]{1,3}[.)]?$"));
    QList<Word> words;
    m_api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    const int pad = dpi / 30;
    for (const QRect &box : std::as_const(unread)) {
        if (cancel) {
            break;
        }
        m_api->SetRectangle(box.x() - pad, box.y() - pad, box.width() + 2 * pad, box.height() + 2 * pad);
        const std::unique_ptr<char[]> text(m_api->GetUTF8Text());
        const QString word = text ? QString::fromUtf8(text.get()).simplified() : QString();
        if (!numbering.match(word).hasMatch() || m_api->MeanTextConf() < kAcceptedAlone) {
            continue;
        }
        Word w;
        w.text = cleaned(word);
        w.box = {double(box.left()), double(box.top()), double(box.right() + 1), double(box.bottom() + 1)};
        w.fontSize = std::round(emOf(word, box.height()) * 72.0 / dpi * 2.0) / 2.0;
        w.lineEnd = true;
        w.spaceAfter = false;
        words.append(w);
    }
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    return words;
}

OcrEngine::~OcrEngine()
{
    if (m_api) {
        m_api->End();
    }
}

OcrPage OcrEngine::read(const QImage &image, int dpi, const std::atomic<bool> &cancel)
{
    OcrPage page;
    if (!m_ready || image.isNull()) {
        return page;
    }
    const PixPtr original = toPix(image);
    if (!original) {
        return page;
    }
    PixPtr straight(pixDeskew(original.get(), 0)); // a copy of the original when it is not askew
    PIX *pix = straight ? straight.get() : original.get();
    const double width = pixGetWidth(pix);
    const double height = pixGetHeight(pix);
    const ImageInk ink = findImageInk(pix, dpi);
    page.rulings = ink.rulings;
    // A page without marks of a letter's size (blank, a frame, a bar, a photograph's large shapes)
    // holds no text: recognition, seconds a page, is spared.
    constexpr qsizetype kFewestWords = 3;
    if (unreadInk(ink, dpi, {}).size() < kFewestWords) {
        return page;
    }

    m_api->SetImage(pix);
    m_api->SetSourceResolution(dpi);
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelRequested;
    monitor.cancel_this = const_cast<std::atomic<bool> *>(&cancel);
    if (m_api->Recognize(&monitor) != 0 || cancel) {
        m_api->Clear();
        return page;
    }
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    double confidenceSum = 0;
    QList<QRect> readBoxes;
    if (it) {
        int lineTop = 0;
        int lineBottom = 0;
        do {
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
                int l = 0, r = 0;
                it->BoundingBox(tesseract::RIL_TEXTLINE, &l, &lineTop, &r, &lineBottom);
            }
            const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
            const QString word = text ? QString::fromUtf8(text.get()).trimmed() : QString();
            const float confidence = it->Confidence(tesseract::RIL_WORD);
            const bool lineEnd = it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
            if (!word.isEmpty() && !isRuleOrSpeck(word, confidence)) {
                int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
                it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1);
                readBoxes.append(QRect(QPoint(x0, y0), QPoint(x1, y1)));
                Word w;
                w.text = cleaned(word);
                // Words of a line share its height, as a PDF's words share their font's ascent and descent.
                w.box = {double(x0), double(std::min(y0, lineTop)), double(x1), double(std::max(y1, lineBottom))};
                w.lineEnd = lineEnd;
                w.spaceAfter = !lineEnd;
                page.words.append(w);
                confidenceSum += confidence;
            } else if (lineEnd && !page.words.isEmpty()) {
                page.words.last().lineEnd = true;
            }
        } while (it->Next(tesseract::RIL_WORD));
    }
    it.reset();
    markBold(page.words, readBoxes, ink);
    assignFontSizes(page.words, readBoxes, dpi);
    restoreBullets(page.words, readBoxes, dpi);
    for (const Word &w : readAgain(ink, dpi, readBoxes, cancel)) {
        page.words.append(w);
        confidenceSum += kAcceptedAlone;
    }
    for (Word &w : page.words) {
        w.box = {w.box.x0 / width, w.box.y0 / height, w.box.x1 / width, w.box.y1 / height};
    }
    page.confidence = page.words.isEmpty() ? 0 : confidenceSum / double(page.words.size());
    // A photograph or a chart reads as a few unsure words: it holds no text to extract.
    constexpr qsizetype kFewWords = 20;
    constexpr double kUnsure = 60;
    if (page.words.size() < kFewWords && page.confidence < kUnsure) {
        page.words.clear();
        page.confidence = 0;
    }
    m_api->Clear();
    return page;
}

} // namespace evalreview::ingest::ocr
