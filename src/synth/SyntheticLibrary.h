#pragma once

#include <QString>

#include <functional>

namespace evalreview {

namespace sql {
class Database;
}

struct SynthOptions
{
    qint64 recommendations = 1000;
    quint64 seed = 1;
    /// Index every row through the schema's per-row triggers (slow; for tests and comparison)
    /// instead of set-based per transaction (see BulkSearchIndex).
    bool indexThroughTriggers = false;
};

/// What a synthetic library holds, counted while writing it.
struct SynthReport
{
    qint64 documents = 0;
    qint64 pages = 0;
    qint64 recommendations = 0;
    qint64 responses = 0;
    qint64 actions = 0;
    qint64 donorComments = 0;
    qint64 records = 0;
    qint64 anchors = 0;
    qint64 followups = 0;
    qint64 historyRows = 0;
    qint64 notes = 0;
    double seconds = 0;
};

/// Fills an empty library with realistic synthetic documents for scale tests and benchmarks:
/// documents of every kind with 20-60 recommendations each, responses, actions, donor comments,
/// anchors, page text and follow-up histories, in the rows the importer writes (the triggers keep
/// the search index in step). The same options give the same library.
class SyntheticLibrary
{
public:
    explicit SyntheticLibrary(const SynthOptions &options) : m_options(options) {}

    /// Writes into `db` (migrated, without documents) in large transactions. `progress` is called
    /// with the number of recommendations written so far. Throws StoreError.
    SynthReport writeTo(sql::Database &db, const std::function<void(qint64)> &progress = {}) const;

    /// Creates the library at `path` (absent, or a library without documents, which is replaced).
    /// It is built under a temporary name without a rollback journal on disk and renamed into
    /// place when complete, so a failure leaves `path` as it was. Throws StoreError.
    SynthReport createAt(const QString &path, const std::function<void(qint64)> &progress = {}) const;

private:
    SynthOptions m_options;
};

} // namespace evalreview
