#pragma once

#include <QObject>
#include <QString>

namespace evalreview {

/// Changes made to the open library by others, told as they are committed: a team library's
/// server sends them (PostgreSQL LISTEN/NOTIFY); a library file has no feed. The feed lives on a
/// thread of its own and never blocks its owner; its signals arrive queued on the owner's thread.
class LibraryChangeFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// Rows of `table` changed; `recommendationId` is the one recommendation they concern, or 0
    /// when they may concern several (a document imported, a record corrected).
    void changed(const QString &table, qint64 recommendationId);
    /// The feed stopped (the connection to the server was lost); `message` is a sentence.
    void lost(const QString &message);
};

} // namespace evalreview
