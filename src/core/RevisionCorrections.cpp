// Reviewers' corrections of an earlier version carried to its revision: each corrected field set on
// the record that takes its place (the revision's own value becoming the extracted one), deleted and
// verified marks too, and the records reviewers added copied over. What matches nothing is kept.
#include "CorrectionStore.h"
#include "RevisionCarryOver.h"
#include "Sqlite.h"

namespace evalreview {

namespace {

/// The donor comments of the earlier version's recommendations paired with those of the revision:
/// the same donor, in the same order under the matched recommendation.
QHash<qint64, qint64> mapComments(sql::Database &db, const QHash<qint64, qint64> &recommendations)
{
    QHash<qint64, qint64> out;
    sql::Statement st = db.prepare(QStringLiteral(
        "SELECT id, donor FROM donor_comments WHERE recommendation_id = ? AND origin = 'extracted' ORDER BY ordinal"));
    auto comments = [&](qint64 rec) {
        QList<std::pair<qint64, QString>> list;
        st.reset();
        st.bind(1, rec);
        while (st.next()) {
            list.append({st.integer(0), st.text(1)});
        }
        return list;
    };
    for (auto it = recommendations.begin(); it != recommendations.end(); ++it) {
        QList<std::pair<qint64, QString>> fresh = comments(it.value());
        for (const auto &[oldId, donor] : comments(it.key())) {
            const auto match =
                std::find_if(fresh.begin(), fresh.end(), [&](const auto &c) { return c.second == donor; });
            if (match != fresh.end()) {
                out.insert(oldId, match->first);
                fresh.erase(match);
            }
        }
    }
    return out;
}

} // namespace

void RevisionCarryOver::takeOverCorrections(qint64 earlierDocumentId)
{
    const QHash<RecordType, QHash<qint64, qint64>> maps{
        {RecordType::Recommendation, m_map.value(QStringLiteral("recommendation"))},
        {RecordType::Action, m_map.value(QStringLiteral("action"))},
        {RecordType::DonorComment, mapComments(m_db, m_map.value(QStringLiteral("recommendation")))}};
    struct Row
    {
        qint64 id;
        RecordRef record;
        QString field;
        QString value;
        QString code;
    };
    QList<Row> rows;
    sql::Statement st =
        m_db.prepare(QStringLiteral("SELECT id, target_type, target_id, field, value, code "
                                    "FROM corrections WHERE document_id = ? AND target_id IS NOT NULL"));
    st.bind(1, earlierDocumentId);
    while (st.next()) {
        rows.append({st.integer(0),
                     {record_type::fromName(st.text(1)).value_or(RecordType::Recommendation), st.integer(2)},
                     st.text(3),
                     st.text(4),
                     st.text(5)});
    }
    sql::Statement move = m_db.prepare(QStringLiteral(
        "UPDATE corrections SET target_id = ?, document_id = ?, document_title = ?, extracted_value = ? WHERE id = ?"));
    sql::Statement drop = m_db.prepare(QStringLiteral("DELETE FROM corrections WHERE id = ?"));
    sql::Statement history = m_db.prepare(QStringLiteral(
        "UPDATE correction_history SET target_id = ?, document_id = ? WHERE target_type = ? AND target_id = ?"));
    const QString table[] = {QStringLiteral("recommendations"), QStringLiteral("actions"),
                             QStringLiteral("donor_comments")};
    for (const Row &r : rows) {
        const qint64 newId = maps.value(r.record.type).value(r.record.id);
        if (newId == 0) {
            m_keptCorrections.append({r.code, r.field, r.value});
            continue; // kept with its title and code; the trigger forgets the old record with it
        }
        const RecordRef target{r.record.type, newId};
        QString extracted;
        if (r.field == QLatin1String("deleted") || r.field == QLatin1String("verified")) {
            extracted = QStringLiteral("0");
            sql::Statement flag = m_db.prepare(
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table[int(r.record.type)], r.field));
            flag.bind(1, r.value.toInt()).bind(2, newId);
            flag.run();
        } else {
            extracted = CorrectionStore(m_db).value(target, r.field); // the revision's own value
            CorrectionStore::writeField(m_db, target, r.field, r.value);
        }
        if (extracted == r.value) {
            drop.reset();
            drop.bind(1, r.id);
            drop.run(); // the revision now says what the reviewer wrote
        } else {
            move.reset();
            move.bind(1, newId).bind(2, m_documentId).bind(3, m_title).bind(4, extracted).bind(5, r.id);
            move.run();
        }
        history.reset();
        history.bind(1, newId).bind(2, m_documentId).bind(3, record_type::name(r.record.type)).bind(4, r.record.id);
        history.run();
    }
    copyAddedRecords(earlierDocumentId);
}

void RevisionCarryOver::copyAddedRecords(qint64 earlierDocumentId)
{
    const QHash<qint64, qint64> recs = m_map.value(QStringLiteral("recommendation"));
    // Recommendations a reviewer drew that the revision does not print itself come along whole.
    sql::Statement added = m_db.prepare(QStringLiteral(
        "SELECT id, code, text, page_no, section, title, priority, timing, verified, deleted FROM recommendations"
        " WHERE document_id = ? AND origin = 'reviewer' ORDER BY ordinal"));
    added.bind(1, earlierDocumentId);
    QHash<qint64, qint64> copied; // earlier id -> copy
    CorrectionStore store(m_db);
    while (added.next()) {
        if (recs.contains(added.integer(0))) {
            continue; // matched a recommendation the revision prints: that one carries its data
        }
        NewRecord r;
        r.documentId = m_documentId;
        r.code = added.text(1);
        r.text = added.text(2);
        const qint64 id = store.addWithin(r, QString());
        sql::Statement rest = m_db.prepare(
            QStringLiteral("UPDATE recommendations SET page_no = ?, section = ?, title = ?, priority = ?, timing = ?,"
                           " verified = ?, deleted = ? WHERE id = ?"));
        rest.bind(1, added.value(3)).bind(2, added.value(4)).bind(3, added.value(5)).bind(4, added.value(6));
        rest.bind(5, added.value(7)).bind(6, added.integer(8)).bind(7, added.integer(9)).bind(8, id);
        rest.run();
        copied.insert(added.integer(0), id);
    }
    // Actions and comments a reviewer drew go to their recommendation's counterpart.
    QHash<qint64, qint64> parents = recs;
    parents.insert(copied);
    for (const auto &[type, table] : {std::pair{RecordType::Action, QStringLiteral("actions")},
                                      std::pair{RecordType::DonorComment, QStringLiteral("donor_comments")}}) {
        sql::Statement children = m_db.prepare(
            QStringLiteral("SELECT x.recommendation_id, x.text, %1 FROM %2 x JOIN recommendations r"
                           " ON r.id = x.recommendation_id WHERE r.document_id = ? AND x.origin = 'reviewer'"
                           " AND NOT x.deleted ORDER BY x.ordinal")
                .arg(type == RecordType::Action ? QStringLiteral("coalesce(x.code, '')") : QStringLiteral("x.donor"),
                     table));
        children.bind(1, earlierDocumentId);
        while (children.next()) {
            const qint64 parent = parents.value(children.integer(0));
            if (parent == 0) {
                continue;
            }
            NewRecord r;
            r.type = type;
            r.parentId = parent;
            r.text = children.text(1);
            (type == RecordType::Action ? r.code : r.donor) = children.text(2);
            store.addWithin(r, QString());
        }
    }
    // Their drawn regions come along too.
    for (auto it = copied.begin(); it != copied.end(); ++it) {
        sql::Statement anchors = m_db.prepare(
            QStringLiteral("INSERT INTO anchors(document_id, owner_type, owner_id, field, page_no, x0, y0, x1, y1, ref)"
                           " SELECT ?, owner_type, ?, field, page_no, x0, y0, x1, y1, ref FROM anchors"
                           " WHERE owner_type = 'recommendation' AND owner_id = ?"));
        anchors.bind(1, m_documentId).bind(2, it.value()).bind(3, it.key());
        anchors.run();
    }
}

} // namespace evalreview
