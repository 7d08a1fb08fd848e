#include "BlockBuilder.h"

#include <QRegularExpression>

#include <algorithm>

namespace evalreview::ingest {

namespace {

bool sizeChanges(const TextLine &a, const TextLine &b)
{
    const double lo = std::min(a.fontSize, b.fontSize);
    const double hi = std::max(a.fontSize, b.fontSize);
    return lo > 0 && hi / lo > 1.12;
}

/// Typical distance from one line's top to the next line's top in this region.
double typicalPitch(const QList<TextLine> &lines)
{
    QList<double> pitches;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const double p = lines.at(i).box.y0 - lines.at(i - 1).box.y0;
        if (p > 0) {
            pitches.append(p);
        }
    }
    if (pitches.isEmpty()) {
        return 0;
    }
    std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
    return pitches.at(pitches.size() / 2);
}

} // namespace

bool startsListItem(const QString &text)
{
    static const QRegularExpression item(QStringLiteral(
        "^(?:[\\x{2022}\\x{25CF}\\x{25AA}\\x{25E6}\\x{2023}\\x{2043}\\x{25A0}\\x{F0B7}\\x{F0A7}\\x{2013}\\x{2014}*-]\\s"
        "|[\\x{2022}\\x{25CF}\\x{25AA}\\x{25E6}\\x{F0B7}\\x{F0A7}]"
        "|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]\\s)"));
    return item.match(text).hasMatch();
}

QList<TextBlock> buildBlocks(const QList<TextLine> &lines, int column, const PageMetrics &metrics)
{
    QList<TextBlock> blocks;
    const double pitch = typicalPitch(lines);
    double left = 1;
    for (const TextLine &l : lines) {
        left = std::min(left, l.box.x0);
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const TextLine &line = lines.at(i);
        bool fresh = blocks.isEmpty();
        if (!fresh) {
            const TextLine &prev = blocks.constLast().lines.constLast();
            const double step = line.box.y0 - prev.box.y0;
            const bool hanging = startsListItem(blocks.constLast().lines.constFirst().text());
            const bool indented =
                !hanging && line.box.x0 > left + 1.5 * metrics.emX && prev.box.x0 < left + 0.5 * metrics.emX;
            fresh = sizeChanges(prev, line) || (pitch > 0 && step > 1.6 * pitch) || startsListItem(line.text()) ||
                    (indented && i + 1 < lines.size() && lines.at(i + 1).box.x0 < left + 0.5 * metrics.emX);
        }
        if (fresh) {
            TextBlock b;
            b.column = column;
            blocks.append(b);
        }
        TextBlock &b = blocks.last();
        b.lines.append(line);
        b.box = b.box.united(line.box);
    }
    return blocks;
}

} // namespace evalreview::ingest
