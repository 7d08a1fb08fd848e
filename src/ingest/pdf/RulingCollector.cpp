#include "RulingCollector.h"

#include <GfxState.h>
#include <algorithm>
#include <cmath>

namespace evalreview::ingest::pdf {

namespace {

constexpr double kMinLength = 8.0;         ///< points; shorter marks are dashes, glyph parts or bullets
constexpr double kMaxThickness = 3.0;      ///< points; a thicker filled box is shading, not a line
constexpr double kSlack = 0.8;             ///< points a "straight" line may wander off its axis
constexpr double kLightestInk = 0.85;      ///< gray level above which a line does not show on paper
constexpr int kMaxSegmentsPerPage = 20000; ///< a page of hatching is not a table
constexpr double kMarkMin = 1.5;           ///< points: the size of a list bullet drawn as a shape
constexpr double kMarkMax = 7.0;

/// Whether the stroke (or fill) colour prints dark enough for a line to show on paper.
bool inkShows(GfxState *state, bool stroke)
{
    GfxColorSpace *space = stroke ? state->getStrokeColorSpace() : state->getFillColorSpace();
    if (space == nullptr || space->getMode() == csPattern) {
        return false;
    }
    GfxGray gray = 0;
    if (stroke) {
        state->getStrokeGray(&gray);
    } else {
        state->getFillGray(&gray);
    }
    return colToDbl(gray) <= kLightestInk;
}

} // namespace

void RulingCollector::add(double ax, double ay, double bx, double by, double width)
{
    if (m_segments.size() >= kMaxSegmentsPerPage) {
        return;
    }
    const double dx = std::abs(bx - ax), dy = std::abs(by - ay);
    if (dy <= kSlack && dx >= kMinLength) {
        const double y = (ay + by) / 2;
        m_segments.push_back({std::min(ax, bx), y, std::max(ax, bx), y, width, true});
    } else if (dx <= kSlack && dy >= kMinLength) {
        const double x = (ax + bx) / 2;
        m_segments.push_back({x, std::min(ay, by), x, std::max(ay, by), width, false});
    }
}

void RulingCollector::stroke(GfxState *state)
{
    if (!inkShows(state, true)) {
        return;
    }
    const double width = std::max(state->getTransformedLineWidth(), 0.1);
    const GfxPath *path = state->getPath();
    for (int s = 0; path && s < path->getNumSubpaths(); ++s) {
        const GfxSubpath *sub = path->getSubpath(s);
        const int n = sub->getNumPoints();
        double px = 0, py = 0;
        state->transform(sub->getX(0), sub->getY(0), &px, &py);
        const double fx = px, fy = py;
        for (int i = 1; i < n; ++i) {
            double x = 0, y = 0;
            state->transform(sub->getX(i), sub->getY(i), &x, &y);
            if (!sub->getCurve(i)) {
                add(px, py, x, y, width);
            }
            px = x;
            py = y;
        }
        if (sub->isClosed() && n > 2) {
            add(px, py, fx, fy, width);
        }
    }
}

void RulingCollector::fill(GfxState *state)
{
    if (!inkShows(state, false)) {
        return;
    }
    // A thin filled shape without curves is a line however it was outlined (a plain box, or a
    // stroke turned into an outline with its caps).
    const GfxPath *path = state->getPath();
    for (int s = 0; path && s < path->getNumSubpaths(); ++s) {
        const GfxSubpath *sub = path->getSubpath(s);
        const int n = sub->getNumPoints();
        double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
        bool curved = false;
        for (int i = 0; i < n; ++i) {
            double x = 0, y = 0;
            state->transform(sub->getX(i), sub->getY(i), &x, &y);
            curved = curved || sub->getCurve(i);
            x0 = std::min(x0, x);
            y0 = std::min(y0, y);
            x1 = std::max(x1, x);
            y1 = std::max(y1, y);
        }
        const double w = x1 - x0, h = y1 - y0;
        if (n >= 3 && w >= kMarkMin && w <= kMarkMax && h >= kMarkMin && h <= kMarkMax && w < 1.5 * h && h < 1.5 * w &&
            m_marks.size() < kMaxSegmentsPerPage) {
            m_marks.push_back({x0, y0, x1, y1});
            continue;
        }
        if (n < 3 || curved) {
            continue;
        }
        if (h <= kMaxThickness && w >= kMinLength) {
            m_segments.push_back({x0, (y0 + y1) / 2, x1, (y0 + y1) / 2, std::max(h, 0.1), true});
        } else if (w <= kMaxThickness && h >= kMinLength) {
            m_segments.push_back({(x0 + x1) / 2, y0, (x0 + x1) / 2, y1, std::max(w, 0.1), false});
        }
    }
}

} // namespace evalreview::ingest::pdf
