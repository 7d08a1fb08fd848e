#pragma once

#include "DocumentContent.h"

#include <QMap>

namespace evalreview::extract::mr {

/// The area a table's rows cover: body lines inside it belong to the table. Rows whose text runs
/// across the columns (merged cells as wide as the table) are prose and left out.
class TableRegion
{
public:
    explicit TableRegion(const Table &table);

    /// True when the line's centre lies inside one of the table's rows on that page.
    bool contains(int page, const NormRect &line) const;
    /// The table's box on a page; empty when the table does not reach it.
    NormRect on(int page) const { return m_boxes.value(page); }

private:
    QMap<int, NormRect> m_boxes;
    QMap<int, QList<NormRect>> m_rows; ///< per page, the text of each cell line
};

} // namespace evalreview::extract::mr
