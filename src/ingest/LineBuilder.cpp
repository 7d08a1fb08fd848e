#include "LineBuilder.h"

#include <QHash>

#include <algorithm>

namespace evalreview::ingest {

namespace {

/// Font size covering half of the characters (a weighted median).
double medianFontSize(const QList<Word> &words)
{
    QList<std::pair<double, qsizetype>> sizes;
    qsizetype total = 0;
    for (const Word &w : words) {
        sizes.append({w.fontSize, w.text.size()});
        total += w.text.size();
    }
    if (sizes.isEmpty()) {
        return 0;
    }
    std::sort(sizes.begin(), sizes.end());
    qsizetype seen = 0;
    for (const auto &[size, chars] : sizes) {
        seen += chars;
        if (2 * seen >= total) {
            return size;
        }
    }
    return sizes.constLast().first;
}

double centerY(const NormRect &r)
{
    return (r.y0 + r.y1) / 2;
}

double verticalOverlap(const NormRect &a, const NormRect &b)
{
    return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

} // namespace

PageMetrics pageMetrics(const Page &page)
{
    PageMetrics m;
    const double size = medianFontSize(page.words);
    if (size > 0) {
        m.bodyFontPt = size;
    }
    if (page.sizePt.width() > 0 && page.sizePt.height() > 0) {
        m.emX = m.bodyFontPt / page.sizePt.width();
        m.emY = m.bodyFontPt / page.sizePt.height();
    }
    return m;
}

TextLine makeLine(QList<Word> words, const PageMetrics &metrics)
{
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) { return a.box.x0 < b.box.x0; });
    TextLine line;
    for (qsizetype i = 0; i < words.size(); ++i) {
        Word &w = words[i];
        if (i + 1 < words.size()) {
            const double gap = words.at(i + 1).box.x0 - w.box.x1;
            w.spaceAfter = w.spaceAfter || gap > 0.15 * metrics.emX;
        }
        line.box = line.box.united(w.box);
    }
    line.bold = isMostlyBold(words);
    line.fontSize = medianFontSize(words);
    line.words = std::move(words);
    return line;
}

QList<LineFragment> buildFragments(const QList<Word> &words, const PageMetrics &metrics)
{
    QList<const Word *> order;
    order.reserve(words.size());
    for (const Word &w : words) {
        order.append(&w);
    }
    std::sort(order.begin(), order.end(),
              [](const Word *a, const Word *b) { return centerY(a->box) < centerY(b->box); });

    // Rows keep the band of their first word, so drifting baselines cannot chain rows together.
    struct Row
    {
        NormRect band;
        QList<Word> words;
    };
    QList<Row> rows;
    constexpr qsizetype lookBack = 12;
    for (const Word *w : std::as_const(order)) {
        qsizetype best = -1;
        double bestOverlap = 0;
        for (qsizetype r = rows.size() - 1; r >= 0 && r >= rows.size() - lookBack; --r) {
            const NormRect &band = rows.at(r).band;
            const double overlap = verticalOverlap(band, w->box);
            const double need = 0.5 * std::min(band.height(), w->box.height());
            if (overlap >= need && overlap > bestOverlap) {
                best = r;
                bestOverlap = overlap;
            }
        }
        if (best < 0) {
            rows.append({w->box, {}});
            best = rows.size() - 1;
        }
        rows[best].words.append(*w);
    }

    QList<LineFragment> out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QList<Word> &row = rows[r].words;
        std::sort(row.begin(), row.end(), [](const Word &a, const Word &b) { return a.box.x0 < b.box.x0; });
        QList<Word> piece;
        for (const Word &w : std::as_const(row)) {
            if (!piece.isEmpty()) {
                const Word &prev = piece.constLast();
                const double em = std::max(prev.fontSize, w.fontSize) / metrics.bodyFontPt * metrics.emX;
                const double gap = w.box.x0 - prev.box.x1;
                if (gap > 1.2 * em || (prev.lineEnd && gap > 0.25 * em)) {
                    out.append({makeLine(std::move(piece), metrics), int(r)});
                    piece.clear();
                }
            }
            piece.append(w);
        }
        if (!piece.isEmpty()) {
            out.append({makeLine(std::move(piece), metrics), int(r)});
        }
    }
    return out;
}

QList<TextLine> joinRows(const QList<LineFragment> &fragments, const PageMetrics &metrics)
{
    QList<int> rowOrder;
    QHash<int, QList<Word>> byRow;
    for (const LineFragment &f : fragments) {
        if (!byRow.contains(f.row)) {
            rowOrder.append(f.row);
        }
        byRow[f.row].append(f.line.words);
    }
    QList<TextLine> lines;
    for (int row : std::as_const(rowOrder)) {
        lines.append(makeLine(byRow.take(row), metrics));
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const TextLine &a, const TextLine &b) { return centerY(a.box) < centerY(b.box); });
    return lines;
}

} // namespace evalreview::ingest
