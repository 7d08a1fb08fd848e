#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

// Set by CMake: the installed data and reader relative to the installed programs' folder (bin), so
// an installation works under any prefix; the source tree's data/ only for running from the build tree.
#ifndef EVALREVIEW_BIN_TO_DATA
#define EVALREVIEW_BIN_TO_DATA "../share/evalreview"
#endif
#ifndef EVALREVIEW_BIN_TO_READER
#define EVALREVIEW_BIN_TO_READER "../libexec/evalreview/evalreview-parse"
#endif
#ifndef EVALREVIEW_SOURCE_DATA_DIR
#define EVALREVIEW_SOURCE_DATA_DIR ""
#endif

namespace evalreview::paths {

namespace {

QString besideProgram(const char *relative)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') + QString::fromUtf8(relative));
}

} // namespace

QString dataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath() + QStringLiteral("/.local/share/EvalReview");
    }
    return dir;
}

QString defaultLibrary()
{
    return dataDir() + QStringLiteral("/library.evalreview");
}

QString logDir()
{
    return dataDir() + QStringLiteral("/logs");
}

QString sampleDataDir()
{
    const QString installed = besideProgram(EVALREVIEW_BIN_TO_DATA) + QStringLiteral("/samples");
    if (QDir(installed).exists()) {
        return installed;
    }
    const QString source = QString::fromUtf8(EVALREVIEW_SOURCE_DATA_DIR);
    if (buildTreeFallbacks() && !source.isEmpty() && QDir(source).exists()) {
        return source;
    }
    return {};
}

QString installedReader()
{
    return besideProgram(EVALREVIEW_BIN_TO_READER);
}

bool buildTreeFallbacks()
{
    return qEnvironmentVariableIsEmpty("EVALREVIEW_NO_BUILD_TREE_FALLBACK");
}

} // namespace evalreview::paths
