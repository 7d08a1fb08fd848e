#pragma once

#include "DocumentContent.h"

#include <QJsonObject>

namespace evalreview::extract {

/// Names a document's kind from its content (headings, table headers, vocabulary):
/// management_response, evaluation_report, progress_report, newsletter, final_report or other.
QString classify(const DocumentContent &content);

/// The records of a document as the JSON contract of `evalreview-cli extract` (see docs/extraction.md):
/// "kind" plus the kind's fields, every record with "source" provenance.
/// `kind` empty: classify() decides. A document of no kind yields {"kind": "other"} (and its "genre" where
/// the cover names one: terms of reference, an inception report, a case study) and the report.
QJsonObject extract(const DocumentContent &content, const QString &kind = {});

} // namespace evalreview::extract
