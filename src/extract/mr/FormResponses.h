#pragma once

#include "RowReader.h"

namespace evalreview::extract::mr {

/// Recommendations written as boxed forms (the common UN template): "Evaluation recommendation N:"
/// with its text, "Recommendation to:", "Priority level:", "Management response (Accept /
/// Partially accept / Reject):" and then key actions, either as a table (Key action | Time frame |
/// Responsible unit | Status) or as a list after "Key actions:" with the time frame and unit in
/// the sentence ("..., 1–3 months – Programme team"). Labels in English, French and Spanish.
QList<Recommendation> readFormResponses(const DocumentContent &content, const LineJoiner &joiner);

} // namespace evalreview::extract::mr
