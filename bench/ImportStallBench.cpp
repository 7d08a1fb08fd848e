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
    SqliteLibraryStore *store = w.session()->store();
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
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(2);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            last = now;
        });
        clock.start();
        ticker.start();
        if (!import->start(files)) {
            state.SkipWithError("the import did not start");
            return;
        }
        bench::waitFor([&] { return !import->isRunning() && bench::idle(*w); }, 600000);
        ticker.stop();
        seconds = double(clock.elapsed()) / 1e3;
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

} // namespace

BENCHMARK(BM_ImportStall)->Arg(10000)->Arg(100000)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);
