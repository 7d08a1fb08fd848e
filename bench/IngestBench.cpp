// readDocument() throughput on a 440-page PDF: the 44-page final report joined ten times with
// pdfunite into a temporary folder. Run: bench_ingest [--benchmark_filter=...]
#include "DocumentReader.h"

#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>

namespace {

QString g_longPdf;

/// Joins the report `copies` times; empty on failure.
QString makeLongPdf(const QTemporaryDir &dir, int copies)
{
    const QString pdfunite = QStandardPaths::findExecutable(QStringLiteral("pdfunite"));
    if (pdfunite.isEmpty()) {
        return {};
    }
    QStringList args;
    for (int i = 0; i < copies; ++i) {
        args << QStringLiteral(EVALREVIEW_BENCH_PDF);
    }
    const QString out = dir.filePath(QStringLiteral("long.pdf"));
    args << out;
    return QProcess::execute(pdfunite, args) == 0 ? out : QString();
}

void readLongPdf(benchmark::State &state)
{
    evalreview::ingest::ReadOptions options;
    options.threads = int(state.range(0));
    qint64 pages = 0;
    for (auto _ : state) {
        const auto result = evalreview::ingest::readDocument(g_longPdf, options);
        if (!result.ok()) {
            state.SkipWithError(result.errorString().toStdString().c_str());
            return;
        }
        pages += result->pages.size();
        benchmark::DoNotOptimize(result->pages.constData());
    }
    state.counters[QStringLiteral("pages_per_s").toStdString()] =
        benchmark::Counter(double(pages), benchmark::Counter::kIsRate);
}
BENCHMARK(readLongPdf)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    g_longPdf = makeLongPdf(dir, 10);
    if (g_longPdf.isEmpty()) {
        std::fprintf(stderr, "pdfunite (poppler-utils) is needed to build the 440-page test file.\n");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
