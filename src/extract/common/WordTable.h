#pragma once

#include "DocumentContent.h"
#include "Provenance.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace evalreview::extract {

/// A table read from word positions, for tables the document draws without ruling lines:
/// columns start where the header's words start, rows are separated by vertical white space.
struct WordCell
{
    QStringList lines; ///< printed lines, top to bottom
    Provenance source;
    QString text() const; ///< lines joined as printed text
};

struct WordRow
{
    int page = 0;
    bool spanning = false;  ///< one line of text running across the columns (a sub-heading row)
    bool continued = false; ///< first row under a repeated header with an empty first cell
    QList<WordCell> cells;  ///< one per column; for a spanning row the text is in cells[0]
};

/// The part of a table on one page, under its header.
struct WordTable
{
    int page = 0;
    QStringList headers; ///< header text per column
    QList<double> lefts; ///< left edge of each column (normalised x)
    QList<WordRow> rows;
    bool ruled = false; ///< the page draws rulings between the rows
    /// a ruling closes the last row, so it does not run on to the next page (only where the
    /// renderer leaves rows that do run on open: splitRowsLeftOpen())
    bool closedAtFoot = false;
};

/// Finds, page by page, a header band whose folded text satisfies `isHeader`, then reads the rows
/// below it until the text changes font size, leaves the columns or a large gap ends the table.
/// A first column without a header (row labels) is added where body words sit left of the header.
QList<WordTable> readWordTables(const DocumentContent &content,
                                const std::function<bool(const QString &foldedHeaderText)> &isHeader);

} // namespace evalreview::extract
