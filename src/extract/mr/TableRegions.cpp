#include "TableRegions.h"

namespace evalreview::extract::mr {

TableRegion::TableRegion(const Table &table)
{
    for (const TableRow &row : table.rows) {
        for (const TableCell &c : row.cells) {
            for (const TextLine &l : c.lines) {
                NormRect &box = m_boxes[l.page > 0 ? l.page : row.page];
                box = box.united(l.box);
            }
        }
    }
}

bool TableRegion::contains(int page, const NormRect &line) const
{
    const NormRect box = m_boxes.value(page);
    const double cy = (line.y0 + line.y1) / 2;
    return !box.isEmpty() && cy >= box.y0 && cy <= box.y1 && line.x1 > box.x0 && line.x0 < box.x1;
}

} // namespace evalreview::extract::mr
