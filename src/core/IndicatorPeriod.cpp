#include "IndicatorPeriod.h"

#include <array>
#include <utility>

namespace evalreview {

namespace {

constexpr std::array<std::pair<IndicatorPeriod::Kind, const char *>, 5> kKeys{{
    {IndicatorPeriod::Kind::UpToToday, "up-to-today"},
    {IndicatorPeriod::Kind::ThisYear, "this-year"},
    {IndicatorPeriod::Kind::LastYear, "last-year"},
    {IndicatorPeriod::Kind::Last12Months, "last-12-months"},
    {IndicatorPeriod::Kind::Custom, "custom"},
}};

} // namespace

QDate IndicatorPeriod::start(const QDate &today) const
{
    switch (kind) {
    case Kind::UpToToday:
        return {};
    case Kind::ThisYear:
        return QDate(today.year(), 1, 1);
    case Kind::LastYear:
        return QDate(today.year() - 1, 1, 1);
    case Kind::Last12Months:
        return today.addYears(-1).addDays(1);
    case Kind::Custom:
        return from;
    }
    return {};
}

QDate IndicatorPeriod::end(const QDate &today) const
{
    switch (kind) {
    case Kind::LastYear:
        return QDate(today.year() - 1, 12, 31);
    case Kind::Custom:
        return to.isValid() ? to : today;
    case Kind::UpToToday:
    case Kind::ThisYear:
    case Kind::Last12Months:
        break;
    }
    return today;
}

QString IndicatorPeriod::keyOf(Kind kind)
{
    for (const auto &[k, key] : kKeys) {
        if (k == kind) {
            return QString::fromLatin1(key);
        }
    }
    return QString::fromLatin1(kKeys.front().second);
}

IndicatorPeriod::Kind IndicatorPeriod::kindOf(const QString &key)
{
    for (const auto &[k, name] : kKeys) {
        if (key == QLatin1String(name)) {
            return k;
        }
    }
    return Kind::UpToToday;
}

} // namespace evalreview
