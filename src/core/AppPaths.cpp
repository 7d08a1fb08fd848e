#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#ifndef EVALREVIEW_SOURCE_DATA_DIR
#define EVALREVIEW_SOURCE_DATA_DIR ""
#endif

namespace evalreview::paths {

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
    const QString besideBinary = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/evalreview/data");
    if (QDir(besideBinary).exists()) {
        return QDir(besideBinary).canonicalPath();
    }
    return QString::fromUtf8(EVALREVIEW_SOURCE_DATA_DIR);
}

} // namespace evalreview::paths
