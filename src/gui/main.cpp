#include "AppPaths.h"
#include "AppSettings.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "StartupReport.h"
#include "Translations.h"
#include "UserMessages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <spdlog/spdlog.h>

using namespace evalreview;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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
                                     QStringLiteral("PATH"));
    const QCommandLineOption samples(QStringLiteral("first-run-samples"),
                                     QStringLiteral("When the library does not exist yet, import the PDF and DOCX "
                                                    "files of DIR into it."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to FILE.png once loaded, then exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("With --screenshot: the recommendation code to select."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("With --screenshot: a search to show in the search panel."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("With --screenshot: window size WxH."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("With --screenshot: capture the dashboard or the disagreements view."),
                                  QStringLiteral("dashboard|disagreements"));
    const QCommandLineOption startupReport(
        QStringLiteral("startup-report"),
        QStringLiteral("Print the time to the first window, list every recommendation, print the peak memory "
                       "and exit (used by scripts/bench)."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("The window's language for this run (en, fr or es), instead "
                                                     "of the one chosen in the settings or the system's."),
                                      QStringLiteral("CODE"));
    parser.addOptions({library, samples, screenshot, select, search, size, view, startupReport, language});
    parser.process(app);
    const QString code = i18n::resolve(parser.isSet(language) ? parser.value(language) : settings::language());
    if (!i18n::install(code)) {
        spdlog::warn("no translation into {}; the window stays in English", code.toStdString());
    }

    const bool screenshotMode = parser.isSet(screenshot);
    if (screenshotMode) {
        // Nothing may wait for a click: messages go to stderr.
        messages::setSink([](messages::Kind, const QString &title, const QString &text, const QString &) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(text));
        });
    }
    const QString libraryPath = parser.isSet(library) ? parser.value(library) : settings::libraryPath();
    const bool isNewLibrary = !QFileInfo::exists(libraryPath);

    MainWindow window;
    if (parser.isSet(startupReport)) {
        new StartupReport(window, sinceStart, &window);
    }
    if (!window.openLibrary(libraryPath) && screenshotMode) {
        return 1;
    }
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        if (wh.size() == 2) {
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
        }
    }
    window.show();
    if (parser.isSet(samples) && isNewLibrary) {
        window.importFiles({parser.value(samples)});
    }
    if (screenshotMode) {
        auto *taker =
            new ScreenshotTaker(window, parser.value(screenshot), parser.value(select), parser.value(search), &window);
        taker->setView(parser.value(view));
        taker->start();
    }
    return QApplication::exec();
}
