#include "VisualLines.h"

#include <algorithm>

namespace evalreview::ingest::table {

QList<VisualLine> visualLines(const QList<Word> &words)
{
    QList<Word> sorted = words;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Word &a, const Word &b) { return a.box.y0 + a.box.y1 < b.box.y0 + b.box.y1; });
    QList<VisualLine> lines;
    for (const Word &w : std::as_const(sorted)) {
        if (w.text.trimmed().isEmpty()) {
            continue;
        }
        const double centre = (w.box.y0 + w.box.y1) / 2;
        // Join the last line when the word's centre lies near the centre of the line's first
        // word (no drift: lines of two baselines in one column never merge).
        if (!lines.isEmpty()) {
            VisualLine &last = lines.last();
            const Word &first = last.words.first();
            const double band = std::min(first.box.height(), w.box.height()) * 0.35;
            const double firstCentre = (first.box.y0 + first.box.y1) / 2;
            if (std::abs(centre - firstCentre) <= band) {
                last.words.append(w);
                last.box = last.box.united(w.box);
                last.fontSize = std::max(last.fontSize, w.fontSize);
                continue;
            }
        }
        VisualLine line;
        line.words.append(w);
        line.box = w.box;
        line.fontSize = w.fontSize;
        lines.append(line);
    }
    for (VisualLine &l : lines) {
        std::stable_sort(l.words.begin(), l.words.end(),
                         [](const Word &a, const Word &b) { return a.box.x0 < b.box.x0; });
    }
    return lines;
}

QList<Segment> segments(const VisualLine &line, double minGap, const QList<double> &walls)
{
    QList<Segment> out;
    for (const Word &w : line.words) {
        const auto wallBetween = [&] {
            return std::any_of(walls.begin(), walls.end(),
                               [&](double x) { return x > out.last().box.x1 && x < w.box.x0; });
        };
        if (out.isEmpty() || w.box.x0 - out.last().box.x1 > minGap || wallBetween()) {
            out.append(Segment{w.box, {w.text}});
        } else {
            out.last().box = out.last().box.united(w.box);
            out.last().words.append(w.text);
        }
    }
    return out;
}

} // namespace evalreview::ingest::table
