#pragma once

#include "LibraryStore.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <memory>

struct pg_conn;
struct pg_result;

namespace evalreview::pg {

/// A failure on a team library's server: a StoreError whose sentence names the server, carrying
/// the SQLSTATE so that code can tell a refused permission from a broken connection.
class ServerError : public StoreError
{
public:
    ServerError(Reason reason, const QString &message, const QString &sqlState = {})
        : StoreError(reason, message), m_sqlState(sqlState)
    {}
    QString sqlState() const { return m_sqlState; }
    /// The server's roles or row-level security refused the statement (SQLSTATE 42501).
    bool isPermissionDenied() const { return m_sqlState == QLatin1String("42501"); }

private:
    QString m_sqlState;
};

/// Where a team library is: postgresql://host[:port]/database[?user=name]. The password never
/// belongs in it; libpq reads it from ~/.pgpass (or PGPASSFILE) or PGPASSWORD.
struct ServerAddress
{
    QString url;
    QString host;
    int port = 5432;
    QString database;
    QString user; ///< empty: libpq's default (PGUSER, then the login name)

    /// True when `text` is meant as a server address (postgresql:// or postgres://).
    static bool isServerUrl(const QString &text);
    /// Throws StoreError with a sentence when `url` is no usable address.
    static ServerAddress parse(const QString &url);
    /// "host:port", as messages name the server.
    QString server() const;
    /// The same address with another database or user (the test clusters, the admin's connection).
    ServerAddress withDatabase(const QString &name) const;
    ServerAddress withUser(const QString &name) const;
};

/// A password typed by the user for a server and user, kept in this process's memory only (never
/// written to settings or disk) and handed to libpq by every later connection to them; an empty
/// password forgets it. Without one, libpq reads ~/.pgpass (or PGPASSFILE) or PGPASSWORD.
void rememberPassword(const ServerAddress &address, const QString &password);

/// The rows of one statement. Columns are read as text (libpq's text format).
class Result
{
public:
    explicit Result(pg_result *result);
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    /// The server's type of a column (its oid: 16 boolean, 20/21/23 integers, 700/701/1700 numbers).
    unsigned int type(int column) const;
    /// Rows an INSERT, UPDATE or DELETE changed.
    qint64 affectedRows() const;

private:
    std::shared_ptr<pg_result> m_result;
};

/// One connection to a team library's server. Not thread-safe: one per thread.
class Connection
{
public:
    /// Connects, or throws ServerError: "The team library server at host:5432 cannot be reached: …".
    static Connection open(const ServerAddress &address);

    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();

    /// Runs one statement with its values bound as parameters ($1, $2, …; a null QVariant is NULL,
    /// a bool true or false); values are never spliced into the SQL. Throws ServerError.
    Result exec(const QString &sql, const QVariantList &params = {});
    /// Runs several statements of the program's own constant SQL (the schema's migrations), which
    /// takes no values. Never pass text that came from outside the program.
    void runScript(const char *trustedSql);

    /// An identifier or literal quoted by libpq, for the few statements that take no parameters
    /// (CREATE ROLE, GRANT).
    QString quoteIdentifier(const QString &name) const;
    QString quoteLiteral(const QString &value) const;
    /// The password as the server stores it (SCRAM), computed here so it never travels in clear.
    QString encryptPassword(const QString &user, const QString &password);

    const ServerAddress &address() const { return m_address; }
    /// The connection's socket, to wait on for notifications (LISTEN).
    int socket() const;
    /// Reads what the server sent without waiting and returns the notifications that came, each
    /// as its payload. Throws ServerError when the connection is lost.
    QStringList takeNotifications();
    /// Whether a transaction is open (BEGIN without COMMIT or ROLLBACK yet).
    bool inTransaction() const;
    /// The database user this connection acts as (SELECT current_user).
    QString currentUser();

private:
    Connection(pg_conn *conn, ServerAddress address);
    [[noreturn]] void fail(pg_result *result, const QString &sql);

    pg_conn *m_conn = nullptr;
    ServerAddress m_address;
};

/// RAII transaction: BEGIN on construction, ROLLBACK unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Connection &connection);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Connection &m_connection;
    bool m_done = false;
};

} // namespace evalreview::pg
