#pragma once

#include "DocumentContent.h"

#include <QJsonObject>

namespace evalreview::extract {

// One extractor per document kind; each returns the kind's JSON (see docs/extraction.md) with "kind" set.
QJsonObject extractManagementResponse(const DocumentContent &content);
QJsonObject extractEvaluationReport(const DocumentContent &content);
QJsonObject extractProgressReport(const DocumentContent &content);
QJsonObject extractNewsletter(const DocumentContent &content);
QJsonObject extractFinalReport(const DocumentContent &content);

} // namespace evalreview::extract
