// Writes synthetic documents through prepared statements in large transactions, row for row as
// SqliteImport.cpp stores an extraction (same columns, NULLs, anchors and record lists).
#include "SyntheticLibrary.h"

#include "LibraryStore.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"
#include "SyntheticDocument.h"
#include "SyntheticIndex.h"
#include "SyntheticStream.h"
#include "SyntheticText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace evalreview {

namespace {

// Recommendations per transaction: large enough that commits cost little, small enough that the
// write-ahead log is checkpointed now and then instead of growing to the size of the library.
constexpr qint64 kRecommendationsPerTransaction = 20000;

/// A prepared INSERT bound from std::string without copies; run() steps and resets it.
class Insert
{
public:
    Insert(sqlite3 *db, const char *sql) : m_db(db)
    {
        check(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr));
    }
    ~Insert() { sqlite3_finalize(m_stmt); }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;

    Insert &text(int i, const std::string &s)
    {
        check(sqlite3_bind_text(m_stmt, i, s.data(), int(s.size()), SQLITE_STATIC));
        return *this;
    }
    Insert &text(int i, const synth::Opt &s) { return s ? text(i, *s) : null(i); }
    /// For string literals, which outlive the statement's step.
    Insert &text(int i, const char *literal)
    {
        check(sqlite3_bind_text(m_stmt, i, literal, -1, SQLITE_STATIC));
        return *this;
    }
    Insert &integer(int i, qint64 v)
    {
        check(sqlite3_bind_int64(m_stmt, i, v));
        return *this;
    }
    Insert &real(int i, double v)
    {
        check(sqlite3_bind_double(m_stmt, i, v));
        return *this;
    }
    Insert &null(int i)
    {
        check(sqlite3_bind_null(m_stmt, i));
        return *this;
    }
    qint64 run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE) {
            check(rc);
        }
        return sqlite3_last_insert_rowid(m_db);
    }

private:
    void check(int rc) const
    {
        if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
            throw sql::Error(rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
        }
    }
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class Writer
{
public:
    explicit Writer(sqlite3 *db) : m_db(db) {}
    void write(const synth::Document &doc, SynthReport &report);

private:
    void anchor(qint64 documentId, const char *ownerType, qint64 ownerId, const char *field, const synth::Box &b);
    void record(qint64 documentId, const std::string &type, int ordinal, const std::string &text);
    void followUp(const synth::Document &doc, const synth::Recommendation &r, qint64 recId, SynthReport &report);

    sqlite3 *m_db;
    Insert m_document{m_db, "INSERT INTO documents(file_name, sha256, kind, title, programme, source_format,"
                            " source_path, page_count, metadata, extraction, imported_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)"};
    Insert m_page{m_db, "INSERT INTO pages(document_id, page_no, width_pt, height_pt, text) VALUES (?, ?, ?, ?, ?)"};
    Insert m_recommendation{m_db, "INSERT INTO recommendations(document_id, ordinal, code, section, title, text,"
                                  " addressed_to, priority, resource_implications, timing, page_no)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};
    Insert m_anchor{m_db, "INSERT INTO anchors(document_id, owner_type, owner_id, field, page_no, x0, y0, x1, y1, ref)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"};
    Insert m_response{m_db, "INSERT INTO responses(recommendation_id, category, text) VALUES (?, ?, ?)"};
    Insert m_action{m_db, "INSERT INTO actions(recommendation_id, ordinal, code, text, time_frame, responsible,"
                          " status, comments) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)"};
    Insert m_comment{m_db, "INSERT INTO donor_comments(recommendation_id, ordinal, donor, text) VALUES (?, ?, ?, ?)"};
    Insert m_record{m_db, "INSERT INTO records(document_id, type, ordinal, code, title, text, data)"
                          " VALUES (?, ?, ?, NULL, NULL, ?, json_object('value', ?4))"};
    Insert m_crossReference{
        m_db,
        "INSERT INTO cross_references(document_id, from_code, to_code, from_recommendation_id,"
        " to_recommendation_id) VALUES (?1, ?2, ?3, (SELECT id FROM recommendations WHERE document_id = ?1"
        " AND code = ?2 LIMIT 1), (SELECT id FROM recommendations WHERE document_id = ?1 AND code = ?3 LIMIT 1))"};
    Insert m_followUp{m_db, "INSERT INTO followups(recommendation_id, document_title, code, text_excerpt, status,"
                            " owner, due_date, due_derived, note, updated_at, updated_by)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"};
    Insert m_history{m_db, "INSERT INTO followup_history(followup_id, changed_at, author, field, old_value,"
                           " new_value) VALUES (?, ?, ?, ?, ?, ?)"};
    Insert m_tag{m_db, "INSERT INTO tags(followup_id, tag) VALUES (?, ?)"};
    Insert m_note{m_db, "INSERT INTO notes(followup_id, created_at, author, text) VALUES (?, ?, ?, ?)"};
};

void Writer::anchor(qint64 documentId, const char *ownerType, qint64 ownerId, const char *field, const synth::Box &b)
{
    m_anchor.integer(1, documentId).text(2, ownerType).integer(3, ownerId).text(4, field);
    m_anchor.integer(5, b.page).real(6, b.x0).real(7, b.y0).real(8, b.x1).real(9, b.y1).run();
}

void Writer::record(qint64 documentId, const std::string &type, int ordinal, const std::string &text)
{
    m_record.integer(1, documentId).text(2, type).integer(3, ordinal).text(4, text).run();
}

void Writer::followUp(const synth::Document &doc, const synth::Recommendation &r, qint64 recId, SynthReport &report)
{
    const synth::FollowUp &f = *r.followUp;
    // The excerpt a follow-up keeps to find its record again after a re-import.
    std::string excerpt = r.text.substr(0, std::min<std::size_t>(r.text.size(), 120));
    while (!excerpt.empty() && (static_cast<unsigned char>(excerpt.back()) & 0xC0) == 0x80) {
        excerpt.pop_back(); // do not cut a UTF-8 sequence
    }
    if (!excerpt.empty() && static_cast<unsigned char>(excerpt.back()) >= 0xC0) {
        excerpt.pop_back();
    }
    m_followUp.integer(1, recId).text(2, doc.title).text(3, r.code).text(4, excerpt).text(5, f.status);
    m_followUp.text(6, f.owner).text(7, f.dueDate).integer(8, f.dueDerived ? 1 : 0).text(9, f.note);
    const qint64 id = m_followUp.text(10, f.updatedAt).text(11, f.updatedBy).run();
    ++report.followups;
    for (const synth::HistoryEntry &h : f.history) {
        m_history.integer(1, id).text(2, h.changedAt).text(3, h.author).text(4, h.field).text(5, h.oldValue);
        m_history.text(6, h.newValue).run();
        ++report.historyRows;
    }
    for (const std::string &tag : f.tags) {
        m_tag.integer(1, id).text(2, tag).run();
    }
    for (const std::string &note : f.notes) {
        m_note.integer(1, id).text(2, f.updatedAt).text(3, f.updatedBy).text(4, note).run();
        ++report.notes;
    }
}

void Writer::write(const synth::Document &doc, SynthReport &report)
{
    const std::string metadata = doc.metadataJson();
    const std::string extraction = doc.extractionJson();
    m_document.text(1, doc.fileName).text(2, doc.sha256).text(3, doc.kind).text(4, doc.title);
    m_document.text(5, doc.programme).text(6, doc.sourceFormat).integer(7, qint64(doc.pages.size()));
    const qint64 documentId = m_document.text(8, metadata).text(9, extraction).text(10, doc.importedAt).run();
    ++report.documents;
    for (const synth::Page &p : doc.pages) {
        m_page.integer(1, documentId).integer(2, p.number).real(3, 595.276).real(4, 841.89).text(5, p.text).run();
        ++report.pages;
    }
    int ordinal = 0;
    for (const synth::Recommendation &r : doc.recommendations) {
        m_recommendation.integer(1, documentId).integer(2, ++ordinal).text(3, r.code).text(4, r.section);
        m_recommendation.text(5, r.title).text(6, r.text).text(7, r.addressedTo).text(8, r.priority);
        m_recommendation.text(9, r.resourceImplications).text(10, r.timing).integer(11, r.box.page);
        const qint64 recId = m_recommendation.run();
        ++report.recommendations;
        anchor(documentId, "recommendation", recId, "", r.box);
        if (r.responseText) {
            anchor(documentId, "recommendation", recId, "response_text", r.responseBox);
        }
        anchor(documentId, "recommendation", recId, "text", r.textBox);
        report.anchors += r.responseText ? 3 : 2;
        if (r.responseCategory || r.responseText) {
            m_response.integer(1, recId).text(2, r.responseCategory).text(3, r.responseText).run();
            ++report.responses;
        }
        int n = 0;
        for (const synth::Action &a : r.actions) {
            m_action.integer(1, recId).integer(2, ++n).text(3, a.code).text(4, a.text).text(5, a.timeFrame);
            const qint64 id = m_action.text(6, a.responsible).text(7, a.status).run();
            anchor(documentId, "action", id, "", a.box);
            ++report.actions;
            ++report.anchors;
        }
        n = 0;
        for (const synth::DonorComment &c : r.donorComments) {
            const qint64 id = m_comment.integer(1, recId).integer(2, ++n).text(3, c.donor).text(4, c.text).run();
            anchor(documentId, "donor_comment", id, "", c.box);
            ++report.donorComments;
            ++report.anchors;
        }
        if (r.followUp) {
            followUp(doc, r, recId, report);
        }
    }
    // The other lists of the extraction, in the importer's (alphabetical) order.
    const auto list = [&](const std::string &type, const std::vector<std::string> &items) {
        int k = 0;
        for (const std::string &item : items) {
            record(documentId, type, ++k, item);
            ++report.records;
        }
    };
    list("donors", doc.donors);
    for (const char *type : {"good_practices", "lessons_learned"}) {
        std::vector<std::string> items;
        for (const synth::Record &r : doc.records) {
            if (r.type == type) {
                items.push_back(r.text);
            }
        }
        list(type, items);
    }
    list("sections", doc.sections);
    for (const auto &[from, to] : doc.crossReferences) {
        m_crossReference.integer(1, documentId).text(2, from).text(3, to).run();
    }
}

} // namespace

SynthReport SyntheticLibrary::writeTo(sql::Database &db, const std::function<void(qint64)> &progress) const
{
    QElapsedTimer timer;
    timer.start();
    SynthReport report;
    try {
        {
            sql::Statement st = db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM documents)"));
            if (st.next() && st.integer(0) != 0) {
                throw StoreError(StoreError::Reason::Generic,
                                 QStringLiteral("The library already holds documents; synthetic documents are "
                                                "written only into a new, empty library."));
            }
        }
        const SyntheticText text;
        db.exec(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB while writing
        Writer writer(db.handle());
        std::optional<BulkSearchIndex> bulk;
        if (!m_options.indexThroughTriggers) {
            bulk.emplace(db);
        }
        synth::DocumentStream stream(text, m_options.seed, m_options.recommendations);
        bool more = true;
        while (more) {
            sql::Transaction tx(db);
            if (bulk) {
                bulk->begin();
            }
            const qint64 batchEnd = report.recommendations + kRecommendationsPerTransaction;
            while (report.recommendations < batchEnd) {
                const std::optional<synth::Document> doc = stream.next();
                if (!doc) {
                    more = false;
                    break;
                }
                writer.write(*doc, report);
            }
            if (bulk) {
                bulk->finish();
            }
            tx.commit();
            if (progress) {
                progress(report.recommendations);
            }
        }
        db.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    } catch (const sql::Error &e) {
        throw toStoreError(e);
    }
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    spdlog::info("synthetic library: {} documents, {} recommendations in {:.1f} s", report.documents,
                 report.recommendations, report.seconds);
    return report;
}

SynthReport SyntheticLibrary::createAt(const QString &path, const std::function<void(qint64)> &progress) const
{
    if (QFileInfo::exists(path) && !SqliteLibraryStore::open(path)->documents().isEmpty()) {
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("%1 already holds documents; synthetic documents are written only into a "
                                        "new, empty library.")
                             .arg(path));
    }
    const QString temp = path + QStringLiteral(".partial");
    const auto removeFiles = [](const QString &base) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(base + QLatin1String(suffix));
        }
    };
    removeFiles(temp);
    SynthReport report;
    try {
        auto store = SqliteLibraryStore::open(temp);
        sql::Database &db = store->database();
        // A half-written temporary file is thrown away, so it needs no journal on disk.
        db.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
        db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        report = writeTo(db, progress);
        db.enableWriteAheadLog();
    } catch (...) {
        removeFiles(temp);
        throw;
    }
    removeFiles(path);
    if (!QFile::rename(temp, path)) {
        removeFiles(temp);
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("The library could not be written to %1.").arg(path));
    }
    return report;
}

} // namespace evalreview
