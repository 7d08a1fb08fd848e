#pragma once

#include "VisualLines.h"

#include <optional>

namespace evalreview::ingest::table {

/// A table's header as printed on one page: one text per column (wrapped header lines merged)
/// and the lines it takes.
struct HeaderRow
{
    QStringList texts;
    QList<NormRect> boxes; ///< header cell text boxes, one per column
    int firstLine = 0;
    int lastLine = 0;
    double fontSize = 0;
    bool ruled = false;    ///< drawn between rules with borders between its cells
    bool tallBand = false; ///< the rules around it enclose more lines than a header has
};

/// The header starting at visual line `index`: a line of at least three (or two, more strictly) short, capitalised
/// cells spread across the page, optionally continued by wrapped lines just below, followed by
/// lines with text under at least two of its columns.
/// `wordSpace` (normalised, 0 = estimate from the font size) is the widest gap between words of
/// one cell; wider gaps separate header cells.
/// `confirmed` = false skips the check of the lines below (for a header repeated at the top of
/// a page, where the row that runs on may fill one column only).
std::optional<HeaderRow> headerAt(const QList<VisualLine> &lines, int index, const Page &page, double wordSpace = 0,
                                  bool confirmed = true);

/// Whether two headers name the same columns (a header repeated on a later page).
bool sameHeader(const QStringList &a, const QStringList &b);

/// Column boundaries (columns + 1 normalised x positions) for a header: between two header
/// cells, the widest vertical band that the body lines below leave (nearly) empty.
QList<double> columnEdges(const HeaderRow &header, const QList<VisualLine> &body);

/// Where the page draws the table's vertical borders, a column's left edge is the border just
/// left of its header text (white space alone can put it far off in narrow columns). Edges of
/// columns without header text, and pages without borders at the header, keep their position.
QList<double> snapEdgesToRules(QList<double> edges, const HeaderRow &header, const QList<Ruling> &rulings);

} // namespace evalreview::ingest::table
