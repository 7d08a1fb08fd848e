// sql::Database on a team library's server: the program's statements run through libpq.
#include "PgSqlBackend.h"

#include "PgConnection.h"
#include "Sqlite.h"

#include <QDateTime>
#include <QVariantList>

#include <mutex>
#include <optional>

namespace evalreview::pg {

namespace {

/// `sql` with SQLite's parameters ("?" in order, "?N" by number) written as PostgreSQL's ($N);
/// quoted text and names are left as they are.
QString withServerParameters(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int next = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out += c;
            if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
            continue;
        }
        if (c != QLatin1Char('?')) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && sql.at(end).isDigit()) {
            ++end;
        }
        if (end > i + 1) {
            out += QLatin1Char('$') + sql.mid(i + 1, end - i - 1);
            i = end - 1;
        } else {
            out += QLatin1Char('$') + QString::number(++next);
        }
    }
    return out;
}

constexpr unsigned int kBoolean = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700,
                       kTimestamp = 1114, kTimestampTz = 1184;

/// A time as the library file writes it (2026-12-06T08:00:00.123Z) from the server's ISO output in
/// UTC (2026-12-06 08:00:00.123456+00).
QString isoTime(QString text)
{
    if (text.endsWith(QLatin1String("+00"))) {
        text.chop(3);
        text += QLatin1Char('Z');
    }
    text.replace(10, 1, QLatin1Char('T'));
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : text;
}

class ServerStatement final : public sql::ServerStatement
{
public:
    ServerStatement(Connection &connection, QString sql, int &changes)
        : m_connection(connection), m_sql(std::move(sql)), m_changes(changes)
    {}

    void bind(int index, const QVariant &value) override
    {
        if (m_params.size() < index) {
            m_params.resize(index);
        }
        m_params[index - 1] = value;
    }

    bool next() override
    {
        if (!m_result) {
            m_result = std::make_unique<Result>(m_connection.exec(m_sql, m_params));
            m_changes = int(m_result->affectedRows());
            m_row = -1;
        }
        return ++m_row < m_result->rows();
    }

    void reset() override
    {
        m_result.reset();
        m_params.clear();
    }

    QVariant value(int column) const override
    {
        if (m_result->isNull(m_row, column)) {
            return {};
        }
        const QString text = m_result->text(m_row, column);
        switch (m_result->type(column)) {
        case kBoolean:
            return QVariant(qint64(text == QLatin1String("t") ? 1 : 0));
        case kInt2:
        case kInt4:
        case kInt8:
            return QVariant(text.toLongLong());
        case kFloat4:
        case kFloat8:
        case kNumeric:
            return QVariant(text.toDouble());
        case kTimestamp:
        case kTimestampTz:
            return QVariant(isoTime(text));
        default:
            return QVariant(text);
        }
    }

    bool isNull(int column) const override { return m_result->isNull(m_row, column); }

private:
    Connection &m_connection;
    QString m_sql;
    int &m_changes;
    QVariantList m_params;
    std::unique_ptr<Result> m_result;
    int m_row = -1;
};

/// A connection of its own (`owned`), or one borrowed from its owner.
class ServerConnection final : public sql::ServerConnection
{
public:
    explicit ServerConnection(Connection owned) : m_owned(std::move(owned)), m_connection(*m_owned) {}
    explicit ServerConnection(Connection *borrowed) : m_connection(*borrowed) {}

    void exec(const QString &sql) override { m_changes = int(m_connection.exec(sql).affectedRows()); }
    std::unique_ptr<sql::ServerStatement> prepare(const QString &sql) override
    {
        return std::make_unique<ServerStatement>(m_connection, withServerParameters(sql), m_changes);
    }
    bool inTransaction() const override { return m_connection.inTransaction(); }
    /// The server's lastval() would name a row its triggers (the audit log) added: statements that
    /// need the new row's id say RETURNING id, on both backends.
    [[noreturn]] qint64 lastInsertRowId() override
    {
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("This change cannot be made on a team library yet (it needs the id of a "
                                        "new row)."));
    }
    int changes() const override { return m_changes; }
    QString location() const override { return m_connection.address().url; }

private:
    std::optional<Connection> m_owned;
    Connection &m_connection;
    int m_changes = 0;
};

/// Times read as the library file writes them.
const QString kUtc = QStringLiteral("SET TIME ZONE 'UTC'");

} // namespace

void runOn(sql::Database &db, Connection &connection)
{
    connection.exec(kUtc);
    db.useServer(std::make_unique<ServerConnection>(&connection));
}

void enableTeamLibraryConnections()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sql::Database::setServerOpener([](const QString &address, sql::Database::Mode mode) {
            Connection connection = Connection::open(ServerAddress::parse(address));
            connection.exec(kUtc);
            if (mode == sql::Database::Mode::ReadOnly) {
                connection.exec(QStringLiteral("SET default_transaction_read_only = on"));
            }
            return std::make_unique<ServerConnection>(std::move(connection));
        });
    });
}

} // namespace evalreview::pg
