#pragma once

#include "RowReader.h"

namespace evalreview::extract::mr {

/// The section a table's caption names ("Ghana"), or empty when the caption is no section name
/// (a table title such as "Table 2: Responses to recommendations").
QString sectionFromCaption(const QString &caption);

/// The section a spanning row names.
QString sectionFromRow(const TableRow &row);

/// Recommendations without a section, when others have one, take the name other rows use for
/// them: "global recommendation Nr. 3" names the section of recommendation 3 "Global".
void nameUnlabelledSection(QList<Recommendation> &recs, const QString &documentText);

} // namespace evalreview::extract::mr
