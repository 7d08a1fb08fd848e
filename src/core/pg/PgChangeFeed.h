#pragma once

#include "LibraryChangeFeed.h"
#include "PgConnection.h"

class QThread;

namespace evalreview::pg {

/// The changes of a team library as its server notifies them (channel evalreview_changes, payload
/// "table:recommendation id", schema version 7): a connection of its own on a thread of its own
/// that LISTENs and wakes when the server writes to its socket.
class PgChangeFeed final : public LibraryChangeFeed
{
    Q_OBJECT
public:
    /// Connects on the feed's thread; a failure there is told through lost().
    explicit PgChangeFeed(const ServerAddress &address, QObject *parent = nullptr);
    ~PgChangeFeed() override; ///< stops listening and waits for the thread

    /// "table:id" as the server sends it: the table and the recommendation (0 when none).
    static std::pair<QString, qint64> parsePayload(const QString &payload);

private:
    class Listener;
    QThread *m_thread = nullptr;
};

} // namespace evalreview::pg
