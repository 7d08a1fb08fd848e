// Extraction time per corpus document (read + classify + extract in this process, as
// `evalreview-cli extract` does) and the cost of storing each extracted document in a library
// (one transaction, search index kept by the per-row triggers): into an empty library and into the
// synthetic 1e4-recommendation library. Run: bench_pipeline [--benchmark_filter=...]
#include "BenchLibrary.h"
#include "DocumentParser.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <sys/resource.h>

using namespace evalreview;

namespace {

std::map<QString, ParsedDocument> g_parsed; // by file name, filled by BM_Extract

QStringList documentsIn(const QString &folder)
{
    const QDir dir(folder);
    QStringList files;
    for (const QString &name :
         dir.entryList({QStringLiteral("*.pdf"), QStringLiteral("*.docx")}, QDir::Files, QDir::Name)) {
        files << dir.filePath(name);
    }
    return files;
}

QStringList corpus()
{
    return documentsIn(QStringLiteral(EVALREVIEW_BENCH_CORPUS));
}

/// Segments of the search index: the second number of FTS5's structure record.
qint64 indexSegments(sql::Database &db)
{
    sql::Statement st = db.prepare(QStringLiteral("SELECT hex(block) FROM search_index_data WHERE id = 10"));
    if (!st.next()) {
        return -1;
    }
    const QByteArray b = QByteArray::fromHex(st.text(0).toLatin1());
    qsizetype i = 4; // cookie
    auto varint = [&]() {
        qint64 v = 0;
        while (i < b.size()) {
            const auto c = quint8(b.at(i++));
            v = (v << 7) | (c & 0x7f);
            if (!(c & 0x80)) {
                break;
            }
        }
        return v;
    };
    varint(); // levels
    return varint();
}

/// CPU time of the whole process (all reader threads), in ms.
double processCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

void extractDocument(benchmark::State &state, const QString &path)
{
    int pages = 0;
    const double cpu0 = processCpuMs();
    for (auto _ : state) {
        ParseOutcome out = parseInProcess(path);
        if (!out.ok()) {
            state.SkipWithError(out.errorString().toStdString().c_str());
            return;
        }
        pages = int(out->pages.size());
        g_parsed[QFileInfo(path).fileName()] = std::move(out).value();
    }
    state.counters["pages"] = pages;
    state.counters["process_cpu_ms"] = (processCpuMs() - cpu0) / double(state.iterations());
}

void storeDocument(benchmark::State &state, const QString &name, bool synthetic)
{
    const auto it = g_parsed.find(name);
    if (it == g_parsed.end()) {
        state.SkipWithError("BM_Extract did not run for this document");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.db"));
    if (synthetic && !QFile::copy(bench::library(10000), path)) {
        state.SkipWithError("could not copy the 1e4 library");
        return;
    }
    auto store = SqliteLibraryStore::open(path);
    const qint64 segmentsBefore = indexSegments(store->database());
    int n = 0;
    for (auto _ : state) {
        ImportPayload p;
        p.fileName = name;
        p.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(QByteArray::number(++n) + name.toUtf8()), QCryptographicHash::Sha256)
                .toHex());
        p.sourceFormat = it->second.sourceFormat;
        p.kind = it->second.extraction.value(QLatin1String("kind")).toString();
        p.title = it->second.title;
        p.pages = it->second.pages;
        p.extraction = it->second.extraction;
        if (store->importDocument(p).status != ImportOutcome::Status::Imported) {
            state.SkipWithError("import failed");
            return;
        }
    }
    state.counters["segments_added"] = double(indexSegments(store->database()) - segmentsBefore);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList files = corpus();
    if (files.isEmpty()) {
        std::fprintf(stderr, "No documents in %s.\n", EVALREVIEW_BENCH_CORPUS);
        return 1;
    }
    for (const QString &f : files) {
        const std::string name = QFileInfo(f).fileName().toStdString();
        benchmark::RegisterBenchmark(("BM_Extract/" + name).c_str(), extractDocument, f)
            ->Iterations(3)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    }
    // Real documents of other organisations (tests/data/real): extraction only.
    for (const QString &f : documentsIn(QStringLiteral(EVALREVIEW_BENCH_REAL))) {
        const std::string name = QFileInfo(f).fileName().toStdString();
        benchmark::RegisterBenchmark(("BM_ExtractReal/" + name).c_str(), extractDocument, f)
            ->Iterations(3)
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    }
    for (const bool synthetic : {false, true}) {
        for (const QString &f : files) {
            const QString name = QFileInfo(f).fileName();
            benchmark::RegisterBenchmark(("BM_Store/" + name.toStdString() + (synthetic ? "/1e4" : "/empty")).c_str(),
                                         storeDocument, name, synthetic)
                ->Iterations(5)
                ->UseRealTime()
                ->Unit(benchmark::kMillisecond);
        }
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
