#pragma once

#include "SyntheticDocument.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace evalreview::synth {

/// Generates the documents of a synthetic library on a worker thread, a few ahead of the writer,
/// in index order. Each document has its own generator seeded from (seed, index), so the output
/// does not depend on timing.
class DocumentStream
{
public:
    DocumentStream(const SyntheticText &text, std::uint64_t seed, std::int64_t recommendations)
        : m_text(text), m_seed(seed), m_total(recommendations), m_worker([this] { run(); })
    {}
    ~DocumentStream()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }
    DocumentStream(const DocumentStream &) = delete;
    DocumentStream &operator=(const DocumentStream &) = delete;

    /// The next document, or std::nullopt after the last one. Rethrows a failure of the worker.
    std::optional<Document> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty()) {
            if (m_error) {
                std::rethrow_exception(m_error);
            }
            return std::nullopt;
        }
        Document doc = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return doc;
    }

private:
    static constexpr std::size_t kAhead = 8;

    void run()
    {
        try {
            std::int64_t written = 0;
            for (int index = 0; written < m_total; ++index) {
                std::mt19937_64 rng(m_seed * 0x9E3779B97F4A7C15ULL + std::uint64_t(index));
                const std::int64_t left = m_total - written;
                const int want = 20 + int(rng() % 41); // 20 to 60, the last document takes the rest
                const int n = int(left < want + 20 ? left : want);
                Document doc = makeDocument(m_text, rng, m_seed, index, n);
                written += n;
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_queue.size() < kAhead || m_stop; });
                if (m_stop) {
                    return;
                }
                m_queue.push_back(std::move(doc));
                lock.unlock();
                m_changed.notify_all();
            }
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
        }
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_changed.notify_all();
    }

    const SyntheticText &m_text;
    const std::uint64_t m_seed;
    const std::int64_t m_total;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Document> m_queue;
    bool m_stop = false;
    bool m_done = false;
    std::exception_ptr m_error;
    std::thread m_worker; ///< last: starts once the members above exist
};

} // namespace evalreview::synth
