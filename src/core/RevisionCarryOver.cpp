// Reviewer data across versions of a document: see RevisionCarryOver.h.
#include "RevisionCarryOver.h"

#include "FollowUpStore.h"
#include "LibraryStore.h"
#include "Model.h"
#include "RevisionMatcher.h"
#include "Sqlite.h"

#include <QDateTime>
#include <QSet>
#include <QVariant>

namespace evalreview {

namespace {

const QString kRecommendation = QStringLiteral("recommendation");
const QString kAction = QStringLiteral("action");
const QString kRecord = QStringLiteral("record");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QList<RevisionItem> items(sql::Database &db, const QString &sql, std::initializer_list<QVariant> binds)
{
    sql::Statement st = db.prepare(sql);
    int n = 0;
    for (const QVariant &v : binds) {
        st.bind(++n, v);
    }
    QList<RevisionItem> out;
    while (st.next()) {
        out.append({st.integer(0), st.text(1), st.text(2)});
    }
    return out;
}

// Matched on what the extraction gave: a reviewer's correction of the earlier version is no reason
// for it to differ from the revision.
const QString kRecommendationItems = QStringLiteral(
    "SELECT id, coalesce((SELECT extracted_value FROM corrections c WHERE c.target_type = 'recommendation'"
    " AND c.target_id = r.id AND c.field = 'code'), code), coalesce((SELECT extracted_value FROM corrections c"
    " WHERE c.target_type = 'recommendation' AND c.target_id = r.id AND c.field = 'text'),"
    " CASE WHEN text <> '' THEN text ELSE coalesce(title, '') END) FROM recommendations r"
    " WHERE document_id = ? ORDER BY ordinal");
const QString kActionItems =
    QStringLiteral("SELECT id, coalesce(code, ''), text FROM actions WHERE recommendation_id = ? ORDER BY ordinal");
const QString kRecordItems = QStringLiteral("SELECT id, coalesce(code, ''), coalesce(title, '') || ' ' || text"
                                            " FROM records WHERE document_id = ? AND type = ? ORDER BY ordinal");

/// "Document title — code" of one end of a link.
QString endLabel(sql::Database &db, const QString &type, qint64 id)
{
    QString sql;
    if (type == kRecommendation) {
        sql = QStringLiteral("SELECT d.title, r.code FROM recommendations r JOIN documents d ON d.id = r.document_id"
                             " WHERE r.id = ?");
    } else if (type == kAction) {
        sql = QStringLiteral("SELECT d.title, r.code || ' / action ' || coalesce(nullif(a.code, ''), a.ordinal)"
                             " FROM actions a JOIN recommendations r ON r.id = a.recommendation_id"
                             " JOIN documents d ON d.id = r.document_id WHERE a.id = ?");
    } else {
        sql = QStringLiteral("SELECT d.title, coalesce(nullif(x.code, ''), x.title, '#' || x.id) FROM records x"
                             " JOIN documents d ON d.id = x.document_id WHERE x.id = ?");
    }
    sql::Statement st = db.prepare(sql);
    st.bind(1, id);
    return st.next() ? QStringLiteral("%1 — %2").arg(st.text(0), st.text(1)) : QString();
}

} // namespace

QString KeptCorrection::summary() const
{
    constexpr int kExcerpt = 80;
    const QString shown = value.size() > kExcerpt ? value.left(kExcerpt - 1) + QChar(0x2026) : value;
    return QStringLiteral("%1 %2: “%3”").arg(code.isEmpty() ? QStringLiteral("(no code)") : code, field, shown);
}

QString KeptReviewerData::summary() const
{
    QStringList parts{followup_status::label(status)};
    if (!owner.isEmpty()) {
        parts << QStringLiteral("owner: %1").arg(owner);
    }
    if (!dueDate.isEmpty()) {
        parts << QStringLiteral("due %1").arg(dueDate);
    }
    if (!note.isEmpty()) {
        parts << QStringLiteral("note: “%1”").arg(note.size() > 80 ? note.left(79) + QChar(0x2026) : note);
    }
    if (changes > 0) {
        parts << QStringLiteral("%1 change(s) in its history").arg(changes);
    }
    for (const QString &link : links) {
        parts << link;
    }
    const QString text = excerpt.size() > 70 ? excerpt.left(69) + QChar(0x2026) : excerpt;
    return QStringLiteral("%1 (%2): %3")
        .arg(code.isEmpty() ? QStringLiteral("(no code)") : code, parts.join(QStringLiteral("; ")), text);
}

RevisionCarryOver::RevisionCarryOver(sql::Database &db, qint64 documentId, QString title)
    : m_db(db), m_documentId(documentId), m_title(std::move(title))
{
    if (m_title.isNull()) {
        m_title = QStringLiteral("");
    }
}

void RevisionCarryOver::mapRecords(qint64 earlierDocumentId)
{
    QHash<qint64, qint64> &recs = m_map[kRecommendation];
    QHash<qint64, qint64> &actions = m_map[kAction];
    QHash<qint64, qint64> &records = m_map[kRecord];
    const RevisionMatch match = matchRevision(items(m_db, kRecommendationItems, {earlierDocumentId}),
                                              items(m_db, kRecommendationItems, {m_documentId}));
    for (const RevisionPair &p : match.pairs) {
        recs.insert(p.oldId, p.newId);
        // Actions are matched within their recommendation: their numbers repeat from one to the next.
        for (const RevisionPair &a :
             matchRevision(items(m_db, kActionItems, {p.oldId}), items(m_db, kActionItems, {p.newId})).pairs) {
            actions.insert(a.oldId, a.newId);
        }
    }
    m_matched = int(match.pairs.size());
    sql::Statement types = m_db.prepare(QStringLiteral("SELECT DISTINCT type FROM records WHERE document_id = ?"));
    types.bind(1, earlierDocumentId);
    while (types.next()) {
        const QString type = types.text(0);
        for (const RevisionPair &p : matchRevision(items(m_db, kRecordItems, {earlierDocumentId, type}),
                                                   items(m_db, kRecordItems, {m_documentId, type}))
                                         .pairs) {
            records.insert(p.oldId, p.newId);
        }
    }
}

void RevisionCarryOver::takeOver(qint64 earlierDocumentId)
{
    mapRecords(earlierDocumentId);
    // Every follow-up of the earlier version is addressed to the new title and remembers the text
    // it was about; those whose record has a match move to it.
    sql::Statement retitle = m_db.prepare(QStringLiteral(
        "UPDATE followups SET document_title = ?1, text_excerpt = (SELECT substr(CASE WHEN r.text <> '' THEN r.text"
        " ELSE coalesce(r.title, '') END, 1, 200) FROM recommendations r WHERE r.id = followups.recommendation_id)"
        " WHERE recommendation_id IN (SELECT id FROM recommendations WHERE document_id = ?2)"));
    retitle.bind(1, m_title).bind(2, earlierDocumentId);
    retitle.run();
    sql::Statement move = m_db.prepare(QStringLiteral(
        "UPDATE followups SET recommendation_id = ?1, code = (SELECT code FROM recommendations WHERE id = ?1),"
        " text_excerpt = (SELECT substr(text, 1, 200) FROM recommendations WHERE id = ?1)"
        " WHERE recommendation_id = ?2"));
    const QHash<qint64, qint64> &recs = m_map[kRecommendation];
    for (auto it = recs.begin(); it != recs.end(); ++it) {
        move.reset();
        move.bind(1, it.value()).bind(2, it.key());
        move.run();
    }
    saveLinks(earlierDocumentId);
    takeOverCorrections(earlierDocumentId);
    takeOverLearning();
}

void RevisionCarryOver::report(ImportOutcome &outcome)
{
    restoreLinks();
    outcome.keptReviewerData = kept();
    outcome.keptCorrections = keptCorrections();
    outcome.unmatchedFollowUps = int(outcome.keptReviewerData.size());
}

void RevisionCarryOver::takeOverLearning()
{
    sql::Statement tags = m_db.prepare(QStringLiteral(
        "UPDATE theme_tags SET target_id = ?1, document_id = ?2 WHERE target_type = ?3 AND target_id = ?4"
        " AND status <> 'suggested'"));
    for (const QString &type : {kRecommendation, kAction, kRecord}) {
        const QHash<qint64, qint64> &pairs = m_map[type];
        for (auto it = pairs.begin(); it != pairs.end(); ++it) {
            tags.reset();
            tags.bind(1, it.value()).bind(2, m_documentId).bind(3, type).bind(4, it.key());
            tags.run();
        }
    }
    const QHash<qint64, qint64> &recs = m_map[kRecommendation];
    for (const char *column : {"recommendation_id", "other_id"}) {
        sql::Statement splits = m_db.prepare(
            QStringLiteral("UPDATE recurring_splits SET %1 = ?1 WHERE %1 = ?2").arg(QLatin1String(column)));
        for (auto it = recs.begin(); it != recs.end(); ++it) {
            splits.reset();
            splits.bind(1, it.value()).bind(2, it.key());
            splits.run();
        }
    }
}

void RevisionCarryOver::saveLinks(qint64 earlierDocumentId)
{
    const QString owner = QStringLiteral(
        "(CASE l.%1_type WHEN 'recommendation' THEN (SELECT document_id FROM recommendations WHERE id = l.%1_id)"
        " WHEN 'action' THEN (SELECT r.document_id FROM actions a JOIN recommendations r ON r.id = a.recommendation_id"
        " WHERE a.id = l.%1_id) ELSE (SELECT document_id FROM records WHERE id = l.%1_id) END) = ?1");
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT from_type, from_id, to_type, to_id, relation, score, state, created_at, created_by"
                       " FROM links l WHERE state IN ('confirmed', 'rejected') AND (%1 OR %2) ORDER BY id")
            .arg(owner.arg(QStringLiteral("from")), owner.arg(QStringLiteral("to"))));
    st.bind(1, earlierDocumentId);
    QList<SavedLink> found;
    while (st.next()) {
        found.append({st.text(0), st.integer(1), st.text(2), st.integer(3), st.text(4), st.real(5), st.text(6),
                      st.text(7), st.text(8)});
    }
    auto ownedByEarlier = [this, earlierDocumentId](const QString &type, qint64 id) {
        const QString sql =
            type == kRecommendation ? QStringLiteral("SELECT document_id FROM recommendations WHERE id = ?")
            : type == kAction       ? QStringLiteral("SELECT r.document_id FROM actions a JOIN recommendations r"
                                                           " ON r.id = a.recommendation_id WHERE a.id = ?")
                                    : QStringLiteral("SELECT document_id FROM records WHERE id = ?");
        sql::Statement q = m_db.prepare(sql);
        q.bind(1, id);
        return q.next() && q.integer(0) == earlierDocumentId;
    };
    for (SavedLink link : std::as_const(found)) {
        bool lost = false;
        for (auto [type, id] : {std::pair<QString, qint64 *>{link.fromType, &link.fromId},
                                std::pair<QString, qint64 *>{link.toType, &link.toId}}) {
            if (lost || !ownedByEarlier(type, *id)) {
                continue;
            }
            const auto mapped = m_map[type].constFind(*id);
            if (mapped == m_map[type].constEnd()) {
                keepLostLink(link, type, *id);
                lost = true;
            } else {
                *id = mapped.value();
            }
        }
        if (!lost) {
            m_links.append(link);
        }
    }
}

qint64 RevisionCarryOver::followUpRowFor(const QString &type, qint64 id)
{
    qint64 recommendationId = 0;
    if (type == kRecommendation) {
        recommendationId = id;
    } else if (type == kAction) {
        sql::Statement parent = m_db.prepare(QStringLiteral("SELECT recommendation_id FROM actions WHERE id = ?"));
        parent.bind(1, id);
        recommendationId = parent.next() ? parent.integer(0) : 0;
    }
    if (recommendationId > 0) {
        return FollowUpStore(m_db).ensureRow(recommendationId);
    }
    // A record of another kind (e.g. a progress item) has no follow-up: a row without record keeps it.
    sql::Statement ins = m_db.prepare(
        QStringLiteral("INSERT INTO followups(recommendation_id, document_title, code, text_excerpt, updated_at)"
                       " SELECT NULL, ?1, coalesce(code, ''), substr(trim(coalesce(title, '') || ' ' || text), 1,"
                       " 200), ?2 FROM records WHERE id = ?3"));
    ins.bind(1, m_title).bind(2, now()).bind(3, id);
    ins.run();
    return m_db.lastInsertRowId();
}

void RevisionCarryOver::keepLostLink(const SavedLink &link, const QString &lostType, qint64 lostId)
{
    const QString sentence =
        QStringLiteral("%1 link: %2 %3 %4")
            .arg(link.state == QLatin1String("rejected") ? QStringLiteral("removed") : QStringLiteral("confirmed"),
                 endLabel(m_db, link.fromType, link.fromId),
                 QString(link.relation).replace(QLatin1Char('_'), QLatin1Char(' ')),
                 endLabel(m_db, link.toType, link.toId));
    sql::Statement st = m_db.prepare(
        QStringLiteral("INSERT INTO followup_history(followup_id, changed_at, author, field, old_value, new_value)"
                       " VALUES (?, ?, ?, 'link', ?, NULL)"));
    st.bind(1, followUpRowFor(lostType, lostId))
        .bind(2, now())
        .bind(3, link.createdBy.isNull() ? QStringLiteral("") : link.createdBy)
        .bind(4, sentence);
    st.run();
}

int RevisionCarryOver::relinkOrphans()
{
    const QList<RevisionItem> orphans =
        items(m_db,
              QStringLiteral("SELECT id, code, text_excerpt FROM followups WHERE recommendation_id IS NULL"
                             " AND document_title = ? ORDER BY id"),
              {m_title});
    if (orphans.isEmpty()) {
        return 0;
    }
    const QList<RevisionItem> free =
        items(m_db,
              QStringLiteral("SELECT r.id, r.code, substr(CASE WHEN r.text <> '' THEN r.text ELSE coalesce(r.title, '')"
                             " END, 1, 200) FROM recommendations r WHERE r.document_id = ? AND NOT EXISTS"
                             " (SELECT 1 FROM followups f WHERE f.recommendation_id = r.id) ORDER BY r.ordinal"),
              {m_documentId});
    sql::Statement link = m_db.prepare(QStringLiteral(
        "UPDATE followups SET recommendation_id = ?1, code = (SELECT code FROM recommendations WHERE id = ?1)"
        " WHERE id = ?2"));
    const RevisionMatch match = matchRevision(orphans, free);
    for (const RevisionPair &p : match.pairs) {
        link.reset();
        link.bind(1, p.newId).bind(2, p.oldId);
        link.run();
    }
    return int(match.pairs.size());
}

void RevisionCarryOver::restoreLinks()
{
    sql::Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO links(from_type, from_id, to_type, to_id, relation, score, state, created_at, created_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(from_type, from_id, to_type, to_id) DO UPDATE SET"
        " relation = excluded.relation, state = excluded.state, created_by = excluded.created_by"));
    for (const SavedLink &l : std::as_const(m_links)) {
        st.reset();
        st.bind(1, l.fromType).bind(2, l.fromId).bind(3, l.toType).bind(4, l.toId).bind(5, l.relation);
        st.bind(6, l.score).bind(7, l.state).bind(8, l.createdAt);
        st.bind(9, l.createdBy.isNull() ? QStringLiteral("") : l.createdBy);
        st.run();
    }
}

QList<KeptReviewerData> RevisionCarryOver::kept()
{
    sql::Statement purge = m_db.prepare(QStringLiteral(
        "DELETE FROM followups WHERE recommendation_id IS NULL AND document_title = ? AND status = 'not_started'"
        " AND owner = '' AND note = '' AND (due_date IS NULL OR due_derived)"
        " AND NOT EXISTS (SELECT 1 FROM followup_history h WHERE h.followup_id = followups.id)"
        " AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.followup_id = followups.id)"
        " AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.followup_id = followups.id)"));
    purge.bind(1, m_title);
    purge.run();
    sql::Statement st = m_db.prepare(QStringLiteral(
        "SELECT f.id, f.code, f.text_excerpt, f.status, f.owner, f.due_date, f.note,"
        " (SELECT count(*) FROM followup_history h WHERE h.followup_id = f.id AND h.field <> 'link')"
        " FROM followups f WHERE f.recommendation_id IS NULL AND f.document_title = ? ORDER BY f.code, f.id"));
    st.bind(1, m_title);
    sql::Statement links = m_db.prepare(
        QStringLiteral("SELECT old_value FROM followup_history WHERE followup_id = ? AND field = 'link' ORDER BY id"));
    QList<KeptReviewerData> out;
    while (st.next()) {
        KeptReviewerData k;
        k.followUpId = st.integer(0);
        k.code = st.text(1);
        k.excerpt = st.text(2);
        k.status = st.text(3);
        k.owner = st.text(4);
        k.dueDate = st.text(5);
        k.note = st.text(6);
        k.changes = int(st.integer(7));
        links.reset();
        links.bind(1, k.followUpId);
        while (links.next()) {
            k.links << links.text(0);
        }
        out.append(k);
    }
    return out;
}

} // namespace evalreview
