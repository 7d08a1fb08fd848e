#include "PgFollowUps.h"

#include "Model.h"
#include "PgConnection.h"

namespace evalreview::pg::followups {

namespace {

/// The columns a client may set, as constant SQL (a column name is never taken from outside).
QString updateOf(const QString &field)
{
    if (field == QLatin1String("status")) {
        return QStringLiteral("status = $3");
    }
    if (field == QLatin1String("owner")) {
        return QStringLiteral("owner = $3");
    }
    if (field == QLatin1String("due_date")) {
        return QStringLiteral("due_date = $3::date");
    }
    if (field == QLatin1String("note")) {
        return QStringLiteral("note = $3");
    }
    return {};
}

QString shown(const QString &field, const QString &value)
{
    if (value.isEmpty()) {
        return QStringLiteral("nothing");
    }
    return field == QLatin1String("status") ? followup_status::label(value) : value;
}

SaveConflict conflictOn(Connection &db, qint64 id, const QString &field)
{
    SaveConflict c;
    c.field = field;
    const Result now = db.exec(QStringLiteral("SELECT version, coalesce(to_jsonb(f) ->> $2, '') FROM followups f "
                                              "WHERE id = $1"),
                               {id, field});
    if (now.rows() == 0) {
        c.message = QStringLiteral("This follow-up was removed by someone else; your change was not saved.");
        return c;
    }
    c.version = int(now.integer(0, 0));
    c.theirValue = now.text(0, 1);
    const Result last = db.exec(QStringLiteral("SELECT db_user, changed_at FROM audit_log WHERE table_name = "
                                               "'followups' AND row_key = $1 ORDER BY id DESC LIMIT 1"),
                                {QString::number(id)});
    if (last.rows() > 0) {
        c.changedBy = last.text(0, 0);
        c.changedAt = QDateTime::fromString(last.text(0, 1).left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    c.message =
        QStringLiteral("%1 saved this follow-up after you opened it (its %2 is now %3); your change was not "
                       "saved, so nothing of theirs is lost: look at it again and save once more.")
            .arg(c.changedBy.isEmpty() ? QStringLiteral("Someone else") : c.changedBy,
                 field == QLatin1String("due_date") ? QStringLiteral("due date") : field, shown(field, c.theirValue));
    return c;
}

} // namespace

VersionedSave setField(Connection &db, qint64 id, int expectedVersion, const QString &field, const QString &value,
                       const QString &author)
{
    const QString set = updateOf(field);
    if (set.isEmpty()) {
        throw StoreError(
            StoreError::Reason::Generic,
            QStringLiteral("A follow-up has no field \"%1\" to set; use status, owner, due_date or note.").arg(field));
    }
    VersionedSave outcome;
    Transaction tx(db);
    // The row as read, locked, so the history gets the value this save replaces.
    const Result before = db.exec(QStringLiteral("SELECT coalesce(to_jsonb(f) ->> $2, '') FROM followups f "
                                                 "WHERE id = $1 AND version = $3 FOR UPDATE"),
                                  {id, field, expectedVersion});
    if (before.rows() == 0) {
        outcome.conflict = conflictOn(db, id, field);
        return outcome;
    }
    const Result saved =
        db.exec(QStringLiteral("UPDATE followups SET %1, updated_at = now(), updated_by = $4 "
                               "WHERE id = $1 AND version = $2 RETURNING version")
                    .arg(set),
                {id, expectedVersion,
                 value.isEmpty() && field == QLatin1String("due_date") ? QVariant() : QVariant(value), author});
    outcome.version = int(saved.integer(0, 0));
    db.exec(QStringLiteral("INSERT INTO followup_history(followup_id, author, field, old_value, new_value) "
                           "VALUES ($1, $2, $3, $4, $5)"),
            {id, author, field, before.text(0, 0), value});
    tx.commit();
    return outcome;
}

} // namespace evalreview::pg::followups
