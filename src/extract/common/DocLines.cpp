#include "DocLines.h"

#include "TextJoin.h"
#include "TextTools.h"

#include <QHash>

#include <cmath>

namespace evalreview::extract {

DocLines::DocLines(const DocumentContent &content)
{
    int blockIndex = 0;
    QHash<int, qsizetype> sizeWeight;
    qsizetype boldChars = 0;
    qsizetype allChars = 0;
    for (const Page &page : content.pages) {
        for (const TextBlock &block : page.blocks) {
            for (const TextLine &line : block.lines) {
                DocLine d;
                d.page = page.number;
                d.block = blockIndex;
                d.column = block.column;
                d.box = line.box;
                d.fontSize = line.fontSize;
                d.bold = line.bold;
                d.text = line.text().simplified();
                d.words = line.words;
                if (d.text.isEmpty()) {
                    continue;
                }
                sizeWeight[int(std::lround(d.fontSize * 2))] += d.text.size();
                allChars += d.text.size();
                boldChars += d.bold ? d.text.size() : 0;
                m_lines.append(std::move(d));
            }
            ++blockIndex;
        }
    }
    qsizetype best = -1;
    for (auto it = sizeWeight.begin(); it != sizeWeight.end(); ++it) {
        if (it.value() > best) {
            best = it.value();
            m_bodySize = it.key() / 2.0;
        }
    }
    m_bodyBold = allChars > 0 && boldChars * 2 > allChars;
}

bool DocLines::isLarger(qsizetype i, double factor) const
{
    return m_bodySize > 0 && m_lines.at(i).fontSize >= m_bodySize * factor;
}

bool DocLines::isHeading(qsizetype i) const
{
    constexpr double kHeadingFactor = 1.06;
    return isLarger(i, kHeadingFactor) || (m_lines.at(i).bold && !m_bodyBold);
}

bool DocLines::startsBlock(qsizetype i) const
{
    return i == 0 || m_lines.at(i).block != m_lines.at(i - 1).block || m_lines.at(i).page != m_lines.at(i - 1).page;
}

double DocLines::gapBefore(qsizetype i) const
{
    if (i == 0 || m_lines.at(i).page != m_lines.at(i - 1).page) {
        return 99;
    }
    const DocLine &a = m_lines.at(i - 1);
    const DocLine &b = m_lines.at(i);
    const double h = std::max(1e-6, std::max(a.box.height(), b.box.height()));
    if (b.box.y0 < a.box.y0) {
        return 99; // new column
    }
    return (b.box.y0 - a.box.y1) / h;
}

QString DocLines::join(qsizetype from, qsizetype to) const
{
    QString out;
    for (qsizetype i = from; i < to && i < m_lines.size(); ++i) {
        ingest::appendLine(out, m_lines.at(i).text);
    }
    return out.simplified();
}

QString DocLines::join(const QList<qsizetype> &indices) const
{
    QString out;
    for (const qsizetype i : indices) {
        ingest::appendLine(out, m_lines.at(i).text);
    }
    return out.simplified();
}

Provenance DocLines::provenance(const QList<qsizetype> &indices) const
{
    Provenance p;
    for (const qsizetype i : indices) {
        p.add(m_lines.at(i).page, m_lines.at(i).box);
    }
    return p;
}

Provenance DocLines::provenance(qsizetype from, qsizetype to) const
{
    Provenance p;
    for (qsizetype i = from; i < to && i < m_lines.size(); ++i) {
        p.add(m_lines.at(i).page, m_lines.at(i).box);
    }
    return p;
}

qsizetype DocLines::find(const QStringList &starts, qsizetype from) const
{
    for (qsizetype i = std::max<qsizetype>(0, from); i < m_lines.size(); ++i) {
        const QString t = text::fold(m_lines.at(i).text);
        for (const QString &s : starts) {
            if (t.startsWith(s)) {
                return i;
            }
        }
    }
    return -1;
}

} // namespace evalreview::extract
