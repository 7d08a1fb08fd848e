#include "SingleInstance.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>

#include <spdlog/spdlog.h>
#include <unistd.h>

namespace evalreview {

namespace {

// A request is the library and a QStringList of files in a QDataStream; the answer one byte.
constexpr char Taken = '1';
constexpr char Declined = '0';
constexpr qint64 MaxRequestBytes = 1 << 20;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

QString comparable(const QString &library)
{
    const QFileInfo info(library);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent) : QObject(parent), m_name(name) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    const QString name = qEnvironmentVariable("EVALREVIEW_INSTANCE_NAME");
    return name.isEmpty() ? QStringLiteral("evalreview-%1").arg(getuid()) : name;
}

void SingleInstance::setLibrary(const QString &library)
{
    m_library = comparable(library);
}

SingleInstance::Role SingleInstance::start(const QString &library, const QStringList &files, int timeoutMs)
{
    // Two launches at once: the second waits until the first listens, then hands over to it.
    QLockFile lock(QDir::temp().filePath(m_name + QStringLiteral(".lock")));
    if (!lock.tryLock(timeoutMs)) {
        spdlog::warn("single instance: {} is locked, going on without it", m_name.toStdString());
    }
    switch (handOver(library, files, timeoutMs)) {
    case HandOver::Taken:
        return Role::HandedOver;
    case HandOver::Declined:
    case HandOver::NoAnswer:
        return Role::Alone; // a window runs: leave its socket alone
    case HandOver::NobodyListens:
        break;
    }
    if (!listen()) {
        return Role::Alone;
    }
    setLibrary(library);
    return Role::First;
}

SingleInstance::HandOver SingleInstance::handOver(const QString &library, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return HandOver::NobodyListens; // no socket, or only one left behind by a program that ended
    }
    QByteArray request;
    QDataStream out(&request, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << comparable(library) << files;
    socket.write(request);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs)) {
            spdlog::warn("single instance: the running window took no request");
            return HandOver::NoAnswer; // this launch opens its own window
        }
    }
    // The request is with the running window: a window still starting (a large library) answers
    // later and opens the files then, so a missing answer does not make a second window.
    if (!socket.waitForReadyRead(timeoutMs)) {
        spdlog::warn("single instance: the running window has not confirmed yet");
        return HandOver::Taken;
    }
    return socket.read(1).startsWith(Declined) ? HandOver::Declined : HandOver::Taken;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket left behind by a program that ended (nobody answered on it): remove it and listen.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            spdlog::warn("single instance: cannot listen on {}: {}", m_name.toStdString(),
                         m_server->errorString().toStdString());
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0) {
            readRequest(socket);
        }
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > MaxRequestBytes) {
        socket->abort();
        return;
    }
    QDataStream in(socket);
    in.setVersion(StreamVersion);
    in.startTransaction();
    QString library;
    QStringList files;
    in >> library >> files;
    if (!in.commitTransaction()) {
        return; // the rest has not arrived yet
    }
    const bool mine = library == m_library;
    socket->write(mine ? &Taken : &Declined, 1);
    socket->disconnectFromServer();
    if (mine) {
        Q_EMIT filesReceived(files);
    }
}

} // namespace evalreview
