#include "PgConnection.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace evalreview::pg {

namespace {

/// The first line of a libpq message, without "connection to server … failed: " and "FATAL:  ".
QString reasonOf(const char *libpqMessage)
{
    QString text = QString::fromUtf8(libpqMessage).trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    const qsizetype failed = text.lastIndexOf(QLatin1String("failed: "));
    if (failed >= 0) {
        text = text.mid(failed + 8);
    }
    static const QRegularExpression severity(QStringLiteral("^(FATAL|ERROR):\\s+"));
    text.remove(severity);
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text.isEmpty() ? QStringLiteral("no reason given") : text;
}

QString sentence(const QString &text)
{
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

struct TypedPasswords
{
    QMutex mutex;
    QHash<QString, QByteArray> byLogin; ///< "user@host:port"
};

TypedPasswords &typedPasswords()
{
    static TypedPasswords passwords;
    return passwords;
}

QString loginKey(const ServerAddress &address)
{
    return address.user + QLatin1Char('@') + address.server();
}

} // namespace

void rememberPassword(const ServerAddress &address, const QString &password)
{
    TypedPasswords &p = typedPasswords();
    const QMutexLocker lock(&p.mutex);
    if (password.isEmpty()) {
        p.byLogin.remove(loginKey(address));
    } else {
        p.byLogin.insert(loginKey(address), password.toUtf8());
    }
}

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString &url)
{
    static const QRegularExpression form(
        QStringLiteral("^postgres(?:ql)?://(?:([^@/?]*)@)?([^/:?]*)(?::([0-9]{1,5}))?(?:/([^?]*))?(?:\\?(.*))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(url.trimmed());
    if (!m.hasMatch()) {
        throw StoreError(StoreError::Reason::CannotOpen,
                         QStringLiteral("\"%1\" is no team library address; write "
                                        "postgresql://host[:port]/database[?user=name].")
                             .arg(url));
    }
    ServerAddress a;
    a.url = url.trimmed();
    const QString userInfo = m.captured(1);
    const QString passwordInAddress = QStringLiteral("The team library address must not hold a password: put it in "
                                                     "~/.pgpass or the PGPASSWORD variable instead.");
    if (userInfo.contains(QLatin1Char(':'))) {
        throw StoreError(StoreError::Reason::CannotOpen, passwordInAddress);
    }
    a.user = decoded(userInfo);
    a.host = decoded(m.captured(2));
    if (!m.captured(3).isEmpty()) {
        a.port = m.captured(3).toInt();
        if (a.port < 1 || a.port > 65535) {
            throw StoreError(StoreError::Reason::CannotOpen,
                             QStringLiteral("The port of a team library address is a number from 1 to 65535; "
                                            "\"%1\" is none.")
                                 .arg(m.captured(3)));
        }
    }
    a.database = decoded(m.captured(4));
    if (a.database.isEmpty()) {
        throw StoreError(StoreError::Reason::CannotOpen,
                         QStringLiteral("The team library address \"%1\" names no database; write "
                                        "postgresql://host[:port]/database.")
                             .arg(url));
    }
    for (const QString &pair : m.captured(5).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0);
        if (key == QLatin1String("password")) {
            throw StoreError(StoreError::Reason::CannotOpen, passwordInAddress);
        }
        if (key == QLatin1String("user")) {
            a.user = decoded(pair.section(QLatin1Char('='), 1));
        }
    }
    return a;
}

QString ServerAddress::server() const
{
    return QStringLiteral("%1:%2").arg(host.isEmpty() ? QStringLiteral("localhost") : host).arg(port);
}

ServerAddress ServerAddress::withDatabase(const QString &name) const
{
    ServerAddress a = *this;
    a.database = name;
    a.url = QStringLiteral("postgresql://%1:%2/%3")
                .arg(QString::fromUtf8(QUrl::toPercentEncoding(host)))
                .arg(port)
                .arg(QString::fromUtf8(QUrl::toPercentEncoding(name)));
    if (!user.isEmpty()) {
        a.url += QStringLiteral("?user=") + QString::fromUtf8(QUrl::toPercentEncoding(user));
    }
    return a;
}

ServerAddress ServerAddress::withUser(const QString &name) const
{
    ServerAddress a = *this;
    a.user = name;
    return a.withDatabase(database);
}

Result::Result(pg_result *result) : m_result(result, PQclear) {}

int Result::rows() const
{
    return PQntuples(m_result.get());
}

int Result::columns() const
{
    return PQnfields(m_result.get());
}

bool Result::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QString Result::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column));
}

qint64 Result::integer(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong();
}

unsigned int Result::type(int column) const
{
    return PQftype(m_result.get(), column);
}

qint64 Result::affectedRows() const
{
    return QByteArray(PQcmdTuples(m_result.get())).toLongLong();
}

Connection Connection::open(const ServerAddress &address)
{
    const QByteArray url = address.url.toUtf8();
    const QByteArray user = address.user.toUtf8();
    std::vector<const char *> keys{"connect_timeout", "fallback_application_name", "client_encoding"};
    std::vector<const char *> values{"10", "evalreview", "UTF8"};
    keys.push_back("dbname");
    values.push_back(url.constData());
    QByteArray password;
    {
        TypedPasswords &p = typedPasswords();
        const QMutexLocker lock(&p.mutex);
        password = p.byLogin.value(loginKey(address));
    }
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(password.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn *conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (conn == nullptr) {
        throw ServerError(
            StoreError::Reason::CannotOpen,
            QStringLiteral("The team library server at %1 cannot be reached: out of memory.").arg(address.server()));
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString reason = reasonOf(PQerrorMessage(conn));
        const bool needsPassword = PQconnectionNeedsPassword(conn) != 0;
        PQfinish(conn);
        spdlog::warn("connection to {} failed: {}", address.server().toStdString(), reason.toStdString());
        QString message;
        if (needsPassword) {
            message = QStringLiteral("The team library server at %1 asks for a password%2: put it in ~/.pgpass or "
                                     "the PGPASSWORD variable.")
                          .arg(address.server(),
                               address.user.isEmpty() ? QString() : QStringLiteral(" for %1").arg(address.user));
        } else if (reason.contains(QLatin1String("authentication failed"))) {
            message =
                QStringLiteral("The team library server at %1 refused the login: %2.").arg(address.server(), reason);
        } else if (reason.startsWith(QLatin1String("database \"")) &&
                   reason.endsWith(QLatin1String("does not exist"))) {
            message = QStringLiteral("The team library server at %1 has no database \"%2\"; create it first "
                                     "(createdb %2).")
                          .arg(address.server(), address.database);
        } else {
            message =
                QStringLiteral("The team library server at %1 cannot be reached: %2.").arg(address.server(), reason);
        }
        throw ServerError(StoreError::Reason::CannotOpen, message);
    }
    // Notices (a role already a member, …) are for the server's log, not the user's terminal.
    PQsetNoticeProcessor(
        conn, [](void *, const char *message) { spdlog::debug("server notice: {}", message); }, nullptr);
    return Connection(conn, address);
}

Connection::Connection(pg_conn *conn, ServerAddress address) : m_conn(conn), m_address(std::move(address)) {}

Connection::Connection(Connection &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr)), m_address(std::move(other.m_address))
{}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        if (m_conn != nullptr) {
            PQfinish(m_conn);
        }
        m_conn = std::exchange(other.m_conn, nullptr);
        m_address = std::move(other.m_address);
    }
    return *this;
}

Connection::~Connection()
{
    if (m_conn != nullptr) {
        PQfinish(m_conn);
    }
}

Result Connection::exec(const QString &sql, const QVariantList &params)
{
    std::vector<QByteArray> texts;
    texts.reserve(size_t(params.size()));
    std::vector<const char *> values;
    values.reserve(size_t(params.size()));
    for (const QVariant &p : params) {
        if (p.isNull()) {
            texts.emplace_back();
            values.push_back(nullptr);
            continue;
        }
        if (p.typeId() == QMetaType::Bool) {
            texts.push_back(p.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
        } else {
            texts.push_back(p.toString().toUtf8());
        }
        values.push_back(texts.back().constData());
    }
    pg_result *result =
        PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail(result, sql);
    }
    return Result(result);
}

void Connection::runScript(const char *trustedSql)
{
    pg_result *result = PQexec(m_conn, trustedSql);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        fail(result, QStringLiteral("(schema script)"));
    }
    PQclear(result);
}

void Connection::fail(pg_result *result, const QString &sql)
{
    const Result owned(result); // cleared whatever happens
    const QString state = QString::fromUtf8(result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr);
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString reason = primary ? reasonOf(primary) : reasonOf(PQerrorMessage(m_conn));
    spdlog::warn("statement failed on {} ({}): {} — {}", m_address.server().toStdString(), state.toStdString(),
                 reason.toStdString(), sql.left(200).toStdString());
    if (PQstatus(m_conn) != CONNECTION_OK || state.startsWith(QLatin1String("08"))) {
        throw ServerError(StoreError::Reason::CannotOpen,
                          sentence(QStringLiteral("The connection to the team library server at %1 was lost: %2")
                                       .arg(m_address.server(), reason)),
                          state);
    }
    if (state == QLatin1String("42501")) {
        throw ServerError(StoreError::Reason::Denied,
                          sentence(QStringLiteral("The team library server at %1 does not let you do this (%2)")
                                       .arg(m_address.server(), reason)),
                          state);
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03")) {
        throw ServerError(StoreError::Reason::Busy,
                          sentence(QStringLiteral("The team library server at %1 is busy with another change; "
                                                  "try again (%2)")
                                       .arg(m_address.server(), reason)),
                          state);
    }
    if (state == QLatin1String("53100")) {
        throw ServerError(StoreError::Reason::DiskFull,
                          sentence(QStringLiteral("The team library server at %1 is out of disk space (%2)")
                                       .arg(m_address.server(), reason)),
                          state);
    }
    throw ServerError(
        StoreError::Reason::Generic,
        sentence(QStringLiteral("The team library server at %1 could not do this: %2").arg(m_address.server(), reason)),
        state);
}

QString Connection::quoteIdentifier(const QString &name) const
{
    const QByteArray bytes = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, bytes.constData(), size_t(bytes.size()));
    if (quoted == nullptr) {
        throw ServerError(StoreError::Reason::Generic,
                          QStringLiteral("\"%1\" cannot be used as a name on the team library server.").arg(name));
    }
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString Connection::quoteLiteral(const QString &value) const
{
    const QByteArray bytes = value.toUtf8();
    char *quoted = PQescapeLiteral(m_conn, bytes.constData(), size_t(bytes.size()));
    if (quoted == nullptr) {
        throw ServerError(StoreError::Reason::Generic,
                          QStringLiteral("A value could not be quoted for the team library server."));
    }
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString Connection::encryptPassword(const QString &user, const QString &password)
{
    char *encrypted =
        PQencryptPasswordConn(m_conn, password.toUtf8().constData(), user.toUtf8().constData(), "scram-sha-256");
    if (encrypted == nullptr) {
        throw ServerError(StoreError::Reason::Generic,
                          QStringLiteral("The password could not be prepared for the team library server at %1: %2.")
                              .arg(m_address.server(), reasonOf(PQerrorMessage(m_conn))));
    }
    const QString result = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return result;
}

int Connection::socket() const
{
    return PQsocket(m_conn);
}

QStringList Connection::takeNotifications()
{
    if (PQconsumeInput(m_conn) == 0) {
        throw ServerError(StoreError::Reason::CannotOpen,
                          sentence(QStringLiteral("The connection to the team library server at %1 was lost: %2")
                                       .arg(m_address.server(), reasonOf(PQerrorMessage(m_conn)))));
    }
    QStringList payloads;
    while (PGnotify *n = PQnotifies(m_conn)) {
        payloads << QString::fromUtf8(n->extra);
        PQfreemem(n);
    }
    return payloads;
}

bool Connection::inTransaction() const
{
    return PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

QString Connection::currentUser()
{
    return exec(QStringLiteral("SELECT current_user")).text(0, 0);
}

Transaction::Transaction(Connection &connection) : m_connection(connection)
{
    m_connection.exec(QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (m_done) {
        return;
    }
    try {
        m_connection.exec(QStringLiteral("ROLLBACK"));
    } catch (const StoreError &e) {
        spdlog::error("rollback failed: {}", e.what());
    }
}

void Transaction::commit()
{
    m_connection.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace evalreview::pg
