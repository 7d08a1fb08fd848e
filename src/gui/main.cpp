#include "AppPaths.h"
#include "Logging.h"
#include "MainWindow.h"
#include "SqliteLibraryStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace evalreview;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReview"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVALREVIEW_VERSION));
    logging::initialize(paths::logDir(), QStringLiteral("evalreview"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("EvalReview: evaluation follow-up workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption library(QStringLiteral("library"), QStringLiteral("Library file to open."),
                                     QStringLiteral("PATH"), paths::defaultLibrary());
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to FILE.png once loaded, then exit."),
                                        QStringLiteral("FILE"));
    parser.addOption(library);
    parser.addOption(screenshot);
    parser.process(app);

    MainWindow window;
    try {
        window.setLibrary(SqliteLibraryStore::open(parser.value(library)));
    } catch (const StoreError &e) {
        if (parser.isSet(screenshot)) {
            std::fprintf(stderr, "%s\n", qPrintable(e.message()));
            return 1;
        }
        QMessageBox::critical(nullptr, QStringLiteral("EvalReview"), e.message());
        return 1;
    }
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(0, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            if (!ok) {
                std::fprintf(stderr, "The screenshot could not be written to %s.\n", qPrintable(file));
            }
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
