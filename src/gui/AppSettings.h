#pragma once

#include "IndicatorPeriod.h"

#include <QString>
#include <QStringList>

namespace evalreview::settings {

/// The reviewer's name, recorded as the author of follow-up changes.
QString reviewerName();
void setReviewerName(const QString &name);

/// The library opened at start when none is given on the command line.
QString libraryPath();
void setLibraryPath(const QString &path);

/// Libraries opened recently, most recent first.
QStringList recentLibraries();
void addRecentLibrary(const QString &path);

/// The window's language: "en", "fr", "es", or empty for the system's (i18n::resolve()). Read at
/// start: a change applies the next time the app starts.
QString language();
void setLanguage(const QString &code);

/// The period of the closure rate last chosen in Themes and Indicators (also the export's first
/// choice), and the grouping of its table ("document", "organisation", "year", "owner").
IndicatorPeriod indicatorPeriod();
void setIndicatorPeriod(const IndicatorPeriod &period);
QString indicatorGrouping();
void setIndicatorGrouping(const QString &grouping);

} // namespace evalreview::settings
