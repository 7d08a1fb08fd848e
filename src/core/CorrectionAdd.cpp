// Records a reviewer adds: drawn on a page, kept with origin 'reviewer' beside the extracted ones.
#include "CorrectionStore.h"
#include "SqliteLibraryStore.h"

#include <QRegularExpression>
#include <QSet>

namespace evalreview {

namespace {

/// Takes a recommendation's words out of the list's text index before its children change, and
/// puts them back after (the index rows are written whole). A team library has no such index: its
/// text search reads the stored records as they are.
class WordsRewrite
{
public:
    WordsRewrite(sql::Database &db, qint64 recommendationId, bool indexed = true)
        : m_db(db), m_id(recommendationId), m_skip(db.isServer())
    {
        if (!indexed || m_skip) {
            return; // a row the index never had must not be "deleted" from it (contentless FTS5)
        }
        sql::Statement out =
            m_db.prepare(QStringLiteral("INSERT INTO recommendation_words(recommendation_words, rowid, body)"
                                        " SELECT 'delete', id, body FROM recommendation_words_text WHERE id = ?"));
        out.bind(1, m_id);
        out.run();
    }
    void finish()
    {
        if (m_skip) {
            return;
        }
        sql::Statement in = m_db.prepare(QStringLiteral("INSERT INTO recommendation_words(rowid, body) SELECT id, body "
                                                        "FROM recommendation_words_text WHERE id = ?"));
        in.bind(1, m_id);
        in.run();
    }

private:
    sql::Database &m_db;
    qint64 m_id;
    bool m_skip;
};

/// Runs an INSERT … RETURNING id and gives the new row's id (both backends; the server has no
/// last row id of its own to ask for).
qint64 insertedId(sql::Statement &insert)
{
    const qint64 id = insert.next() ? insert.integer(0) : 0;
    insert.run(); // the statement ends
    return id;
}

/// The code after the document's last one, in its form: "G4" after "G1" … "G3", "7" after "6".
QString nextCode(sql::Database &db, qint64 documentId)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    sql::Statement st =
        db.prepare(QStringLiteral("SELECT code FROM recommendations WHERE document_id = ? ORDER BY ordinal"));
    st.bind(1, documentId);
    QSet<QString> used;
    QString prefix;
    while (st.next()) {
        used.insert(st.text(0));
        if (const auto m = numbered.match(st.text(0)); m.hasMatch()) {
            prefix = m.captured(1);
        }
    }
    int highest = 0;
    for (const QString &code : std::as_const(used)) {
        if (const auto m = numbered.match(code); m.hasMatch() && m.captured(1) == prefix) {
            highest = std::max(highest, m.captured(2).toInt());
        }
    }
    int n = highest + 1;
    while (used.contains(prefix + QString::number(n))) {
        ++n;
    }
    return prefix + QString::number(n);
}

qint64 nextOrdinal(sql::Database &db, const QString &table, const QString &key, qint64 owner)
{
    sql::Statement st =
        db.prepare(QStringLiteral("SELECT coalesce(max(ordinal), -1) + 1 FROM %1 WHERE %2 = ?").arg(table, key));
    st.bind(1, owner);
    return st.next() ? st.integer(0) : 0;
}

} // namespace

qint64 CorrectionStore::add(const NewRecord &r, const QString &author)
{
    try {
        sql::Transaction tx(m_db);
        const qint64 id = addWithin(r, author);
        tx.commit();
        return id;
    } catch (const sql::Error &e) {
        throw toStoreError(e);
    }
}

qint64 CorrectionStore::addWithin(const NewRecord &r, const QString &author)
{
    const QString text = r.text.simplified();
    if (text.isEmpty()) {
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("The new record has no text: draw around words on the page, or type it."));
    }
    if (r.type == RecordType::DonorComment && r.donor.trimmed().isEmpty()) {
        throw StoreError(StoreError::Reason::Generic, QStringLiteral("A donor comment needs the donor's name."));
    }
    {
        qint64 documentId = r.documentId;
        qint64 id = 0;
        if (r.type == RecordType::Recommendation) {
            sql::Statement doc = m_db.prepare(QStringLiteral("SELECT 1 FROM documents WHERE id = ?"));
            doc.bind(1, documentId);
            if (!doc.next()) {
                throw StoreError(StoreError::Reason::NotFound, QStringLiteral("This document is not in the library."));
            }
            const QString code = r.code.trimmed().isEmpty() ? nextCode(m_db, documentId) : r.code.trimmed();
            sql::Statement ins = m_db.prepare(
                QStringLiteral("INSERT INTO recommendations(document_id, ordinal, code, text, page_no, origin)"
                               " VALUES (?, ?, ?, ?, ?, 'reviewer') RETURNING id"));
            ins.bind(1, documentId)
                .bind(2,
                      nextOrdinal(m_db, QStringLiteral("recommendations"), QStringLiteral("document_id"), documentId))
                .bind(3, code)
                .bind(4, text)
                .bind(5, r.region ? QVariant(r.region->page) : QVariant());
            id = insertedId(ins);
            WordsRewrite(m_db, id, false).finish();
        } else {
            sql::Statement parent =
                m_db.prepare(QStringLiteral("SELECT document_id FROM recommendations WHERE id = ?"));
            parent.bind(1, r.parentId);
            if (!parent.next()) {
                throw StoreError(StoreError::Reason::NotFound,
                                 QStringLiteral("The recommendation this record belongs to is not in the library."));
            }
            documentId = parent.integer(0);
            WordsRewrite words(m_db, r.parentId);
            if (r.type == RecordType::Action) {
                sql::Statement ins =
                    m_db.prepare(QStringLiteral("INSERT INTO actions(recommendation_id, ordinal, code, text, origin) "
                                                "VALUES (?, ?, ?, ?, 'reviewer') RETURNING id"));
                ins.bind(1, r.parentId)
                    .bind(2,
                          nextOrdinal(m_db, QStringLiteral("actions"), QStringLiteral("recommendation_id"), r.parentId))
                    .bind(3, r.code.trimmed().isEmpty() ? QVariant() : QVariant(r.code.trimmed()))
                    .bind(4, text);
                id = insertedId(ins);
            } else {
                sql::Statement ins = m_db.prepare(
                    QStringLiteral("INSERT INTO donor_comments(recommendation_id, ordinal, donor, text, origin)"
                                   " VALUES (?, ?, ?, ?, 'reviewer') RETURNING id"));
                ins.bind(1, r.parentId)
                    .bind(2, nextOrdinal(m_db, QStringLiteral("donor_comments"), QStringLiteral("recommendation_id"),
                                         r.parentId))
                    .bind(3, r.donor.trimmed())
                    .bind(4, text);
                id = insertedId(ins);
            }
            words.finish();
        }
        if (r.region) {
            sql::Statement a = m_db.prepare(
                QStringLiteral("INSERT INTO anchors(document_id, owner_type, owner_id, field, page_no, x0, y0, x1, y1)"
                               " VALUES (?, ?, ?, 'text', ?, ?, ?, ?, ?)"));
            a.bind(1, documentId)
                .bind(2, record_type::name(r.type))
                .bind(3, id)
                .bind(4, r.region->page)
                .bind(5, r.region->x0)
                .bind(6, r.region->y0)
                .bind(7, r.region->x1)
                .bind(8, r.region->y1);
            a.run();
        }
        logChange({r.type, id}, QStringLiteral("added"), QString(), text, author,
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return id;
    }
}

} // namespace evalreview
