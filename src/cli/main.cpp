#include "AppPaths.h"
#include "CliCommon.h"
#include "Commands.h"
#include "Logging.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <array>

using namespace evalreview;

namespace {

constexpr std::array kCommands{
    cli::Command{"import", "Import PDF and DOCX documents into a library.", &cli::runImport},
    cli::Command{"extract", "Print the records of a document as JSON.", &cli::runExtract},
    cli::Command{"layout", "Print the reading-order text or layout JSON of a document.", &cli::runLayout},
    cli::Command{"search", "Full-text search across a library.", &cli::runSearch},
    cli::Command{"list", "List recommendations with response and follow-up.", &cli::runList},
    cli::Command{"followup", "Show or record the follow-up of a recommendation.", &cli::runFollowUp},
    cli::Command{"record", "Correct records: add from a page region, edit, delete, verify.", &cli::runRecord},
    cli::Command{"export", "Export to CSV, XLSX, HTML, PDF or JSON.", &cli::runExport},
    cli::Command{"lessons", "List lessons learned, good practices and conclusions.", &cli::runLessons},
    cli::Command{"themes", "Theme taxonomy and theme tags: counts, CSV, confirm, remove.", &cli::runThemes},
    cli::Command{"recurring", "Groups of recommendations that recur across documents.", &cli::runRecurring},
    cli::Command{"indicators", "Actionability and follow-up indicators by document, organisation, year.",
                 &cli::runIndicators},
    cli::Command{"links", "List links between records of different documents.", &cli::runLinks},
    cli::Command{"stats", "Counts of what a library holds.", &cli::runStats},
    cli::Command{"synth", "Fill a new library with synthetic documents (scale tests).", &cli::runSynth},
    cli::Command{"check", "Check a library's integrity; exit 0 only when sound.", &cli::runCheck},
#ifdef EVALREVIEW_HAS_POSTGRESQL
    cli::Command{"server", "Set up a team library on a PostgreSQL server.", &cli::runServer},
    cli::Command{"user", "Add a person to a team library on a PostgreSQL server.", &cli::runUser},
    cli::Command{"share", "Share team-library documents with a donor organisation.", &cli::runShare},
#endif
};

void printUsage()
{
    cli::printLine(QStringLiteral("Usage: evalreview-cli COMMAND [options]\n\n"
                                  "EvalReview's command-line tool: import evaluation documents, extract their\n"
                                  "recommendations, search and check a library.\n\nCommands:"));
    for (const auto &c : kCommands) {
        cli::printLine(
            QStringLiteral("  %1 %2").arg(QString::fromLatin1(c.name), -10).arg(QString::fromUtf8(c.summary)));
    }
    cli::printLine(QStringLiteral("\nEvery command takes --help. Exit status: 0 success, 1 the operation failed,\n"
                                  "2 usage error, 3 bad input file. The default library is %1.")
                       .arg(paths::defaultLibrary()));
}

} // namespace

int main(int argc, char *argv[])
{
    // Poppler's Qt binding needs a QGuiApplication; the offscreen platform keeps it display-free.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReview"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVALREVIEW_VERSION));
    logging::initialize(paths::logDir(), QStringLiteral("evalreview-cli"));
    QGuiApplication app(argc, argv);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h") ||
        args.at(1) == QLatin1String("help")) {
        printUsage();
        return args.size() < 2 ? cli::Usage : cli::Ok;
    }
    if (args.at(1) == QLatin1String("--version")) {
        cli::printLine(QStringLiteral("evalreview-cli %1").arg(QCoreApplication::applicationVersion()));
        return cli::Ok;
    }
    for (const auto &c : kCommands) {
        if (args.at(1) == QLatin1String(c.name)) {
            // The one place where a library failure of any command becomes a sentence and exit code.
            const StoreResult<int> ran = guarded([&c, &args] { return c.run(args.mid(1)); });
            if (!ran) {
                cli::printError(ran.errorString());
                return cli::Failed;
            }
            return ran.value();
        }
    }
    cli::printError(QStringLiteral("Unknown command \"%1\". Run evalreview-cli --help for the list.").arg(args.at(1)));
    return cli::Usage;
}
