#include "DocumentContent.h"

#include "TextJoin.h"

#include <algorithm>

namespace evalreview {

bool isMostlyBold(const QList<Word> &words)
{
    qsizetype bold = 0, all = 0;
    for (const Word &w : words) {
        all += w.text.size();
        bold += w.bold ? w.text.size() : 0;
    }
    return all > 0 && bold * 2 > all;
}

bool splitRowsLeftOpen(const QList<Page> &pages)
{
    constexpr double kBelow = 0.02; // about a line of text on a page
    for (const Page &p : pages) {
        double verticalEnd = -1, horizontalEnd = -1;
        int verticals = 0;
        for (const Ruling &r : p.rulings) {
            if (r.horizontal) {
                horizontalEnd = std::max(horizontalEnd, r.box.y1);
            } else {
                verticalEnd = std::max(verticalEnd, r.box.y1);
                ++verticals;
            }
        }
        if (verticals >= 2 && horizontalEnd >= 0 && verticalEnd > horizontalEnd + kBelow) {
            return true;
        }
    }
    return false;
}

NormRect NormRect::united(const NormRect &o) const
{
    if (isEmpty()) {
        return o;
    }
    if (o.isEmpty()) {
        return *this;
    }
    return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
}

QString TextLine::text() const
{
    QString out;
    for (const Word &w : words) {
        out += w.text;
        if (w.spaceAfter) {
            out += QLatin1Char(' ');
        }
    }
    return out.trimmed();
}

QString TextBlock::text() const
{
    QString out;
    LineEndHyphen previous = LineEndHyphen::Guess;
    for (const TextLine &l : lines) {
        ingest::appendLine(out, l.text(), previous);
        previous = l.endHyphen;
    }
    return ingest::withoutSoftHyphens(out);
}

QString TableCell::text() const
{
    TextBlock b;
    b.lines = lines;
    return b.text();
}

} // namespace evalreview
