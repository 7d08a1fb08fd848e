#pragma once

namespace evalreview::followup_settings {

/// Months without a reviewer update after which an open recommendation is flagged as stale.
int staleMonths();
void setStaleMonths(int months);

} // namespace evalreview::followup_settings
