// The team library on a PostgreSQL server behind the store interface: import, documents, counts,
// check and full-text search.
#include "PgLibraryStore.h"

#include "ImportFields.h"
#include "LinkStore.h"
#include "PgBatch.h"
#include "PgLibraryCopy.h"
#include "PgSchema.h"
#include "PgSqlBackend.h"
#include "RevisionCarryOver.h"
#include "SearchQuery.h"
#include "SearchSnippet.h"
#include "ServerTextSql.h"
#include "SqliteLibraryStore.h"
#include "ThemeStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace evalreview::pg {

using import_fields::compactJson;
using import_fields::firstPage;
using import_fields::jsonString;
using import_fields::recordText;

namespace {

/// A null string as SQL NULL (Qt 6's QVariant of a null QString is no null variant).
QVariant nullable(const QString &value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

/// An empty string as SQL NULL, for jsonb columns that take no empty text.
QVariant jsonOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString orEmpty(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

class RecordWriter
{
public:
    RecordWriter(Connection &db, qint64 documentId)
        : m_db(db), m_documentId(documentId),
          m_anchors(db, QStringLiteral("anchors"),
                    {QStringLiteral("document_id"), QStringLiteral("owner_type"), QStringLiteral("owner_id"),
                     QStringLiteral("field"), QStringLiteral("page_no"), QStringLiteral("x0"), QStringLiteral("y0"),
                     QStringLiteral("x1"), QStringLiteral("y1"), QStringLiteral("ref")},
                    QStringList(10, QStringLiteral("%1")))
    {}

    void writeRecommendation(const QJsonObject &r, int ordinal);
    void writeRecord(const QString &type, const QJsonValue &v, int ordinal);
    void writeCrossReference(const QJsonObject &x);
    /// Sends the anchors still held back (before the commit).
    void flush();

private:
    void writeAnchors(const char *ownerType, qint64 ownerId, const QString &field, const QJsonArray &source);

    Connection &m_db;
    qint64 m_documentId;
    BatchInsert m_anchors;
};

void RecordWriter::flush()
{
    m_anchors.flush();
}

void RecordWriter::writeAnchors(const char *ownerType, qint64 ownerId, const QString &field, const QJsonArray &source)
{
    for (const QJsonValue &s : source) {
        const QJsonObject o = s.toObject();
        const QJsonArray box = o.value(QLatin1String("bbox")).toArray();
        if (box.size() != 4 || o.value(QLatin1String("page")).toInt() < 1) {
            continue;
        }
        QVariantList params{m_documentId, QString::fromLatin1(ownerType), ownerId, orEmpty(field),
                            o.value(QLatin1String("page")).toInt()};
        for (int i = 0; i < 4; ++i) {
            params << std::clamp(box.at(i).toDouble(), 0.0, 1.0);
        }
        params << nullable(o.value(QLatin1String("ref")).toString());
        m_anchors.add(params);
    }
}

void RecordWriter::writeRecommendation(const QJsonObject &r, int ordinal)
{
    const int page = firstPage(r);
    // A recommendation the extraction found without a code is stored with an empty one.
    const qint64 recId =
        m_db.exec(QStringLiteral("INSERT INTO recommendations(document_id, ordinal, code, section, title, text, "
                                 "addressed_to, priority, resource_implications, timing, page_no) VALUES ($1, $2, $3, "
                                 "$4, $5, $6, $7::jsonb, $8, $9, $10, $11) RETURNING id"),
                  {m_documentId, ordinal, orEmpty(jsonString(r.value(QLatin1String("id")))),
                   nullable(jsonString(r.value(QLatin1String("section")))),
                   nullable(jsonString(r.value(QLatin1String("title")))),
                   r.value(QLatin1String("text")).toString(QLatin1String("")),
                   jsonOrNull(compactJson(r.value(QLatin1String("addressed_to")))),
                   nullable(jsonString(r.value(QLatin1String("priority")))),
                   nullable(jsonString(r.value(QLatin1String("resource_implications")))),
                   nullable(jsonString(r.value(QLatin1String("timing")))), page > 0 ? QVariant(page) : QVariant()})
            .integer(0, 0);

    writeAnchors("recommendation", recId, QString(), r.value(QLatin1String("source")).toArray());
    const QJsonObject sources = r.value(QLatin1String("sources")).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        writeAnchors("recommendation", recId, it.key(), it.value().toArray());
    }

    const QJsonValue category = r.value(QLatin1String("response_category"));
    const QJsonValue responseText = r.value(QLatin1String("response_text"));
    if (!category.isNull() || !responseText.isNull()) {
        m_db.exec(QStringLiteral("INSERT INTO responses(recommendation_id, category, text) VALUES ($1, $2, $3)"),
                  {recId, nullable(jsonString(category)), nullable(jsonString(responseText))});
    }

    int n = 0;
    for (const QJsonValue &av : r.value(QLatin1String("actions")).toArray()) {
        const QJsonObject a = av.toObject();
        const qint64 actionId =
            m_db.exec(QStringLiteral("INSERT INTO actions(recommendation_id, ordinal, code, text, time_frame, "
                                     "responsible, status, comments) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
                                     "RETURNING id"),
                      {recId, ++n, nullable(jsonString(a.value(QLatin1String("id")))),
                       a.value(QLatin1String("text")).toString(QLatin1String("")),
                       nullable(jsonString(a.value(QLatin1String("time_frame")))),
                       nullable(jsonString(a.value(QLatin1String("responsible")))),
                       nullable(jsonString(a.value(QLatin1String("status")))),
                       nullable(jsonString(a.value(QLatin1String("comments"))))})
                .integer(0, 0);
        writeAnchors("action", actionId, QString(), a.value(QLatin1String("source")).toArray());
    }

    n = 0;
    for (const QJsonValue &cv : r.value(QLatin1String("donor_comments")).toArray()) {
        const QJsonObject c = cv.toObject();
        const qint64 commentId =
            m_db.exec(QStringLiteral("INSERT INTO donor_comments(recommendation_id, ordinal, donor, text) VALUES ($1, "
                                     "$2, $3, $4) RETURNING id"),
                      {recId, ++n, c.value(QLatin1String("donor")).toString(QLatin1String("")),
                       c.value(QLatin1String("text")).toString(QLatin1String(""))})
                .integer(0, 0);
        writeAnchors("donor_comment", commentId, QString(), c.value(QLatin1String("source")).toArray());
    }
}

void RecordWriter::writeRecord(const QString &type, const QJsonValue &v, int ordinal)
{
    const QJsonObject o = v.toObject();
    QString title = jsonString(o.value(QLatin1String("title")));
    if (title.isEmpty()) {
        title = jsonString(o.value(QLatin1String("item")));
    }
    if (title.isEmpty()) {
        title = jsonString(o.value(QLatin1String("organization")));
    }
    const QString data = v.isObject() ? compactJson(v) : compactJson(QJsonObject{{QStringLiteral("value"), v}});
    const qint64 id =
        m_db.exec(QStringLiteral("INSERT INTO records(document_id, type, ordinal, code, title, text, data) VALUES ($1, "
                                 "$2, $3, $4, $5, $6, $7::jsonb) RETURNING id"),
                  {m_documentId, type, ordinal, nullable(jsonString(o.value(QLatin1String("id")))), nullable(title),
                   recordText(v), data})
            .integer(0, 0);
    writeAnchors("record", id, QString(), o.value(QLatin1String("source")).toArray());
}

void RecordWriter::writeCrossReference(const QJsonObject &x)
{
    m_db.exec(
        QStringLiteral("INSERT INTO cross_references(document_id, from_code, to_code, from_recommendation_id, "
                       "to_recommendation_id) VALUES ($1, $2, $3,"
                       " (SELECT id FROM recommendations WHERE document_id = $1 AND code = $2 ORDER BY id LIMIT 1),"
                       " (SELECT id FROM recommendations WHERE document_id = $1 AND code = $3 ORDER BY id LIMIT "
                       "1))"),
        {m_documentId, orEmpty(jsonString(x.value(QLatin1String("from")))),
         orEmpty(jsonString(x.value(QLatin1String("to"))))});
}

/// The text of an ISO time (UTC) as the SQLite library stores it.
constexpr auto kIsoTime = "to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

QString isoTime(const char *column)
{
    return QString::fromLatin1(kIsoTime).arg(QLatin1String(column));
}

} // namespace

PgLibraryStore::PgLibraryStore(Connection db) : m_db(std::move(db)) {}

PgLibraryStore::~PgLibraryStore() = default;

sql::Database &PgLibraryStore::database()
{
    if (!m_queries) {
        auto db = std::make_unique<sql::Database>();
        runOn(*db, m_db);
        m_queries = std::move(db);
    }
    return *m_queries;
}

LibraryAccess PgLibraryStore::access()
{
    const Result r = m_db.exec(
        QStringLiteral("SELECT pg_has_role('evalreview_admin', 'MEMBER'), pg_has_role('evalreview_manager', 'MEMBER'),"
                       " pg_has_role('evalreview_evaluator', 'MEMBER'), pg_has_role('evalreview_donor', 'MEMBER'),"
                       " (SELECT organisation FROM members WHERE login = current_user)"));
    const auto member = [&r](int column) { return r.text(0, column) == QLatin1String("t"); };
    LibraryAccess a;
    a.importDocuments = member(1);
    a.changeReviewData = member(2);
    a.role = member(0)   ? QStringLiteral("admin")
             : member(1) ? QStringLiteral("manager")
             : member(2) ? QStringLiteral("evaluator")
             : member(3) ? QStringLiteral("donor")
                         : QStringLiteral("viewer");
    a.organisation = r.text(0, 4);
    return a;
}

std::unique_ptr<PgLibraryStore> PgLibraryStore::open(const ServerAddress &address)
{
    Connection db = Connection::open(address);
    const int version = schema::installedVersion(db);
    const QString where = QStringLiteral("%1/%2").arg(address.server(), address.database);
    if (version == 0) {
        throw StoreError(StoreError::Reason::CannotOpen,
                         QStringLiteral("The database %1 holds no team library yet; an administrator sets it up with "
                                        "evalreview-cli server init --library %2.")
                             .arg(where, address.url));
    }
    if (version > schema::currentVersion()) {
        throw StoreError(StoreError::Reason::TooNew,
                         QStringLiteral("The team library at %1 was set up by a newer version of EvalReview (schema "
                                        "%2; this version knows up to %3): update EvalReview first.")
                             .arg(where)
                             .arg(version)
                             .arg(schema::currentVersion()));
    }
    if (version < schema::currentVersion()) {
        throw StoreError(StoreError::Reason::CannotOpen,
                         QStringLiteral("The team library at %1 has an older schema (%2); an administrator brings it "
                                        "up to date with evalreview-cli server init --library %3.")
                             .arg(where)
                             .arg(version)
                             .arg(address.url));
    }
    spdlog::info("team library opened: {}", where.toStdString());
    return std::unique_ptr<PgLibraryStore>(new PgLibraryStore(std::move(db)));
}

ImportOutcome PgLibraryStore::importDocument(const ImportPayload &payload)
{
    ImportOutcome outcome;
    QElapsedTimer clock;
    clock.start();
    try {
        Transaction tx(m_db);
        if (const auto existing = documentBySha256(payload.sha256)) {
            outcome.status = ImportOutcome::Status::Duplicate;
            outcome.documentId = *existing;
            outcome.message = QStringLiteral("This document is already in the library.");
            return outcome; // the transaction rolls back: nothing changed
        }
        const import_fields::DocumentFields fields = import_fields::documentFields(payload.extraction);
        const qint64 documentId =
            m_db.exec(QStringLiteral("INSERT INTO documents(file_name, sha256, kind, title, programme, source_format, "
                                     "source_path, page_count, metadata, extraction, extraction_warnings) VALUES ($1, "
                                     "$2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11::jsonb) RETURNING id"),
                      {payload.fileName, payload.sha256.toLower(), payload.kind, orEmpty(payload.title),
                       fields.programme, payload.sourceFormat, orEmpty(payload.sourcePath), int(payload.pages.size()),
                       fields.metadata,
                       QString::fromUtf8(QJsonDocument(payload.extraction).toJson(QJsonDocument::Compact)),
                       fields.warnings})
                .integer(0, 0);

        BatchInsert pages(m_db, QStringLiteral("pages"),
                          {QStringLiteral("document_id"), QStringLiteral("page_no"), QStringLiteral("width_pt"),
                           QStringLiteral("height_pt"), QStringLiteral("text")},
                          QStringList(5, QStringLiteral("%1")));
        for (const PageText &p : payload.pages) {
            pages.add({documentId, p.number, p.widthPt, p.heightPt, orEmpty(p.text)});
        }
        pages.flush();

        RecordWriter writer(m_db, documentId);
        import_fields::writeRecords(payload.extraction, writer);
        writer.flush();
        // Reviewer data of an earlier version moves to the matching records of this one, before
        // that version goes, as on a library file: the same statements, in this transaction.
        RevisionCarryOver carry(database(), documentId, payload.title);
        if (payload.replaces > 0 && payload.replaces != documentId) {
            carry.takeOver(payload.replaces);
            // Donors read the revision of a document shared with them.
            m_db.exec(QStringLiteral("INSERT INTO document_shares(document_id, organisation) SELECT $1, organisation "
                                     "FROM document_shares WHERE document_id = $2"),
                      {documentId, payload.replaces});
            m_db.exec(QStringLiteral("DELETE FROM documents WHERE id = $1"), {payload.replaces});
        }
        carry.relinkOrphans();
        if (payload.replaces > 0) {
            carry.report(outcome);
        }
        tx.commit();
        outcome.status = ImportOutcome::Status::Imported;
        outcome.documentId = documentId;
        const qint64 storedMs = clock.restart();
        // Links to other documents and theme tags are suggested after the import's transaction, as on
        // a library file; advisory: what cannot be stored is logged.
        try {
            LinkStore(database()).suggestFor(documentId);
        } catch (const StoreError &e) {
            spdlog::warn("links of {} not suggested: {}", payload.fileName.toStdString(), e.what());
        }
        try {
            ThemeStore(database()).suggest(documentId);
        } catch (const std::exception &e) {
            spdlog::warn("themes of {} not suggested: {}", payload.fileName.toStdString(), e.what());
        }
        spdlog::info("imported {} into the team library as document {} in {} ms (links and themes suggested in "
                     "{} ms)",
                     payload.fileName.toStdString(), documentId, storedMs, clock.elapsed());
    } catch (const ServerError &e) {
        if (e.sqlState() == QLatin1String("23505")) { // someone imported the same file meanwhile
            if (const auto existing = documentBySha256(payload.sha256)) {
                outcome.status = ImportOutcome::Status::Duplicate;
                outcome.documentId = *existing;
                outcome.message = QStringLiteral("This document is already in the library.");
                return outcome;
            }
        }
        outcome.status = ImportOutcome::Status::Failed;
        outcome.message = e.message();
    } catch (const StoreError &e) {
        outcome.status = ImportOutcome::Status::Failed;
        outcome.message = e.message();
    }
    return outcome;
}

std::optional<qint64> PgLibraryStore::documentBySha256(const QString &sha256)
{
    const Result r = m_db.exec(QStringLiteral("SELECT id FROM documents WHERE sha256 = $1"), {sha256.toLower()});
    if (r.rows() > 0) {
        return r.integer(0, 0);
    }
    return std::nullopt;
}

std::optional<qint64> PgLibraryStore::documentByTitle(const QString &title, const QString &kind)
{
    const Result r = m_db.exec(
        QStringLiteral("SELECT id FROM documents WHERE title = $1 AND kind = $2 ORDER BY imported_at DESC, id DESC "
                       "LIMIT 1"),
        {title, kind});
    if (r.rows() > 0) {
        return r.integer(0, 0);
    }
    return std::nullopt;
}

bool PgLibraryStore::removeDocument(qint64 documentId)
{
    // Reviewer data stays: follow-ups lose their link (ON DELETE SET NULL) but keep title and code.
    return m_db.exec(QStringLiteral("DELETE FROM documents WHERE id = $1"), {documentId}).affectedRows() > 0;
}

QList<DocumentSummary> PgLibraryStore::documents()
{
    QList<DocumentSummary> out;
    const Result r = m_db.exec(
        QStringLiteral("SELECT d.id, d.file_name, d.title, d.kind, d.programme, d.source_format, d.page_count, %1,"
                       " (SELECT count(*) FROM recommendations r WHERE r.document_id = d.id AND NOT r.deleted),"
                       " (SELECT count(*) FROM records x WHERE x.document_id = d.id), d.sha256,"
                       " d.extraction_warnings::text,"
                       " (SELECT count(*) FROM recommendations r WHERE r.document_id = d.id AND r.verified)"
                       " FROM documents d ORDER BY d.kind, d.title, d.id")
            .arg(isoTime("d.imported_at")));
    for (int i = 0; i < r.rows(); ++i) {
        DocumentSummary d;
        d.id = r.integer(i, 0);
        d.fileName = r.text(i, 1);
        d.title = r.text(i, 2);
        d.kind = r.text(i, 3);
        d.programme = r.text(i, 4);
        d.sourceFormat = r.text(i, 5);
        d.pageCount = int(r.integer(i, 6));
        d.importedAt = QDateTime::fromString(r.text(i, 7), Qt::ISODate);
        d.recommendationCount = int(r.integer(i, 8));
        d.recordCount = int(r.integer(i, 9));
        d.sha256 = r.text(i, 10);
        for (const QJsonValue &w : QJsonDocument::fromJson(r.text(i, 11).toUtf8()).array()) {
            d.extractionWarnings.append(w.toString());
        }
        d.verifiedCount = int(r.integer(i, 12));
        out.append(d);
    }
    return out;
}

LibraryStats PgLibraryStore::stats()
{
    const Result r = m_db.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM pages),"
        " (SELECT count(*) FROM recommendations), (SELECT count(*) FROM actions),"
        " (SELECT count(*) FROM donor_comments), (SELECT count(*) FROM records), (SELECT count(*) FROM followups),"
        " (SELECT count(*) FROM corrections WHERE field NOT IN ('verified', 'deleted')),"
        " (SELECT count(*) FROM recommendations WHERE verified),"
        " (SELECT coalesce(max(version), 0) FROM schema_version), pg_database_size(current_database())"));
    LibraryStats s;
    s.documents = r.integer(0, 0);
    s.pages = r.integer(0, 1);
    s.recommendations = r.integer(0, 2);
    s.actions = r.integer(0, 3);
    s.donorComments = r.integer(0, 4);
    s.records = r.integer(0, 5);
    s.followups = r.integer(0, 6);
    s.corrections = r.integer(0, 7); // fields, not the sign-off or deletion marks
    s.verified = r.integer(0, 8);
    s.schemaVersion = int(r.integer(0, 9));
    s.fileBytes = r.integer(0, 10);
    return s;
}

CheckReport PgLibraryStore::check()
{
    CheckReport report;
    const int version = schema::installedVersion(m_db);
    if (version != schema::currentVersion()) {
        report.problems << QStringLiteral("schema version %1, expected %2").arg(version).arg(schema::currentVersion());
    }
    // Keys and foreign keys are the server's own; these are the library's invariants, each a query
    // that counts offending rows.
    const struct
    {
        const char *what;
        const char *sql;
    } invariants[] = {
        {"document page count differs from its stored pages",
         "SELECT count(*) FROM documents d WHERE d.page_count <> (SELECT count(*) FROM pages p WHERE p.document_id = "
         "d.id)"},
        {"donor comment count out of step",
         "SELECT count(*) FROM recommendations r WHERE r.donor_comment_count <>"
         " (SELECT count(*) FROM donor_comments c WHERE c.recommendation_id = r.id)"},
        {"anchor points to a missing record",
         "SELECT count(*) FROM anchors a WHERE NOT EXISTS (SELECT 1 FROM recommendations r WHERE a.owner_type = "
         "'recommendation' AND r.id = a.owner_id) AND NOT EXISTS (SELECT 1 FROM actions x WHERE a.owner_type = "
         "'action' AND x.id = a.owner_id) AND NOT EXISTS (SELECT 1 FROM donor_comments c WHERE a.owner_type = "
         "'donor_comment' AND c.id = a.owner_id) AND NOT EXISTS (SELECT 1 FROM records x WHERE a.owner_type = "
         "'record' AND x.id = a.owner_id)"},
        {"anchor region outside its page",
         "SELECT count(*) FROM anchors WHERE x0 < 0 OR y0 < 0 OR x1 > 1 OR y1 > 1 OR x0 > x1 OR y0 > y1"},
        {"link points to a missing record",
         "SELECT count(*) FROM links l WHERE NOT EXISTS (SELECT 1 FROM recommendations r WHERE l.from_type = "
         "'recommendation' AND r.id = l.from_id) AND NOT EXISTS (SELECT 1 FROM actions x WHERE l.from_type = "
         "'action' AND x.id = l.from_id) AND NOT EXISTS (SELECT 1 FROM records x WHERE l.from_type = 'record' AND "
         "x.id = l.from_id)"},
        {"page text missing from the full-text index",
         "SELECT count(*) FROM pages WHERE text <> '' AND search IS NULL"},
    };
    for (const auto &inv : invariants) {
        const qint64 n = m_db.exec(QString::fromUtf8(inv.sql)).integer(0, 0);
        if (n > 0) {
            report.problems << QStringLiteral("%1 (%2 rows)").arg(QString::fromUtf8(inv.what)).arg(n);
        }
    }
    return report;
}

namespace {

/// A searchable table: its hits' source type, its key and how many of its matches are ranked.
struct SearchSource
{
    const char *type;
    const char *table;
    const char *key;
    int window;
};

// Ranking is bounded: per table, only the first `window` matches in the table's order (as its GIN
// index gives them) are ranked, so a very common word or a short prefix costs about what a rare
// word does (a page's tsvector is read from TOAST, hence the pages' smaller window). A table that
// has more matches than its window gets its count estimated from the share of its blocks the
// window took, and the total is then marked as an estimate. The library file ranks a window of
// the newest matches in the same way (SqliteSearch.cpp).
constexpr int kRowWindow = 1000;
constexpr int kPageWindow = 250;
constexpr SearchSource kSearchSources[] = {
    {"page", "pages", "id", kPageWindow},
    {"recommendation", "recommendations", "id", kRowWindow},
    {"response", "responses", "recommendation_id", kRowWindow},
    {"action", "actions", "id", kRowWindow},
    {"donor_comment", "donor_comments", "id", kRowWindow},
    {"record", "records", "id", kRowWindow},
    {"note", "notes", "id", kRowWindow},
};

/// The search statement for the tsquery expression `tsquery` (its values are parameters from $2;
/// $1 is the number of hits to return). Each table gives at most window + 1 matches with their
/// rank; the best $1 of them get their text, document and recommendation; every row carries the
/// total (counted, or estimated when a window was full) and whether it is an estimate.
QString searchSql(const QString &tsquery)
{
    QStringList windows;
    QStringList sizes;
    for (const SearchSource &s : kSearchSources) {
        windows << QStringLiteral("(SELECT '%1'::text AS source_type, %2 AS source_id, ctid AS at,"
                                  " ts_rank_cd(search, %4, 1) AS score FROM %3 WHERE search @@ (%4) LIMIT %5)")
                       .arg(QLatin1String(s.type), QLatin1String(s.key), QLatin1String(s.table), tsquery)
                       .arg(s.window + 1);
        sizes << QStringLiteral("('%1', '%2'::regclass, %3)")
                     .arg(QLatin1String(s.type), QLatin1String(s.table))
                     .arg(s.window);
    }
    return QStringLiteral(
               "WITH c AS (%1),"
               " top AS MATERIALIZED (SELECT source_type, source_id, score FROM c"
               "  ORDER BY score DESC, source_type, source_id DESC LIMIT $1),"
               " counted AS (SELECT source_type, count(*) AS n, (max(at)::text::point)[0] AS last_block FROM c"
               "  GROUP BY source_type),"
               " total AS (SELECT coalesce(sum(CASE WHEN n <= w THEN n ELSE greatest(n, round(n *"
               "  (pg_relation_size(rel) / current_setting('block_size')::numeric) / (last_block + 1))) END), 0)"
               "  AS n, coalesce(bool_or(n > w), false) AS estimated"
               "  FROM counted JOIN (VALUES %2) AS s(source_type, rel, w) USING (source_type))"
               " SELECT top.source_type, top.source_id,"
               "  coalesce(p.document_id, r.document_id, o.document_id, x.document_id, 0),"
               "  coalesce(p.page_no, r.page_no, o.page_no, 0),"
               "  CASE top.source_type WHEN 'page' THEN p.text WHEN 'recommendation' THEN r.code || ' ' || r.text"
               "  WHEN 'response' THEN s.text WHEN 'action' THEN a.text WHEN 'donor_comment' THEN"
               "  dc.donor || ': ' || dc.text WHEN 'record' THEN x.text ELSE n.text END,"
               "  coalesce(nullif(d.title, ''), d.file_name, ''),"
               "  coalesce(r.id, s.recommendation_id, a.recommendation_id, dc.recommendation_id, 0),"
               "  top.score, total.n, total.estimated"
               " FROM top CROSS JOIN total"
               " LEFT JOIN pages p ON top.source_type = 'page' AND p.id = top.source_id"
               " LEFT JOIN recommendations r ON top.source_type = 'recommendation' AND r.id = top.source_id"
               " LEFT JOIN responses s ON top.source_type = 'response' AND s.recommendation_id = top.source_id"
               " LEFT JOIN actions a ON top.source_type = 'action' AND a.id = top.source_id"
               " LEFT JOIN donor_comments dc ON top.source_type = 'donor_comment' AND dc.id = top.source_id"
               " LEFT JOIN records x ON top.source_type = 'record' AND x.id = top.source_id"
               " LEFT JOIN notes n ON top.source_type = 'note' AND n.id = top.source_id"
               " LEFT JOIN recommendations o ON o.id = coalesce(s.recommendation_id, a.recommendation_id,"
               "  dc.recommendation_id)"
               " LEFT JOIN documents d ON d.id = coalesce(p.document_id, r.document_id, o.document_id, x.document_id)"
               " ORDER BY top.score DESC, top.source_type, top.source_id DESC")
        .arg(windows.join(QStringLiteral(" UNION ALL ")), sizes.join(QStringLiteral(", ")));
}

} // namespace

SearchResult PgLibraryStore::search(const QString &query, int limit)
{
    SearchResult result;
    QElapsedTimer timer;
    timer.start();
    const SearchQuery parsed(query);
    if (parsed.isEmpty()) {
        result.message = QStringLiteral("Type a word or a \"phrase\" to search.");
        return result;
    }
    limit = std::clamp(limit, 1, 1000);
    QList<HighlightTerm> highlight;
    for (const SearchQuery::Part &p : parsed.parts()) {
        if (p.op != SearchQuery::Part::Not) {
            HighlightTerm t;
            for (const QString &w : p.words) {
                t.words << foldForSearch(w);
            }
            t.prefix = p.prefix;
            highlight << t;
        }
    }
    QVariantList params{limit};
    const QString tsquery = server_text::tsquery(parsed, params, server_text::Parameters::Numbered);
    if (tsquery.isEmpty()) {
        result.message = QStringLiteral("This search could not be understood; try plain words.");
        return result;
    }
    try {
        // For this statement only: matches are read through the GIN indexes in the tables' order,
        // in one process, so a window holds the same rows whatever the server's statistics say
        // (a table read from its start would cost a scan of it all for words that are common
        // apart but rare together), and no JIT, whose compiling costs more than the statement.
        Transaction tx(m_db);
        m_db.runScript("SET LOCAL enable_seqscan = off; SET LOCAL synchronize_seqscans = off;"
                       " SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off");
        const Result r = m_db.exec(searchSql(tsquery), params);
        for (int i = 0; i < r.rows(); ++i) {
            SearchHit h;
            h.sourceType = r.text(i, 0);
            h.sourceId = r.integer(i, 1);
            h.documentId = r.integer(i, 2);
            h.page = int(r.integer(i, 3));
            h.snippet = buildSnippet(r.text(i, 4), highlight);
            h.documentTitle = r.text(i, 5);
            h.recommendationId = r.integer(i, 6);
            h.score = -r.text(i, 7).toDouble(); // lower is better, as in the library file's ranking
            result.hits.append(h);
        }
        result.estimatedTotal = r.rows() > 0 ? r.integer(0, 8) : 0;
        result.totalIsEstimate = r.rows() > 0 && r.text(0, 9) == QLatin1String("t");
        tx.commit();
    } catch (const ServerError &e) {
        if (e.reason() != StoreError::Reason::Generic) { // a lost connection or a refusal is no bad query
            throw;
        }
        spdlog::warn("team library search refused: {}", e.what());
        result.hits.clear();
        result.estimatedTotal = 0;
        result.totalIsEstimate = false;
        result.message = QStringLiteral("This search could not be understood; try plain words.");
    }
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

void PgLibraryStore::backupTo(const QString &targetPath)
{
    // A new library file under a temporary name beside the target, filled from one snapshot of the
    // server, then renamed over the target: a reader sees the old copy or the new one.
    const QString temp = targetPath + QStringLiteral(".partial");
    const auto removeTemp = [&temp] {
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile::remove(temp + QLatin1String(suffix));
        }
    };
    removeTemp();
    try {
        auto local = SqliteLibraryStore::open(temp);
        library_copy::fromServer(m_db, *local);
    } catch (...) {
        removeTemp();
        throw;
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        removeTemp();
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("The local copy could not be written to %1.").arg(targetPath));
    }
}

} // namespace evalreview::pg
