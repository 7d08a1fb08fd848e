#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

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

/// One SQLite connection. Not thread-safe: one per thread.
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
    void open(const QString &path, Mode mode = Mode::ReadWrite);
    /// Switches the file to WAL with synchronous=FULL (writes the file header).
    void enableWriteAheadLog();
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    void exec(const QString &sql);
    Statement prepare(const QString &sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    int userVersion();
    sqlite3 *handle() const { return m_db; }

private:
    void openWith(const QByteArray &name, int flags);
    sqlite3 *m_db = nullptr;
    QString m_path;
};

/// A prepared statement with positional (1-based) binding.
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
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
