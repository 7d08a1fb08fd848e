#include "LibraryWriter.h"

#include "CorrectionStore.h"
#include "FollowUpStore.h"
#include "LinkStore.h"
#include "SqliteLibraryStore.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>

namespace evalreview {

struct LibraryWriter::Queue
{
    struct Pending
    {
        quint64 ticket = 0;
        Job job;
        QString what;
    };
    QMutex mutex;
    QWaitCondition idle;
    std::deque<Pending> pending;
    bool scheduled = false; ///< a drain is posted to the writer thread
    bool running = false;   ///< a batch is being stored
    quint64 nextTicket = 1;
};

/// Lives on the writer thread with the connection; stores the queue in batches.
class LibraryWriter::Worker : public QObject
{
public:
    Worker(LibraryWriter &writer, std::shared_ptr<Queue> queue) : m_writer(writer), m_queue(std::move(queue)) {}

    StoreResult<void> open(const QString &path, std::unique_ptr<sql::Database> connected)
    {
        return guarded([this, &path, &connected] {
            // A team library's schema is the server's (server init): the writer only connects.
            std::unique_ptr<SqliteLibraryStore> store;
            auto server = std::make_unique<sql::Database>();
            if (sql::Database::isServerAddress(path)) {
                if (connected && connected->isOpen()) {
                    server = std::move(connected);
                } else {
                    server->open(path);
                }
            } else {
                store = SqliteLibraryStore::open(path);
                server.reset();
            }
            close();
            m_store = std::move(store);
            m_server = std::move(server);
            sql::Database &db = database();
            m_followUps = std::make_unique<FollowUpStore>(db);
            m_corrections = std::make_unique<CorrectionStore>(db);
            m_links = std::make_unique<LinkStore>(db);
        });
    }

    void close()
    {
        m_links.reset();
        m_corrections.reset();
        m_followUps.reset();
        m_store.reset();
        m_server.reset();
    }

    void drain()
    {
        std::deque<Queue::Pending> batch;
        {
            QMutexLocker lock(&m_queue->mutex);
            batch.swap(m_queue->pending);
            m_queue->scheduled = false;
            m_queue->running = true;
        }
        store(batch);
        QMutexLocker lock(&m_queue->mutex);
        m_queue->running = false;
        if (m_queue->pending.empty()) {
            m_queue->idle.wakeAll();
        }
    }

private:
    struct Outcome
    {
        qint64 recommendationId = 0;
        QString error;
    };

    void store(const std::deque<Queue::Pending> &batch)
    {
        QList<Outcome> outcomes(qsizetype(batch.size()));
        if (!m_store && !m_server) {
            const QString message = QCoreApplication::translate("LibraryWriter", "No library is open.");
            for (Outcome &o : outcomes) {
                o.error = message;
            }
        } else {
            try {
                sql::Transaction batchTransaction = begin();
                WriteContext context{*m_followUps, *m_corrections, *m_links, database()};
                for (size_t i = 0; i < batch.size(); ++i) {
                    outcomes[qsizetype(i)] = run(batch[i], context);
                }
                batchTransaction.commit();
            } catch (const sql::Error &e) {
                // the batch could not begin or commit: none of it is stored
                const QString message = toStoreError(e).message();
                for (Outcome &o : outcomes) {
                    o = {0, o.error.isEmpty() ? message : o.error};
                }
            }
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            const Outcome &o = outcomes[qsizetype(i)];
            if (o.error.isEmpty()) {
                Q_EMIT m_writer.written(batch[i].ticket, o.recommendationId);
            } else {
                Q_EMIT m_writer.failed(batch[i].ticket, batch[i].what, o.error);
            }
        }
    }

    /// The batch's transaction. While another program writes (an import), the connection waits
    /// its busy timeout; the writer waits a few such turns before it gives up.
    sql::Transaction begin()
    {
        constexpr int kTurns = 3;
        for (int turn = 1;; ++turn) {
            try {
                return sql::Transaction(database());
            } catch (const sql::Error &e) {
                if (!e.isBusy() || turn == kTurns) {
                    throw;
                }
            }
        }
    }

    /// One write in a savepoint of its own.
    Outcome run(const Queue::Pending &pending, WriteContext &context)
    {
        const StoreResult<qint64> stored = guarded([&] {
            sql::Transaction savepoint(database());
            const qint64 recommendationId = pending.job(context);
            savepoint.commit();
            return recommendationId;
        });
        return stored ? Outcome{stored.value(), {}} : Outcome{0, stored.errorString()};
    }

    LibraryWriter &m_writer;
    std::shared_ptr<Queue> m_queue;
    sql::Database &database() { return m_server ? *m_server : m_store->database(); }

    std::unique_ptr<SqliteLibraryStore> m_store;
    std::unique_ptr<sql::Database> m_server; ///< a team library's connection
    std::unique_ptr<FollowUpStore> m_followUps;
    std::unique_ptr<CorrectionStore> m_corrections;
    std::unique_ptr<LinkStore> m_links;
};

LibraryWriter::LibraryWriter(QObject *parent)
    : QObject(parent), m_queue(std::make_shared<Queue>()), m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("library writer"));
    m_worker = new Worker(*this, m_queue);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

LibraryWriter::~LibraryWriter()
{
    close();
    m_thread->quit();
    m_thread->wait();
}

StoreResult<void> LibraryWriter::open(const QString &path, std::unique_ptr<sql::Database> connected)
{
    waitForIdle();
    StoreResult<void> opened;
    QMetaObject::invokeMethod(
        m_worker, [this, path, &connected, &opened] { opened = m_worker->open(path, std::move(connected)); },
        Qt::BlockingQueuedConnection);
    return opened;
}

void LibraryWriter::close()
{
    waitForIdle();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
}

quint64 LibraryWriter::submit(Job job, const QString &what)
{
    QMutexLocker lock(&m_queue->mutex);
    const quint64 ticket = m_queue->nextTicket++;
    m_queue->pending.push_back({ticket, std::move(job), what});
    if (!m_queue->scheduled) {
        m_queue->scheduled = true;
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->drain(); }, Qt::QueuedConnection);
    }
    return ticket;
}

void LibraryWriter::waitForIdle()
{
    QMutexLocker lock(&m_queue->mutex);
    while (!m_queue->pending.empty() || m_queue->running || m_queue->scheduled) {
        m_queue->idle.wait(&m_queue->mutex);
    }
}

} // namespace evalreview
