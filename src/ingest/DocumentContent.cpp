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
