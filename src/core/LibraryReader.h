#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace evalreview {

namespace sql {
class Database;
}
class RecommendationQuery;

/// Heavy reads of the library off the caller's thread: each request runs on the reader's thread
/// with a read-only connection of its own, and its result comes back to the caller's thread.
/// Requests are grouped by channel (one per view); a newer request of a channel overtakes the
/// older ones, which are skipped if not started and dropped if finished late. A read that fails
/// reaches failed() as a sentence ("The library could not be read. …"); nothing else is told.
class LibraryReader : public QObject
{
    Q_OBJECT
public:
    /// Runs on the reader thread; returns what to do with the result on the caller's thread.
    using Job = std::function<std::function<void()>(sql::Database &)>;

    explicit LibraryReader(QObject *parent = nullptr);
    ~LibraryReader() override; ///< drops what is queued and waits for a read under way

    /// Queues `job` on `channel` against the library at `path`.
    void post(int channel, const QString &path, Job job);

    /// Reads `read(db)` on the reader thread and hands its result to `done` on this object's
    /// thread, unless a newer request of `channel` came in the meantime.
    template <typename T>
    void request(int channel, const QString &path, std::function<T(sql::Database &)> read, std::function<void(T)> done)
    {
        post(channel, path, [read = std::move(read), done = std::move(done)](sql::Database &db) {
            auto result = std::make_shared<T>(read(db));
            return std::function<void()>([done, result] { done(std::move(*result)); });
        });
    }

    /// Whether a request of `channel` has not answered yet.
    bool isBusy(int channel) const;

    /// In a request, the recommendation query over the reader's connection `db`, kept from one
    /// request to the next (its plan estimate's sample and the library's count stay valid until the
    /// library changes) and renewed when the connection is. Elsewhere, a query of its own.
    static RecommendationQuery &recommendationQuery(sql::Database &db);

Q_SIGNALS:
    /// A read of `channel` could not be done; `message` is a sentence for the user.
    void failed(int channel, const QString &message);
    /// A request of `channel` answered (after its result was handed over) or failed.
    void idle(int channel);

private:
    struct Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    QHash<int, std::shared_ptr<std::atomic<quint64>>> m_latest; ///< newest request per channel
    QHash<int, quint64> m_pending;                              ///< unanswered request per channel
};

} // namespace evalreview
