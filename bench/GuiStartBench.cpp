// Start to first window and memory: the evalreview binary is started on the GUI library with
// --startup-report (offscreen, its own settings folder). The wall time to the first window runs in
// this process from the start of the child until its "first-window-ms" line arrives, so it covers
// loading the program and its libraries. The child then waits for its background work, lists every
// recommendation in the table and prints its peak resident memory (VmHWM). One warm-up run, then 3.
#include "GuiBench.h"
#include "GuiLibrary.h"

#include <QProcess>
#include <QTemporaryDir>

#include <map>

using namespace evalreview;

namespace {

struct StartRun
{
    double firstWindowMs = -1; ///< measured here
    std::map<QByteArray, qint64> reported;
};

StartRun startOnce(const QString &library, const QString &home)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    StartRun run;
    QElapsedTimer t;
    t.start();
    child.start(QStringLiteral(EVALREVIEW_GUI_BINARY),
                {QStringLiteral("--library"), library, QStringLiteral("--startup-report")});
    QByteArray pending;
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        if (child.bytesAvailable() == 0 && !child.waitForReadyRead(180000)) {
            break;
        }
        pending += child.readAll();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(nl).trimmed().split(' ');
            pending.remove(0, nl + 1);
            if (words.size() < 2) {
                continue;
            }
            if (words.first() == "first-window-ms" && run.firstWindowMs < 0) {
                run.firstWindowMs = double(t.nsecsElapsed()) / 1e6;
            }
            run.reported[words.first()] = words.at(1).toLongLong();
            if (words.size() >= 4) {
                run.reported[words.first() + '-' + words.at(2)] = words.at(3).toLongLong();
            }
        }
    }
    child.waitForFinished(10000);
    return run;
}

void BM_Start(benchmark::State &state)
{
    const QString library = bench::guiLibrary(state.range(0));
    QTemporaryDir home;
    startOnce(library, home.path()); // warm-up: the file and the program in the page cache
    std::vector<StartRun> runs;
    for (auto _ : state) {
        runs.push_back(startOnce(library, home.path()));
        if (runs.back().firstWindowMs < 0) {
            state.SkipWithError("evalreview printed no first-window line");
            return;
        }
        state.SetIterationTime(runs.back().firstWindowMs / 1e3);
    }
    auto median = [&](const std::function<double(const StartRun &)> &f) {
        std::vector<double> v;
        for (const StartRun &r : runs) {
            v.push_back(f(r));
        }
        std::sort(v.begin(), v.end());
        return v[(v.size() - 1) / 2];
    };
    double peak = 0;
    for (const StartRun &r : runs) {
        peak = std::max(peak, double(r.reported.count("peak-rss-kb") ? r.reported.at("peak-rss-kb") : 0));
    }
    auto value = [](const StartRun &r, const char *key) {
        return double(r.reported.count(key) ? r.reported.at(key) : -1);
    };
    state.counters["first_window_ms"] = median([](const StartRun &r) { return r.firstWindowMs; });
    state.counters["first_window_max_ms"] =
        std::max_element(runs.begin(), runs.end(), [](const StartRun &a, const StartRun &b) {
            return a.firstWindowMs < b.firstWindowMs;
        })->firstWindowMs;
    state.counters["in_process_ms"] = median([&](const StartRun &r) { return value(r, "first-window-ms"); });
    state.counters["idle_ms"] = median([&](const StartRun &r) { return value(r, "idle-ms"); });
    state.counters["listed_rows"] = value(runs.back(), "listed-rows");
    state.counters["list_all_ms"] = median([&](const StartRun &r) { return value(r, "listed-rows-in-ms"); });
    state.counters["peak_rss_MB"] = peak / 1024.0;
}

} // namespace

BENCHMARK(BM_Start)->Arg(10000)->Arg(100000)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);
