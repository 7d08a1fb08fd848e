#include "AppPaths.h"
#include "AppSettings.h"
#include "DocumentParser.h"
#include "LibrarySession.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "SingleInstance.h"
#include "StartupReport.h"
#include "Translations.h"
#include "UserMessages.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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
    QGuiApplication::setDesktopFileName(QStringLiteral("org.evalreview.EvalReview"));
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
                                  QStringLiteral("With --screenshot: capture the dashboard, the disagreements, the "
                                                 "lessons, the recurring group or the themes and indicators view, or "
                                                 "the theme editor."),
                                  QStringLiteral("dashboard|disagreements|lessons|recurring|themes|theme-editor"));
    const QCommandLineOption startupReport(
        QStringLiteral("startup-report"),
        QStringLiteral("Print the time to the first window, list every recommendation, print the peak memory "
                       "and exit (used by scripts/bench)."));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("The window's language for this run (en, fr or es), instead "
                                                     "of the one chosen in the settings or the system's."),
                                      QStringLiteral("CODE"));
    QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
                                 QStringLiteral("Open the window, print where the document reader and the sample "
                                                "documents are, and exit (used by the installation test)."));
    smokeTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({library, samples, screenshot, select, search, size, view, startupReport, language, smokeTest});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QStringLiteral("PDF or DOCX documents to import (after asking); when EvalReview "
                                                "already runs on the library, its window imports them."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);
    const QString code = i18n::resolve(parser.isSet(language) ? parser.value(language) : settings::language());
    if (!i18n::install(code)) {
        spdlog::warn("no translation into {}; the window stays in English", code.toStdString());
    }

    const bool screenshotMode = parser.isSet(screenshot);
    if (screenshotMode || parser.isSet(smokeTest)) {
        // Nothing may wait for a click: messages go to stderr.
        messages::setSink([](messages::Kind, const QString &title, const QString &text, const QString &) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(text));
        });
    }
    const QString libraryPath = parser.isSet(library) ? parser.value(library) : settings::libraryPath();
    const bool isNewLibrary = !QFileInfo::exists(libraryPath);
    QStringList files;
    for (const QString &file : parser.positionalArguments()) {
        files << QDir::current().absoluteFilePath(file);
    }

    // One window per user: a later launch (the file manager's "Open with") for the library it shows
    // hands its files over. The screenshot, report and smoke-test runs are automated: on their own.
    const bool automated = screenshotMode || parser.isSet(startupReport) || parser.isSet(smokeTest);
    SingleInstance instance;
    if (!automated && instance.start(libraryPath, files) == SingleInstance::Role::HandedOver) {
        return 0;
    }

    MainWindow window;
    QObject::connect(&instance, &SingleInstance::filesReceived, &window, &MainWindow::openFiles);
    QObject::connect(window.session(), &LibrarySession::opened, &instance,
                     [&instance, &window] { instance.setLibrary(window.session()->path()); });
    if (parser.isSet(startupReport)) {
        new StartupReport(window, sinceStart, &window);
    }
    if (!window.openLibrary(libraryPath) && (screenshotMode || parser.isSet(smokeTest))) {
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
    if (!files.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, files] { window.openFiles(files); });
    }
    if (parser.isSet(smokeTest)) {
        std::printf("reader: %s\nsamples: %s\n", qPrintable(IsolatedParser::workerPath()),
                    qPrintable(paths::sampleDataDir()));
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    if (screenshotMode) {
        auto *taker =
            new ScreenshotTaker(window, parser.value(screenshot), parser.value(select), parser.value(search), &window);
        taker->setView(parser.value(view));
        taker->start();
    }
    return QApplication::exec();
}
