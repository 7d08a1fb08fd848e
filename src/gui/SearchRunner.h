#pragma once

#include "Model.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace evalreview {

/// Runs the library's full-text searches on a thread of its own, with a read-only connection it
/// keeps for the next search (a team library's search takes tens of milliseconds on the server;
/// the window answers meanwhile). A newer search overtakes an older one: only the newest result is
/// delivered.
class SearchRunner : public QObject
{
    Q_OBJECT
public:
    explicit SearchRunner(QObject *parent = nullptr);
    ~SearchRunner() override;

    void request(const QString &libraryPath, const QString &text, int limit);
    /// Lets go of the connection (the library was closed or replaced) and of any pending search.
    void forget();
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    /// The result of the newest search; a failure is a result with its sentence in `message`.
    void found(const QString &text, const evalreview::SearchResult &result);

private:
    struct Connection;
    QThread m_thread;
    QObject *m_worker = nullptr;              ///< lives on m_thread: the searches run in its event queue
    std::shared_ptr<Connection> m_connection; ///< used on m_thread only
    std::shared_ptr<std::atomic<quint64>> m_latest;
    int m_busy = 0;
};

} // namespace evalreview
