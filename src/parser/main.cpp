// evalreview-parse: reads one untrusted document in its own process and prints what was asked
// for (see ReadRequest: the document and its extraction, the layout, or the reading-order text)
// as JSON on stdout. Progress ("progress DONE TOTAL") and errors ("error: SENTENCE") go to
// stderr. Exit codes: ReaderExit. Launched by IsolatedParser.
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
    const auto parsed = ReadRequest::fromArguments(QCoreApplication::arguments().mid(1));
    if (!parsed) {
        std::fputs("error: usage: evalreview-parse [--kind KIND | --layout | --text] [--pages A-B] "
                   "[--threads N] [--] FILE\n",
                   stderr);
        return ReaderExit::Usage;
    }
    ParseHooks hooks;
    hooks.pageProgress = [](int done, int total) {
        std::fprintf(stderr, "progress %d %d\n", done, total);
        std::fflush(stderr);
    };
    const ReaderAnswer answer = answerInProcess(parsed->path, parsed->request, hooks);
    if (!answer.ok()) {
        std::fprintf(stderr, "error: %s\n", answer.errorString().toUtf8().constData());
        return answer.reason() == ParseError::BadRequest ? ReaderExit::PagesNotInDocument : ReaderExit::Unreadable;
    }
    const QByteArray json = QJsonDocument(answer.value()).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return std::fflush(stdout) == 0 ? ReaderExit::Ok : ReaderExit::Failed;
}
