// Copying a library file to a team library and saving a team library as a local file: nothing lost.
#include "../unit/TestLibrary.h"
#include "PgLibraryCopy.h"
#include "PgLibraryStore.h"
#include "PgTestSupport.h"
#include "SqliteLibraryStore.h"
#include "TeamLibraryCopy.h"
#include "ThemeStore.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace evalreview;
using namespace evalreview::testing;

namespace {

constexpr const char *kTables[] = {"documents",       "pages",          "recommendations",  "responses",
                                   "actions",         "donor_comments", "records",          "cross_references",
                                   "anchors",         "followups",      "followup_history", "tags",
                                   "notes",           "links",          "corrections",      "correction_history",
                                   "themes",          "theme_tags",     "recurring_groups", "recurring_members",
                                   "recurring_splits"};

/// Every row of `table`, each as its values as SQL literals joined, sorted.
QStringList rowsOf(SqliteLibraryStore &store, const char *table)
{
    QStringList columns;
    sql::Statement names = store.database().prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    names.bind(1, QString::fromLatin1(table));
    while (names.next()) {
        columns << QStringLiteral("quote(\"%1\")").arg(names.text(0));
    }
    QStringList rows;
    sql::Statement st =
        store.database().prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                                     .arg(columns.join(QStringLiteral(" || '|' || ")), QString::fromLatin1(table)));
    while (st.next()) {
        rows << st.text(0);
    }
    rows.sort();
    return rows;
}

QStringList hitsOf(LibraryStore &store, const QString &query)
{
    QStringList hits;
    for (const SearchHit &h : store.search(query, 1000).hits) {
        hits << QStringLiteral("%1 %2 doc %3 page %4 rec %5")
                    .arg(h.sourceType)
                    .arg(h.sourceId)
                    .arg(h.documentId)
                    .arg(h.page)
                    .arg(h.recommendationId);
    }
    hits.sort();
    return hits;
}

/// A library file with two documents and reviewer data of every kind.
void fillLibrary(SqliteLibraryStore &store)
{
    ImportPayload first = samplePayload(shaOf('a'), 3);
    QJsonArray recs = first.extraction.value(QStringLiteral("recommendations")).toArray();
    QJsonObject r1 = recs.at(0).toObject();
    r1.insert(QStringLiteral("source"),
              QJsonArray{QJsonObject{{QStringLiteral("page"), 2},
                                     {QStringLiteral("bbox"), QJsonArray{0.1234567890123456, 0.2, 0.7, 0.41}}}});
    r1.insert(QStringLiteral("addressed_to"), QJsonArray{QStringLiteral("ILO"), QStringLiteral("SECO")});
    recs.replace(0, r1);
    first.extraction.insert(QStringLiteral("recommendations"), recs);
    first.extraction.insert(QStringLiteral("lessons"),
                            QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Lesson")},
                                                   {QStringLiteral("text"), QStringLiteral("Réunions régulières")}}});
    ASSERT_EQ(store.importDocument(first).status, ImportOutcome::Status::Imported);
    ImportPayload second = samplePayload(shaOf('b'), 2);
    second.title = QStringLiteral("Second response");
    ASSERT_EQ(store.importDocument(second).status, ImportOutcome::Status::Imported);
    sql::Database &db = store.database();
    db.exec(QStringLiteral(
        "INSERT INTO followups(recommendation_id, document_title, code, text_excerpt, status, owner, due_date,"
        " due_derived, note, updated_at, updated_by) SELECT id, 'Sample management response', code, 'excerpt',"
        " 'in_progress', 'Ama', '2027-03-31', 1, 'call the office', '2026-11-02T10:11:12.345Z', 'ama'"
        " FROM recommendations WHERE code = 'G1'"));
    db.exec(QStringLiteral("INSERT INTO followups(recommendation_id, document_title, code, status, note, updated_at,"
                           " updated_by) VALUES (NULL, 'Gone document', 'X9', 'completed', 'kept', "
                           "'2026-01-01T00:00:00Z', 'kofi')"));
    db.exec(QStringLiteral("INSERT INTO followup_history(followup_id, changed_at, author, field, old_value, new_value)"
                           " VALUES (1, '2026-11-02T10:11:12.345Z', 'ama', 'status', 'not_started', 'in_progress')"));
    db.exec(QStringLiteral("INSERT INTO tags(followup_id, tag) VALUES (1, 'budget'), (1, 'urgent')"));
    db.exec(QStringLiteral("INSERT INTO notes(followup_id, created_at, author, text) VALUES (1, "
                           "'2026-11-03T08:00:00Z', 'ama', 'Meeting with the ministry planned')"));
    db.exec(QStringLiteral("INSERT INTO links(from_type, from_id, to_type, to_id, relation, score, state, created_at,"
                           " created_by) VALUES ('recommendation', 1, 'recommendation', 4, 'refers_to', "
                           "0.8765432109876543, 'confirmed', '2026-11-04T09:00:00Z', 'ama')"));
    db.exec(QStringLiteral("UPDATE recommendations SET verified = 1 WHERE id = 2"));
    db.exec(QStringLiteral("INSERT INTO corrections(target_type, target_id, document_id, document_title, code, ordinal,"
                           " field, extracted_value, value, updated_at, updated_by) VALUES ('recommendation', 2, 1,"
                           " 'Sample management response', 'G2', 2, 'priority', NULL, 'High',"
                           " '2026-11-05T10:00:00.001Z', 'ama')"));
    db.exec(QStringLiteral("INSERT INTO correction_history(target_type, target_id, document_id, field, old_value,"
                           " new_value, changed_at, author) VALUES ('recommendation', 2, 1, 'priority', NULL, 'High',"
                           " '2026-11-05T10:00:00.001Z', 'ama')"));
    // The reviewer's taxonomy (a keyword added, a theme of their own), its tags, groups and splits.
    db.exec(QStringLiteral("UPDATE themes SET keywords_en = keywords_en || '; tripartite' WHERE key = 'sdg8'"));
    db.exec(
        QStringLiteral("INSERT INTO themes(key, grp, label, keywords_en, keywords_fr, keywords_es, ordinal)"
                       " VALUES ('meetings', 'own', 'Meetings', 'meeting*; réunion*', 'réunion*', 'reunión*', 99)"));
    ThemeStore themes(db);
    EXPECT_GT(themes.suggest(), 0);
    EXPECT_TRUE(themes.setStatus(QStringLiteral("recommendation"), 1, QStringLiteral("sdg8"),
                                 QStringLiteral("confirmed"), QStringLiteral("ama")));
    EXPECT_TRUE(themes.setStatus(QStringLiteral("recommendation"), 2, QStringLiteral("meetings"),
                                 QStringLiteral("removed"), QStringLiteral("kofi")));
    db.exec(QStringLiteral("INSERT INTO recurring_groups(label, documents, members, computed_at) VALUES "
                           "('Strengthen tripartite dialogue', 2, 2, '2026-11-06T09:00:00Z'), "
                           "('Hire', 2, 2, '2026-11-06T09:00:00Z')"));
    db.exec(QStringLiteral("INSERT INTO recurring_members(group_id, recommendation_id, similarity) VALUES "
                           "(1, 1, 0.9123456789012345), (1, 4, 0.9123456789012345), (2, 2, 0.75), (2, 5, 0.75)"));
    db.exec(QStringLiteral("INSERT INTO recurring_splits(recommendation_id, other_id, created_at, created_by)"
                           " VALUES (3, 1, '2026-11-07T10:00:00Z', 'ama'), (1, 3, '2026-11-07T10:00:00Z', 'ama')"));
}

class LibraryCopyTest : public PgTest
{};

} // namespace

TEST_F(LibraryCopyTest, ALibraryFileCopiedToTheServerAndBackLosesNothing)
{
    QTemporaryDir dir;
    auto file = SqliteLibraryStore::open(dir.filePath(QStringLiteral("original.evalreview")));
    fillLibrary(*file);
    if (HasFatalFailure()) {
        return;
    }
    const pg::ServerAddress address = freshLibrary();
    auto server = pg::PgLibraryStore::open(address);
    const pg::CopyOutcome copied = pg::library_copy::toServer(*file, server->connection());
    EXPECT_EQ(copied.documents, 2);
    EXPECT_GT(copied.rows, 30);

    // The team library lists, counts and finds what the file does.
    const QList<DocumentSummary> before = file->documents();
    const QList<DocumentSummary> after = server->documents();
    ASSERT_EQ(before.size(), after.size());
    for (int i = 0; i < before.size(); ++i) {
        EXPECT_EQ(before[i].id, after[i].id);
        EXPECT_EQ(before[i].title, after[i].title);
        EXPECT_EQ(before[i].sha256, after[i].sha256);
        EXPECT_EQ(before[i].importedAt, after[i].importedAt);
        EXPECT_EQ(before[i].recommendationCount, after[i].recommendationCount);
        EXPECT_EQ(before[i].verifiedCount, after[i].verifiedCount);
        EXPECT_EQ(before[i].recordCount, after[i].recordCount);
    }
    const LibraryStats a = file->stats(), b = server->stats();
    EXPECT_EQ(a.pages, b.pages);
    EXPECT_EQ(a.recommendations, b.recommendations);
    EXPECT_EQ(a.actions, b.actions);
    EXPECT_EQ(a.donorComments, b.donorComments);
    EXPECT_EQ(a.records, b.records);
    EXPECT_EQ(a.followups, b.followups);
    EXPECT_EQ(a.verified, b.verified);
    EXPECT_EQ(a.corrections, b.corrections);
    EXPECT_TRUE(server->check().ok()) << server->check().problems.join(QLatin1Char('\n')).toStdString();
    // The file's taxonomy took the place of the default one the team library was set up with.
    pg::Connection &db = server->connection();
    EXPECT_EQ(db.exec(QStringLiteral("SELECT count(*) FROM themes")).integer(0, 0),
              ThemeStore::defaultThemes().size() + 1);
    EXPECT_EQ(
        db.exec(QStringLiteral("SELECT keywords_en LIKE '%; tripartite' FROM themes WHERE key = 'sdg8'")).text(0, 0),
        QStringLiteral("t"));
    EXPECT_EQ(db.exec(QStringLiteral("SELECT count(*) FROM theme_tags WHERE status <> 'suggested'")).integer(0, 0), 2);
    EXPECT_EQ(db.exec(QStringLiteral("SELECT count(*) FROM recurring_members")).integer(0, 0), 4);
    for (const QString &q : {QStringLiteral("securite"), QStringLiteral("\"would like to know\""),
                             QStringLiteral("tripart*"), QStringLiteral("reunions"), QStringLiteral("ministry")}) {
        EXPECT_EQ(hitsOf(*file, q), hitsOf(*server, q)) << q.toStdString();
    }
    EXPECT_FALSE(hitsOf(*server, QStringLiteral("reunions")).isEmpty());

    // New rows on the server take ids past the copied ones.
    ImportPayload third = samplePayload(shaOf('c'), 1);
    third.title = QStringLiteral("Third");
    const ImportOutcome imported = server->importDocument(third);
    ASSERT_EQ(imported.status, ImportOutcome::Status::Imported) << imported.message.toStdString();
    EXPECT_EQ(imported.documentId, 3);
    ASSERT_TRUE(server->removeDocument(imported.documentId));

    // A second copy into the same team library is refused, and changes nothing.
    try {
        pg::library_copy::toServer(*file, server->connection());
        ADD_FAILURE() << "copied into a team library that holds documents";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("empty"))) << e.message().toStdString();
    }
    EXPECT_EQ(server->documents().size(), 2);

    // Saved back as a local copy: every row of every table as it was in the original file.
    const QString local = dir.filePath(QStringLiteral("local.evalreview"));
    server->backupTo(local);
    auto back = SqliteLibraryStore::open(local);
    for (const char *table : kTables) {
        EXPECT_EQ(rowsOf(*file, table).join(QLatin1Char('\n')).toStdString(),
                  rowsOf(*back, table).join(QLatin1Char('\n')).toStdString())
            << table;
    }
    EXPECT_TRUE(back->check().ok()) << back->check().problems.join(QLatin1Char('\n')).toStdString();
    for (const QString &q : {QStringLiteral("securite"), QStringLiteral("tripart*"), QStringLiteral("ministry")}) {
        EXPECT_EQ(hitsOf(*file, q), hitsOf(*back, q)) << q.toStdString();
    }
    EXPECT_FALSE(QFile::exists(local + QStringLiteral(".partial")));
}

TEST_F(LibraryCopyTest, ServerCopyOnTheCommandLine)
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.evalreview"));
    {
        auto file = SqliteLibraryStore::open(original);
        fillLibrary(*file);
        if (HasFatalFailure()) {
            return;
        }
    }
    const pg::ServerAddress address = freshLibrary();
    const auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(EVALREVIEW_CLI), args);
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const auto copied = run({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--from"), original,
                             QStringLiteral("--library"), address.url});
    EXPECT_EQ(copied.first, 0) << copied.second.toStdString();
    EXPECT_TRUE(copied.second.startsWith(QLatin1String("Copied 2 documents"))) << copied.second.toStdString();
    const QString local = dir.filePath(QStringLiteral("local.evalreview"));
    const auto saved = run({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--to"), local,
                            QStringLiteral("--library"), address.url});
    EXPECT_EQ(saved.first, 0) << saved.second.toStdString();
    const auto again = run({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--to"), local,
                            QStringLiteral("--library"), address.url});
    EXPECT_EQ(again.first, 1);
    EXPECT_TRUE(again.second.contains(QLatin1String("already exists"))) << again.second.toStdString();
    const auto neither =
        run({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--library"), address.url});
    EXPECT_EQ(neither.first, 2);
    const auto searched =
        run({QStringLiteral("search"), QStringLiteral("--library"), local, QStringLiteral("ministry")});
    EXPECT_EQ(searched.first, 0) << searched.second.toStdString();
    EXPECT_TRUE(searched.second.contains(QLatin1String("1 hit ("))) << searched.second.toStdString();
}

TEST_F(LibraryCopyTest, ACancelledCopyOrOneByANonOwnerCopiesNothing)
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.evalreview"));
    {
        auto file = SqliteLibraryStore::open(original);
        fillLibrary(*file);
        if (HasFatalFailure()) {
            return;
        }
    }
    const pg::ServerAddress address = freshLibrary();
    const auto held = [&address] {
        pg::Connection db = pg::Connection::open(address);
        return db
            .exec(QStringLiteral("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM followups) + "
                                 "(SELECT count(*) FROM themes)"))
            .integer(0, 0);
    };
    const qint64 before = held();

    // Cancelled (here before its first row): nothing is copied, the default taxonomy stays.
    const std::atomic_bool cancel{true};
    try {
        copyLibraryToServer(original, address.url, &cancel);
        ADD_FAILURE() << "a cancelled copy went through";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.message().contains(QLatin1String("cancelled"))) << e.message().toStdString();
    }
    EXPECT_EQ(held(), before);

    // A manager, not the database's owner: refused in a sentence that says who can.
    pg::Connection admin = pg::Connection::open(address);
    const QString manager = addUser(admin, QStringLiteral("manager"), QStringLiteral("manager"));
    try {
        copyLibraryToServer(original, address.withUser(manager).url);
        ADD_FAILURE() << "a manager copied a library into the team library";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.reason(), StoreError::Reason::Denied);
        EXPECT_TRUE(e.message().startsWith(QLatin1String("Only the owner of the database")))
            << e.message().toStdString();
    }
    EXPECT_EQ(held(), before);

    // The owner copies it.
    const TeamLibraryCopyOutcome copied = copyLibraryToServer(original, address.url);
    EXPECT_EQ(copied.documents, 2);
    EXPECT_GT(held(), before);
}
