#pragma once

#include "RecommendationTypes.h"

namespace evalreview {

namespace sql {
class Database;
}

enum class FollowUpField
{
    Status,
    Owner,
    DueDate,
    Note,
};

/// The reviewer's follow-up of recommendations. Every change is saved at once in its own short
/// transaction and recorded in the history with its time and author. Uses the connection of the
/// calling thread.
class FollowUpStore
{
public:
    explicit FollowUpStore(sql::Database &db) : m_db(db) {}

    FollowUpState state(qint64 recommendationId);
    /// The current value of one field as text (due dates as yyyy-MM-dd, empty when unset).
    QString value(qint64 recommendationId, FollowUpField field);

    /// Sets one field; returns false when it already had that value (nothing is recorded then).
    /// Throws StoreError for an unknown recommendation, an invalid status or date, or a failed write.
    bool set(qint64 recommendationId, FollowUpField field, const QString &value, const QString &author);

    /// The column and history name of a field: "status", "owner", "due_date", "note".
    static QString fieldName(FollowUpField field);

private:
    qint64 ensureRow(qint64 recommendationId);

    sql::Database &m_db;
};

} // namespace evalreview
