#pragma once

#include "RecommendationTypes.h"

#include <optional>

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

/// One field's new value, for FollowUpStore::set() of several fields at once.
struct FollowUpEdit
{
    FollowUpField field;
    QString value;
    /// The value the person saw before changing it. When the library holds another (someone else
    /// saved meanwhile), nothing is saved: StoreError Conflict names who changed it to what.
    std::optional<QString> expected = std::nullopt;
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
    bool set(qint64 recommendationId, FollowUpField field, const QString &value, const QString &author,
             const std::optional<QString> &expected = std::nullopt);
    /// Sets several fields in one transaction: all of them are saved, or none (an invalid value or a
    /// failed write changes nothing). Returns how many fields changed.
    int set(qint64 recommendationId, const QList<FollowUpEdit> &changes, const QString &author);

    /// The column and history name of a field: "status", "owner", "due_date", "note".
    static QString fieldName(FollowUpField field);

    /// The follow-up row of a recommendation, created (without reviewer data) when it has none;
    /// inside the caller's transaction.
    qint64 ensureRow(qint64 recommendationId);

private:
    /// Writes one validated value inside the caller's transaction; false when it was unchanged.
    bool apply(qint64 followUpId, const FollowUpEdit &edit, const QString &author);
    /// The sentence of a conflict: who changed `field` to what, and when.
    QString conflictMessage(qint64 followUpId, FollowUpField field, const QString &current, const QString &mine);
    /// The value as stored (dates normalised); throws StoreError for an invalid status or date.
    static QString validated(FollowUpField field, const QString &value);

    sql::Database &m_db;
};

} // namespace evalreview
