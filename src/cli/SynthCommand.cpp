// synth: fills a new library with synthetic documents for scale tests and benchmarks.
#include "CliCommon.h"
#include "Commands.h"
#include "SqliteLibraryStore.h"
#include "SyntheticLibrary.h"

#include <QJsonObject>
#include <QTemporaryDir>

#ifdef EVALREVIEW_HAS_POSTGRESQL
#include "PgConnection.h"
#include "PgLibraryCopy.h"
#include "PgSchema.h"
#endif

namespace evalreview::cli {

namespace {

/// Writes the synthetic library at `location`: a new library file, or an empty team library
/// (written as a file in a temporary folder first, then copied to the server in one transaction).
SynthReport synthesise(const SynthOptions &options, const QString &location)
{
#ifdef EVALREVIEW_HAS_POSTGRESQL
    if (pg::ServerAddress::isServerUrl(location)) {
        QTemporaryDir scratch;
        if (!scratch.isValid()) {
            throw StoreError(
                StoreError::Reason::CannotOpen,
                QStringLiteral("No temporary folder for the synthetic library: %1").arg(scratch.errorString()));
        }
        const QString file = scratch.filePath(QStringLiteral("synth.evalreview"));
        const SynthReport report = SyntheticLibrary(options).createAt(file);
        pg::Connection server = pg::Connection::open(pg::ServerAddress::parse(location));
        pg::library_copy::toServer(*SqliteLibraryStore::openReadOnly(file), server);
        server.exec(QStringLiteral("ANALYZE"));
        return report;
    }
#endif
    return SyntheticLibrary(options).createAt(location);
}

} // namespace

int runSynth(const QStringList &args)
{
    CommandLine cl(QStringLiteral("synth"),
                   QStringLiteral("Fills a new, empty library with realistic synthetic documents (documents of every\n"
                                  "kind, recommendations, responses, actions, donor comments, follow-up histories and\n"
                                  "page text). The same seed gives the same library."),
                   true, true);
    const QCommandLineOption count(QStringLiteral("recommendations"),
                                   QStringLiteral("How many recommendations to write (default 1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generator (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    cl.parser.addOption(count);
    cl.parser.addOption(seed);
    int code = Ok;
    if (!cl.parse(args, code)) {
        return code;
    }
    if (!cl.parser.isSet(cl.library)) {
        printError(QStringLiteral("synth needs --library PATH, the new library to fill."));
        return Usage;
    }
    SynthOptions options;
    bool countOk = false;
    bool seedOk = false;
    options.recommendations = cl.parser.value(count).toLongLong(&countOk);
    options.seed = cl.parser.value(seed).toULongLong(&seedOk);
    if (!countOk || options.recommendations < 1 || options.recommendations > 100'000'000) {
        printError(QStringLiteral("--recommendations takes a whole number from 1 to 100000000."));
        return Usage;
    }
    if (!seedOk) {
        printError(QStringLiteral("--seed takes a whole number of at least 0."));
        return Usage;
    }
    try {
        const SynthReport r = synthesise(options, cl.libraryPath());
        if (cl.wantsJson()) {
            printJson({{QStringLiteral("library"), cl.libraryPath()},
                       {QStringLiteral("seed"), QString::number(options.seed)},
                       {QStringLiteral("documents"), r.documents},
                       {QStringLiteral("pages"), r.pages},
                       {QStringLiteral("recommendations"), r.recommendations},
                       {QStringLiteral("responses"), r.responses},
                       {QStringLiteral("actions"), r.actions},
                       {QStringLiteral("donor_comments"), r.donorComments},
                       {QStringLiteral("records"), r.records},
                       {QStringLiteral("anchors"), r.anchors},
                       {QStringLiteral("followups"), r.followups},
                       {QStringLiteral("followup_history"), r.historyRows},
                       {QStringLiteral("notes"), r.notes},
                       {QStringLiteral("elapsed_s"), r.seconds}});
        } else {
            printLine(
                QStringLiteral("Wrote %1 documents (%2 pages), %3 recommendations, %4 actions, %5 donor comments,\n"
                               "%6 follow-ups with %7 history rows in %8 s.")
                    .arg(r.documents)
                    .arg(r.pages)
                    .arg(r.recommendations)
                    .arg(r.actions)
                    .arg(r.donorComments)
                    .arg(r.followups)
                    .arg(r.historyRows)
                    .arg(r.seconds, 0, 'f', 1));
        }
    } catch (const StoreError &e) {
        printError(e.message());
        return Failed;
    } catch (const std::runtime_error &e) {
        printError(QStringLiteral("The synthetic library could not be written: %1.").arg(QString::fromUtf8(e.what())));
        return Failed;
    }
    return Ok;
}

} // namespace evalreview::cli
