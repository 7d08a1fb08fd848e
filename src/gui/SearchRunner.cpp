#include "SearchRunner.h"

#include "LibraryStore.h"
#include "LibraryStoreFactory.h"
#include "StoreResult.h"

namespace evalreview {

/// The library the searches read, opened on the runner's thread when first needed.
struct SearchRunner::Connection
{
    QString path;
    std::unique_ptr<LibraryStore> store;

    LibraryStore &to(const QString &libraryPath)
    {
        if (!store || path != libraryPath) {
            store.reset();
            store = openLibraryStore(libraryPath, true);
            path = libraryPath;
        }
        return *store;
    }
};

SearchRunner::SearchRunner(QObject *parent)
    : QObject(parent), m_worker(new QObject), m_connection(std::make_shared<Connection>()),
      m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SearchRunner::~SearchRunner()
{
    ++*m_latest; // a search still queued is not run
    QMetaObject::invokeMethod(m_worker, [connection = m_connection] { connection->store.reset(); });
    m_thread.quit();
    m_thread.wait();
}

void SearchRunner::request(const QString &libraryPath, const QString &text, int limit)
{
    const quint64 id = ++*m_latest;
    ++m_busy;
    QMetaObject::invokeMethod(m_worker,
                              [this, id, libraryPath, text, limit, latest = m_latest, connection = m_connection] {
                                  StoreResult<SearchResult> result = SearchResult{};
                                  if (*latest == id) {
                                      result = guarded([&] { return connection->to(libraryPath).search(text, limit); });
                                      if (!result) {
                                          connection->store.reset(); // opened again next time (a server may be back)
                                      }
                                  }
                                  // Delivered on the GUI thread; the runner outlives its thread, so `this` is there.
                                  QMetaObject::invokeMethod(this, [this, id, text, result = std::move(result)] {
                                      --m_busy;
                                      if (*m_latest != id) {
                                          return; // overtaken
                                      }
                                      if (result) {
                                          Q_EMIT found(text, result.value());
                                      } else {
                                          SearchResult failed;
                                          failed.message = result.errorString();
                                          Q_EMIT found(text, failed);
                                      }
                                  });
                              });
}

void SearchRunner::forget()
{
    ++*m_latest;
    QMetaObject::invokeMethod(m_worker, [connection = m_connection] { connection->store.reset(); });
}

} // namespace evalreview
