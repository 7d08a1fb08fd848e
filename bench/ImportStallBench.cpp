// The GUI thread while the whole corpus is imported into the window's 1e4 and 1e5 libraries: the
// import runs on its worker thread and the window reloads its views after each document. A timer
// ticking every 2 ms on the GUI thread records the longest gap between two ticks, from the start
// of the import until the window is idle again. The five corpus documents (PDF; the Word copy of
// the management response would ask whether to replace it) are removed before each import, so
// every run imports the same files, and all but the management response (which the page
// benchmarks read) are removed again at the end.
#include "GuiBench.h"
#include "ImportController.h"
#include "Importer.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "SqliteLibraryStore.h"
#include "UserMessages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <set>

using namespace evalreview;

namespace {

QStringList corpusFiles()
{
    QStringList out;
    const QDir dir(QStringLiteral(EVALREVIEW_BENCH_CORPUS));
    for (const QString &name : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
        out << dir.filePath(name);
    }
    return out;
}

/// Removes the corpus documents, or all but the one the page benchmarks read.
void removeImported(MainWindow &w, const QStringList &files, bool keepResponse)
{
    std::set<QString> hashes;
    for (const QString &f : files) {
        if (!keepResponse || f != QLatin1String(EVALREVIEW_BENCH_RESPONSE_PDF)) {
            hashes.insert(Importer::sha256Of(f));
        }
    }
    LibraryStore *store = w.session()->store();
    bool removed = false;
    for (const DocumentSummary &d : store->documents()) {
        if (hashes.count(d.sha256) != 0) {
            removed = store->removeDocument(d.id) || removed;
        }
    }
    if (removed) {
        w.session()->notifyContentChanged();
    }
}

void BM_ImportStall(benchmark::State &state)
{
    MainWindow *w = bench::workbench(state.range(0));
    if (!w) {
        state.SkipWithError("library not opened");
        return;
    }
    const QStringList files = corpusFiles();
    if (files.size() < 5) {
        state.SkipWithError("the corpus is missing");
        return;
    }
    ImportController *import = w->importController();
    // The summary at the end would wait for a click: kept aside instead.
    messages::setSink([](messages::Kind, const QString &, const QString &, const QString &) {});
    std::vector<double> stalls;
    double seconds = 0;
    int imported = 0;
    for (auto _ : state) {
        removeImported(*w, files, false);
        bench::waitFor([&] { return bench::idle(*w); }, 600000);
        bench::StallProbe probe;
        probe.start();
        if (!import->start(files)) {
            state.SkipWithError("the import did not start");
            return;
        }
        bench::waitFor([&] { return !import->isRunning() && bench::idle(*w); }, 600000);
        const qint64 longest = probe.stop();
        seconds = double(probe.elapsed()) / 1e3;
        stalls.push_back(double(longest));
        imported = 0;
        for (const FileImportResult &r : import->results()) {
            imported += r.status == FileImportResult::Status::Imported ? 1 : 0;
        }
        state.SetIterationTime(double(longest) / 1e3);
    }
    messages::setSink(nullptr);
    removeImported(*w, files, true);
    bench::waitFor([&] { return bench::idle(*w); }, 600000);
    std::sort(stalls.begin(), stalls.end());
    state.counters["longest_stall_ms"] = stalls.back();
    state.counters["stall_p50_ms"] = stalls[(stalls.size() - 1) / 2];
    state.counters["import_s"] = seconds;
    state.counters["files"] = double(files.size());
    state.counters["imported"] = imported;
}

/// While the whole corpus is imported into the window's library, a follow-up edit every 250 ms:
/// how long the GUI thread takes to hand it to the library's writer, and how long until the
/// writer has stored it (followUpChanged). Once, half a second into the import, the command-line
/// tool records a follow-up of another recommendation in the same library; its run time counts.
void BM_EditDuringImport(benchmark::State &state)
{
    MainWindow *w = bench::workbench(state.range(0));
    if (!w) {
        state.SkipWithError("library not opened");
        return;
    }
    const QStringList files = corpusFiles();
    ImportController *import = w->importController();
    messages::setSink([](messages::Kind, const QString &, const QString &, const QString &) {});
    LibrarySession *session = w->session();
    const QList<RecommendationRow> rows = session->query().rows({}, 0, 2);
    if (rows.size() < 2) {
        state.SkipWithError("no recommendations");
        return;
    }
    const qint64 edited = rows.at(0).id;
    const auto other = session->query().detail(rows.at(1).id);
    std::vector<double> returns, stored, cli;
    QElapsedTimer sinceEdit;
    auto connection = QObject::connect(session, &LibrarySession::followUpChanged, [&](qint64 id) {
        if (id == edited && sinceEdit.isValid()) {
            stored.push_back(double(sinceEdit.nsecsElapsed()) / 1e6);
            sinceEdit.invalidate();
        }
    });
    int n = 0;
    for (auto _ : state) {
        removeImported(*w, files, false);
        bench::waitFor([&] { return bench::idle(*w); }, 600000);
        if (!import->start(files)) {
            state.SkipWithError("the import did not start");
            return;
        }
        QElapsedTimer clock;
        clock.start();
        QProcess tool;
        bool toolStarted = false;
        QElapsedTimer toolClock;
        QObject::connect(&tool, &QProcess::finished, [&] { cli.push_back(double(toolClock.elapsed())); });
        while (import->isRunning()) {
            if (!sinceEdit.isValid()) { // the previous edit is stored: the next one
                const QString note = QStringLiteral("checked during import %1").arg(++n);
                QElapsedTimer gui;
                gui.start();
                sinceEdit.start();
                session->setFollowUp(edited, FollowUpField::Note, note, QStringLiteral("note"));
                returns.push_back(double(gui.nsecsElapsed()) / 1e6);
            }
            if (!toolStarted && clock.elapsed() > 500 && other) {
                toolClock.start();
                tool.start(QStringLiteral(EVALREVIEW_CLI_BINARY),
                           {QStringLiteral("followup"), QStringLiteral("--library"), session->path(),
                            QStringLiteral("--document"), QString::number(other->documentId), QStringLiteral("--code"),
                            other->code, QStringLiteral("--note"), QStringLiteral("from the command line %1").arg(n),
                            QStringLiteral("--author"), QStringLiteral("bench")});
                toolStarted = true;
            }
            bench::waitFor([] { return false; }, 250);
        }
        if (toolStarted) {
            bench::waitFor([&] { return tool.state() == QProcess::NotRunning; }, 60000);
        }
        bench::waitFor([&] { return !sinceEdit.isValid() && bench::idle(*w); }, 600000);
        state.SetIterationTime(double(clock.elapsed()) / 1e3);
    }
    QObject::disconnect(connection);
    messages::setSink(nullptr);
    removeImported(*w, files, true);
    bench::waitFor([&] { return bench::idle(*w); }, 600000);
    if (returns.empty() || stored.empty()) {
        state.SkipWithError("no edit was made during the import");
        return;
    }
    std::sort(returns.begin(), returns.end());
    std::sort(stored.begin(), stored.end());
    state.counters["edits"] = double(returns.size());
    state.counters["return_p50_ms"] = returns[(returns.size() - 1) / 2];
    state.counters["return_max_ms"] = returns.back();
    state.counters["stored_p50_ms"] = stored[(stored.size() - 1) / 2];
    state.counters["stored_max_ms"] = stored.back();
    if (!cli.empty()) {
        std::sort(cli.begin(), cli.end());
        state.counters["cli_followup_max_ms"] = cli.back();
    }
}

} // namespace

BENCHMARK(BM_EditDuringImport)->Arg(100000)->Iterations(2)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportStall)->Arg(10000)->Arg(100000)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);
