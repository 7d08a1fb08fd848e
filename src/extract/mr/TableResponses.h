#pragma once

#include "RowReader.h"

namespace evalreview::extract::mr {

/// The recommendations of one response table, row by row. Rows that hold only a heading in the
/// first column name what follows: a title (one or several rows: "Flexible working arrangements
/// ... (JIU/REP/2023/6)") is the section of the recommendations below it, an addressee line
/// ("1. Recommendations addressed to the executive head") their `addressed_to`.
QList<Recommendation> readTableResponses(const Table &table, const ColumnMap &map, const LineJoiner &joiner);

/// The addressee a heading names ("Recommendations addressed to the executive head" ->
/// "executive head"); empty when it names none. `none` is set for "No recommendations addressed
/// to ...".
QString addresseeOf(const QString &heading, bool *none = nullptr);

} // namespace evalreview::extract::mr
