#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace evalreview {

/// One window per user: the first launch listens on a per-user local socket; a later launch for
/// the library that window shows hands its files to it and ends, a launch for another library opens
/// its own window. A socket left behind by a program that ended is removed and the launch becomes
/// the first. The running side never blocks: requests arrive as signals.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role
    {
        First,      ///< listening: later launches hand their files to this one
        HandedOver, ///< the running window took the files: this launch should end
        Alone,      ///< the running window shows another library or took no request: carry on without
    };

    /// `name`: the local socket's name (see defaultName).
    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// "evalreview-UID" in the temporary folder, readable by this user only; $EVALREVIEW_INSTANCE_NAME
    /// replaces it (tests use a name of their own).
    static QString defaultName();

    /// Hands `files` (absolute paths; may be empty: the running window is raised) for `library` to
    /// a running launch, or becomes the first. Each step waits at most `timeoutMs`; call before
    /// the event loop.
    Role start(const QString &library, const QStringList &files, int timeoutMs = 5000);
    /// The library the window shows now: requests for another one are declined.
    void setLibrary(const QString &library);
    QString name() const { return m_name; }

Q_SIGNALS:
    /// A later launch asked to open `files` (possibly none: show the window).
    void filesReceived(const QStringList &files);

private:
    enum class HandOver
    {
        Taken,
        Declined,
        NobodyListens,
        NoAnswer,
    };
    HandOver handOver(const QString &library, const QStringList &files, int timeoutMs);
    bool listen();
    void acceptConnections();
    void readRequest(QLocalSocket *socket);

    QString m_name;
    QString m_library;
    QLocalServer *m_server = nullptr;
};

} // namespace evalreview
