// Recurring recommendations at scale: computing the groups of the synthetic library (target at 1e5:
// <= 30 s) and opening one group, its members with their documents (target at 1e5: <= 50 ms).
// Each run works on a copy of the library, so the shared synthetic file is never changed. Synthetic
// recommendations are all different, so the copy is first given recurring ones: one in 30 of the
// first 30% of the recommendations has its text repeated, with a sentence more, by 1 to 6
// recommendations of other documents.
#include "BenchLibrary.h"
#include "RecurringGroups.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <ctime>

using namespace evalreview;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Makes recommendations of other documents repeat the text of every 30th recommendation of the first 30%.
void seedRecurrence(sql::Database &db, qint64 n)
{
    sql::Transaction tx(db);
    sql::Statement st =
        db.prepare(QStringLiteral("UPDATE recommendations SET text = (SELECT text FROM recommendations WHERE id = ?1)"
                                  " || ' It was recommended again.' WHERE id = ?2"
                                  " AND document_id <> (SELECT document_id FROM recommendations WHERE id = ?1)"));
    const qint64 step = n / 10 + 3; // far enough to be in another document
    for (qint64 base = 1; base + 6 * step <= n && base <= n * 3 / 10; base += 30) {
        for (qint64 j = 1; j <= 1 + (base / 30) % 6; ++j) {
            st.reset();
            st.bind(1, base).bind(2, base + j * step);
            st.run();
        }
    }
    tx.commit();
}

/// A copy of the synthetic library of `n` recommendations with its groups computed, kept for the run.
QString groupedLibrary(qint64 n, QTemporaryDir &dir, double *seconds = nullptr, double *cpuMs = nullptr,
                       RecurringReport *report = nullptr)
{
    const QString path = dir.filePath(QStringLiteral("recurring.db"));
    QFile::remove(path);
    QFile::copy(bench::library(n), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto store = SqliteLibraryStore::open(path);
    seedRecurrence(store->database(), n);
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = threadCpuMs();
    const RecurringReport r = RecurringStore(store->database()).compute();
    if (seconds) {
        *seconds = double(clock.nsecsElapsed()) / 1e9;
    }
    if (cpuMs) {
        *cpuMs = threadCpuMs() - cpu0;
    }
    if (report) {
        *report = r;
    }
    return path;
}

void BM_RecurringCompute(benchmark::State &state)
{
    QTemporaryDir dir;
    for (auto _ : state) {
        double seconds = 0;
        double cpuMs = 0;
        RecurringReport r;
        groupedLibrary(state.range(0), dir, &seconds, &cpuMs, &r);
        state.SetIterationTime(seconds);
        state.counters["cpu_s"] = cpuMs / 1e3;
        state.counters["groups"] = double(r.groups);
        state.counters["grouped"] = double(r.grouped);
        state.counters["recommendations"] = double(r.recommendations);
    }
}

void BM_RecurringOpenGroup(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = groupedLibrary(state.range(0), dir);
    auto store = SqliteLibraryStore::openReadOnly(path);
    RecurringStore recurring(store->database());
    const QList<RecurringGroup> groups = recurring.groups(2);
    if (groups.isEmpty()) {
        state.SkipWithError("no recurring group in the library");
        return;
    }
    // The largest group: the slowest to open.
    const RecurringGroup largest =
        *std::max_element(groups.begin(), groups.end(),
                          [](const RecurringGroup &a, const RecurringGroup &b) { return a.members < b.members; });
    std::vector<double> samples;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        const std::optional<RecurringGroup> g = recurring.group(largest.id);
        const QList<RecurringMember> members = recurring.members(largest.id);
        benchmark::DoNotOptimize(g);
        benchmark::DoNotOptimize(members.size());
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        samples.push_back(ms);
        state.SetIterationTime(ms / 1e3);
    }
    std::sort(samples.begin(), samples.end());
    state.counters["members"] = double(largest.members);
    state.counters["groups"] = double(groups.size());
    state.counters["p50_ms"] = bench::percentile(samples, 50);
    state.counters["max_ms"] = samples.back();
}

} // namespace

BENCHMARK(BM_RecurringCompute)->Arg(10000)->Arg(100000)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(BM_RecurringOpenGroup)
    ->Arg(10000)
    ->Arg(100000)
    ->Iterations(20)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
