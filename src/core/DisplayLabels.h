#pragma once

#include "Disagreement.h"

#include <QString>

/// Labels of the core's keys as the window shows them, in the user's language (the translator the
/// application installed; English without one). The CLI and the exports keep the English labels of
/// followup_status::label() and response_category::label().
namespace evalreview::display {

/// "in_progress" -> "In progress" (context "FollowUpStatus").
QString followUpStatus(const QString &status);
/// "partially_accepted" -> "Partially accepted" (context "ResponseCategory"); empty for none.
QString responseCategory(const QString &category);
/// Agrees / Asks for more / Disagrees (context "DonorStance").
QString donorStance(DonorStance stance);

} // namespace evalreview::display
