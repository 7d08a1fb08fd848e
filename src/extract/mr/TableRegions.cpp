#include "TableRegions.h"

#include <algorithm>

namespace evalreview::extract::mr {

namespace {

/// A row whose text runs across the table's columns: a merged cell as wide as the table (a
/// heading, or the recommendation text between two key-action tables of one framed annex).
bool runsAcrossColumns(const Table &table, const TableRow &row)
{
    constexpr double kTolerance = 0.01;
    const QList<double> &edges = table.columnEdges;
    if (edges.size() < 3) {
        return false;
    }
    for (qsizetype c = 0; c < row.cells.size() && c + 1 < edges.size(); ++c) {
        const TableCell &cell = row.cells[c];
        const double right = edges.value(std::min<qsizetype>(c + cell.columnSpan, edges.size() - 1));
        if (cell.columnSpan > 1 && cell.columnSpan + 1 >= edges.size()) {
            return true;
        }
        for (const TextLine &l : cell.lines) {
            if (l.box.x1 > right + kTolerance) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

TableRegion::TableRegion(const Table &table)
{
    for (const TableRow &row : table.rows) {
        if (runsAcrossColumns(table, row)) {
            continue;
        }
        for (const TableCell &c : row.cells) {
            for (const TextLine &l : c.lines) {
                const int page = l.page > 0 ? l.page : row.page;
                m_rows[page].append(l.box);
                m_boxes[page] = m_boxes[page].united(l.box);
            }
        }
    }
}

bool TableRegion::contains(int page, const NormRect &line) const
{
    const double cy = (line.y0 + line.y1) / 2;
    const QList<NormRect> boxes = m_rows.value(page);
    return std::any_of(boxes.begin(), boxes.end(), [&](const NormRect &box) {
        return cy >= box.y0 && cy <= box.y1 && line.x1 > box.x0 && line.x0 < box.x1;
    });
}

} // namespace evalreview::extract::mr
