// The workbench at scale, on the real MainWindow (offscreen) over synthetic libraries of 1e4 and
// 1e5 recommendations with the corpus management response imported: a change of each facet, the
// text filter typed letter by letter, selection to a filled detail view, and the source page
// rendered with its highlight. Every figure is wall and GUI-thread CPU time in ms, from the user's
// action until its posted events (model reset, layout, repaint) are handled. Start-up and memory
// are measured on the evalreview binary (GuiStartBench.cpp).
#include "GuiBench.h"

#include "CorrectionController.h"
#include "DetailView.h"
#include "FilterBar.h"
#include "FollowUpViews.h"
#include "GuiLibrary.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "PageCanvas.h"
#include "PageView.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "SelectionController.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>

#include <map>
#include <memory>

using namespace evalreview;
using bench::Samples;

namespace {

std::map<qint64, std::unique_ptr<MainWindow>> g_windows;

} // namespace

bool bench::idle(MainWindow &w)
{
    return !w.recommendations()->facetsPending() && !w.followUpViews()->isDerivingDueDates() &&
           !w.pageView()->isRendering() && !w.isListingDocuments() && !w.selection()->isBusy();
}

MainWindow *bench::workbench(qint64 n)
{
    auto &window = g_windows[n];
    if (!window) {
        const QString path = bench::guiLibrary(n);
        window = std::make_unique<MainWindow>();
        window->resize(1400, 900);
        if (path.isEmpty() || !window->openLibrary(path)) {
            window.reset();
            return nullptr;
        }
        window->show();
        bench::waitFor([&] { return idle(*window); }, 600000);
    }
    return window.get();
}

namespace {

using bench::idle;

/// Counts the pages of rows the table's model receives while it lives.
struct PagesArrived
{
    explicit PagesArrived(RecommendationTableModel *model)
        : connection(QObject::connect(model, &RecommendationTableModel::pageArrived, [this] { ++count; }))
    {}
    ~PagesArrived() { QObject::disconnect(connection); }
    PagesArrived(const PagesArrived &) = delete;
    PagesArrived &operator=(const PagesArrived &) = delete;

    int count = 0;
    QMetaObject::Connection connection;
};

/// The list and the selection have what they asked the library's reader for.
bool idleList(MainWindow &w)
{
    return !w.selection()->isBusy();
}
using bench::workbench;

void reset(MainWindow &w)
{
    bench::waitFor([&] { return idle(w); });
    w.recommendations()->filterBar()->clear();
    bench::settle();
    bench::waitFor([&] { return idle(w); });
}

void BM_Facet(benchmark::State &state, const char *facet)
{
    MainWindow *w = workbench(state.range(0));
    if (!w) {
        state.SkipWithError("library not opened");
        return;
    }
    reset(*w);
    FilterBar *bar = w->recommendations()->filterBar();
    const QString name = QLatin1String(facet);
    std::function<void(bool)> set;
    if (name == QLatin1String("overdue") || name == QLatin1String("commented")) {
        QCheckBox *box = name == QLatin1String("overdue") ? bar->overdueBox() : bar->commentedBox();
        set = [box](bool on) { box->setChecked(on); };
    } else {
        static const std::map<QString, Facet> facets{
            {QStringLiteral("document"), Facet::Document}, {QStringLiteral("section"), Facet::Section},
            {QStringLiteral("priority"), Facet::Priority}, {QStringLiteral("category"), Facet::ResponseCategory},
            {QStringLiteral("donor"), Facet::Donor},       {QStringLiteral("status"), Facet::Status}};
        QComboBox *combo = bar->combo(facets.at(name));
        if (combo->count() < 2) {
            state.SkipWithError("the facet has no values");
            return;
        }
        // The most frequent value: the most rows to list and count.
        set = [combo](bool on) { combo->setCurrentIndex(on ? 1 : 0); };
    }
    Samples change, clear, counts;
    qint64 shown = 0;
    for (auto _ : state) {
        for (int i = 0; i < 6; ++i) {
            for (bool on : {true, false}) {
                bench::waitFor([&] { return idle(*w); });
                QElapsedTimer countsTimer;
                countsTimer.start();
                // until the first rows of the new filter are listed (read on the library's reader)
                PagesArrived listed(w->recommendations()->model());
                (on ? change : clear).measure([&] { set(on); }, [&] { return listed.count > 0 && idleList(*w); });
                bench::waitFor([&] { return !w->recommendations()->facetsPending(); });
                if (on) {
                    shown = w->recommendations()->model()->totalCount(); // counted on the worker
                }
                counts.wall.push_back(double(countsTimer.nsecsElapsed()) / 1e6);
                counts.cpu.push_back(0);
            }
        }
        state.SetIterationTime(change.median() / 1e3);
    }
    change.report(state);          // a value chosen
    clear.report(state, "clear_"); // back to "Any ..."
    state.counters["counts_p50_ms"] = counts.median();
    state.counters["rows"] = double(shown);
    reset(*w);
}

void typeKey(QLineEdit *edit, int key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(edit, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(edit, &release);
}

/// Types `word` letter by letter and then erases it. Each keystroke is followed by Return, which
/// applies the filter at once instead of after the typing pause (FilterBar::kDebounceMs).
void BM_TextFilter(benchmark::State &state, const char *word)
{
    MainWindow *w = workbench(state.range(0));
    if (!w) {
        state.SkipWithError("library not opened");
        return;
    }
    reset(*w);
    QLineEdit *edit = w->recommendations()->filterBar()->textEdit();
    const QString typed = QString::fromUtf8(word);
    Samples keys;
    std::vector<std::pair<double, QString>> slowest; // GUI-thread CPU ms, the text after the key
    qint64 fullWordRows = 0;
    for (auto _ : state) {
        for (int pass = 0; pass < 2; ++pass) {
            for (const QChar c : typed) {
                bench::waitFor([&] { return idle(*w); });
                PagesArrived listed(w->recommendations()->model());
                keys.measure(
                    [&] {
                        typeKey(edit, c.toUpper().unicode(), QString(c));
                        typeKey(edit, Qt::Key_Return, QStringLiteral("\r"));
                    },
                    [&] { return listed.count > 0 && idleList(*w); });
                slowest.emplace_back(keys.cpu.back(), edit->text());
            }
            bench::waitFor([&] { return idle(*w); });
            fullWordRows = w->recommendations()->model()->totalCount();
            if (edit->text() != typed) {
                state.SkipWithError("the typed text did not reach the filter");
                return;
            }
            for (qsizetype i = 0; i < typed.size(); ++i) {
                bench::waitFor([&] { return idle(*w); });
                PagesArrived listed(w->recommendations()->model());
                keys.measure(
                    [&] {
                        typeKey(edit, Qt::Key_Backspace, QString());
                        typeKey(edit, Qt::Key_Return, QStringLiteral("\r"));
                    },
                    [&] { return listed.count > 0 && idleList(*w); });
                slowest.emplace_back(keys.cpu.back(), QLatin1Char('<') + edit->text());
            }
        }
        state.SetIterationTime(keys.median() / 1e3);
    }
    keys.report(state);
    state.counters["rows"] = double(fullWordRows);
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::string label = "slowest (CPU ms, text after the key, < after a backspace):";
    for (std::size_t i = 0; i < std::min<std::size_t>(3, slowest.size()); ++i) {
        label +=
            ' ' + QStringLiteral("\"%1\" %2").arg(slowest[i].second).arg(slowest[i].first, 0, 'f', 1).toStdString();
    }
    state.SetLabel(label);
    reset(*w);
}

void BM_SelectDetail(benchmark::State &state)
{
    MainWindow *w = workbench(state.range(0));
    if (!w) {
        state.SkipWithError("library not opened");
        return;
    }
    reset(*w);
    QTableView *table = w->recommendations()->table();
    RecommendationTableModel *model = w->recommendations()->model();
    Samples select;
    for (auto _ : state) {
        for (int i = 0; i < 20; ++i) {
            const int row = (i * 37) % model->rowCount();
            bench::waitFor([&] { return idle(*w); });
            // until the detail, read on the library's reader, is shown
            select.measure([&] { table->setCurrentIndex(model->index(row, 0)); },
                           [&] {
                               const auto &shown = w->detailView()->detail();
                               return shown && shown->id == model->idAt(row) && !w->selection()->isBusy();
                           });
            const auto &detail = w->detailView()->detail();
            if (!detail || detail->id != model->idAt(row) ||
                w->detailView()->paneText(DetailView::Pane::Recommendation).isEmpty()) {
                state.SkipWithError("the detail view was not filled");
                return;
            }
        }
        state.SetIterationTime(select.median() / 1e3);
    }
    select.report(state);
}

/// A reviewer's correction of the selected recommendation (Edit Record, Save): the field is written
/// to the library and the table row and detail view show the new value. Alternates two texts so each
/// save changes something; the library is left as it was (the last one restores the text).
void BM_Correction(benchmark::State &state)
{
    MainWindow *w = workbench(state.range(0));
    if (!w) {
        state.SkipWithError("library not opened");
        return;
    }
    reset(*w);
    QTableView *table = w->recommendations()->table();
    RecommendationTableModel *model = w->recommendations()->model();
    table->setCurrentIndex(model->index(model->rowCount() / 2, 0));
    bench::waitFor([&] { return idle(*w); });
    const auto detail = w->detailView()->detail();
    if (!detail) {
        state.SkipWithError("nothing selected");
        return;
    }
    const RecordRef record{RecordType::Recommendation, detail->id};
    const QString original = detail->text;
    Samples save;  // the GUI thread: the edit queued on the writer, back to the event loop
    Samples shown; // from the edit until the writer has stored it and the detail view shows it
    int n = 0;
    for (auto _ : state) {
        for (int i = 0; i < 20; ++i) {
            const QString before = w->detailView()->detail()->text;
            const QString after = ++n % 2 ? original + QStringLiteral(" (checked)") : original;
            QElapsedTimer sinceEdit;
            sinceEdit.start();
            save.measure([&] {
                w->corrections()->applyEdits(detail->code, {{record, QStringLiteral("text"), before, after}});
            });
            if (!bench::waitFor([&] { return w->detailView()->detail()->text == after; }, 10000)) {
                state.SkipWithError("the detail view does not show the correction");
                return;
            }
            shown.wall.push_back(double(sinceEdit.nsecsElapsed()) / 1e6);
            shown.cpu.push_back(0);
        }
        state.SetIterationTime(save.median() / 1e3);
    }
    if (n % 2) {
        w->corrections()->applyEdits(detail->code,
                                     {{record, QStringLiteral("text"), w->detailView()->detail()->text, original}});
        w->session()->waitForWrites();
    }
    save.report(state);
    shown.report(state, "shown_");
}

/// Selects each recommendation of the corpus document in turn and waits for its page to be shown
/// with the highlight. Only first visits of a page count (a revisit comes from the page cache).
void BM_PageRender(benchmark::State &state)
{
    MainWindow *w = workbench(state.range(0));
    if (!w) {
        state.SkipWithError("library not opened");
        return;
    }
    reset(*w);
    const qint64 documentId = bench::corpusDocumentId(w->session()->store()->database());
    w->recommendations()->filterBar()->choose(Facet::Document, QString::number(documentId));
    bench::settle();
    bench::waitFor([&] { return idle(*w); });
    QTableView *table = w->recommendations()->table();
    RecommendationTableModel *model = w->recommendations()->model();
    PageView *page = w->pageView();
    Samples render;
    int highlighted = 0;
    for (auto _ : state) {
        QSet<int> seen{page->shownPage()};
        for (int row = 0; row < model->rowCount(); ++row) {
            bench::waitFor([&] { return idle(*w); });
            QElapsedTimer t;
            const double cpu0 = bench::threadCpuMs();
            t.start();
            table->setCurrentIndex(model->index(row, 0));
            bench::waitFor([&] { return idle(*w); }); // the detail read, then the page rendered
            bench::settle();
            const double wall = double(t.nsecsElapsed()) / 1e6;
            const double cpu = bench::threadCpuMs() - cpu0;
            if (seen.contains(page->shownPage())) {
                continue;
            }
            seen.insert(page->shownPage());
            render.wall.push_back(wall);
            render.cpu.push_back(cpu);
            highlighted += page->canvas()->highlights().isEmpty() ? 0 : 1;
        }
        state.SetIterationTime(render.median() / 1e3);
    }
    if (render.wall.empty()) {
        state.SkipWithError("no page of the corpus document was shown");
        return;
    }
    render.report(state);
    state.counters["highlighted"] = highlighted;
    reset(*w);
}

void sizes(benchmark::internal::Benchmark *b)
{
    b->Arg(10000)->Arg(100000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK_CAPTURE(BM_Facet, document, "document")->Apply(sizes);
BENCHMARK_CAPTURE(BM_Facet, section, "section")->Apply(sizes);
BENCHMARK_CAPTURE(BM_Facet, priority, "priority")->Apply(sizes);
BENCHMARK_CAPTURE(BM_Facet, category, "category")->Apply(sizes);
BENCHMARK_CAPTURE(BM_Facet, donor, "donor")->Apply(sizes);
BENCHMARK_CAPTURE(BM_Facet, status, "status")->Apply(sizes);
BENCHMARK_CAPTURE(BM_Facet, overdue, "overdue")->Apply(sizes);
BENCHMARK_CAPTURE(BM_Facet, commented, "commented")->Apply(sizes);
BENCHMARK_CAPTURE(BM_TextFilter, common, "project")->Apply(sizes);
BENCHMARK_CAPTURE(BM_TextFilter, medium, "cooperatives")->Apply(sizes);
BENCHMARK_CAPTURE(BM_TextFilter, rare, "businesswomen")->Apply(sizes);
BENCHMARK(BM_SelectDetail)->Apply(sizes);
BENCHMARK(BM_Correction)->Apply(sizes);
BENCHMARK(BM_PageRender)->Apply(sizes);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true); // the reviewer's own settings are left alone
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_windows.clear();
    return 0;
}
