#include "FollowUpStore.h"

#include "SqliteLibraryStore.h"

namespace evalreview {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString FollowUpStore::fieldName(FollowUpField field)
{
    switch (field) {
    case FollowUpField::Status:
        return QStringLiteral("status");
    case FollowUpField::Owner:
        return QStringLiteral("owner");
    case FollowUpField::DueDate:
        return QStringLiteral("due_date");
    case FollowUpField::Note:
        return QStringLiteral("note");
    }
    return {};
}

FollowUpState FollowUpStore::state(qint64 recommendationId)
{
    FollowUpState s;
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT id, status, owner, due_date, due_derived, note, updated_at, updated_by FROM followups"
                       " WHERE recommendation_id = ?"));
    st.bind(1, recommendationId);
    if (!st.next()) {
        return s;
    }
    const qint64 id = st.integer(0);
    s.recorded = true;
    s.status = st.text(1);
    s.owner = st.text(2);
    s.dueDate = QDate::fromString(st.text(3), Qt::ISODate);
    s.dueDerived = st.integer(4) != 0;
    s.note = st.text(5);
    s.updatedAt = QDateTime::fromString(st.text(6), Qt::ISODateWithMs);
    s.updatedBy = st.text(7);

    sql::Statement h = m_db.prepare(QStringLiteral(
        "SELECT changed_at, author, field, old_value, new_value FROM followup_history WHERE followup_id = ?"
        " ORDER BY changed_at, id"));
    h.bind(1, id);
    while (h.next()) {
        s.history.append(
            {QDateTime::fromString(h.text(0), Qt::ISODateWithMs), h.text(1), h.text(2), h.text(3), h.text(4)});
    }
    return s;
}

QString FollowUpStore::value(qint64 recommendationId, FollowUpField field)
{
    const FollowUpState s = state(recommendationId);
    switch (field) {
    case FollowUpField::Status:
        return s.status;
    case FollowUpField::Owner:
        return s.owner;
    case FollowUpField::DueDate:
        return s.dueDate.isValid() ? s.dueDate.toString(Qt::ISODate) : QString();
    case FollowUpField::Note:
        return s.note;
    }
    return {};
}

qint64 FollowUpStore::ensureRow(qint64 recommendationId)
{
    sql::Statement find = m_db.prepare(QStringLiteral("SELECT id FROM followups WHERE recommendation_id = ?"));
    find.bind(1, recommendationId);
    if (find.next()) {
        return find.integer(0);
    }
    // The row remembers the document title, code and text start, so it can find its record again
    // after a revised document is imported. On a team library a colleague may add it meanwhile:
    // theirs is then the row.
    sql::Statement ins = m_db.prepare(
        QStringLiteral("INSERT INTO followups(recommendation_id, document_title, code, text_excerpt, updated_at)"
                       " SELECT r.id, d.title, r.code, substr(CASE WHEN r.text <> '' THEN r.text"
                       " ELSE coalesce(r.title, '') END, 1, 200), ? FROM recommendations r"
                       " JOIN documents d ON d.id = r.document_id WHERE r.id = ?"
                       " ON CONFLICT(recommendation_id) DO NOTHING RETURNING id"));
    ins.bind(1, now()).bind(2, recommendationId);
    if (ins.next()) {
        const qint64 id = ins.integer(0);
        ins.run(); // the statement ends
        return id;
    }
    find.reset();
    find.bind(1, recommendationId);
    if (!find.next()) {
        throw StoreError(StoreError::Reason::NotFound,
                         QStringLiteral("This recommendation is no longer in the library."));
    }
    return find.integer(0);
}

QString FollowUpStore::validated(FollowUpField field, const QString &value)
{
    if (field == FollowUpField::Status && !followup_status::all().contains(value)) {
        throw StoreError(StoreError::Reason::Generic, QStringLiteral("\"%1\" is not a follow-up status.").arg(value));
    }
    if (field == FollowUpField::DueDate && !value.isEmpty()) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid()) {
            throw StoreError(StoreError::Reason::Generic,
                             QStringLiteral("\"%1\" is not a date (use the form 2025-12-31).").arg(value));
        }
        return date.toString(Qt::ISODate);
    }
    return value;
}

QString FollowUpStore::conflictMessage(qint64 followUpId, FollowUpField field, const QString &current,
                                       const QString &mine)
{
    sql::Statement h = m_db.prepare(
        QStringLiteral("SELECT author, changed_at FROM followup_history WHERE followup_id = ? AND field = ?"
                       " ORDER BY changed_at DESC, id DESC LIMIT 1"));
    h.bind(1, followUpId).bind(2, fieldName(field));
    const bool known = h.next();
    const QString who = known && !h.text(0).isEmpty() ? h.text(0) : QStringLiteral("Someone else");
    const QDateTime when = QDateTime::fromString(known ? h.text(1) : QString(), Qt::ISODateWithMs);
    const QString shown = current.isEmpty() ? QStringLiteral("nothing") : QStringLiteral("\u201c%1\u201d").arg(current);
    return QStringLiteral("%1 changed the %2 to %3%4 while you were editing it; your change to \u201c%5\u201d was "
                          "not saved. The latest is shown now: change it again if yours should stand.")
        .arg(who, fieldName(field).replace(QLatin1Char('_'), QLatin1Char(' ')), shown,
             when.isValid() ? QStringLiteral(" at %1").arg(when.toLocalTime().toString(QStringLiteral("HH:mm")))
                            : QString(),
             mine);
}

bool FollowUpStore::apply(qint64 followUpId, const FollowUpEdit &edit, const QString &author)
{
    const FollowUpField field = edit.field;
    const QString &newValue = edit.value;
    const QString column = fieldName(field);
    // On a server, the row is locked until the transaction ends, so no save slips in between
    // reading and writing (a library file's writer holds the whole file already).
    sql::Statement old =
        m_db.prepare(QStringLiteral("SELECT %1 FROM followups WHERE id = ?%2")
                         .arg(m_db.isServer() ? QStringLiteral("CAST(%1 AS TEXT)").arg(column) : column,
                              m_db.isServer() ? QStringLiteral(" FOR UPDATE") : QString()));
    old.bind(1, followUpId);
    const QString oldValue = old.next() ? old.text(0) : QString();
    if (edit.expected && *edit.expected != oldValue && oldValue != newValue) {
        throw StoreError(StoreError::Reason::Conflict, conflictMessage(followUpId, field, oldValue, newValue));
    }
    if (oldValue == newValue) {
        return false;
    }
    const QString stamp = now();
    sql::Statement up = m_db.prepare(
        QStringLiteral("UPDATE followups SET %1 = ?, updated_at = ?, updated_by = ?%2 WHERE id = ?")
            .arg(column, field == FollowUpField::DueDate ? QStringLiteral(", due_derived = FALSE") : QString()));
    if (field == FollowUpField::DueDate && newValue.isEmpty()) {
        up.bindNull(1);
    } else {
        up.bind(1, newValue);
    }
    up.bind(2, stamp).bind(3, author).bind(4, followUpId);
    up.run();
    sql::Statement h = m_db.prepare(
        QStringLiteral("INSERT INTO followup_history(followup_id, changed_at, author, field, old_value, new_value)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    h.bind(1, followUpId).bind(2, stamp).bind(3, author).bind(4, column).bind(5, oldValue).bind(6, newValue);
    h.run();
    return true;
}

bool FollowUpStore::set(qint64 recommendationId, FollowUpField field, const QString &value, const QString &author,
                        const std::optional<QString> &expected)
{
    return set(recommendationId, QList<FollowUpEdit>{{field, value, expected}}, author) > 0;
}

int FollowUpStore::set(qint64 recommendationId, const QList<FollowUpEdit> &changes, const QString &author)
{
    QList<FollowUpEdit> checked;
    for (const FollowUpEdit &c : changes) {
        // nothing is written unless all are valid
        checked.append(
            {c.field, validated(c.field, c.value),
             c.expected ? std::optional<QString>(c.expected->isEmpty() ? *c.expected : validated(c.field, *c.expected))
                        : std::nullopt});
    }
    try {
        sql::Transaction tx(m_db);
        const qint64 id = ensureRow(recommendationId);
        int changed = 0;
        for (const FollowUpEdit &c : checked) {
            changed += apply(id, c, author) ? 1 : 0;
        }
        tx.commit(); // also keeps the row when it was just created and nothing else changed
        return changed;
    } catch (const sql::Error &e) {
        throw toStoreError(e);
    }
}

} // namespace evalreview
