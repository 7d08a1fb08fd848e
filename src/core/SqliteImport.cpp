// Writing one extracted document into the library, in one transaction.
#include "ImportFields.h"
#include "LinkStore.h"
#include "RevisionCarryOver.h"
#include "SqliteLibraryStore.h"
#include "TextMatchSet.h"
#include "ThemeStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <spdlog/spdlog.h>

namespace evalreview {

using import_fields::compactJson;
using import_fields::firstPage;
using import_fields::jsonString;
using import_fields::recordText;

namespace {

class RecordWriter
{
public:
    RecordWriter(sql::Database &db, qint64 documentId) : m_db(db), m_documentId(documentId) {}

    void writeRecommendation(const QJsonObject &r, int ordinal);
    void writeRecord(const QString &type, const QJsonValue &v, int ordinal);
    void writeCrossReference(const QJsonObject &x);

private:
    void writeAnchors(const char *ownerType, qint64 ownerId, const QString &field, const QJsonArray &source);

    sql::Database &m_db;
    qint64 m_documentId;
};

void RecordWriter::writeAnchors(const char *ownerType, qint64 ownerId, const QString &field, const QJsonArray &source)
{
    sql::Statement st = m_db.prepare(
        QStringLiteral("INSERT INTO anchors(document_id, owner_type, owner_id, field, page_no, x0, y0, x1, y1, ref)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QJsonValue &s : source) {
        const QJsonObject o = s.toObject();
        const QJsonArray box = o.value(QLatin1String("bbox")).toArray();
        if (box.size() != 4 || o.value(QLatin1String("page")).toInt() < 1) {
            continue;
        }
        st.reset();
        st.bind(1, m_documentId)
            .bind(2, QString::fromLatin1(ownerType))
            .bind(3, ownerId)
            .bind(4, field.isNull() ? QStringLiteral("") : field);
        st.bind(5, o.value(QLatin1String("page")).toInt());
        for (int i = 0; i < 4; ++i) {
            st.bind(6 + i, std::clamp(box.at(i).toDouble(), 0.0, 1.0));
        }
        st.bind(10, o.value(QLatin1String("ref")).toString());
        st.run();
    }
}

void RecordWriter::writeRecommendation(const QJsonObject &r, int ordinal)
{
    sql::Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO recommendations(document_id, ordinal, code, section, title, text, addressed_to, priority,"
        " resource_implications, timing, page_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const int page = firstPage(r);
    // A recommendation the extraction found without a code is stored with an empty one.
    const QString code = jsonString(r.value(QLatin1String("id")));
    st.bind(1, m_documentId).bind(2, ordinal).bind(3, code.isNull() ? QStringLiteral("") : code);
    st.bind(4, jsonString(r.value(QLatin1String("section"))));
    st.bind(5, jsonString(r.value(QLatin1String("title"))));
    st.bind(6, r.value(QLatin1String("text")).toString(QLatin1String("")));
    st.bind(7, compactJson(r.value(QLatin1String("addressed_to"))));
    st.bind(8, jsonString(r.value(QLatin1String("priority"))));
    st.bind(9, jsonString(r.value(QLatin1String("resource_implications"))));
    st.bind(10, jsonString(r.value(QLatin1String("timing"))));
    if (page > 0) {
        st.bind(11, page);
    } else {
        st.bindNull(11);
    }
    st.run();
    const qint64 recId = m_db.lastInsertRowId();

    writeAnchors("recommendation", recId, QString(), r.value(QLatin1String("source")).toArray());
    const QJsonObject sources = r.value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        writeAnchors("recommendation", recId, it.key(), it.value().toArray());
    }

    const QJsonValue category = r.value(QLatin1String("response_category"));
    const QJsonValue responseText = r.value(QLatin1String("response_text"));
    if (!category.isNull() || !responseText.isNull()) {
        sql::Statement rs =
            m_db.prepare(QStringLiteral("INSERT INTO responses(recommendation_id, category, text) VALUES (?, ?, ?)"));
        rs.bind(1, recId).bind(2, jsonString(category)).bind(3, jsonString(responseText));
        rs.run();
    }

    sql::Statement as = m_db.prepare(QStringLiteral(
        "INSERT INTO actions(recommendation_id, ordinal, code, text, time_frame, responsible, status, comments)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    int n = 0;
    for (const QJsonValue &av : r.value(QLatin1String("actions")).toArray()) {
        const QJsonObject a = av.toObject();
        as.reset();
        as.bind(1, recId).bind(2, ++n).bind(3, jsonString(a.value(QLatin1String("id"))));
        as.bind(4, a.value(QLatin1String("text")).toString(QLatin1String("")));
        as.bind(5, jsonString(a.value(QLatin1String("time_frame"))));
        as.bind(6, jsonString(a.value(QLatin1String("responsible"))));
        as.bind(7, jsonString(a.value(QLatin1String("status"))));
        as.bind(8, jsonString(a.value(QLatin1String("comments"))));
        as.run();
        writeAnchors("action", m_db.lastInsertRowId(), QString(), a.value(QLatin1String("source")).toArray());
    }

    sql::Statement cs = m_db.prepare(
        QStringLiteral("INSERT INTO donor_comments(recommendation_id, ordinal, donor, text) VALUES (?, ?, ?, ?)"));
    n = 0;
    for (const QJsonValue &cv : r.value(QLatin1String("donor_comments")).toArray()) {
        const QJsonObject c = cv.toObject();
        cs.reset();
        cs.bind(1, recId).bind(2, ++n).bind(3, c.value(QLatin1String("donor")).toString(QLatin1String("")));
        cs.bind(4, c.value(QLatin1String("text")).toString(QLatin1String("")));
        cs.run();
        writeAnchors("donor_comment", m_db.lastInsertRowId(), QString(), c.value(QLatin1String("source")).toArray());
    }
}

void RecordWriter::writeRecord(const QString &type, const QJsonValue &v, int ordinal)
{
    const QJsonObject o = v.toObject();
    sql::Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO records(document_id, type, ordinal, code, title, text, data) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QString code = jsonString(o.value(QLatin1String("id")));
    QString title = jsonString(o.value(QLatin1String("title")));
    if (title.isEmpty()) {
        title = jsonString(o.value(QLatin1String("item")));
    }
    if (title.isEmpty()) {
        title = jsonString(o.value(QLatin1String("organization")));
    }
    st.bind(1, m_documentId).bind(2, type).bind(3, ordinal).bind(4, code).bind(5, title).bind(6, recordText(v));
    st.bind(7, v.isObject() ? compactJson(v) : compactJson(QJsonObject{{QStringLiteral("value"), v}}));
    st.run();
    writeAnchors("record", m_db.lastInsertRowId(), QString(), o.value(QLatin1String("source")).toArray());
}

void RecordWriter::writeCrossReference(const QJsonObject &x)
{
    sql::Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO cross_references(document_id, from_code, to_code, from_recommendation_id, to_recommendation_id)"
        " VALUES (?1, ?2, ?3, (SELECT id FROM recommendations WHERE document_id = ?1 AND code = ?2 LIMIT 1),"
        " (SELECT id FROM recommendations WHERE document_id = ?1 AND code = ?3 LIMIT 1))"));
    st.bind(1, m_documentId).bind(2, jsonString(x.value(QLatin1String("from"))));
    st.bind(3, jsonString(x.value(QLatin1String("to"))));
    st.run();
}

} // namespace

ImportOutcome SqliteLibraryStore::importDocument(const ImportPayload &payload)
{
    ImportOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    try {
        sql::Transaction tx(m_db);
        if (const auto existing = documentBySha256(payload.sha256)) {
            outcome.status = ImportOutcome::Status::Duplicate;
            outcome.documentId = *existing;
            outcome.message = QStringLiteral("This document is already in the library.");
            return outcome; // the transaction rolls back: nothing changed
        }
        const import_fields::DocumentFields fields = import_fields::documentFields(payload.extraction);
        sql::Statement st = m_db.prepare(QStringLiteral(
            "INSERT INTO documents(file_name, sha256, kind, title, programme, source_format, source_path, page_count,"
            " metadata, extraction, imported_at, extraction_warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        st.bind(1, payload.fileName).bind(2, payload.sha256.toLower()).bind(3, payload.kind);
        st.bind(4, payload.title.isNull() ? QStringLiteral("") : payload.title)
            .bind(5, fields.programme)
            .bind(6, payload.sourceFormat)
            .bind(7, payload.sourcePath.isNull() ? QStringLiteral("") : payload.sourcePath);
        st.bind(8, int(payload.pages.size()));
        st.bind(9, fields.metadata);
        st.bind(10, QString::fromUtf8(QJsonDocument(payload.extraction).toJson(QJsonDocument::Compact)));
        st.bind(11, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        st.bind(12, fields.warnings);
        st.run();
        const qint64 documentId = m_db.lastInsertRowId();

        sql::Statement ps = m_db.prepare(QStringLiteral(
            "INSERT INTO pages(document_id, page_no, width_pt, height_pt, text) VALUES (?, ?, ?, ?, ?)"));
        for (const PageText &p : payload.pages) {
            ps.reset();
            ps.bind(1, documentId).bind(2, p.number).bind(3, p.widthPt).bind(4, p.heightPt);
            ps.bind(5, p.text.isNull() ? QStringLiteral("") : p.text);
            ps.run();
        }

        RecordWriter writer(m_db, documentId);
        import_fields::writeRecords(payload.extraction, writer);
        const qint64 storedMs = clock.restart();
        TextMatchSet::indexDocument(m_db, documentId); // the text filter's words, now that all are in
        const qint64 indexedMs = clock.restart();
        // Reviewer data of an earlier version moves to the matching records of this one (by code and
        // text), before that version goes, with the reviewer's own link decisions. All in this
        // transaction; links to other documents are suggested after it (below).
        RevisionCarryOver carry(m_db, documentId, payload.title);
        if (payload.replaces > 0 && payload.replaces != documentId) {
            carry.takeOver(payload.replaces);
            sql::Statement drop = m_db.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
            drop.bind(1, payload.replaces);
            drop.run();
        }
        carry.relinkOrphans();
        if (payload.replaces > 0) {
            carry.report(outcome);
        }
        const qint64 carriedMs = clock.restart();
        tx.commit();
        const qint64 committedMs = clock.restart();
        outcome.status = ImportOutcome::Status::Imported;
        outcome.documentId = documentId;
        // Suggestions read the whole library: outside the import's transaction, so an edit made
        // meanwhile waits for their short write only. Advisory: one that cannot be stored is logged.
        try {
            LinkStore(m_db).suggestFor(documentId);
        } catch (const sql::Error &e) {
            spdlog::warn("links of {} not suggested: {}", payload.fileName.toStdString(), e.what());
        }
        try {
            ThemeStore(m_db).suggest(documentId);
        } catch (const sql::Error &e) {
            spdlog::warn("themes of {} not suggested: {}", payload.fileName.toStdString(), e.what());
        }
        spdlog::info("imported {} as document {} (stored in {} ms, indexed in {} ms, carried over in {} ms, "
                     "committed in {} ms; links suggested in {} ms)",
                     payload.fileName.toStdString(), documentId, storedMs, indexedMs, carriedMs, committedMs,
                     clock.elapsed());
    } catch (const sql::Error &e) {
        const StoreError err = toStoreError(e);
        outcome.status = ImportOutcome::Status::Failed;
        outcome.message = err.message();
    }
    return outcome;
}

} // namespace evalreview
