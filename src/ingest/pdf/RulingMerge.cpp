#include "RulingMerge.h"

#include <algorithm>

namespace evalreview::ingest::pdf {

namespace {

constexpr double kSameLine = 1.0; ///< points between pieces of one line across its axis
constexpr double kJoinGap = 1.5;  ///< points between pieces of one line along its axis

/// Along-axis and across-axis coordinates of a segment, so one routine merges both directions.
struct Span
{
    double across = 0, from = 0, to = 0, width = 0;
};

QList<Span> merge(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.across < b.across; });
    QList<Span> out;
    qsizetype i = 0;
    while (i < spans.size()) {
        // one line: pieces whose across-axis position stays within kSameLine of the first
        qsizetype j = i;
        while (j < spans.size() && spans[j].across - spans[i].across <= kSameLine) {
            ++j;
        }
        QList<Span> line(spans.begin() + i, spans.begin() + j);
        std::sort(line.begin(), line.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
        Span current = line.first();
        for (qsizetype k = 1; k < line.size(); ++k) {
            if (line[k].from <= current.to + kJoinGap) {
                current.to = std::max(current.to, line[k].to);
                current.width = std::max(current.width, line[k].width);
            } else {
                out.append(current);
                current = line[k];
            }
        }
        out.append(current);
        i = j;
    }
    return out;
}

} // namespace

QList<Ruling> mergeRulings(const std::vector<Segment> &segments, const QSizeF &pageSize)
{
    const double w = pageSize.width(), h = pageSize.height();
    if (segments.empty() || w <= 0 || h <= 0) {
        return {};
    }
    QList<Span> horizontal, vertical;
    for (const Segment &s : segments) {
        if (s.horizontal) {
            horizontal.append({s.y0, s.x0, s.x1, s.width});
        } else {
            vertical.append({s.x0, s.y0, s.y1, s.width});
        }
    }
    auto clamp = [](double v) { return std::clamp(v, 0.0, 1.0); };
    QList<Ruling> out;
    for (const Span &s : merge(horizontal)) {
        out.append({{clamp(s.from / w), clamp((s.across - s.width / 2) / h), clamp(s.to / w),
                     clamp((s.across + s.width / 2) / h)},
                    true});
    }
    for (const Span &s : merge(vertical)) {
        out.append({{clamp((s.across - s.width / 2) / w), clamp(s.from / h), clamp((s.across + s.width / 2) / w),
                     clamp(s.to / h)},
                    false});
    }
    return out;
}

} // namespace evalreview::ingest::pdf
