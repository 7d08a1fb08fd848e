#pragma once

#include <QString>

namespace evalreview::logging {

/// Sends spdlog output to a rotating file (5 x 2 MB) in `dir`; the level comes from
/// EVALREVIEW_LOG_LEVEL (trace, debug, info, warn, error; default info). Only errors reach
/// the console, and only when EVALREVIEW_LOG_CONSOLE is set. Safe to call more than once.
void initialize(const QString &dir, const QString &name);

} // namespace evalreview::logging
