#include "Sqlite.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace evalreview::sql {

namespace {

QString lastMessage(sqlite3 *db, int code)
{
    if (db) {
        return QString::fromUtf8(sqlite3_errmsg(db));
    }
    return QString::fromUtf8(sqlite3_errstr(code));
}

[[noreturn]] void fail(sqlite3 *db, int code)
{
    throw Error(code, lastMessage(db, code));
}

void check(sqlite3 *db, int code)
{
    if (code != SQLITE_OK && code != SQLITE_ROW && code != SQLITE_DONE) {
        fail(db, code);
    }
}

Database::ServerOpener &serverOpener()
{
    static Database::ServerOpener opener;
    return opener;
}

} // namespace

Error::Error(int code, const QString &message)
    : std::runtime_error(message.toStdString()), m_code(code), m_message(message)
{}

bool Error::isDiskFull() const
{
    return (m_code & 0xff) == SQLITE_FULL || (m_code & 0xff) == SQLITE_IOERR;
}

bool Error::isBusy() const
{
    return (m_code & 0xff) == SQLITE_BUSY || (m_code & 0xff) == SQLITE_LOCKED;
}

bool Error::isReadOnly() const
{
    return (m_code & 0xff) == SQLITE_READONLY;
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db), m_server(std::move(other.m_server)), m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_server = std::move(other.m_server);
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

void Database::setServerOpener(ServerOpener opener)
{
    serverOpener() = std::move(opener);
}

bool Database::isServerAddress(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           path.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool Database::inTransaction() const
{
    return m_server ? m_server->inTransaction() : sqlite3_get_autocommit(m_db) == 0;
}

void Database::open(const QString &path, Mode mode)
{
    close();
    if (isServerAddress(path)) {
        if (!serverOpener()) {
            throw Error(SQLITE_CANTOPEN, QStringLiteral("This copy of EvalReview was built without team libraries "
                                                        "(PostgreSQL), so it cannot open %1.")
                                             .arg(path));
        }
        m_server = serverOpener()(path, mode);
        m_path = path;
        return;
    }
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX;
    openWith(path.toUtf8(), flags);
    m_path = path;
    if (mode == Mode::ReadOnly) {
        try {
            exec(QStringLiteral("PRAGMA schema_version")); // the first read opens the WAL index
        } catch (const Error &e) {
            if (!e.isReadOnly() && (e.code() & 0xff) != SQLITE_CANTOPEN) {
                throw;
            }
            // No WAL index can be made beside the file: read it as a file nobody changes meanwhile.
            close();
            const QByteArray uri =
                "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") + "?immutable=1";
            openWith(uri, flags | SQLITE_OPEN_URI);
            m_path = path;
        }
    }
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

void Database::useServer(std::unique_ptr<ServerConnection> server)
{
    close();
    m_path = server->location();
    m_server = std::move(server);
}

void Database::openWith(const QByteArray &name, int flags)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = lastMessage(db, rc);
        sqlite3_close(db);
        throw Error(rc, message);
    }
    m_db = db;
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
}

void Database::enableWriteAheadLog()
{
    if (m_server) {
        return; // the server keeps its own log
    }
    // Switching needs the file to itself, and SQLite does not wait for that with the busy
    // timeout (another process creating the same library holds it for moments): retry a while.
    QElapsedTimer waited;
    waited.start();
    constexpr int kPatienceMs = 10000, kPauseMs = 20;
    for (;;) {
        try {
            bool already = false;
            {
                Statement mode = prepare(QStringLiteral("PRAGMA journal_mode"));
                already = mode.next() && mode.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
            }
            if (already) {
                break; // nothing to lock
            }
            exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            break;
        } catch (const Error &e) {
            if (!e.isBusy() || waited.elapsed() > kPatienceMs) {
                throw;
            }
            QThread::msleep(kPauseMs);
        }
    }
    // FULL: a committed edit survives a power cut too, not only a crash of the program.
    exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

void Database::close()
{
    m_server.reset();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const QString &sql)
{
    if (m_server) {
        m_server->exec(sql);
        return;
    }
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = err ? QString::fromUtf8(err) : lastMessage(m_db, rc);
        sqlite3_free(err);
        throw Error(rc, message);
    }
}

Statement Database::prepare(const QString &sql)
{
    if (m_server) {
        return Statement(m_server->prepare(sql));
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    check(m_db, sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr));
    return Statement(m_db, stmt);
}

qint64 Database::lastInsertRowId() const
{
    if (m_server) {
        return m_server->lastInsertRowId();
    }
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    if (m_server) {
        return m_server->changes();
    }
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    Statement st = prepare(QStringLiteral("PRAGMA user_version"));
    return st.next() ? int(st.integer(0)) : 0;
}

Statement::Statement(std::unique_ptr<ServerStatement> server) : m_server(std::move(server)) {}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_server(std::move(other.m_server))
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_server = std::move(other.m_server);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    if (m_server) {
        m_server->bind(index, value);
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    check(m_db, sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_server) {
        m_server->bind(index, value);
        return *this;
    }
    check(m_db, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_server) {
        m_server->bind(index, value);
        return *this;
    }
    check(m_db, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (m_server) {
        m_server->bind(index, blob);
        return *this;
    }
    check(m_db, sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return bindNull(index);
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
    case QMetaType::UInt:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bindPointer(int index, const void *pointer, const char *type)
{
    if (m_server) {
        throw Error(SQLITE_MISUSE, QStringLiteral("A statement of a team library cannot take a program object."));
    }
    check(m_db, sqlite3_bind_pointer(m_stmt, index, const_cast<void *>(pointer), type, nullptr));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_server) {
        m_server->bind(index, QVariant());
        return *this;
    }
    check(m_db, sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::next()
{
    if (m_server) {
        return m_server->next();
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    fail(m_db, rc);
}

void Statement::run()
{
    while (next()) {
    }
}

void Statement::reset()
{
    if (m_server) {
        m_server->reset();
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    if (m_server) {
        return m_server->value(column).toString();
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    if (m_server) {
        return m_server->value(column);
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return QVariant(text(column));
    }
}

qint64 Statement::integer(int column) const
{
    if (m_server) {
        return m_server->value(column).toLongLong();
    }
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    if (m_server) {
        return m_server->value(column).toDouble();
    }
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    if (m_server) {
        return m_server->isNull(column);
    }
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db) : m_db(db), m_nested(db.inTransaction())
{
    m_db.exec(m_nested        ? QStringLiteral("SAVEPOINT nested")
              : db.isServer() ? QStringLiteral("BEGIN")
                              : QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            if (m_nested) {
                m_db.exec(QStringLiteral("ROLLBACK TO nested")); // one statement each: a server takes no more
                m_db.exec(QStringLiteral("RELEASE nested"));
            } else {
                m_db.exec(QStringLiteral("ROLLBACK"));
            }
        } catch (const std::exception &) {
            // Already rolled back (by SQLite after SQLITE_FULL, or with a lost server connection).
        }
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace evalreview::sql
