// Every earlier schema version, kept as a fixture file, migrates to the current one with its
// reviewer data intact.
#include "RecommendationQuery.h"
#include "Schema.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

class MigrationTest : public ::testing::TestWithParam<int>
{};

QString fixture(int version)
{
    return QStringLiteral(EVALREVIEW_TEST_DATA "/migrations/v%1.evalreview").arg(version);
}

} // namespace

TEST_P(MigrationTest, MigratesWithDataIntactAndKeepsABackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.evalreview"));
    ASSERT_TRUE(QFile::copy(fixture(GetParam()), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    auto store = SqliteLibraryStore::open(path);
    EXPECT_EQ(store->database().userVersion(), Schema::currentVersion());
    EXPECT_TRUE(store->check().ok()) << store->check().problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_GE(store->stats().documents, 1);

    sql::Statement st = store->database().prepare(
        QStringLiteral("SELECT f.note, h.new_value FROM followups f JOIN followup_history h ON h.followup_id = f.id"));
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), QStringLiteral("A reviewer note that must survive every migration."));
    EXPECT_EQ(st.text(1), QStringLiteral("in_progress"));
    // The search index still answers after the migration.
    EXPECT_FALSE(store->search(QStringLiteral("ENHANCE"), 5).hits.isEmpty());
    // And the words of the recommendations were indexed for the list's text filter.
    RecommendationFilter text;
    text.text = QStringLiteral("DBMR training");
    EXPECT_GE(RecommendationQuery(store->database()).count(text), 1);

    // The document list reads its index, the extraction warnings included.
    const QList<DocumentSummary> documents = store->documents();
    ASSERT_FALSE(documents.isEmpty());
    EXPECT_TRUE(documents.first().extractionWarnings.isEmpty());

    const QStringList backups =
        QDir(dir.path()).entryList({QStringLiteral("old.evalreview.v%1-*.bak").arg(GetParam())});
    EXPECT_EQ(backups.size(), 1);
}

TEST_P(MigrationTest, FixtureIsTheVersionItClaims)
{
    sql::Database db;
    db.open(fixture(GetParam()), sql::Database::Mode::ReadOnly);
    EXPECT_EQ(db.userVersion(), GetParam());
}

TEST(Migration, UnknownDocumentsBecomeOtherWithTheirPagesKept)
{
    // Version 6 rebuilds the documents table; its children must not be deleted with the old one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.evalreview"));
    ASSERT_TRUE(QFile::copy(fixture(5), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto store = SqliteLibraryStore::open(path);
    sql::Statement st = store->database().prepare(
        QStringLiteral("SELECT d.kind, json_extract(d.extraction, '$.kind'), count(p.id) FROM documents d "
                       "JOIN pages p ON p.document_id = d.id GROUP BY d.id ORDER BY d.id"));
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), QStringLiteral("newsletter"));
    EXPECT_EQ(st.integer(2), 4);
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.text(0), QStringLiteral("other"));
    EXPECT_EQ(st.text(1), QStringLiteral("other"));
    EXPECT_EQ(st.integer(2), 1);
    EXPECT_FALSE(store->search(QStringLiteral("roses"), 5).hits.isEmpty());
    // foreign keys are on again, and hold
    sql::Statement keys = store->database().prepare(QStringLiteral("PRAGMA foreign_keys"));
    ASSERT_TRUE(keys.next());
    EXPECT_EQ(keys.integer(0), 1);
    EXPECT_TRUE(store->check().ok());
}

// One fixture per released schema version below the current one.
INSTANTIATE_TEST_SUITE_P(EarlierVersions, MigrationTest, ::testing::Range(1, Schema::currentVersion()));
