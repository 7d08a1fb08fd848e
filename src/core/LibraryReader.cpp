#include "LibraryReader.h"

#include "RecommendationQuery.h"
#include "Sqlite.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>
#include <QThread>

#include <spdlog/spdlog.h>
#include <sys/stat.h>

namespace evalreview {

/// Lives on the reader thread and owns its connection.
struct LibraryReader::Worker : QObject
{
    sql::Database db;
    std::unique_ptr<RecommendationQuery> query; ///< over `db`, made when first asked for
    ino_t inode = 0;

    /// Opens `path` read-only, again when another library or a replaced file (a restored backup).
    void openFor(const QString &path)
    {
        struct stat info = {};
        const ino_t now = ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
        if (!db.isOpen() || db.path() != path || now != inode) {
            query.reset();
            db.close();
            db.open(path, sql::Database::Mode::ReadOnly);
            if (!db.isServer()) {
                // as large a page cache as the window's own connection (SqliteLibraryStore): the
                // list, the detail and the views' reads come back to the same pages
                db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
            }
            inode = now;
        }
    }
};

namespace {

/// The connection of the request running on this thread (the reader's, during a request) and the
/// recommendation query kept over it.
struct RequestConnection
{
    sql::Database *db = nullptr;
    std::unique_ptr<RecommendationQuery> *query = nullptr;
};
thread_local RequestConnection t_request;

} // namespace

RecommendationQuery &LibraryReader::recommendationQuery(sql::Database &db)
{
    if (t_request.db == &db) {
        std::unique_ptr<RecommendationQuery> &kept = *t_request.query;
        if (!kept) {
            kept = std::make_unique<RecommendationQuery>(db);
        }
        return *kept;
    }
    thread_local std::unique_ptr<RecommendationQuery> own;
    own = std::make_unique<RecommendationQuery>(db);
    return *own;
}

LibraryReader::LibraryReader(QObject *parent) : QObject(parent), m_thread(new QThread(this)), m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("library reader"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

LibraryReader::~LibraryReader()
{
    for (const auto &latest : std::as_const(m_latest)) {
        latest->store(std::numeric_limits<quint64>::max()); // skip what has not started
    }
    m_thread->quit();
    m_thread->wait();
}

bool LibraryReader::isBusy(int channel) const
{
    return m_pending.value(channel, 0) != 0;
}

void LibraryReader::post(int channel, const QString &path, Job job)
{
    std::shared_ptr<std::atomic<quint64>> &latest = m_latest[channel];
    if (!latest) {
        latest = std::make_shared<std::atomic<quint64>>(0);
    }
    const quint64 id = ++*latest;
    m_pending[channel] = id;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, latest, id, channel, path, job = std::move(job)] {
            if (id < latest->load()) {
                return; // overtaken before it started
            }
            StoreResult<std::function<void()>> read = guarded([&] {
                worker->openFor(path);
                t_request = {&worker->db, &worker->query};
                const auto done = qScopeGuard([] { t_request = {}; });
                return job(worker->db);
            });
            std::function<void()> deliver;
            QString error;
            if (read) {
                deliver = std::move(read).value();
            } else {
                worker->query.reset();
                worker->db.close();
                error = QCoreApplication::translate("LibraryReader", "The library could not be read. %1")
                            .arg(read.errorString());
            }
            QMetaObject::invokeMethod(
                this,
                [this, id, channel, deliver = std::move(deliver), error] {
                    if (m_pending.value(channel) != id) {
                        return; // a newer request of the channel answers instead
                    }
                    m_pending.remove(channel);
                    if (!error.isEmpty()) {
                        Q_EMIT failed(channel, error);
                    } else if (deliver) {
                        deliver();
                    }
                    Q_EMIT idle(channel);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace evalreview
