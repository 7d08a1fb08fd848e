#pragma once

#include "DocumentContent.h"

namespace evalreview::ingest::table {

/// All words of a page that share a baseline band, across the whole page width (unlike the
/// layout's lines, which stop at column gaps), sorted left to right.
struct VisualLine
{
    QList<Word> words;
    NormRect box;
    double fontSize = 0; ///< largest word size, points
};

/// A run of words of one visual line with no wide gap inside (a cell's piece of text).
struct Segment
{
    NormRect box;
    QStringList words;
    QString text() const { return words.join(QLatin1Char(' ')); }
};

/// Groups words into visual lines, top to bottom.
QList<VisualLine> visualLines(const QList<Word> &words);

/// Splits a visual line where the gap between words is wider than `minGap` (normalised x).
/// `walls`: x positions of vertical rules drawn across the line; words on both sides of one are
/// in different segments, however close.
QList<Segment> segments(const VisualLine &line, double minGap, const QList<double> &walls = {});

/// The normalised width of one point on a page of this width.
inline double pointX(const Page &page)
{
    return page.sizePt.width() > 0 ? 1.0 / page.sizePt.width() : 1.0 / 612.0;
}

} // namespace evalreview::ingest::table
