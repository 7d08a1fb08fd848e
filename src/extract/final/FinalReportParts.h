#pragma once

#include "DocLines.h"
#include "DocumentContent.h"

#include <QJsonArray>

namespace evalreview::extract::finalreport {

/// The financial status table (a row per organisation and a total row; columns approved,
/// transferred, committed and disbursed, found by their header words). Amounts as numbers.
QJsonArray financialStatus(const DocumentContent &content);

/// Outputs from the results framework table: first-column cells labelled "Output 1.1: ...";
/// a cell that runs on after a page break keeps its continuation.
QJsonArray outputsFromResultsTable(const DocumentContent &content);

/// The number of documents listed under the annex's list of documents and studies: its items
/// numbered 1, 2, 3, ... until the numbering starts again.
int annexDocumentCount(const DocLines &lines);

} // namespace evalreview::extract::finalreport
