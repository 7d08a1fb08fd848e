#include "CorePdf.h"

#include "RulingCollector.h"
#include "RulingMerge.h"

#include <QFile>

#include <GfxState.h>
#include <PDFDoc.h>
#include <TextOutputDev.h>
#include <algorithm>
#include <cmath>
#include <goo/GooString.h>

namespace evalreview::ingest::pdf {

namespace {

/// Poppler's text engine, also collecting the page's ruling lines as it draws.
class TextAndRulingDevice : public TextOutputDev
{
public:
    TextAndRulingDevice() : TextOutputDev(nullptr, false, 0, false, false) {}

    void stroke(GfxState *state) override
    {
        m_rulings.stroke(state);
        TextOutputDev::stroke(state);
    }
    void fill(GfxState *state) override
    {
        m_rulings.fill(state);
        TextOutputDev::fill(state);
    }
    void eoFill(GfxState *state) override
    {
        m_rulings.fill(state);
        TextOutputDev::eoFill(state);
    }

    const RulingCollector &rulings() const { return m_rulings; }

private:
    RulingCollector m_rulings;
};

bool abortRequested(void *data)
{
    return static_cast<const std::atomic<bool> *>(data)->load(std::memory_order_relaxed);
}

/// Font size in points from a word box: the boxes run from ascent to descent, about 1.15 em for
/// common fonts. The box is used rather than the font matrix so that scaled text reads right.
constexpr double kBoxHeightPerEm = 1.15;

/// Bold from the font's descriptor flag or, as most producers leave that unset, its name
/// ("ABCDEF+Arial-BoldMT", "Calibri,Bold", "OpenSans-Semibold").
bool isBoldFont(const TextFontInfo *font)
{
    if (!font) {
        return false;
    }
    if (font->isBold()) {
        return true;
    }
    const GooString *name = font->getFontName();
    if (!name) {
        return false;
    }
    const QString n = QString::fromLatin1(name->c_str()).toLower();
    return n.contains(QLatin1String("bold")) || n.contains(QLatin1String("black")) ||
           n.contains(QLatin1String("heavy")) || n.contains(QLatin1String("semibold"));
}

Word toWord(const TextWord &tw, double w, double h)
{
    Word word;
    std::unique_ptr<GooString> text(tw.getText());
    word.text = text ? QString::fromUtf8(text->c_str()) : QString();
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    tw.getBBox(&x0, &y0, &x1, &y1);
    word.box = {std::clamp(x0 / w, 0.0, 1.0), std::clamp(y0 / h, 0.0, 1.0), std::clamp(x1 / w, 0.0, 1.0),
                std::clamp(y1 / h, 0.0, 1.0)};
    const bool vertical = tw.getRotation() % 2 == 1;
    const double extent = vertical ? x1 - x0 : y1 - y0;
    word.fontSize = std::round(extent / kBoxHeightPerEm * 10.0) / 10.0;
    word.bold = tw.getLength() > 0 && isBoldFont(tw.getFontInfo(0));
    word.spaceAfter = tw.hasSpaceAfter();
    word.lineEnd = tw.nextWord() == nullptr;
    return word;
}

/// Bullets drawn as shapes (web browsers do so) become "•" words, so list items keep their
/// markers: a mark counts where a word starts just right of it on the same line.
void addDrawnBullets(QList<Word> &words, const std::vector<Mark> &marks, double w, double h)
{
    constexpr double kMaxGap = 30; // points from the bullet to its text
    for (const Mark &m : marks) {
        const double mid = (m.y0 + m.y1) / 2 / h;
        const double right = m.x1 / w;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const Word &next = words.at(i);
            if (mid > next.box.y0 && mid < next.box.y1 && next.box.x0 >= right && next.box.x0 - right < kMaxGap / w) {
                Word bullet;
                bullet.text = QStringLiteral("\u2022");
                bullet.box = {m.x0 / w, next.box.y0, m.x1 / w, next.box.y1};
                bullet.fontSize = next.fontSize;
                words.insert(i, bullet);
                break;
            }
        }
    }
}

} // namespace

CorePdf::CorePdf(const QString &path)
    : m_doc(std::make_unique<PDFDoc>(std::make_unique<GooString>(QFile::encodeName(path).toStdString())))
{}

CorePdf::~CorePdf() = default;

bool CorePdf::isOk() const
{
    return m_doc && m_doc->isOk();
}

Page CorePdf::readPage(int index, const std::atomic<bool> &cancel) const
{
    Page page;
    page.number = index + 1;
    ::Page *p = m_doc->getPage(index + 1);
    if (!p) {
        return page;
    }
    const bool turned = p->getRotate() == 90 || p->getRotate() == 270;
    page.sizePt =
        turned ? QSizeF(p->getCropHeight(), p->getCropWidth()) : QSizeF(p->getCropWidth(), p->getCropHeight());
    const double w = page.sizePt.width();
    const double h = page.sizePt.height();
    if (w <= 0 || h <= 0) {
        return page;
    }
    TextAndRulingDevice device;
    if (!device.isOk()) {
        return page;
    }
    auto *cancelData = const_cast<std::atomic<bool> *>(&cancel); // Poppler's callback takes void *
    m_doc->displayPageSlice(&device, index + 1, 72, 72, 0, false, false, false, -1, -1, -1, -1, &abortRequested,
                            cancelData, nullptr, nullptr, true);
    const std::unique_ptr<TextWordList> list = device.makeWordList();
    if (!list || cancel.load()) {
        return page;
    }
    page.words.reserve(list->getLength());
    for (int i = 0; i < list->getLength(); ++i) {
        const TextWord *tw = list->get(i);
        if (!tw) {
            continue;
        }
        Word word = toWord(*tw, w, h);
        if (!word.text.trimmed().isEmpty()) {
            page.words.append(std::move(word));
        }
    }
    addDrawnBullets(page.words, device.rulings().marks(), w, h);
    page.rulings = mergeRulings(device.rulings().segments(), page.sizePt);
    return page;
}

} // namespace evalreview::ingest::pdf
