#pragma once

#include "DocumentContent.h"

namespace evalreview::ingest {

/// The size of one em of the page's body text in normalised units, for distance thresholds.
struct PageMetrics
{
    double bodyFontPt = 10; ///< most common font size, weighted by characters
    double emX = 0.017;     ///< one em as a fraction of the page width
    double emY = 0.012;     ///< one em as a fraction of the page height
};

PageMetrics pageMetrics(const Page &page);

/// A piece of a printed line: words on one baseline with no wide gap between them. The row
/// index is shared by all fragments on the same baseline, so a reading region can put the
/// pieces of a justified line back together.
struct LineFragment
{
    TextLine line;
    int row = 0;
};

/// Groups words into rows (boxes overlapping vertically by at least half the smaller height)
/// and cuts each row at gaps wider than about one em: a column gutter or a table gap.
QList<LineFragment> buildFragments(const QList<Word> &words, const PageMetrics &metrics);

/// Joins fragments that share a row into one line each; lines come out top to bottom.
QList<TextLine> joinRows(const QList<LineFragment> &fragments, const PageMetrics &metrics);

/// A line from words: sorted left to right, box, font size (median by characters), and a space
/// after every word followed by a visible gap.
TextLine makeLine(QList<Word> words, const PageMetrics &metrics);

} // namespace evalreview::ingest
