#pragma once

#include "ExportRecord.h"
#include "RecommendationTypes.h"

namespace evalreview {

namespace sql {
class Database;
}

/// The records an export writes: every recommendation the filter keeps, in document order,
/// with its detail, donor comments and follow-up.
QList<ExportRecord> loadExportRecords(sql::Database &db, const RecommendationFilter &filter);

} // namespace evalreview
