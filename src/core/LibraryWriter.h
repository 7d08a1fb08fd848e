#pragma once

#include "StoreResult.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace evalreview {

class CorrectionStore;
class FollowUpStore;
class LinkStore;

namespace sql {
class Database;
}

/// The stores a write runs against, on the writer's own connection.
struct WriteContext
{
    FollowUpStore &followUps;
    CorrectionStore &corrections;
    LinkStore &links;
    sql::Database &database; ///< for the other stores (themes, recurring groups)
};

/// One writer per open library: every write of the window runs here, on a thread and a
/// connection of its own, in the order it was submitted. Writes that queue up while one runs (or
/// while another program holds the library) are stored together in one transaction, each in a
/// savepoint of its own, so one that fails leaves the others. The caller returns to its event
/// loop at once and hears of each write through written() or failed().
class LibraryWriter : public QObject
{
    Q_OBJECT
public:
    /// Runs on the writer thread; returns the recommendation it touched (0: nothing changed).
    /// A StoreError it throws fails this write only.
    using Job = std::function<qint64(WriteContext &)>;

    explicit LibraryWriter(QObject *parent = nullptr);
    ~LibraryWriter() override; ///< stores what is queued, then stops

    /// Opens the writer's connection to `path` (waits for the writer thread). `connected`: a
    /// connection to the team library at `path` made beforehand (off the GUI thread), taken
    /// instead of connecting here.
    StoreResult<void> open(const QString &path, std::unique_ptr<sql::Database> connected = nullptr);
    /// Stores what is queued, then closes the connection.
    void close();

    /// Queues a write; `what` names it in a failure ("change status of 3"). Returns its ticket.
    quint64 submit(Job job, const QString &what);
    /// Blocks until every write submitted so far is stored or failed (closing, tests).
    void waitForIdle();

Q_SIGNALS:
    /// A write is stored (emitted on the writer thread: connect with a queued connection or to
    /// an object of another thread).
    void written(quint64 ticket, qint64 recommendationId);
    /// A write could not be stored: `what` as submitted, `message` a sentence.
    void failed(quint64 ticket, const QString &what, const QString &message);

private:
    class Worker;
    struct Queue;
    std::shared_ptr<Queue> m_queue;
    Worker *m_worker = nullptr;
    class QThread *m_thread = nullptr;
};

} // namespace evalreview
