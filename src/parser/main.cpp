// evalreview-parse: reads and extracts one untrusted document in its own process and prints the
// result as JSON on stdout. Progress ("progress DONE TOTAL") and errors ("error: SENTENCE") go to
// stderr. Exit 0 success, 3 the file cannot be read, 2 usage. Launched by IsolatedParser.
#include "AppPaths.h"
#include "DocumentParser.h"
#include "Logging.h"

#include <QGuiApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace evalreview;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReview"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReview"));
    logging::initialize(paths::logDir(), QStringLiteral("evalreview-parse"));
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("error: usage: evalreview-parse FILE\n", stderr);
        return 2;
    }
    ParseHooks hooks;
    hooks.pageProgress = [](int done, int total) {
        std::fprintf(stderr, "progress %d %d\n", done, total);
        std::fflush(stderr);
    };
    const ParseOutcome outcome = parseInProcess(args.at(1), hooks);
    if (!outcome.ok()) {
        std::fprintf(stderr, "error: %s\n", outcome.errorString().toUtf8().constData());
        return 3;
    }
    const QByteArray json = QJsonDocument(outcome.value().toJson()).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
