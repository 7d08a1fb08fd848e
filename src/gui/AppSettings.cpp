#include "AppSettings.h"

#include "AppPaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace evalreview::settings {

namespace {
constexpr int kMaxRecent = 8;
}

QString reviewerName()
{
    const QString name = QSettings().value(QStringLiteral("reviewer/name")).toString().trimmed();
    if (!name.isEmpty()) {
        return name;
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QCoreApplication::translate("Settings", "Reviewer") : user;
}

void setReviewerName(const QString &name)
{
    QSettings().setValue(QStringLiteral("reviewer/name"), name.trimmed());
}

QString libraryPath()
{
    return QSettings().value(QStringLiteral("library/path"), paths::defaultLibrary()).toString();
}

void setLibraryPath(const QString &path)
{
    QSettings().setValue(QStringLiteral("library/path"), path);
}

QStringList recentLibraries()
{
    return QSettings().value(QStringLiteral("library/recent")).toStringList();
}

void addRecentLibrary(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentLibraries();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    QSettings().setValue(QStringLiteral("library/recent"), recent);
}

QString language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

IndicatorPeriod indicatorPeriod()
{
    QSettings s;
    IndicatorPeriod period;
    period.kind = IndicatorPeriod::kindOf(s.value(QStringLiteral("indicators/period")).toString());
    period.from = QDate::fromString(s.value(QStringLiteral("indicators/from")).toString(), Qt::ISODate);
    period.to = QDate::fromString(s.value(QStringLiteral("indicators/to")).toString(), Qt::ISODate);
    return period;
}

void setIndicatorPeriod(const IndicatorPeriod &period)
{
    QSettings s;
    s.setValue(QStringLiteral("indicators/period"), IndicatorPeriod::keyOf(period.kind));
    s.setValue(QStringLiteral("indicators/from"), period.from.toString(Qt::ISODate));
    s.setValue(QStringLiteral("indicators/to"), period.to.toString(Qt::ISODate));
}

QString indicatorGrouping()
{
    return QSettings().value(QStringLiteral("indicators/grouping")).toString();
}

void setIndicatorGrouping(const QString &grouping)
{
    QSettings().setValue(QStringLiteral("indicators/grouping"), grouping);
}

} // namespace evalreview::settings
