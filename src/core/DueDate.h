#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace evalreview {

/// Derives a due date from the timing or deadline text a document gives, relative to the date the
/// document was issued: "Short-term" (6 months), "Medium-term" (12), "Long-term" (24),
/// "Immediate" (3); "03/2016", "March 2016", "January–April 2025", "Q3 2025", "2024",
/// "2016–17" (a biennium), "by end of 2016". A period gives its last day. English, French and
/// Spanish month names are understood. Returns nothing when the text names no time.
std::optional<QDate> deriveDueDate(const QString &timing, const QDate &issued);

} // namespace evalreview
