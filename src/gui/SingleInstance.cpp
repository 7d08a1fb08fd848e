#include "SingleInstance.h"

#include <QCryptographicHash>
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

// A request is a QStringList in a QDataStream; the answer one byte once it was taken.
constexpr char Taken = '1';
constexpr qint64 MaxRequestBytes = 1 << 20;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent) : QObject(parent), m_name(name) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::nameFor(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("evalreview-%1-%2").arg(getuid()).arg(QString::fromLatin1(hash));
}

SingleInstance::Role SingleInstance::start(const QStringList &files, int timeoutMs)
{
    // Two launches at once: the second waits until the first listens, then hands over to it.
    QLockFile lock(QDir::temp().filePath(m_name + QStringLiteral(".lock")));
    if (!lock.tryLock(timeoutMs)) {
        spdlog::warn("single instance: {} is locked, going on without it", m_name.toStdString());
    }
    switch (handOver(files, timeoutMs)) {
    case HandOver::Taken:
        return Role::HandedOver;
    case HandOver::NoAnswer:
        return Role::Alone; // a launch listens but did not answer: leave its socket alone
    case HandOver::NobodyListens:
        break;
    }
    return listen() ? Role::First : Role::Alone;
}

SingleInstance::HandOver SingleInstance::handOver(const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return HandOver::NobodyListens; // no socket, or only one left behind by a program that ended
    }
    QByteArray request;
    QDataStream out(&request, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << files;
    socket.write(request);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs)) {
            spdlog::warn("single instance: the running window took no request");
            return HandOver::NoAnswer; // this launch opens its own window
        }
    }
    // The request is with the running window: a window still starting (a large library) answers
    // later and opens the files then, so a missing answer does not make a second window.
    if (!socket.waitForReadyRead(timeoutMs) || !socket.read(1).startsWith(Taken)) {
        spdlog::warn("single instance: the running window has not confirmed yet");
    }
    return HandOver::Taken;
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
    QStringList files;
    in >> files;
    if (!in.commitTransaction()) {
        return; // the rest has not arrived yet
    }
    socket->write(&Taken, 1);
    socket->disconnectFromServer();
    Q_EMIT filesReceived(files);
}

} // namespace evalreview
