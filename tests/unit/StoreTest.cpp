#include "Schema.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"
#include "TestLibrary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace evalreview;
using evalreview::testing::samplePayload;
using evalreview::testing::shaOf;

namespace {

class StoreTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("lib.evalreview")); }
    QTemporaryDir m_dir;
};

qint64 countRows(SqliteLibraryStore &s, const char *table)
{
    sql::Statement st = s.database().prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return st.next() ? st.integer(0) : -1;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_F(StoreTest, MigratesFromEmptyWithWalAndForeignKeys)
{
    auto store = SqliteLibraryStore::open(path());
    EXPECT_EQ(store->database().userVersion(), Schema::currentVersion());
    sql::Statement wal = store->database().prepare(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(wal.next());
    EXPECT_EQ(wal.text(0), QStringLiteral("wal"));
    sql::Statement fk = store->database().prepare(QStringLiteral("PRAGMA foreign_keys"));
    ASSERT_TRUE(fk.next());
    EXPECT_EQ(fk.integer(0), 1);
    EXPECT_TRUE(store->check().ok());
}

TEST_F(StoreTest, RefusesNewerLibraryAndLeavesItByteIdentical)
{
    {
        sql::Database db;
        db.open(path());
        db.exec(QStringLiteral("CREATE TABLE future(x); PRAGMA user_version = 999"));
    }
    const QByteArray before = fileHash(path());
    try {
        SqliteLibraryStore::open(path());
        FAIL() << "a newer library was opened";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.reason(), StoreError::Reason::TooNew);
        EXPECT_TRUE(e.message().contains(QStringLiteral("newer version")));
    }
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(StoreTest, ImportsDocumentWithRecordsAndAnchors)
{
    auto store = SqliteLibraryStore::open(path());
    const ImportOutcome r = store->importDocument(samplePayload(shaOf('a')));
    ASSERT_EQ(r.status, ImportOutcome::Status::Imported) << r.message.toStdString();
    const LibraryStats s = store->stats();
    EXPECT_EQ(s.documents, 1);
    EXPECT_EQ(s.pages, 2);
    EXPECT_EQ(s.recommendations, 3);
    EXPECT_EQ(s.actions, 3);
    EXPECT_EQ(s.donorComments, 3);
    EXPECT_EQ(countRows(*store, "anchors"), 9);
    EXPECT_EQ(countRows(*store, "cross_references"), 1);
    EXPECT_TRUE(store->check().ok()) << store->check().problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(StoreTest, ARecommendationWithoutACodeIsStoredWithAnEmptyOne)
{
    // The extraction gives "id": null where a row prints no code; the import must not fail on it.
    auto store = SqliteLibraryStore::open(path());
    ImportPayload p = samplePayload(shaOf('n'), 2);
    QJsonArray recs = p.extraction.value(QStringLiteral("recommendations")).toArray();
    QJsonObject first = recs.at(0).toObject();
    first.insert(QStringLiteral("id"), QJsonValue::Null);
    // nor on a donor comment whose donor column had no heading, nor an action without a code
    first.insert(QStringLiteral("donor_comments"),
                 QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("A comment under no name")}}});
    first.insert(QStringLiteral("actions"), QJsonArray{QJsonObject{{QStringLiteral("id"), QJsonValue::Null},
                                                                   {QStringLiteral("text"), QStringLiteral("Act")}}});
    recs.replace(0, first);
    p.extraction.insert(QStringLiteral("recommendations"), recs);
    const ImportOutcome r = store->importDocument(p);
    ASSERT_EQ(r.status, ImportOutcome::Status::Imported) << r.message.toStdString();
    EXPECT_EQ(store->stats().recommendations, 2);
}

TEST_F(StoreTest, AFailedImportSaysNoSql)
{
    // A constraint the payload breaks (a page number of 0) fails the import with a sentence that
    // names no table or column.
    auto store = SqliteLibraryStore::open(path());
    ImportPayload p = samplePayload(shaOf('q'), 1);
    p.pages.first().number = 0;
    const ImportOutcome r = store->importDocument(p);
    ASSERT_EQ(r.status, ImportOutcome::Status::Failed);
    EXPECT_FALSE(r.message.contains(QStringLiteral("constraint"), Qt::CaseInsensitive)) << r.message.toStdString();
    EXPECT_FALSE(r.message.contains(QStringLiteral("page_no"))) << r.message.toStdString();
    EXPECT_EQ(store->stats().documents, 0);
}

TEST_F(StoreTest, DuplicateByHashChangesNothing)
{
    auto store = SqliteLibraryStore::open(path());
    ASSERT_EQ(store->importDocument(samplePayload(shaOf('b'))).status, ImportOutcome::Status::Imported);
    ImportPayload again = samplePayload(shaOf('b'), 5);
    again.fileName = QStringLiteral("renamed.pdf");
    const ImportOutcome r = store->importDocument(again);
    EXPECT_EQ(r.status, ImportOutcome::Status::Duplicate);
    EXPECT_EQ(store->stats().recommendations, 3);
    EXPECT_EQ(store->documents().size(), 1);
}

TEST_F(StoreTest, FailureMidImportLeavesNoTrace)
{
    auto store = SqliteLibraryStore::open(path());
    ImportPayload p = samplePayload(shaOf('c'), 4);
    // The last recommendation carries a category the schema refuses: the failure comes after the
    // document, its pages and three recommendations were written.
    QJsonArray recs = p.extraction.value(QStringLiteral("recommendations")).toArray();
    QJsonObject last = recs.last().toObject();
    last.insert(QStringLiteral("response_category"), QStringLiteral("maybe"));
    recs.replace(recs.size() - 1, last);
    p.extraction.insert(QStringLiteral("recommendations"), recs);
    const ImportOutcome r = store->importDocument(p);
    EXPECT_EQ(r.status, ImportOutcome::Status::Failed);
    EXPECT_FALSE(r.message.isEmpty());
    for (const char *table :
         {"documents", "pages", "recommendations", "actions", "donor_comments", "anchors", "search_index"}) {
        EXPECT_EQ(countRows(*store, table), 0) << table;
    }
    EXPECT_TRUE(store->check().ok());
}

TEST_F(StoreTest, ForeignKeysAreEnforced)
{
    auto store = SqliteLibraryStore::open(path());
    EXPECT_THROW(store->database().exec(
                     QStringLiteral("INSERT INTO pages(document_id, page_no, text) VALUES (4242, 1, 'orphan')")),
                 sql::Error);
}

TEST_F(StoreTest, RemovingDocumentKeepsReviewerData)
{
    auto store = SqliteLibraryStore::open(path());
    const ImportOutcome r = store->importDocument(samplePayload(shaOf('d')));
    store->database().exec(
        QStringLiteral("INSERT INTO followups(recommendation_id, document_title, code, status, note, updated_at)"
                       " SELECT id, 'Sample management response', code, 'in_progress', 'call the office', '2026-01-01'"
                       " FROM recommendations WHERE code = 'G1'"));
    ASSERT_TRUE(store->removeDocument(r.documentId));
    EXPECT_EQ(countRows(*store, "recommendations"), 0);
    EXPECT_EQ(countRows(*store, "followups"), 1);
    // Importing the document again links the reviewer's follow-up to the new record.
    ASSERT_EQ(store->importDocument(samplePayload(shaOf('e'))).status, ImportOutcome::Status::Imported);
    sql::Statement st = store->database().prepare(
        QStringLiteral("SELECT r.code, f.note FROM followups f JOIN recommendations r ON r.id = f.recommendation_id"));
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), QStringLiteral("G1"));
    EXPECT_EQ(st.text(1), QStringLiteral("call the office"));
}

TEST_F(StoreTest, SearchFindsPagesAndRecordsWithAccentsFolded)
{
    auto store = SqliteLibraryStore::open(path());
    store->importDocument(samplePayload(shaOf('f')));
    const SearchResult r = store->search(QStringLiteral("securite"), 10);
    ASSERT_EQ(r.hits.size(), 1);
    EXPECT_EQ(r.hits.first().page, 1);
    EXPECT_EQ(r.hits.first().documentTitle, QStringLiteral("Sample management response"));
    EXPECT_TRUE(r.hits.first().snippet.contains(QStringLiteral("[Sécurité]")));

    const SearchResult comment = store->search(QStringLiteral("\"would like to know\""), 10);
    ASSERT_EQ(comment.hits.size(), 3);
    EXPECT_EQ(comment.hits.first().sourceType, QStringLiteral("donor_comment"));
    EXPECT_GT(comment.hits.first().recommendationId, 0);
}

TEST_F(StoreTest, MalformedQueriesNeverFail)
{
    auto store = SqliteLibraryStore::open(path());
    store->importDocument(samplePayload(shaOf('g')));
    for (const char *q : {"\"unbalanced", "NEAR(", "body:gender", "OR", "NOT gender", "a OR OR b", "*",
                          "'; DROP TABLE x;--", "((", "gender AND", "\"\"", "tripartite*", "ÄÖÜ", "中文"}) {
        const SearchResult r = store->search(QString::fromUtf8(q), 10);
        EXPECT_TRUE(r.message.isEmpty() || !r.message.contains(QStringLiteral("SQL"))) << q;
    }
    EXPECT_EQ(store->search(QStringLiteral("tripart*"), 10).hits.size(), 3);
    EXPECT_TRUE(store->search(QStringLiteral("  "), 10).hits.isEmpty());
    EXPECT_FALSE(store->search(QStringLiteral("  "), 10).message.isEmpty());
}

TEST_F(StoreTest, BackupIsAConsistentCopy)
{
    auto store = SqliteLibraryStore::open(path());
    store->importDocument(samplePayload(shaOf('h')));
    const QString target = m_dir.filePath(QStringLiteral("backup.evalreview"));
    store->backupTo(target);
    auto copy = SqliteLibraryStore::open(target);
    EXPECT_EQ(copy->stats().recommendations, 3);
    EXPECT_TRUE(copy->check().ok());
}

TEST_F(StoreTest, RevisedDocumentReplacesTheOldOneAndKeepsEveryFollowUp)
{
    auto store = SqliteLibraryStore::open(path());
    const ImportOutcome first = store->importDocument(samplePayload(shaOf('r'), 3));
    ASSERT_EQ(first.status, ImportOutcome::Status::Imported);
    store->database().exec(
        QStringLiteral("INSERT INTO followups(recommendation_id, document_title, code, status, note, updated_at)"
                       " SELECT id, 'Sample management response', code, 'completed', 'note on ' || code, '2026-01-01'"
                       " FROM recommendations"));
    // The revision has G1 and G2 but no G3 any more.
    ImportPayload revised = samplePayload(shaOf('s'), 2);
    ASSERT_EQ(store->documentByTitle(revised.title, revised.kind), first.documentId);
    revised.replaces = first.documentId;
    const ImportOutcome second = store->importDocument(revised);
    ASSERT_EQ(second.status, ImportOutcome::Status::Imported) << second.message.toStdString();
    EXPECT_EQ(second.unmatchedFollowUps, 1);
    EXPECT_EQ(store->documents().size(), 1);
    sql::Statement linked = store->database().prepare(QStringLiteral(
        "SELECT r.code, f.note, r.document_id FROM followups f JOIN recommendations r ON r.id = f.recommendation_id"
        " ORDER BY r.code"));
    QStringList notes;
    while (linked.next()) {
        EXPECT_EQ(linked.integer(2), second.documentId);
        notes << linked.text(1);
    }
    EXPECT_EQ(notes, (QStringList{QStringLiteral("note on G1"), QStringLiteral("note on G2")}));
    // G3's follow-up is kept, unlinked, with its note.
    sql::Statement kept =
        store->database().prepare(QStringLiteral("SELECT code, note FROM followups WHERE recommendation_id IS NULL"));
    ASSERT_TRUE(kept.next());
    EXPECT_EQ(kept.text(0), QStringLiteral("G3"));
    EXPECT_EQ(kept.text(1), QStringLiteral("note on G3"));
    EXPECT_TRUE(store->check().ok());
}
