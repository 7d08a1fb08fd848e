#include "DerivedDueDates.h"

#include "DueDate.h"
#include "Model.h"
#include "Sqlite.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace evalreview {

QDate documentReferenceDate(const QString &metadataJson, const QString &importedAt)
{
    const QJsonObject metadata = QJsonDocument::fromJson(metadataJson.toUtf8()).object();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (!it.key().contains(QLatin1String("date")) || !it.value().isString()) {
            continue;
        }
        const QDate date = QDate::fromString(it.value().toString().left(10), Qt::ISODate);
        if (date.isValid()) {
            return date;
        }
    }
    return QDateTime::fromString(importedAt, Qt::ISODate).date();
}

namespace {

struct FoundDueDate
{
    qint64 recommendationId;
    qint64 followUpId;
    QDate due;
    QString importedAt;
};

/// The derivable due dates of the next chunk of candidates after `afterId`, in id order; moves
/// `afterId` to the last recommendation looked at (0 when there are none left).
QList<FoundDueDate> nextChunk(sql::Database &db, qint64 documentId, qint64 &afterId, QHash<QString, QDate> &references)
{
    // Candidates: no follow-up row yet, or one without a due date that the reviewer never edited.
    // The actions' time frames joined by a unit separator (each backend has its own aggregate).
    const QString frames = db.isServer() ? QStringLiteral("string_agg(coalesce(a.time_frame, ''), chr(31))")
                                         : QStringLiteral("group_concat(coalesce(a.time_frame, ''), char(31))");
    sql::Statement candidates = db.prepare(
        QStringLiteral("SELECT r.id, coalesce(r.timing, ''), d.metadata, d.imported_at,"
                       " (SELECT %1 FROM actions a WHERE a.recommendation_id = r.id), f.id"
                       " FROM recommendations r JOIN documents d ON d.id = r.document_id"
                       " LEFT JOIN followups f ON f.recommendation_id = r.id"
                       " WHERE r.id > ?2 AND (CAST(?1 AS BIGINT) = 0 OR r.document_id = ?1) AND (f.id IS NULL OR"
                       " (f.due_date IS NULL AND NOT EXISTS (SELECT 1 FROM followup_history h"
                       " WHERE h.followup_id = f.id AND h.field = 'due_date'))) ORDER BY r.id LIMIT ?3")
            .arg(frames));
    candidates.bind(1, documentId).bind(2, afterId).bind(3, kDueDateChunk);
    QList<FoundDueDate> found;
    qint64 last = 0;
    while (candidates.next()) {
        last = candidates.integer(0);
        const QString metadata = candidates.text(2);
        const QString importedAt = candidates.text(3);
        const QString key = metadata + importedAt;
        if (!references.contains(key)) {
            references.insert(key, documentReferenceDate(metadata, importedAt));
        }
        const QDate reference = references.value(key);
        std::optional<QDate> due = deriveDueDate(candidates.text(1), reference);
        if (!due) { // the latest time frame of its actions
            for (const QString &frame : candidates.text(4).split(QChar(31), Qt::SkipEmptyParts)) {
                const auto d = deriveDueDate(frame, reference);
                if (d && (!due || *d > *due)) {
                    due = d;
                }
            }
        }
        if (due) {
            found.append({last, candidates.integer(5), *due, importedAt});
        }
    }
    afterId = last;
    return found;
}

int store(sql::Database &db, const QList<FoundDueDate> &found)
{
    if (found.isEmpty()) {
        return 0;
    }
    sql::Transaction tx(db);
    sql::Statement insert = db.prepare(
        QStringLiteral("INSERT INTO followups(recommendation_id, document_title, code, text_excerpt, due_date,"
                       " due_derived, updated_at) SELECT r.id, d.title, r.code, substr(r.text, 1, 200), ?2, TRUE, ?3"
                       " FROM recommendations r JOIN documents d ON d.id = r.document_id WHERE r.id = ?1"
                       " ON CONFLICT(recommendation_id) DO NOTHING")); // a row someone added meanwhile stays
    sql::Statement update = db.prepare(
        QStringLiteral("UPDATE followups SET due_date = ?2, due_derived = TRUE WHERE id = ?1 AND due_date IS NULL"));
    int stored = 0;
    for (const FoundDueDate &f : found) {
        sql::Statement &st = f.followUpId > 0 ? update : insert;
        st.reset();
        st.bind(1, f.followUpId > 0 ? f.followUpId : f.recommendationId).bind(2, f.due.toString(Qt::ISODate));
        if (f.followUpId == 0) {
            st.bind(3, f.importedAt);
        }
        st.run();
        stored += db.changes();
    }
    tx.commit();
    return stored;
}

} // namespace

int storeDerivedDueDates(sql::Database &db, qint64 documentId, const std::atomic<bool> *cancel)
{
    QHash<QString, QDate> references;
    qint64 afterId = 0;
    int stored = 0;
    do {
        if (cancel && cancel->load()) {
            break;
        }
        stored += store(db, nextChunk(db, documentId, afterId, references));
    } while (afterId > 0);
    return stored;
}

FollowUpFlags followUpFlags(sql::Database &db, qint64 recommendationId, const QDate &today, int staleMonths)
{
    sql::Statement st = db.prepare(
        QStringLiteral("SELECT f.due_date, coalesce(f.due_derived, FALSE), coalesce(f.status, 'not_started'),"
                       " coalesce((SELECT max(h.changed_at) FROM followup_history h WHERE h.followup_id = f.id),"
                       " d.imported_at) FROM recommendations r JOIN documents d ON d.id = r.document_id"
                       " LEFT JOIN followups f ON f.recommendation_id = r.id WHERE r.id = ?"));
    st.bind(1, recommendationId);
    FollowUpFlags flags;
    if (!st.next()) {
        return flags;
    }
    flags.dueDate = QDate::fromString(st.text(0), Qt::ISODate);
    flags.dueDerived = st.integer(1) != 0;
    const QString status = st.text(2);
    const bool open = !followup_status::isClosed(status);
    flags.lastUpdate = QDateTime::fromString(st.text(3), Qt::ISODate);
    flags.overdue = open && flags.dueDate.isValid() && flags.dueDate < today;
    flags.stale = open && flags.lastUpdate.isValid() && flags.lastUpdate.date() < today.addMonths(-staleMonths);
    return flags;
}

} // namespace evalreview
