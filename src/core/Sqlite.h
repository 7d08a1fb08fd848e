#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace evalreview::sql {

/// Thrown by the wrapper for any SQLite failure; `what()` is for logs, `message()` for people.
class Error : public std::runtime_error
{
public:
    Error(int code, const QString &message);
    int code() const { return m_code; }
    QString message() const { return m_message; }
    bool isDiskFull() const;
    bool isBusy() const;
    bool isReadOnly() const; ///< the file or its folder cannot be written

private:
    int m_code;
    QString m_message;
};

class Statement;

/// The SQL a connection speaks. Most statements of the program are written to mean the same in
/// both; the few that cannot (full-text search, JSON, SQLite's own functions) ask dialect().
enum class Dialect
{
    Sqlite,
    PostgreSql
};

/// A statement of a library on a server, behind Statement (implemented by the server backend).
class ServerStatement
{
public:
    virtual ~ServerStatement() = default;
    virtual void bind(int index, const QVariant &value) = 0; ///< null QVariant binds NULL
    virtual bool next() = 0;
    virtual void reset() = 0;
    virtual QVariant value(int column) const = 0; ///< integers as qint64, booleans as 0 or 1
    virtual bool isNull(int column) const = 0;
};

/// A connection to a library on a server, behind Database (implemented by the server backend).
/// Its failures are thrown as StoreError sentences naming the server.
class ServerConnection
{
public:
    virtual ~ServerConnection() = default;
    /// Runs statements without parameters.
    virtual void exec(const QString &sql) = 0;
    /// A statement with "?" or "?N" parameters; nothing reaches the server before it is stepped.
    virtual std::unique_ptr<ServerStatement> prepare(const QString &sql) = 0;
    virtual bool inTransaction() const = 0;
    virtual qint64 lastInsertRowId() = 0;
    virtual int changes() const = 0;
    virtual QString location() const = 0;
};

/// One SQLite connection, or a connection to a team library on a server when its location is a
/// server address and a server backend is installed. Not thread-safe: one per thread.
class Database
{
public:
    enum class Mode
    {
        ReadWrite,
        /// Never writes. A library in a folder this user cannot write to (read-only media, a
        /// colleague's share) is read as unchanging when SQLite cannot share its WAL index there.
        ReadOnly
    };
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    /// Opens (creating when ReadWrite) with foreign keys on, extended result codes and a busy
    /// timeout. Nothing is written to the file yet.
    /// A server address (postgresql://…) opens a connection through the installed server backend
    /// (its failures are StoreErrors); ReadOnly then makes every transaction read-only.
    void open(const QString &path, Mode mode = Mode::ReadWrite);

    /// Opens connections to libraries on a server (installed once by the server backend).
    using ServerOpener = std::function<std::unique_ptr<ServerConnection>(const QString &address, Mode mode)>;
    static void setServerOpener(ServerOpener opener);
    /// Whether `path` is a server address (postgresql:// or postgres://) rather than a file.
    static bool isServerAddress(const QString &path);
    /// Runs this connection's statements through `server` (a server backend's connection).
    void useServer(std::unique_ptr<ServerConnection> server);

    Dialect dialect() const { return m_server ? Dialect::PostgreSql : Dialect::Sqlite; }
    bool isServer() const { return m_server != nullptr; }
    /// Whether a transaction is open on this connection.
    bool inTransaction() const;
    /// Switches the file to WAL with synchronous=FULL (writes the file header).
    void enableWriteAheadLog();
    void close();
    bool isOpen() const { return m_db != nullptr || m_server != nullptr; }
    QString path() const { return m_path; }

    void exec(const QString &sql);
    Statement prepare(const QString &sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    int userVersion();
    /// The SQLite connection (null on a server).
    sqlite3 *handle() const { return m_db; }

private:
    void openWith(const QByteArray &name, int flags);
    sqlite3 *m_db = nullptr;
    std::unique_ptr<ServerConnection> m_server;
    QString m_path;
};

/// A prepared statement with positional (1-based) binding.
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    explicit Statement(std::unique_ptr<ServerStatement> server);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const QVariant &value); ///< null QVariant binds NULL
    Statement &bindNull(int index);
    /// Passes a C++ object to an SQL function of this connection (sqlite3_bind_pointer); `type`
    /// must be a string literal the function checks. The object must outlive the statement's run.
    Statement &bindPointer(int index, const void *pointer, const char *type);

    /// Steps once; true while a row is available.
    bool next();
    /// Runs to completion (for statements without result rows).
    void run();
    void reset();

    QString text(int column) const;
    QVariant value(int column) const; ///< NULL -> invalid QVariant
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<ServerStatement> m_server;
};

/// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() was called.
/// Inside a transaction already open on the connection it is a savepoint: commit() releases it,
/// and without commit() only its own changes are rolled back (a batch of writes in one
/// transaction where one write fails keeps the others).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace evalreview::sql
