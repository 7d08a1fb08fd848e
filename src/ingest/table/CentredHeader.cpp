#include "CentredHeader.h"

#include "HeaderCells.h"

#include <algorithm>

namespace evalreview::ingest::table {

namespace {

/// Lines of one header band: overlapping, or set at a cell's own line spacing (a gap under a
/// quarter of a line; rows are set further apart by the cells' padding).
bool touchVertically(const VisualLine &a, const VisualLine &b)
{
    constexpr double kCellLeading = 0.25;
    const double gap = std::max(a.box.y0, b.box.y0) - std::min(a.box.y1, b.box.y1);
    return gap < kCellLeading * std::min(a.box.height(), b.box.height());
}

/// A piece of a header cell wrapped over several lines: a few words, no sentence ending. A
/// cell's first piece opens capitalised (checked per column); later ones continue it
/// ("partially accepted or rejected)").
bool isHeaderPiece(const Segment &s)
{
    constexpr int kMaxPieceWords = 6;
    const QString t = s.text();
    return s.words.size() <= kMaxPieceWords && !(t.endsWith(QLatin1Char('.')) && t.size() > 4) &&
           !t.endsWith(QLatin1Char(';'));
}

struct Piece
{
    Segment segment;
    int line = 0;
};

/// The pieces gathered into columns: pieces whose spans overlap across the page are one cell,
/// read top to bottom.
QList<QList<Piece>> columnsOf(QList<Piece> pieces)
{
    std::sort(pieces.begin(), pieces.end(),
              [](const Piece &a, const Piece &b) { return a.segment.box.x0 < b.segment.box.x0; });
    QList<QList<Piece>> columns;
    double right = -1;
    for (const Piece &p : std::as_const(pieces)) {
        if (columns.isEmpty() || p.segment.box.x0 > right) {
            columns.append(QList<Piece>());
            right = p.segment.box.x1;
        } else {
            right = std::max(right, p.segment.box.x1);
        }
        columns.last().append(p);
    }
    for (QList<Piece> &c : columns) {
        std::sort(c.begin(), c.end(), [](const Piece &a, const Piece &b) { return a.line < b.line; });
    }
    return columns;
}

} // namespace

std::optional<HeaderRow> centredHeaderAt(const QList<VisualLine> &lines, int index, const Page &page, double wordSpace)
{
    // The header's lines form a chain, each touching the next: cells of one, two and three
    // lines centred on one row put their lines between each other's. Found at the chain's first line.
    if (index > 0 && touchVertically(lines[index - 1], lines[index])) {
        return std::nullopt;
    }
    int last = index;
    while (last + 1 < lines.size() && touchVertically(lines[last], lines[last + 1])) {
        ++last;
    }
    constexpr int kMinLines = 3, kMaxLines = 8;
    if (last - index + 1 < kMinLines || last - index + 1 > kMaxLines) {
        return std::nullopt;
    }
    const double cellGap = headerCellGap(lines[index], page, wordSpace);
    QList<Piece> pieces;
    bool cellsOnOneLine = false; // one line at least is a row of header cells side by side
    for (int k = index; k <= last; ++k) {
        const QList<Segment> cells = segments(lines[k], cellGap);
        if (!std::all_of(cells.begin(), cells.end(), isHeaderPiece)) {
            return std::nullopt;
        }
        // (a centred cell's middle piece may open in lower case: "ent" of "Managem / ent / response")
        const auto capitalised =
            std::count_if(cells.begin(), cells.end(), [](const Segment &c) { return !c.text().at(0).isLower(); });
        cellsOnOneLine = cellsOnOneLine || (cells.size() >= 2 && capitalised >= 2 && capitalised * 2 > cells.size() &&
                                            std::all_of(cells.begin(), cells.end(),
                                                        [](const Segment &c) { return looksLikeHeaderCell(c, true); }));
        for (const Segment &c : cells) {
            pieces.append(Piece{c, k});
        }
    }
    if (!cellsOnOneLine) {
        return std::nullopt;
    }
    const QList<QList<Piece>> columns = columnsOf(pieces);
    HeaderRow header;
    header.firstLine = index;
    header.lastLine = last;
    header.fontSize = lines[index].fontSize;
    for (const QList<Piece> &column : columns) {
        QStringList words;
        NormRect box = column.first().segment.box;
        for (const Piece &p : column) {
            words.append(p.segment.text());
            box = box.united(p.segment.box);
        }
        header.texts.append(words.join(QLatin1Char(' ')));
        header.boxes.append(box);
    }
    // Every column opens like a header cell, and together they span the table.
    constexpr int kMinColumns = 3;
    constexpr double kMinSpread = 0.4;
    const bool opens = std::all_of(columns.begin(), columns.end(),
                                   [](const QList<Piece> &c) { return !c.first().segment.text().at(0).isLower(); });
    if (columns.size() < kMinColumns || isRowLabel(header.texts.first()) ||
        header.boxes.last().x1 - header.boxes.first().x0 < kMinSpread || !opens || !namesColumns(header.texts)) {
        return std::nullopt;
    }
    return header;
}

} // namespace evalreview::ingest::table
