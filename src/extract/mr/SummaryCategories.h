#pragma once

#include "RowReader.h"

#include <QList>

namespace evalreview {
struct Table;
}

namespace evalreview::extract::mr {

/// Recommendations whose answer states no position take it from a summary table that counts a
/// report's recommendations by status ("Report symbol | Report title | Total recommendations |
/// Under consideration | Not accepted | …"), when the counts leave no doubt: the table's row
/// names the records' section (its symbol or title), and exactly one status column counts as
/// many recommendations as the section has records without a position.
void categoriesFromSummaryTables(QList<Recommendation> &recs, const QList<Table> &tables);

} // namespace evalreview::extract::mr
