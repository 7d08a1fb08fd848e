#include "Schema.h"

#include "Sqlite.h"
#include "ThemeStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace evalreview {

namespace {

// Version 1: documents, page text, anchors, extracted records, reviewer data, full-text index.
// Rowids of search_index encode their source: rowid = source_id * 8 + source_type, so rows are
// deleted by rowid instead of by scanning an unindexed column.
constexpr auto kVersion1 = R"SQL(
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    kind          TEXT NOT NULL CHECK (kind IN ('management_response','evaluation_report',
                       'progress_report','newsletter','final_report','unknown')),
    title         TEXT NOT NULL DEFAULT '',
    programme     TEXT NOT NULL DEFAULT '',
    source_format TEXT NOT NULL CHECK (source_format IN ('pdf','docx')),
    source_path   TEXT NOT NULL DEFAULT '',
    page_count    INTEGER NOT NULL DEFAULT 0 CHECK (page_count >= 0),
    metadata      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    extraction    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extraction)),
    imported_at   TEXT NOT NULL
);
CREATE INDEX documents_kind ON documents(kind);
CREATE INDEX documents_title ON documents(title);

CREATE TABLE pages (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page_no     INTEGER NOT NULL CHECK (page_no >= 1),
    width_pt    REAL NOT NULL DEFAULT 0,
    height_pt   REAL NOT NULL DEFAULT 0,
    text        TEXT NOT NULL DEFAULT '',
    UNIQUE (document_id, page_no)
);

CREATE TABLE recommendations (
    id                    INTEGER PRIMARY KEY,
    document_id           INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal               INTEGER NOT NULL,
    code                  TEXT NOT NULL,
    section               TEXT,
    title                 TEXT,
    text                  TEXT NOT NULL DEFAULT '',
    addressed_to          TEXT CHECK (addressed_to IS NULL OR json_valid(addressed_to)),
    priority              TEXT,
    resource_implications TEXT,
    timing                TEXT,
    page_no               INTEGER,
    donor_comment_count   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX recommendations_document ON recommendations(document_id, ordinal);
CREATE INDEX recommendations_section ON recommendations(section);
CREATE INDEX recommendations_priority ON recommendations(priority);
CREATE INDEX recommendations_code ON recommendations(code);
CREATE INDEX recommendations_with_comments ON recommendations(document_id, ordinal) WHERE donor_comment_count > 0;

CREATE TABLE responses (
    recommendation_id INTEGER PRIMARY KEY REFERENCES recommendations(id) ON DELETE CASCADE,
    category          TEXT CHECK (category IS NULL OR category IN ('accepted','accepted_with_reservations',
                           'partially_accepted','not_accepted','no_position','deferred')),
    text              TEXT
);
CREATE INDEX responses_category ON responses(category);

CREATE TABLE actions (
    id                INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    code              TEXT,
    text              TEXT NOT NULL DEFAULT '',
    time_frame        TEXT,
    responsible       TEXT,
    status            TEXT,
    comments          TEXT
);
CREATE INDEX actions_recommendation ON actions(recommendation_id, ordinal);

CREATE TABLE donor_comments (
    id                INTEGER PRIMARY KEY,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    donor             TEXT NOT NULL,
    text              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX donor_comments_recommendation ON donor_comments(recommendation_id);
CREATE INDEX donor_comments_donor ON donor_comments(donor, recommendation_id);

-- Records of the other kinds: follow-up items, outcomes, outputs, indicators, lessons learned,
-- good practices, events, financial rows, sections. `type` is the extraction's list name.
CREATE TABLE records (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    ordinal     INTEGER NOT NULL,
    code        TEXT,
    title       TEXT,
    text        TEXT NOT NULL DEFAULT '',
    data        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data))
);
CREATE INDEX records_document ON records(document_id, type, ordinal);

CREATE TABLE cross_references (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    from_code   TEXT NOT NULL,
    to_code     TEXT NOT NULL,
    from_recommendation_id INTEGER REFERENCES recommendations(id) ON DELETE CASCADE,
    to_recommendation_id   INTEGER REFERENCES recommendations(id) ON DELETE SET NULL
);
CREATE INDEX cross_references_document ON cross_references(document_id);

-- Where a piece of text sits in its source: a page region, or for DOCX a table row reference.
CREATE TABLE anchors (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    owner_type  TEXT NOT NULL CHECK (owner_type IN ('recommendation','action','donor_comment','record')),
    owner_id    INTEGER NOT NULL,
    field       TEXT NOT NULL DEFAULT '',
    page_no     INTEGER NOT NULL CHECK (page_no >= 1),
    x0 REAL NOT NULL, y0 REAL NOT NULL, x1 REAL NOT NULL, y1 REAL NOT NULL,
    ref         TEXT
);
CREATE INDEX anchors_owner ON anchors(owner_type, owner_id);
CREATE INDEX anchors_page ON anchors(document_id, page_no);

-- Reviewer data. Kept apart from extracted data: a follow-up row remembers the document title
-- and code it belongs to, so it survives re-importing a revised document and can be matched again.
CREATE TABLE followups (
    id                INTEGER PRIMARY KEY,
    recommendation_id INTEGER UNIQUE REFERENCES recommendations(id) ON DELETE SET NULL,
    document_title    TEXT NOT NULL DEFAULT '',
    code              TEXT NOT NULL DEFAULT '',
    text_excerpt      TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started','in_progress',
                           'partially_completed','completed','no_longer_relevant')),
    owner             TEXT NOT NULL DEFAULT '',
    due_date          TEXT,
    due_derived       INTEGER NOT NULL DEFAULT 0,
    note              TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX followups_status ON followups(status);
CREATE INDEX followups_due ON followups(due_date);
CREATE INDEX followups_owner ON followups(owner);

CREATE TABLE followup_history (
    id          INTEGER PRIMARY KEY,
    followup_id INTEGER NOT NULL REFERENCES followups(id) ON DELETE CASCADE,
    changed_at  TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX followup_history_followup ON followup_history(followup_id, changed_at);

CREATE TABLE tags (
    followup_id INTEGER NOT NULL REFERENCES followups(id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    PRIMARY KEY (followup_id, tag)
) WITHOUT ROWID;

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    followup_id INTEGER NOT NULL REFERENCES followups(id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL
);

CREATE VIRTUAL TABLE search_index USING fts5(
    body, source_type UNINDEXED, source_id UNINDEXED, document_id UNINDEXED, page_no UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER pages_ai AFTER INSERT ON pages BEGIN
    INSERT INTO search_index(rowid, body, source_type, source_id, document_id, page_no)
    VALUES (new.id * 8, new.text, 'page', new.id, new.document_id, new.page_no);
END;
CREATE TRIGGER pages_ad AFTER DELETE ON pages BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8;
END;
CREATE TRIGGER pages_au AFTER UPDATE OF text ON pages BEGIN
    UPDATE search_index SET body = new.text WHERE rowid = new.id * 8;
END;

CREATE TRIGGER recommendations_ai AFTER INSERT ON recommendations BEGIN
    INSERT INTO search_index(rowid, body, source_type, source_id, document_id, page_no)
    VALUES (new.id * 8 + 1, new.code || ' ' || new.text, 'recommendation', new.id, new.document_id, new.page_no);
END;
CREATE TRIGGER recommendations_ad AFTER DELETE ON recommendations BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;
CREATE TRIGGER recommendations_au AFTER UPDATE OF text, code ON recommendations BEGIN
    UPDATE search_index SET body = new.code || ' ' || new.text WHERE rowid = new.id * 8 + 1;
END;

CREATE TRIGGER responses_ai AFTER INSERT ON responses WHEN new.text IS NOT NULL BEGIN
    INSERT INTO search_index(rowid, body, source_type, source_id, document_id, page_no)
    SELECT new.recommendation_id * 8 + 2, new.text, 'response', new.recommendation_id, r.document_id, r.page_no
    FROM recommendations r WHERE r.id = new.recommendation_id;
END;
CREATE TRIGGER responses_ad AFTER DELETE ON responses BEGIN
    DELETE FROM search_index WHERE rowid = old.recommendation_id * 8 + 2;
END;

CREATE TRIGGER actions_ai AFTER INSERT ON actions BEGIN
    INSERT INTO search_index(rowid, body, source_type, source_id, document_id, page_no)
    SELECT new.id * 8 + 3, new.text, 'action', new.id, r.document_id, r.page_no
    FROM recommendations r WHERE r.id = new.recommendation_id;
END;
CREATE TRIGGER actions_ad AFTER DELETE ON actions BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;

CREATE TRIGGER donor_comments_ai AFTER INSERT ON donor_comments BEGIN
    INSERT INTO search_index(rowid, body, source_type, source_id, document_id, page_no)
    SELECT new.id * 8 + 4, new.donor || ': ' || new.text, 'donor_comment', new.id, r.document_id, r.page_no
    FROM recommendations r WHERE r.id = new.recommendation_id;
    UPDATE recommendations SET donor_comment_count = donor_comment_count + 1 WHERE id = new.recommendation_id;
END;
CREATE TRIGGER donor_comments_ad AFTER DELETE ON donor_comments BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    UPDATE recommendations SET donor_comment_count = donor_comment_count - 1 WHERE id = old.recommendation_id;
END;

CREATE TRIGGER records_ai AFTER INSERT ON records WHEN length(new.text) > 0 BEGIN
    INSERT INTO search_index(rowid, body, source_type, source_id, document_id, page_no)
    VALUES (new.id * 8 + 5, new.text, 'record', new.id, new.document_id, NULL);
END;
CREATE TRIGGER records_ad AFTER DELETE ON records BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;

CREATE TRIGGER followups_notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO search_index(rowid, body, source_type, source_id, document_id, page_no)
    VALUES (new.id * 8 + 6, new.text, 'note', new.id, NULL, NULL);
END;
CREATE TRIGGER followups_notes_ad AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;
)SQL";

// Version 2: links between records of different documents (a response row and the evaluation
// recommendation it answers, a progress item and the action it reports on). Suggested links come
// from code and text similarity; the reviewer confirms, rejects or adds them.
constexpr auto kVersion2 = R"SQL(
CREATE TABLE links (
    id          INTEGER PRIMARY KEY,
    from_type   TEXT NOT NULL CHECK (from_type IN ('recommendation','action','record')),
    from_id     INTEGER NOT NULL,
    to_type     TEXT NOT NULL CHECK (to_type IN ('recommendation','action','record')),
    to_id       INTEGER NOT NULL,
    relation    TEXT NOT NULL CHECK (relation IN ('answers','reports_on','refers_to')),
    score       REAL NOT NULL DEFAULT 0,
    state       TEXT NOT NULL DEFAULT 'suggested' CHECK (state IN ('suggested','confirmed','rejected')),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (from_type, from_id, to_type, to_id)
);
CREATE INDEX links_to ON links(to_type, to_id);

CREATE TRIGGER links_recommendation_ad AFTER DELETE ON recommendations BEGIN
    DELETE FROM links WHERE (from_type = 'recommendation' AND from_id = old.id)
                         OR (to_type = 'recommendation' AND to_id = old.id);
END;
CREATE TRIGGER links_action_ad AFTER DELETE ON actions BEGIN
    DELETE FROM links WHERE (from_type = 'action' AND from_id = old.id) OR (to_type = 'action' AND to_id = old.id);
END;
CREATE TRIGGER links_record_ad AFTER DELETE ON records BEGIN
    DELETE FROM links WHERE (from_type = 'record' AND from_id = old.id) OR (to_type = 'record' AND to_id = old.id);
END;
)SQL";

// Version 3, for libraries of 100,000 recommendations: the document list (library sidebar, `stats`)
// read from an index that holds every column it shows, so listing thousands of documents never
// reads their extraction JSON, which the row stores before imported_at; and the follow-up status and
// overdue filters and their counts answered from indexes without reading the follow-up rows.
constexpr auto kVersion3 = R"SQL(
CREATE INDEX documents_list ON documents(kind, title, id, file_name, programme, source_format, page_count,
                                         imported_at, sha256);
CREATE INDEX followups_status_recommendation ON followups(status, recommendation_id);
CREATE INDEX followups_due_open ON followups(due_date, status, recommendation_id);
)SQL";

// Version 4: the words of each recommendation in one row of a second full-text index (its code and
// text, the response, the actions and the donor comments with the donor's name), without positions,
// for the text filter of the recommendations list: a word found in most of 100,000 recommendations
// is one list of 100,000 row ids there, against 330,000 entries with positions in search_index.
// Rows are written by the import once the document's records are in (RecommendationWords); the view
// gives the words a row was written with, so triggers can take them out again before the
// recommendation and its children go, and rewrite them when a text is changed. A changed response,
// action or donor comment is now also rewritten in search_index, as recommendations and pages were.
constexpr auto kVersion4 = R"SQL(
CREATE VIRTUAL TABLE recommendation_words USING fts5(
    body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4', detail = none, content = '',
    columnsize = 0
);
CREATE VIEW recommendation_words_text(id, document_id, body) AS
SELECT r.id, r.document_id, r.code || ' ' || r.text
    || coalesce(' ' || (SELECT text FROM responses WHERE recommendation_id = r.id), '')
    || coalesce(' ' || (SELECT group_concat(text, ' ') FROM actions WHERE recommendation_id = r.id), '')
    || coalesce(' ' || (SELECT group_concat(donor || ': ' || text, ' ') FROM donor_comments
                        WHERE recommendation_id = r.id), '')
FROM recommendations r;
CREATE TRIGGER recommendation_words_bd BEFORE DELETE ON recommendations BEGIN
    INSERT INTO recommendation_words(recommendation_words, rowid, body)
    SELECT 'delete', id, body FROM recommendation_words_text WHERE id = old.id;
END;
CREATE TRIGGER recommendations_words_bu BEFORE UPDATE OF code, text ON recommendations BEGIN
    INSERT INTO recommendation_words(recommendation_words, rowid, body)
    SELECT 'delete', id, body FROM recommendation_words_text WHERE id = old.id;
END;
CREATE TRIGGER recommendations_words_au AFTER UPDATE OF code, text ON recommendations BEGIN
    INSERT INTO recommendation_words(rowid, body) SELECT id, body FROM recommendation_words_text WHERE id = new.id;
END;
CREATE TRIGGER responses_words_bu BEFORE UPDATE OF text ON responses BEGIN
    INSERT INTO recommendation_words(recommendation_words, rowid, body)
    SELECT 'delete', id, body FROM recommendation_words_text WHERE id = old.recommendation_id;
END;
CREATE TRIGGER responses_words_au AFTER UPDATE OF text ON responses BEGIN
    INSERT INTO recommendation_words(rowid, body) SELECT id, body FROM recommendation_words_text WHERE id = new.recommendation_id;
END;
CREATE TRIGGER actions_words_bu BEFORE UPDATE OF text ON actions BEGIN
    INSERT INTO recommendation_words(recommendation_words, rowid, body)
    SELECT 'delete', id, body FROM recommendation_words_text WHERE id = old.recommendation_id;
END;
CREATE TRIGGER actions_words_au AFTER UPDATE OF text ON actions BEGIN
    INSERT INTO recommendation_words(rowid, body) SELECT id, body FROM recommendation_words_text WHERE id = new.recommendation_id;
END;
CREATE TRIGGER donor_comments_words_bu BEFORE UPDATE OF donor, text ON donor_comments BEGIN
    INSERT INTO recommendation_words(recommendation_words, rowid, body)
    SELECT 'delete', id, body FROM recommendation_words_text WHERE id = old.recommendation_id;
END;
CREATE TRIGGER donor_comments_words_au AFTER UPDATE OF donor, text ON donor_comments BEGIN
    INSERT INTO recommendation_words(rowid, body) SELECT id, body FROM recommendation_words_text WHERE id = new.recommendation_id;
END;
INSERT INTO recommendation_words(rowid, body) SELECT id, body FROM recommendation_words_text;

CREATE TRIGGER responses_au AFTER UPDATE OF text ON responses BEGIN
    DELETE FROM search_index WHERE rowid = old.recommendation_id * 8 + 2;
    INSERT INTO search_index(rowid, body, source_type, source_id, document_id, page_no)
    SELECT new.recommendation_id * 8 + 2, new.text, 'response', new.recommendation_id, r.document_id, r.page_no
    FROM recommendations r WHERE r.id = new.recommendation_id AND new.text IS NOT NULL;
END;
CREATE TRIGGER actions_au AFTER UPDATE OF text ON actions BEGIN
    UPDATE search_index SET body = new.text WHERE rowid = new.id * 8 + 3;
END;
CREATE TRIGGER donor_comments_au AFTER UPDATE OF donor, text ON donor_comments BEGIN
    UPDATE search_index SET body = new.donor || ': ' || new.text WHERE rowid = new.id * 8 + 4;
END;
)SQL";

// Version 5: the warnings of each document's extraction report in a column of their own, held by
// the document list's index, so the library marks unsure extractions without reading the JSON.
constexpr auto kVersion5 = R"SQL(
ALTER TABLE documents ADD COLUMN extraction_warnings TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(extraction_warnings) AND json_type(extraction_warnings) = 'array');
UPDATE documents SET extraction_warnings = coalesce(json_extract(metadata, '$.extraction_report.warnings'), '[]')
    WHERE json_type(metadata, '$.extraction_report.warnings') = 'array';
DROP INDEX documents_list;
CREATE INDEX documents_list ON documents(kind, title, id, file_name, programme, source_format, page_count,
                                         imported_at, sha256, extraction_warnings);
)SQL";

// Version 6: documents of no extracted kind are "other" (terms of reference, inception reports,
// case studies, anything else), no longer "unknown". SQLite cannot change a CHECK constraint, so the
// table is rebuilt (https://sqlite.org/lang_altertable.html, "making other kinds of table schema
// changes"): with foreign keys off, so that dropping the old table deletes no page or record.
constexpr auto kVersion6 = R"SQL(
CREATE TABLE documents_v6 (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    kind          TEXT NOT NULL CHECK (kind IN ('management_response','evaluation_report',
                       'progress_report','newsletter','final_report','other')),
    title         TEXT NOT NULL DEFAULT '',
    programme     TEXT NOT NULL DEFAULT '',
    source_format TEXT NOT NULL CHECK (source_format IN ('pdf','docx')),
    source_path   TEXT NOT NULL DEFAULT '',
    page_count    INTEGER NOT NULL DEFAULT 0 CHECK (page_count >= 0),
    metadata      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    extraction    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(extraction)),
    imported_at   TEXT NOT NULL,
    extraction_warnings TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(extraction_warnings) AND json_type(extraction_warnings) = 'array')
);
INSERT INTO documents_v6 (id, file_name, sha256, kind, title, programme, source_format, source_path, page_count,
                          metadata, extraction, imported_at, extraction_warnings)
SELECT id, file_name, sha256, CASE kind WHEN 'unknown' THEN 'other' ELSE kind END, title, programme,
       source_format, source_path, page_count, metadata,
       CASE WHEN kind = 'unknown' THEN json_set(extraction, '$.kind', 'other') ELSE extraction END,
       imported_at, extraction_warnings
FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v6 RENAME TO documents;
CREATE INDEX documents_kind ON documents(kind);
CREATE INDEX documents_title ON documents(title);
CREATE INDEX documents_list ON documents(kind, title, id, file_name, programme, source_format, page_count,
                                         imported_at, sha256, extraction_warnings);
)SQL";

// Version 7: reviewers' corrections. A record's library columns hold the value a reviewer set; the
// value the extraction gave stays in the document's extraction JSON and, for each corrected field,
// in `corrections` beside the reviewer's value (a field back at its extracted value has no row).
// Records a reviewer drew on a page have origin 'reviewer'; a deleted record stays, marked, so that
// deleting is undone without loss; a verified one carries the reviewer's sign-off. Every change is in
// correction_history (who, when, old and new value). Rows remember the document title and the
// recommendation code, so a revision of the document can take them over.
constexpr auto kVersion7 = R"SQL(
ALTER TABLE recommendations ADD COLUMN origin TEXT NOT NULL DEFAULT 'extracted'
    CHECK (origin IN ('extracted','reviewer'));
ALTER TABLE recommendations ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));
ALTER TABLE recommendations ADD COLUMN verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1));
ALTER TABLE actions ADD COLUMN origin TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted','reviewer'));
ALTER TABLE actions ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));
ALTER TABLE donor_comments ADD COLUMN origin TEXT NOT NULL DEFAULT 'extracted'
    CHECK (origin IN ('extracted','reviewer'));
ALTER TABLE donor_comments ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));
CREATE INDEX recommendations_deleted ON recommendations(document_id) WHERE deleted = 1;
CREATE INDEX recommendations_verified ON recommendations(document_id) WHERE verified = 1;

CREATE TABLE corrections (
    id              INTEGER PRIMARY KEY,
    target_type     TEXT NOT NULL CHECK (target_type IN ('recommendation','action','donor_comment')),
    target_id       INTEGER,
    document_id     INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    document_title  TEXT NOT NULL DEFAULT '',
    code            TEXT NOT NULL DEFAULT '',
    ordinal         INTEGER NOT NULL DEFAULT 0,
    field           TEXT NOT NULL,
    extracted_value TEXT,
    value           TEXT,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL DEFAULT '',
    UNIQUE (target_type, target_id, field)
);
CREATE INDEX corrections_document ON corrections(document_id);
CREATE INDEX corrections_title ON corrections(document_title) WHERE target_id IS NULL;

CREATE TABLE correction_history (
    id          INTEGER PRIMARY KEY,
    target_type TEXT NOT NULL,
    target_id   INTEGER,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    changed_at  TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX correction_history_target ON correction_history(target_type, target_id, changed_at);

-- A corrected record keeps its corrections when it goes (a document removed or replaced by a
-- revision): they wait, with their title and code, for the record that takes its place.
CREATE TRIGGER corrections_recommendation_ad AFTER DELETE ON recommendations BEGIN
    UPDATE corrections SET target_id = NULL WHERE target_type = 'recommendation' AND target_id = old.id;
END;
CREATE TRIGGER corrections_action_ad AFTER DELETE ON actions BEGIN
    UPDATE corrections SET target_id = NULL WHERE target_type = 'action' AND target_id = old.id;
END;
CREATE TRIGGER corrections_donor_comment_ad AFTER DELETE ON donor_comments BEGIN
    UPDATE corrections SET target_id = NULL WHERE target_type = 'donor_comment' AND target_id = old.id;
END;
)SQL";

// Version 8, learning across evaluations (issue 20): a theme taxonomy (default: the 17 SDGs and
// cross-cutting themes, with English, French and Spanish keywords; filled by the migration from the
// file shipped with the program, then the reviewer's), theme tags on recommendations, actions and
// records suggested by keyword matching that the reviewer confirms or removes (a removed tag is
// remembered, never suggested again), and groups of recommendations of different documents that say
// the same thing, with the members a reviewer split off a group.
constexpr auto kVersion8 = R"SQL(
CREATE TABLE themes (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
    grp         TEXT NOT NULL DEFAULT '',
    label       TEXT NOT NULL DEFAULT '',
    keywords_en TEXT NOT NULL DEFAULT '',
    keywords_fr TEXT NOT NULL DEFAULT '',
    keywords_es TEXT NOT NULL DEFAULT '',
    ordinal     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE theme_tags (
    id          INTEGER PRIMARY KEY,
    theme_id    INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    target_type TEXT NOT NULL CHECK (target_type IN ('recommendation','action','record')),
    target_id   INTEGER NOT NULL,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    status      TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested','confirmed','removed')),
    keyword     TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (target_type, target_id, theme_id)
);
CREATE INDEX theme_tags_theme ON theme_tags(theme_id, status);
CREATE INDEX theme_tags_document ON theme_tags(document_id);

CREATE TRIGGER theme_tags_recommendation_ad AFTER DELETE ON recommendations BEGIN
    DELETE FROM theme_tags WHERE target_type = 'recommendation' AND target_id = old.id;
END;
CREATE TRIGGER theme_tags_action_ad AFTER DELETE ON actions BEGIN
    DELETE FROM theme_tags WHERE target_type = 'action' AND target_id = old.id;
END;
CREATE TRIGGER theme_tags_record_ad AFTER DELETE ON records BEGIN
    DELETE FROM theme_tags WHERE target_type = 'record' AND target_id = old.id;
END;

CREATE TABLE recurring_groups (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL DEFAULT '',
    documents   INTEGER NOT NULL DEFAULT 0,
    members     INTEGER NOT NULL DEFAULT 0,
    computed_at TEXT NOT NULL
);
CREATE INDEX recurring_groups_documents ON recurring_groups(documents DESC, id);

CREATE TABLE recurring_members (
    group_id          INTEGER NOT NULL REFERENCES recurring_groups(id) ON DELETE CASCADE,
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    similarity        REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, recommendation_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX recurring_members_recommendation ON recurring_members(recommendation_id);

-- A reviewer's split: these two recommendations are not the same, whatever their words.
CREATE TABLE recurring_splits (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    other_id          INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (recommendation_id, other_id)
) WITHOUT ROWID;
)SQL";

struct Migration
{
    int version;
    const char *sql;
    bool rebuildsTables = false;             ///< run with foreign keys off, checked before commit
    void (*fill)(sql::Database &) = nullptr; ///< data the step adds, in its transaction
};

constexpr std::array kMigrations{Migration{1, kVersion1}, Migration{2, kVersion2},
                                 Migration{3, kVersion3}, Migration{4, kVersion4},
                                 Migration{5, kVersion5}, Migration{6, kVersion6, true},
                                 Migration{7, kVersion7}, Migration{8, kVersion8, false, &ThemeStore::fillDefaults}};

/// Foreign keys off for a migration that rebuilds tables (set outside its transaction, where the
/// pragma has effect), on again whatever happens.
class ForeignKeysOff
{
public:
    ForeignKeysOff(sql::Database &db, bool active) : m_db(db), m_active(active)
    {
        if (m_active) {
            m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        }
    }
    ~ForeignKeysOff()
    {
        if (!m_active) {
            return;
        }
        try {
            m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        } catch (const sql::Error &e) {
            spdlog::error("foreign keys could not be turned on again: {}", e.what());
        }
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    sql::Database &m_db;
    bool m_active;
};

bool hasUserTables(sql::Database &db)
{
    sql::Statement st = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    return st.next() && st.integer(0) > 0;
}

void backupBeforeMigration(sql::Database &db, int fromVersion)
{
    const QString target =
        db.path() + QStringLiteral(".v%1-%2.bak")
                        .arg(fromVersion)
                        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    QFile::remove(target);
    sql::Statement st = db.prepare(QStringLiteral("VACUUM INTO ?"));
    st.bind(1, target);
    st.run();
    spdlog::info("library backed up to {} before migration from v{}", target.toStdString(), fromVersion);
}

} // namespace

namespace {

/// A new library takes every step in one transaction: a program killed while creating it leaves
/// an empty file or a whole library, never one of an older format. (No rows yet: the foreign
/// keys are off for the rebuilding steps, as they would be one by one.)
void createFresh(sql::Database &db)
{
    const ForeignKeysOff keysOff(db, true);
    sql::Transaction tx(db);
    // another process creating the same library at this moment may have done it (rolled back here)
    if (db.userVersion() > 0) {
        return;
    }
    for (const Migration &m : kMigrations) {
        db.exec(QString::fromUtf8(m.sql));
        if (m.fill != nullptr) {
            m.fill(db);
        }
    }
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kMigrations.back().version));
    tx.commit();
    spdlog::info("library created at schema v{}", kMigrations.back().version);
}

} // namespace

int Schema::currentVersion()
{
    return kMigrations.back().version;
}

void Schema::migrate(sql::Database &db)
{
    const int version = db.userVersion();
    if (version > currentVersion()) {
        throw SchemaTooNew(version);
    }
    if (version == currentVersion()) {
        return;
    }
    if (version > 0 && hasUserTables(db)) {
        backupBeforeMigration(db, version);
    }
    if (version == 0) {
        createFresh(db);
        return;
    }
    for (const Migration &m : kMigrations) {
        if (m.version <= version) {
            continue;
        }
        const ForeignKeysOff keysOff(db, m.rebuildsTables);
        sql::Transaction tx(db);
        // Read again inside the write transaction: another process creating or upgrading the same
        // library at this moment may have taken this step already (it is then rolled back here).
        if (db.userVersion() >= m.version) {
            continue;
        }
        db.exec(QString::fromUtf8(m.sql));
        if (m.fill != nullptr) {
            m.fill(db);
        }
        if (m.rebuildsTables) {
            sql::Statement check = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
            if (check.next()) {
                throw sql::Error(SQLITE_CONSTRAINT, QStringLiteral("The library's links between tables are damaged, "
                                                                   "so it was not upgraded."));
            }
        }
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        tx.commit();
        spdlog::info("library schema migrated to v{}", m.version);
    }
}

} // namespace evalreview
