#include "FollowUpSettings.h"

#include <QSettings>

namespace evalreview::followup_settings {

namespace {
const QString kStaleMonths = QStringLiteral("followUp/staleMonths");
constexpr int kDefaultStaleMonths = 6;
} // namespace

int staleMonths()
{
    const int months = QSettings().value(kStaleMonths, kDefaultStaleMonths).toInt();
    return months > 0 ? months : kDefaultStaleMonths;
}

void setStaleMonths(int months)
{
    QSettings().setValue(kStaleMonths, months);
}

} // namespace evalreview::followup_settings
