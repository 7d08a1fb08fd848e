// The GUI thread while the dashboard and the disagreement view read the 1e4 and 1e5 libraries
// again (after an edit or an import they reload when shown): both are read on the library's
// reader thread and drawn on the GUI thread when their figures arrive. A timer ticking every
// 2 ms on the GUI thread records the longest gap between two ticks, from the reload until both
// views show the new figures.
#include "DashboardView.h"
#include "DisagreementView.h"
#include "FollowUpViews.h"
#include "GuiBench.h"
#include "MainWindow.h"

#include <QDockWidget>

using namespace evalreview;

namespace {

void BM_ViewsReloadStall(benchmark::State &state)
{
    MainWindow *w = bench::workbench(state.range(0));
    if (!w) {
        state.SkipWithError("library not opened");
        return;
    }
    FollowUpViews *views = w->followUpViews();
    DashboardView *dashboard = views->dashboard();
    DisagreementView *disagreements = views->disagreements();
    views->dashboardDock()->show();
    views->disagreementDock()->show();
    auto loaded = [&] { return !dashboard->isLoading() && !disagreements->isLoading() && bench::idle(*w); };
    bench::waitFor(loaded, 600000);
    std::vector<double> stalls;
    std::vector<double> answers;
    for (auto _ : state) {
        bench::StallProbe probe;
        probe.start();
        dashboard->reload();
        disagreements->reload();
        probe.mark(); // the reload calls themselves
        if (!bench::waitFor(loaded, 600000)) {
            state.SkipWithError("the views did not load");
            return;
        }
        answers.push_back(double(probe.elapsed()));
        bench::settle(); // the charts' own repaint
        const qint64 longest = probe.stop();
        stalls.push_back(double(longest));
        state.SetIterationTime(double(longest) / 1e3);
    }
    views->dashboardDock()->hide();
    views->disagreementDock()->hide();
    std::sort(stalls.begin(), stalls.end());
    std::sort(answers.begin(), answers.end());
    state.counters["longest_stall_ms"] = stalls.back();
    state.counters["stall_p50_ms"] = stalls[(stalls.size() - 1) / 2];
    state.counters["loaded_p50_ms"] = answers[(answers.size() - 1) / 2];
}

} // namespace

BENCHMARK(BM_ViewsReloadStall)->Arg(10000)->Arg(100000)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);
