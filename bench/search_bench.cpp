// Synthetic library creation and full-text search over the fixed 200-query mix, at 1e4 and 1e5
// recommendations (1e6 with EVALREVIEW_BENCH_1E6=1). Search figures are per query, in ms.
#include "BenchLibrary.h"
#include "SqliteLibraryStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cmath>
#include <ctime>

using namespace evalreview;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void BM_Synth(benchmark::State &state)
{
    const qint64 n = state.range(0);
    for (auto _ : state) {
        const QString path = bench::libraryPath(n);
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile::remove(path + QLatin1String(suffix));
        }
        SynthOptions options;
        options.recommendations = n;
        const SynthReport r = SyntheticLibrary(options).createAt(path);
        state.SetIterationTime(r.seconds);
        state.counters["documents"] = double(r.documents);
        state.counters["file_MB"] = double(QFileInfo(path).size()) / 1e6;
    }
    state.counters["recs_per_s"] = benchmark::Counter(double(n), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_Search(benchmark::State &state)
{
    const qint64 n = state.range(0);
    auto store = SqliteLibraryStore::open(bench::library(n));
    const auto mix = bench::queryMix();
    if (mix.size() != 200) {
        state.SkipWithError("bench/search-queries.txt does not hold 200 queries");
        return;
    }
    for (const auto &q : mix) { // warm the page cache once, as a session that has been searching
        store->search(q.second, 20);
    }
    std::vector<double> samples;
    std::vector<double> cpuSamples; // this thread's CPU time: the cost without other processes' load
    std::vector<std::pair<double, QString>> slowest;
    for (auto _ : state) {
        for (const auto &q : mix) {
            QElapsedTimer t;
            const double cpu0 = threadCpuMs();
            t.start();
            const SearchResult r = store->search(q.second, 20);
            benchmark::DoNotOptimize(r.hits.size());
            const double ms = double(t.nsecsElapsed()) / 1e6;
            cpuSamples.push_back(threadCpuMs() - cpu0);
            samples.push_back(ms);
            slowest.emplace_back(ms, q.first + QLatin1Char(':') + q.second);
        }
    }
    std::sort(samples.begin(), samples.end());
    state.counters["p50_ms"] = bench::percentile(samples, 50);
    state.counters["p95_ms"] = bench::percentile(samples, 95);
    state.counters["max_ms"] = samples.empty() ? 0 : samples.back();
    state.counters["queries"] = double(samples.size());
    std::sort(cpuSamples.begin(), cpuSamples.end());
    state.counters["cpu_p50_ms"] = bench::percentile(cpuSamples, 50);
    state.counters["cpu_p95_ms"] = bench::percentile(cpuSamples, 95);
    state.counters["cpu_max_ms"] = cpuSamples.empty() ? 0 : cpuSamples.back();
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::string label = "slowest:";
    for (std::size_t i = 0; i < std::min<std::size_t>(3, slowest.size()); ++i) {
        label += ' ' + slowest[i].second.toStdString();
    }
    state.SetLabel(label);
}

void searchSizes(benchmark::internal::Benchmark *b)
{
    b->Arg(10000)->Arg(100000);
    if (qEnvironmentVariableIntValue("EVALREVIEW_BENCH_1E6") == 1) {
        b->Arg(1000000);
    }
}

} // namespace

BENCHMARK(BM_Synth)->Arg(10000)->Arg(100000)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(BM_Search)->Apply(searchSizes)->Iterations(3)->Unit(benchmark::kMillisecond);
