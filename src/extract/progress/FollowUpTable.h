#pragma once

#include "DocumentContent.h"

#include <QJsonArray>
#include <QString>

namespace evalreview::extract::progress {

/// The follow-up table of a progress report: one record per follow-up item with its
/// conclusions paragraph, biennium and area (from the table's sub-heading rows), planned
/// deliverables, indicators, deadlines and progress. `progressAsOf` receives the date printed
/// in the progress column's header ("Progress as of July 2016" -> "July 2016").
QJsonArray readFollowUpItems(const DocumentContent &content, QString *progressAsOf);

} // namespace evalreview::extract::progress
