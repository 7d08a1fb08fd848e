#include "ContentBuilder.h"

#include <QStringList>

namespace evalreview::test {

ContentBuilder::ContentBuilder(double pageWidthPt, double pageHeightPt) : m_w(pageWidthPt), m_h(pageHeightPt) {}

ContentBuilder &ContentBuilder::page()
{
    Page p;
    p.number = int(m_content.pages.size()) + 1;
    p.sizePt = QSizeF(m_w, m_h);
    m_content.pages.append(p);
    return *this;
}

QList<Word> ContentBuilder::words(const QString &text, double x, double y, double size) const
{
    QList<Word> out;
    const double charW = size * 0.5;
    double cx = x;
    // a run of spaces sets the next word that much further ("Status      In progress")
    for (const QString &t : text.split(QLatin1Char(' '))) {
        if (t.isEmpty()) {
            cx += charW;
            continue;
        }
        Word w;
        w.text = t;
        w.fontSize = size;
        w.box = {cx / m_w, y / m_h, (cx + charW * double(t.size())) / m_w, (y + size * 1.15) / m_h};
        out.append(w);
        cx += charW * double(t.size() + 1);
    }
    return out;
}

ContentBuilder &ContentBuilder::line(const QString &text, double x, double y, double size, bool newBlock, int column,
                                     bool bold)
{
    if (m_content.pages.isEmpty()) {
        page();
    }
    Page &p = m_content.pages.last();
    TextLine l;
    l.words = words(text, x, y, size);
    l.fontSize = size;
    l.bold = bold;
    for (const Word &w : l.words) {
        l.box = l.box.united(w.box);
    }
    if (newBlock || p.blocks.isEmpty() || p.blocks.last().column != column) {
        TextBlock b;
        b.column = column;
        p.blocks.append(b);
    }
    p.blocks.last().lines.append(l);
    p.blocks.last().box = p.blocks.last().box.united(l.box);
    p.words.append(l.words);
    return *this;
}

ContentBuilder &ContentBuilder::cell(const QString &text, double x, double y, double size)
{
    if (m_content.pages.isEmpty()) {
        page();
    }
    m_content.pages.last().words.append(words(text, x, y, size));
    return *this;
}

} // namespace evalreview::test
