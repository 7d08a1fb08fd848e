#pragma once

#include "DocumentReader.h"

#include <atomic>
#include <functional>

namespace evalreview::ingest {

/// One thread's reader of pages: reads the page of an index (a job's own numbering), stopping
/// early when `cancel` is set.
using PageWork = std::function<void(int index, const std::atomic<bool> &cancel)>;

struct ParallelOutcome
{
    bool cancelled = false;
    bool readerFailed = false; ///< a thread could not open its reader
};

/// Runs `count` page jobs on up to `threads` threads. Each thread first makes its own reader with
/// `makeWorker` (Poppler documents and recognition engines are not shared between threads; an
/// empty PageWork means it could not, and stops the run). options.progress is called on the
/// calling thread with (progressBase + pages done, progressTotal), options.isCancelled is polled
/// there too.
ParallelOutcome readInParallel(int count, int threads, const std::function<PageWork()> &makeWorker,
                               const ReadOptions &options, int progressBase, int progressTotal);

} // namespace evalreview::ingest
