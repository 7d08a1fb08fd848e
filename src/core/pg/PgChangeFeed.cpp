#include "PgChangeFeed.h"

#include <QSocketNotifier>
#include <QThread>

#include <spdlog/spdlog.h>

namespace evalreview::pg {

/// Lives on the feed's thread with the connection; reads notifications when the socket has data.
class PgChangeFeed::Listener : public QObject
{
public:
    Listener(PgChangeFeed &feed, ServerAddress address) : m_feed(feed), m_address(std::move(address)) {}

    void start()
    {
        try {
            m_connection = std::make_unique<Connection>(Connection::open(m_address));
            m_connection->exec(QStringLiteral("LISTEN evalreview_changes"));
        } catch (const StoreError &e) {
            Q_EMIT m_feed.lost(e.message());
            return;
        }
        m_notifier = new QSocketNotifier(qintptr(m_connection->socket()), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &Listener::read);
    }

private:
    void read()
    {
        try {
            for (const QString &payload : m_connection->takeNotifications()) {
                const auto [table, recommendationId] = parsePayload(payload);
                Q_EMIT m_feed.changed(table, recommendationId);
            }
        } catch (const StoreError &e) {
            spdlog::warn("team library change feed stopped: {}", e.what());
            m_notifier->setEnabled(false);
            Q_EMIT m_feed.lost(e.message());
        }
    }

    PgChangeFeed &m_feed;
    ServerAddress m_address;
    std::unique_ptr<Connection> m_connection;
    QSocketNotifier *m_notifier = nullptr;
};

PgChangeFeed::PgChangeFeed(const ServerAddress &address, QObject *parent)
    : LibraryChangeFeed(parent), m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("team library changes"));
    auto *listener = new Listener(*this, address);
    listener->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, listener, &QObject::deleteLater);
    connect(m_thread, &QThread::started, listener, &Listener::start);
    m_thread->start();
}

PgChangeFeed::~PgChangeFeed()
{
    m_thread->quit();
    m_thread->wait();
}

std::pair<QString, qint64> PgChangeFeed::parsePayload(const QString &payload)
{
    const qsizetype colon = payload.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        return {payload, 0};
    }
    return {payload.left(colon), payload.mid(colon + 1).toLongLong()};
}

} // namespace evalreview::pg
