#pragma once

#include <vector>

class GfxState;

namespace evalreview::ingest::pdf {

/// A straight axis-parallel stroke in device points (origin top-left).
struct Segment
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    double width = 0; ///< line width in points
    bool horizontal = true;
};

/// A small filled dot or square in device points: how web browsers draw list bullets (as
/// shapes, not as text).
struct Mark
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// Collects the lines a page draws: stroked axis-parallel segments and thin filled rectangles
/// (how word processors draw cell borders), and small filled marks that may be list bullets.
/// White and very light shapes are left out.
class RulingCollector
{
public:
    void stroke(GfxState *state);
    void fill(GfxState *state);

    const std::vector<Segment> &segments() const { return m_segments; }
    const std::vector<Mark> &marks() const { return m_marks; }

private:
    void add(double ax, double ay, double bx, double by, double width);

    std::vector<Segment> m_segments;
    std::vector<Mark> m_marks;
};

} // namespace evalreview::ingest::pdf
