#pragma once

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

} // namespace evalreview::settings
