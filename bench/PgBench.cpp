// The team library on PostgreSQL beside the library file: a throwaway cluster (TestCluster) is
// filled with the synthetic libraries of 1e4 and 1e5 recommendations (copied from the library
// files search_bench uses), then measured: the copy, search over the same 200-query mix as
// search_bench (per query, in ms), and importing the corpus documents (pages per second).
// A facet change is measured as the window's reads do it on the server: the most frequent value
// of each facet chosen, the list's count and its first 200 rows read (then the facet cleared), and
// the other facets' counts under the new filter, which the window reads on a worker thread.
#include "BenchLibrary.h"
#include "DocumentParser.h"
#include "PgLibraryCopy.h"
#include "PgLibraryStore.h"
#include "PgSchema.h"
#include "RecommendationQuery.h"
#include "SqliteLibraryStore.h"
#include "TestCluster.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>

using namespace evalreview;
using evalreview::testing::TestCluster;

namespace {

struct Parsed
{
    QString name;
    ParsedDocument document;
};

std::vector<Parsed> g_corpus;      // parsed once in main
std::map<qint64, double> g_copied; // size -> seconds the copy took

QString databaseName(qint64 n)
{
    return QStringLiteral("synth_%1").arg(n);
}

/// The team library of `n` recommendations on the cluster, copied from the library file when
/// missing. Returns false (with the reason in `error`) when it cannot be made.
bool teamLibrary(qint64 n, std::string &error)
{
    if (g_copied.count(n) != 0) {
        return true;
    }
    try {
        TestCluster &cluster = TestCluster::instance();
        const QString database = databaseName(n);
        cluster.createDatabase(database);
        pg::Connection db = pg::Connection::open(cluster.address(database));
        pg::schema::initialize(db);
        auto file = SqliteLibraryStore::openReadOnly(bench::library(n));
        QElapsedTimer t;
        t.start();
        pg::library_copy::toServer(*file, db);
        // A server's autovacuum would gather the statistics soon after; the planner needs them.
        db.exec(QStringLiteral("ANALYZE"));
        g_copied[n] = double(t.nsecsElapsed()) / 1e9;
    } catch (const StoreError &e) {
        error = e.message().toStdString();
        return false;
    }
    return true;
}

/// The team library of the benchmark's size, opened; null (and the benchmark skipped with the
/// reason) when it cannot be made.
std::unique_ptr<pg::PgLibraryStore> benchStore(benchmark::State &state)
{
    const qint64 n = state.range(0);
    std::string error;
    if (!teamLibrary(n, error)) {
        state.SkipWithError(error.c_str());
        return nullptr;
    }
    return pg::PgLibraryStore::open(TestCluster::instance().address(databaseName(n)));
}

void BM_PgCopy(benchmark::State &state)
{
    const qint64 n = state.range(0);
    std::string error;
    for (auto _ : state) {
        if (!teamLibrary(n, error)) {
            state.SkipWithError(error.c_str());
            return;
        }
        state.SetIterationTime(g_copied[n]);
    }
    auto db = pg::Connection::open(TestCluster::instance().address(databaseName(n)));
    state.counters["documents"] = double(db.exec(QStringLiteral("SELECT count(*) FROM documents")).integer(0, 0));
    state.counters["database_MB"] =
        double(db.exec(QStringLiteral("SELECT pg_database_size(current_database())")).integer(0, 0)) / 1e6;
    state.counters["recs_per_s"] = double(n) / g_copied[n];
}

void BM_PgSearch(benchmark::State &state)
{
    auto store = benchStore(state);
    if (!store) {
        return;
    }
    const auto mix = bench::queryMix();
    if (mix.size() != 200) {
        state.SkipWithError("bench/search-queries.txt does not hold 200 queries");
        return;
    }
    for (const auto &q : mix) { // warm the server's caches once, as a session that has been searching
        store->search(q.second, 20);
    }
    std::vector<double> samples;
    std::vector<std::pair<double, QString>> slowest;
    for (auto _ : state) {
        for (const auto &q : mix) {
            QElapsedTimer t;
            t.start();
            const SearchResult r = store->search(q.second, 20);
            benchmark::DoNotOptimize(r.hits.size());
            const double ms = double(t.nsecsElapsed()) / 1e6;
            samples.push_back(ms);
            slowest.emplace_back(ms, q.first + QLatin1Char(':') + q.second);
        }
    }
    std::sort(samples.begin(), samples.end());
    state.counters["p50_ms"] = bench::percentile(samples, 50);
    state.counters["p95_ms"] = bench::percentile(samples, 95);
    state.counters["max_ms"] = samples.empty() ? 0 : samples.back();
    state.counters["queries"] = double(samples.size());
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::string label = "slowest:";
    for (std::size_t i = 0; i < std::min<std::size_t>(3, slowest.size()); ++i) {
        label += ' ' + slowest[i].second.toStdString();
    }
    state.SetLabel(label);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void BM_PgFacet(benchmark::State &state)
{
    auto store = benchStore(state);
    if (!store) {
        return;
    }
    RecommendationQuery query(store->database());
    const std::vector<std::pair<Facet, const char *>> facets{
        {Facet::Document, "document"},         {Facet::Section, "section"}, {Facet::Priority, "priority"},
        {Facet::ResponseCategory, "response"}, {Facet::Donor, "donor"},     {Facet::Status, "status"}};
    const auto list = [&query](const RecommendationFilter &f) {
        QElapsedTimer t;
        t.start();
        const qint64 matching = query.estimate(f);
        benchmark::DoNotOptimize(
            query.rows(f, 0, 200, RecommendationSort::DocumentOrder, Qt::AscendingOrder, matching));
        return double(t.nsecsElapsed()) / 1e6;
    };
    double worst = 0, worstClear = 0;
    std::string worstName;
    std::vector<double> counts;
    for (auto _ : state) {
        for (const auto &[facet, name] : facets) {
            const QList<FacetValue> values = query.facetValues(facet, {});
            if (values.isEmpty()) {
                continue;
            }
            RecommendationFilter f;
            switch (facet) {
            case Facet::Document:
                f.documentId = values.first().value.toLongLong();
                break;
            case Facet::Section:
                f.section = values.first().value;
                break;
            case Facet::Priority:
                f.priority = values.first().value;
                break;
            case Facet::ResponseCategory:
                f.responseCategory = values.first().value;
                break;
            case Facet::Donor:
                f.donor = values.first().value;
                break;
            default:
                f.status = values.first().value;
            }
            std::vector<double> chosen, cleared;
            for (int i = 0; i < 6; ++i) {
                chosen.push_back(list(f));
                QElapsedTimer t;
                t.start();
                for (const auto &other : facets) {
                    benchmark::DoNotOptimize(query.facetValues(other.first, f).size());
                }
                counts.push_back(double(t.nsecsElapsed()) / 1e6);
                cleared.push_back(list({}));
            }
            if (median(chosen) > worst) {
                worst = median(chosen);
                worstName = name;
            }
            worstClear = std::max(worstClear, median(cleared));
        }
    }
    state.counters["p50_ms"] = worst;
    state.counters["clear_p50_ms"] = worstClear;
    state.counters["counts_p50_ms"] = median(counts);
    state.SetLabel("slowest facet: " + worstName);
}

/// Every corpus document imported into the team library (each under a new checksum, so none is a
/// duplicate), one transaction each, as `evalreview-cli import` does.
void BM_PgImport(benchmark::State &state)
{
    auto store = benchStore(state);
    if (!store) {
        return;
    }
    qint64 pages = 0;
    int round = 0;
    for (auto _ : state) {
        ++round;
        for (const Parsed &d : g_corpus) {
            ImportPayload p;
            p.fileName = d.name;
            p.sha256 =
                QString::fromLatin1(QCryptographicHash::hash(QByteArray(QByteArray::number(round) + d.name.toUtf8()),
                                                             QCryptographicHash::Sha256)
                                        .toHex());
            p.sourceFormat = d.document.sourceFormat;
            p.kind = d.document.extraction.value(QLatin1String("kind")).toString();
            p.title = d.document.title;
            p.pages = d.document.pages;
            p.extraction = d.document.extraction;
            const ImportOutcome out = store->importDocument(p);
            if (out.status != ImportOutcome::Status::Imported) {
                state.SkipWithError(("import failed: " + out.message.toStdString()).c_str());
                return;
            }
            pages += p.pages.size();
        }
    }
    state.counters["documents"] = double(g_corpus.size());
    state.counters["pages_per_s"] = benchmark::Counter(double(pages), benchmark::Counter::kIsRate);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    TestCluster &cluster = TestCluster::instance();
    if (!cluster.available()) {
        std::fprintf(stderr, "bench_pg skipped: %s\n", qPrintable(cluster.skipReason() + cluster.error()));
        TestCluster::shutdown();
        return cluster.skipReason().isEmpty() ? 1 : 0;
    }
    const QDir corpus(QStringLiteral(EVALREVIEW_BENCH_CORPUS));
    for (const QString &name :
         corpus.entryList({QStringLiteral("*.pdf"), QStringLiteral("*.docx")}, QDir::Files, QDir::Name)) {
        ParseOutcome out = parseInProcess(corpus.filePath(name));
        if (out.ok()) {
            g_corpus.push_back({name, std::move(out).value()});
        }
    }
    std::vector<qint64> sizes{10000, 100000};
    if (qEnvironmentVariableIntValue("EVALREVIEW_BENCH_PG_1E4_ONLY") == 1) {
        sizes = {10000};
    }
    for (const qint64 n : sizes) {
        benchmark::RegisterBenchmark("BM_PgCopy", BM_PgCopy)
            ->Arg(n)
            ->Iterations(1)
            ->UseManualTime()
            ->Unit(benchmark::kSecond);
        benchmark::RegisterBenchmark("BM_PgSearch", BM_PgSearch)
            ->Arg(n)
            ->Iterations(1) // the 200 queries once (after a warm-up round): minutes at 1e5 otherwise
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("BM_PgFacet", BM_PgFacet)->Arg(n)->Iterations(1)->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("BM_PgImport", BM_PgImport)
            ->Arg(n)
            ->Iterations(3)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    TestCluster::shutdown();
    return 0;
}
