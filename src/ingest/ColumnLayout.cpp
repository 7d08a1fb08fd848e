#include "ColumnLayout.h"

#include <algorithm>

namespace evalreview::ingest {

namespace {

struct Interval
{
    double lo, hi;
};

/// The gaps between the union of intervals, in increasing order, at least minGap wide.
QList<Interval> gapsBetween(QList<Interval> spans, double minGap)
{
    std::sort(spans.begin(), spans.end(), [](const Interval &a, const Interval &b) { return a.lo < b.lo; });
    QList<Interval> gaps;
    double reach = -1;
    for (const Interval &s : std::as_const(spans)) {
        if (reach >= 0 && s.lo - reach >= minGap) {
            gaps.append({reach, s.lo});
        }
        reach = std::max(reach, s.hi);
    }
    return gaps;
}

class Cutter
{
public:
    Cutter(const QList<LineFragment> &all, const PageMetrics &m) : m_all(all), m_metrics(m) {}

    void cut(const QList<int> &items, int column, int depth)
    {
        if (items.size() <= 1 || depth > 40) {
            addRegion(items, column);
            return;
        }
        QList<QList<int>> columns = splitColumns(items);
        QList<QList<int>> bands = splitBands(items);
        const bool tableLike = columns.size() > 1 && bands.size() > 2;
        if (columns.size() > 1 && !tableLike) {
            for (qsizetype c = 0; c < columns.size(); ++c) {
                cut(columns.at(c), int(c), depth + 1);
            }
        } else if (bands.size() > 1) {
            for (const QList<int> &band : std::as_const(bands)) {
                cut(band, column, depth + 1);
            }
        } else {
            addRegion(items, column);
        }
    }

    QList<ReadingRegion> regions;

private:
    const NormRect &box(int i) const { return m_all.at(i).line.box; }

    /// Splits at vertical gutters, dropping gutters that would leave a column narrower than a
    /// few ems (list bullets, item numbers).
    QList<QList<int>> splitColumns(const QList<int> &items) const
    {
        QList<Interval> spans;
        for (int i : items) {
            spans.append({box(i).x0, box(i).x1});
        }
        QList<Interval> gutters = gapsBetween(spans, 0.4 * m_metrics.emX);
        const double minWidth = 4 * m_metrics.emX;
        for (;;) {
            QList<QList<int>> parts = partition(items, gutters, true);
            qsizetype narrow = -1;
            for (qsizetype p = 0; p < parts.size() && narrow < 0; ++p) {
                double lo = 1, hi = 0;
                for (int i : parts.at(p)) {
                    lo = std::min(lo, box(i).x0);
                    hi = std::max(hi, box(i).x1);
                }
                if (hi - lo < minWidth) {
                    narrow = p;
                }
            }
            if (narrow < 0 || gutters.isEmpty()) {
                return parts; // a lone narrow part (a page number, a short list) cannot be split further
            }
            gutters.removeAt(narrow < gutters.size() ? narrow : narrow - 1);
        }
    }

    QList<QList<int>> splitBands(const QList<int> &items) const
    {
        QList<Interval> spans;
        for (int i : items) {
            spans.append({box(i).y0, box(i).y1});
        }
        return partition(items, gapsBetween(spans, 0.5 * m_metrics.emY), false);
    }

    QList<QList<int>> partition(const QList<int> &items, const QList<Interval> &gaps, bool horizontal) const
    {
        QList<QList<int>> parts(gaps.size() + 1);
        for (int i : items) {
            const double pos = horizontal ? box(i).x0 : box(i).y0;
            qsizetype p = 0;
            while (p < gaps.size() && pos >= gaps.at(p).hi) {
                ++p;
            }
            parts[p].append(i);
        }
        return parts;
    }

    void addRegion(const QList<int> &items, int column)
    {
        ReadingRegion r;
        r.column = column;
        for (int i : items) {
            r.fragments.append(m_all.at(i));
        }
        regions.append(std::move(r));
    }

    const QList<LineFragment> &m_all;
    PageMetrics m_metrics;
};

} // namespace

QList<ReadingRegion> readingRegions(const QList<LineFragment> &fragments, const PageMetrics &metrics)
{
    Cutter cutter(fragments, metrics);
    QList<int> all;
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        all.append(int(i));
    }
    if (!all.isEmpty()) {
        cutter.cut(all, 0, 0);
    }
    return std::move(cutter.regions);
}

} // namespace evalreview::ingest
