// Multi-row INSERTs with bound parameters: a few round trips per table instead of one per row.
#include "PgBatch.h"

#include <algorithm>

namespace evalreview::pg {

namespace {
/// A statement takes at most 65535 parameters; batches stay well below, and below a row count
/// that keeps each statement's text and values small.
constexpr int kMaxParameters = 30000;
constexpr int kMaxRows = 500;
} // namespace

BatchInsert::BatchInsert(Connection &db, const QString &table, const QStringList &columns,
                         const QStringList &expressions)
    : m_db(db), m_prefix(QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")))),
      m_expressions(expressions),
      m_maxRows(std::max(1, std::min<int>(kMaxRows, kMaxParameters / std::max<qsizetype>(1, columns.size()))))
{}

void BatchInsert::add(const QVariantList &row)
{
    QString values;
    values += m_rows == 0 ? QStringLiteral("(") : QStringLiteral(", (");
    for (qsizetype i = 0; i < m_expressions.size(); ++i) {
        if (i > 0) {
            values += QStringLiteral(", ");
        }
        values += m_expressions.at(i).arg(QStringLiteral("$%1").arg(m_params.size() + i + 1));
    }
    values += QLatin1Char(')');
    m_sql += values;
    m_params += row;
    if (++m_rows >= m_maxRows) {
        flush();
    }
}

void BatchInsert::flush()
{
    if (m_rows == 0) {
        return;
    }
    m_db.exec(m_prefix + m_sql, m_params);
    m_sent += m_rows;
    m_sql.clear();
    m_params.clear();
    m_rows = 0;
}

} // namespace evalreview::pg
