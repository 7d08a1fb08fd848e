#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace evalreview {

/// One window per user and library: the first launch listens on a per-user local socket, a later
/// launch hands its files to it and ends. A socket left behind by a program that ended is removed
/// and the launch becomes the first. The running side never blocks: requests arrive as signals.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role
    {
        First,      ///< listening: later launches hand their files to this one
        HandedOver, ///< another launch took the files: this one should end
        Alone,      ///< another launch did not answer, or listening failed: carry on without
    };

    /// `name`: the local socket's name (see nameFor).
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket name for this user and library (in the temporary folder, readable by this user only).
    static QString nameFor(const QString &libraryPath);

    /// Hands `files` (absolute paths; may be empty: the running window is raised) to a running
    /// launch, or becomes the first. Each step waits at most `timeoutMs`; call before the event loop.
    Role start(const QStringList &files, int timeoutMs = 5000);
    QString name() const { return m_name; }

Q_SIGNALS:
    /// A later launch asked to open `files` (possibly none: show the window).
    void filesReceived(const QStringList &files);

private:
    enum class HandOver
    {
        Taken,
        NobodyListens,
        NoAnswer,
    };
    HandOver handOver(const QStringList &files, int timeoutMs);
    bool listen();
    void acceptConnections();
    void readRequest(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace evalreview
