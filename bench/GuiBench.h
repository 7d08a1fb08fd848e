#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <ctime>
#include <functional>
#include <vector>

namespace evalreview {
class MainWindow;
}

namespace evalreview::bench {

/// The window over the GUI library of `n` recommendations (GuiLibrary.h), opened once and kept
/// for every benchmark of the run; null when the library could not be opened.
MainWindow *workbench(qint64 n);
/// No background work under way in the window: facet counts, due dates, page rendering.
bool idle(MainWindow &w);

/// CPU time of the calling thread in ms: the cost of the GUI thread's own work, without the
/// time spent waiting for a core while other processes run.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Handles every posted event (model resets, layouts, repaints) as the event loop would before
/// the user sees the result.
inline void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

/// Runs the event loop until `done` holds; false after `timeoutMs`.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

/// The longest time the GUI thread did not turn its event loop: a timer ticks every 2 ms from
/// start(), and each gap between two ticks (or between the last tick and now) counts.
class StallProbe
{
public:
    StallProbe()
    {
        m_ticker.setInterval(2);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] { mark(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_ticker.start();
    }
    /// Counts the time since the last tick (after a call that ran on the GUI thread).
    void mark()
    {
        const qint64 now = m_clock.elapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }
    /// Stops ticking; the longest stall in ms.
    qint64 stop()
    {
        mark();
        m_ticker.stop();
        return m_longest;
    }
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    QElapsedTimer m_clock;
    QTimer m_ticker;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// Wall and GUI-thread CPU samples of one interaction, in ms, reported as Google Benchmark counters.
struct Samples
{
    std::vector<double> wall;
    std::vector<double> cpu;

    /// Times `action` followed by settle(), and then, when given, until `shown` holds (what the
    /// window reads on the library's reader): the wall time is then the time until the reviewer sees
    /// the result, the CPU time the GUI thread's own work meanwhile.
    void measure(const std::function<void()> &action, const std::function<bool()> &shown = {})
    {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        action();
        settle();
        if (shown) {
            waitFor(shown, 60000);
        }
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpu0);
    }

    void report(benchmark::State &state, const char *prefix = "") const
    {
        auto sorted = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v;
        };
        const std::vector<double> w = sorted(wall), c = sorted(cpu);
        if (w.empty()) {
            return;
        }
        const std::string p(prefix);
        state.counters[p + "p50_ms"] = w[(w.size() - 1) / 2];
        state.counters[p + "max_ms"] = w.back();
        state.counters[p + "cpu_p50_ms"] = c[(c.size() - 1) / 2];
        state.counters[p + "cpu_max_ms"] = c.back();
        state.counters[p + "samples"] = double(w.size());
    }

    double median() const
    {
        std::vector<double> w = wall;
        std::sort(w.begin(), w.end());
        return w.empty() ? 0 : w[(w.size() - 1) / 2];
    }
};

} // namespace evalreview::bench
