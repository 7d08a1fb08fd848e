#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace evalreview {

/// A rectangle in page coordinates normalised to 0..1 of the page, origin top-left.
struct NormRect
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    bool isEmpty() const { return x1 <= x0 || y1 <= y0; }
    NormRect united(const NormRect &o) const;
    bool operator==(const NormRect &) const = default;
};

/// One word as printed, with its box; font size in points (estimated from the box where the
/// reader cannot tell), bold where the reader knows.
struct Word
{
    QString text;
    NormRect box;
    double fontSize = 0;
    bool bold = false;
    bool spaceAfter = true;
    bool lineEnd = false; ///< the reader's own text engine ends a line after this word
};

/// Bold as a whole: most of the words' characters are set in a bold face.
bool isMostlyBold(const QList<Word> &words);

/// A drawn ruling line or a cell edge (horizontal when height is ~0, vertical when width is ~0).
struct Ruling
{
    NormRect box;
    bool horizontal = true;
};

/// What to do with a hyphen that ends a line, when the layout stage could decide it from the
/// rest of the document ("follow-up" printed elsewhere: Keep; "organization" elsewhere: Join).
enum class LineEndHyphen
{
    Guess,
    Join,
    Keep
};

/// A line of words sharing a baseline, in reading order.
struct TextLine
{
    QList<Word> words;
    NormRect box;
    double fontSize = 0;
    bool bold = false;
    LineEndHyphen endHyphen = LineEndHyphen::Guess;
    int page = 0; ///< 1-based page of the line where lines of several pages are collected (table cells)
    QString text() const;
};

/// A paragraph-like group of lines inside one column.
struct TextBlock
{
    QList<TextLine> lines;
    NormRect box;
    int column = 0;
    QString text() const; ///< lines joined with spaces, end-of-line hyphenation removed
};

struct TableCell
{
    NormRect box;          ///< on the row's first page
    QList<TextLine> lines; ///< each line carries its page
    int columnSpan = 1;    ///< columns this cell covers (the covered cells follow it, empty)
    QString text() const;
};

/// A table row; continuedFromPreviousPage marks a row whose first part sits on the page before.
struct TableRow
{
    QList<TableCell> cells; ///< one per column, possibly empty
    bool header = false;
    bool continuedFromPreviousPage = false;
    bool sectionRow = false; ///< one cell spans the table's width (a section heading such as "Ghana")
    int page = 0;            ///< 1-based page of the row's first part
    QString anchorRef;       ///< DOCX: "table T row R"; empty for PDF
};

struct Table
{
    QList<double> columnEdges; ///< normalised x positions, columns+1 entries
    QStringList headers;       ///< header cell texts, one per column
    QList<TableRow> rows;      ///< body rows (header rows excluded)
    int firstPage = 0;
    int lastPage = 0;
    QString caption; ///< a short heading just above the table (e.g. "Ghana"), may be empty
};

/// Everything the layout stage knows of one page.
struct Page
{
    int number = 0;            ///< 1-based
    QSizeF sizePt;             ///< page size in points
    QList<Word> words;         ///< raw words from the reader, content-stream order
    QList<Ruling> rulings;     ///< ruling lines where the document draws them
    QList<TextBlock> blocks;   ///< body blocks in reading order (running headers/footers removed)
    QList<TextLine> furniture; ///< running headers, footers and page numbers
    double ocrConfidence = -1; ///< read by text recognition: its mean word confidence (0–100); else -1
    bool isOcr() const { return ocrConfidence >= 0; }
};

/// Whether the document's renderer leaves a table row that runs over a page break open at the
/// foot of the page: some page draws a table's vertical borders further down than its lowest
/// horizontal rule (web browsers do; word processors close every row at the break). Only then
/// does a rule under a page's last row tell that the row ends there.
bool splitRowsLeftOpen(const QList<Page> &pages);

enum class SourceFormat
{
    Pdf,
    Docx
};

/// The positioned content of a whole document, as the readers and the layout stage produce it.
struct DocumentContent
{
    SourceFormat format = SourceFormat::Pdf;
    QString title; ///< from document metadata, may be empty
    QList<Page> pages;
    QList<Table> tables; ///< tables found across the document (rows may span pages)
    QString ocrLanguage; ///< the recognition model pages were read with ("eng", "fra", "spa"), if any
};

} // namespace evalreview
