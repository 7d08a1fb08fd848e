#include "TestCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <arpa/inet.h>
#include <cstdlib>
#include <memory>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace evalreview::testing {

namespace {

std::unique_ptr<TestCluster> &theCluster()
{
    static std::unique_ptr<TestCluster> cluster;
    return cluster;
}

/// The newest server programs Debian installed (/usr/lib/postgresql/N/bin), or EVALREVIEW_PG_BINDIR.
QString serverBinDir()
{
    const QString fromEnvironment = qEnvironmentVariable("EVALREVIEW_PG_BINDIR");
    QStringList candidates;
    if (!fromEnvironment.isEmpty()) {
        candidates << fromEnvironment;
    }
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        candidates << root.filePath(v + QStringLiteral("/bin"));
    }
    for (const QString &dir : candidates) {
        if (QFile::exists(dir + QStringLiteral("/initdb")) && QFile::exists(dir + QStringLiteral("/pg_ctl"))) {
            return dir;
        }
    }
    return {};
}

/// A TCP port nobody listens on at this moment.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        return 0;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

/// The server refuses to run as root: as root, its programs run as nobody.
QStringList asServerUser(const QStringList &command)
{
    if (!runningAsRoot()) {
        return command;
    }
    return QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                       QStringLiteral("--clear-groups"), QStringLiteral("--")} +
           command;
}

/// Runs a server program; the empty string on success, else what it printed.
QString run(const QStringList &command, const QString &workingDir)
{
    const QStringList full = asServerUser(command);
    QProcess p;
    p.setWorkingDirectory(workingDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(full.constFirst(), full.mid(1));
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return QStringLiteral("%1 failed: %2")
            .arg(full.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()) + p.errorString());
    }
    return {};
}

bool giveToServerUser(const QString &path)
{
    if (!runningAsRoot()) {
        return true;
    }
    const passwd *nobody = ::getpwnam("nobody");
    return nobody != nullptr && ::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) == 0;
}

} // namespace

TestCluster &TestCluster::instance()
{
    auto &cluster = theCluster();
    if (!cluster) {
        cluster.reset(new TestCluster);
        cluster->start();
    }
    return *cluster;
}

void TestCluster::shutdown()
{
    theCluster().reset();
}

TestCluster::TestCluster() = default;

TestCluster::~TestCluster()
{
    stop();
}

void TestCluster::start()
{
    m_binDir = serverBinDir();
    if (m_binDir.isEmpty()) {
        m_skip =
            QStringLiteral("PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt install postgresql "
                           "(scripts/deps.txt lists it), or set EVALREVIEW_PG_BINDIR.");
        return;
    }
    if (runningAsRoot() && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        m_skip = QStringLiteral("The tests run as root and setpriv (util-linux) is missing to start the server as "
                                "nobody.");
        return;
    }
    QByteArray pattern = QDir::tempPath().toLocal8Bit() + "/evalreview-pg-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr || !giveToServerUser(QString::fromLocal8Bit(pattern))) {
        m_error = QStringLiteral("No temporary folder for the test cluster could be made.");
        return;
    }
    m_dir = QString::fromLocal8Bit(pattern);
    // If this program dies before its cleanup, the watchdog stops the server and removes the folder.
    const QString stopCommand =
        asServerUser({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                      QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")})
            .join(QLatin1Char(' '));
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("sh"));
    watchdog.setArguments(
        {QStringLiteral("-c"), QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                              "if [ -d '%2' ]; then %3 >/dev/null 2>&1; rm -rf '%2'; fi")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(m_dir, stopCommand)});
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.setWorkingDirectory(QStringLiteral("/"));
    watchdog.startDetached();

    const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString pwFile = m_dir + QStringLiteral("/superuser-password");
    {
        QFile f(pwFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(password.toUtf8() + '\n') < 0) {
            m_error = QStringLiteral("The test cluster's password file could not be written.");
            return;
        }
    }
    giveToServerUser(pwFile);
    m_error = run({m_binDir + QStringLiteral("/initdb"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                   QStringLiteral("-U"), superuser(), QStringLiteral("--pwfile=") + pwFile,
                   QStringLiteral("--auth=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                   QStringLiteral("--locale=C"), QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
                  m_dir);
    if (!m_error.isEmpty()) {
        return;
    }
    m_port = freePort();
    m_error = run({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                   QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"),
                   QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                   QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                                  "-c full_page_writes=off -c max_connections=40 -c shared_buffers=32MB")
                       .arg(m_port)
                       .arg(m_dir),
                   QStringLiteral("start")},
                  m_dir);
    if (!m_error.isEmpty()) {
        QFile log(m_dir + QStringLiteral("/server.log"));
        if (log.open(QIODevice::ReadOnly)) {
            m_error += QStringLiteral("\nserver log:\n") + QString::fromLocal8Bit(log.readAll());
        }
        return;
    }
    // The password file of this process and the programs it starts (evalreview-cli), as ~/.pgpass.
    m_passFile = m_dir + QStringLiteral("/pgpass");
    {
        QFile f(m_passFile);
        if (!f.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("The test cluster's client password file could not be written.");
            return;
        }
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    qputenv("PGPASSFILE", QFile::encodeName(m_passFile));
    qunsetenv("PGPASSWORD");
    qunsetenv("PGUSER");
    qunsetenv("PGSERVICE");
    rememberPassword(superuser(), password);
}

void TestCluster::stop()
{
    if (m_dir.isEmpty()) {
        return;
    }
    if (m_port != 0) {
        run({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
             QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")},
            m_dir);
    }
    QDir(m_dir).removeRecursively();
    m_dir.clear();
}

pg::ServerAddress TestCluster::address(const QString &database, const QString &user) const
{
    return pg::ServerAddress::parse(
        QStringLiteral("postgresql://127.0.0.1:%1/%2?user=%3").arg(m_port).arg(database, user));
}

void TestCluster::createDatabase(const QString &name)
{
    pg::Connection db = pg::Connection::open(address(QStringLiteral("postgres")));
    db.exec(QStringLiteral("CREATE DATABASE %1 STRATEGY FILE_COPY").arg(db.quoteIdentifier(name)));
}

void TestCluster::rememberPassword(const QString &user, const QString &password)
{
    QFile f(m_passFile);
    if (f.open(QIODevice::Append)) {
        f.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n").arg(m_port).arg(user, password).toUtf8());
    }
}

} // namespace evalreview::testing
