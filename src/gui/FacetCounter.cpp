#include "FacetCounter.h"

#include "RecommendationQuery.h"
#include "Sqlite.h"
#include "StoreResult.h"

#include <QFile>
#include <QThread>

#include <functional>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

namespace evalreview {

namespace {

constexpr Facet kFacets[] = {Facet::Document, Facet::Section, Facet::Priority, Facet::ResponseCategory,
                             Facet::Donor,    Facet::Status,  Facet::Theme};

/// Lives on the worker thread and owns its connection.
class FacetWorker : public QObject
{
public:
    explicit FacetWorker(std::shared_ptr<std::atomic<quint64>> latest) : m_latest(std::move(latest)) {}

    /// Empty counts when the request was overtaken or the library cannot be read. `total` is
    /// called with the filter's own count first, as soon as it is known.
    std::optional<FacetCounts> count(quint64 id, const QString &path, const RecommendationFilter &filter,
                                     const std::function<void(qint64)> &total)
    {
        if (id < m_latest->load()) {
            return std::nullopt;
        }
        StoreResult<std::optional<FacetCounts>> counted = guarded([&]() -> std::optional<FacetCounts> {
            // Reopen for another library, or when the file was replaced (a restored backup).
            const ino_t inode = inodeOf(path);
            if (!m_db.isOpen() || m_db.path() != path || inode != m_inode) {
                m_query.reset();
                m_db.close();
                m_db.open(path, sql::Database::Mode::ReadOnly);
                m_inode = inode;
                m_query = std::make_unique<RecommendationQuery>(m_db); // keeps its text matches between requests
            }
            total(m_query->count(filter));
            if (id < m_latest->load()) {
                return std::nullopt;
            }
            return FacetCounter::countAll(*m_query, filter);
        });
        if (!counted) {
            spdlog::warn("facet counts failed: {}", counted.errorString().toStdString());
            m_query.reset();
            m_db.close();
            return std::nullopt;
        }
        return std::move(counted).value();
    }

private:
    static ino_t inodeOf(const QString &path)
    {
        struct stat info = {};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
    }

    std::shared_ptr<std::atomic<quint64>> m_latest;
    sql::Database m_db;
    std::unique_ptr<RecommendationQuery> m_query;
    ino_t m_inode = 0;
};

} // namespace

FacetCounter::FacetCounter(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<evalreview::FacetCounts>();
    m_worker = new FacetWorker(m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

FacetCounter::~FacetCounter()
{
    m_latest->store(std::numeric_limits<quint64>::max());
    m_thread->quit();
    m_thread->wait();
}

FacetCounts FacetCounter::countAll(RecommendationQuery &query, const RecommendationFilter &filter)
{
    FacetCounts counts;
    for (Facet f : kFacets) {
        counts.insert(int(f), query.facetValues(f, filter));
    }
    return counts;
}

void FacetCounter::request(const QString &libraryPath, const RecommendationFilter &filter)
{
    const quint64 id = ++*m_latest;
    m_pending = id;
    auto *worker = static_cast<FacetWorker *>(m_worker);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, id, libraryPath, filter] {
            const auto total = [this, id, filter](qint64 n) {
                QMetaObject::invokeMethod(
                    this,
                    [this, id, filter, n] {
                        if (id == m_pending) {
                            Q_EMIT totalCounted(filter, n);
                        }
                    },
                    Qt::QueuedConnection);
            };
            std::optional<FacetCounts> counts = worker->count(id, libraryPath, filter, total);
            if (!counts) {
                return;
            }
            QMetaObject::invokeMethod(
                this,
                [this, id, c = std::move(*counts)] {
                    if (id == m_pending) {
                        m_pending = 0;
                        Q_EMIT counted(c);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace evalreview
