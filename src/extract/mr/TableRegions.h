#pragma once

#include "DocumentContent.h"

#include <QMap>

namespace evalreview::extract::mr {

/// The area a table's rows cover, one box per page: body lines inside it belong to the table.
class TableRegion
{
public:
    explicit TableRegion(const Table &table);

    /// True when the line's centre lies inside the table's box on that page.
    bool contains(int page, const NormRect &line) const;
    /// The table's box on a page; empty when the table does not reach it.
    NormRect on(int page) const { return m_boxes.value(page); }

private:
    QMap<int, NormRect> m_boxes;
};

} // namespace evalreview::extract::mr
