#pragma once

#include "PgConnection.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace evalreview::pg {

/// Rows for one table sent as multi-row INSERTs with bound parameters, a few hundred rows per
/// statement, instead of one round trip to the server per row. Each column has an expression in
/// which %1 stands for its parameter ("%1", "nullif(%1, '')::jsonb"). Rows are sent when the batch
/// is full and by flush(), which the caller runs before anything reads the table (and before
/// the transaction commits).
class BatchInsert
{
public:
    BatchInsert(Connection &db, const QString &table, const QStringList &columns, const QStringList &expressions);

    /// Adds one row: as many values as columns.
    void add(const QVariantList &row);
    void flush();
    qint64 rowsSent() const { return m_sent; }

private:
    Connection &m_db;
    QString m_prefix;
    QStringList m_expressions;
    QString m_sql;
    QVariantList m_params;
    int m_rows = 0;
    int m_maxRows = 0;
    qint64 m_sent = 0;
};

} // namespace evalreview::pg
