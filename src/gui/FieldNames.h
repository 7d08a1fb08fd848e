#pragma once

#include "CorrectionStore.h"

#include <QString>

/// The names of record fields and record types in running text ("edit response text", "Extracted
/// value — time frame: …"), in the window's language (context "FieldName").
namespace evalreview::field_names {

/// "response_text" -> "response text"; a key it does not know, with its underscores as spaces.
QString field(const QString &key);
/// "recommendation", "action", "donor comment".
QString recordType(RecordType type);

} // namespace evalreview::field_names
