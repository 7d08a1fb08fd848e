#pragma once

#include <QList>
#include <QString>

#include <array>

namespace evalreview {

namespace sql {
class Database;
}

/// Keeps the search index in step with rows written in bulk, set-based instead of row by row.
///
/// SQLite's FTS5 (3.40) writes its pending terms out at every statement savepoint, and a
/// row inserted through a trigger opens one, so indexing through the per-row triggers leaves one
/// index segment per row and costs several times the insert itself. Within one transaction,
/// begin() drops the AFTER INSERT triggers that feed the index (keeping their SQL), finish()
/// inserts the same index rows with one statement per source table, applies the triggers' other
/// effect (donor comment counts) and recreates the triggers from their own SQL before the
/// transaction commits. Other connections never see the library without its triggers.
class BulkSearchIndex
{
public:
    /// Reads the index triggers; throws std::logic_error if they are not the ones this class mirrors.
    explicit BulkSearchIndex(sql::Database &db);

    void begin();
    void finish();

private:
    sql::Database &m_db;
    QList<QString> m_triggerNames;
    QList<QString> m_triggerSql;
    std::array<qint64, 6> m_marks{}; ///< highest id before the batch, per source table
};

} // namespace evalreview
