#include "ParallelPages.h"

#include <QThreadPool>
#include <QtConcurrent>

#include <condition_variable>
#include <mutex>

namespace evalreview::ingest {

ParallelOutcome readInParallel(int count, int threads, const std::function<PageWork()> &makeWorker,
                               const ReadOptions &options, int progressBase, int progressTotal)
{
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancel{false};
    std::atomic<bool> readerFailed{false};
    std::mutex mutex;
    std::condition_variable wake;

    QThreadPool pool;
    pool.setMaxThreadCount(std::clamp(threads, 1, std::max(1, count)));
    for (int t = 0; t < pool.maxThreadCount(); ++t) {
        (void)QtConcurrent::run(&pool, [&] {
            const PageWork work = makeWorker();
            if (!work) {
                readerFailed = true;
                cancel = true;
                wake.notify_all();
                return;
            }
            for (int i = next.fetch_add(1); i < count && !cancel; i = next.fetch_add(1)) {
                work(i, cancel);
                done.fetch_add(1);
                wake.notify_all();
            }
        });
    }
    int reported = -1;
    for (;;) {
        const int finished = done.load();
        if (finished != reported && options.progress) {
            options.progress(progressBase + finished, progressTotal);
            reported = finished;
        }
        if (options.isCancelled && options.isCancelled()) {
            cancel = true;
        }
        if (finished >= count || cancel) {
            break;
        }
        std::unique_lock lock(mutex);
        wake.wait_for(lock, std::chrono::milliseconds(20));
    }
    pool.waitForDone();
    return {cancel && !readerFailed, readerFailed.load()};
}

} // namespace evalreview::ingest
