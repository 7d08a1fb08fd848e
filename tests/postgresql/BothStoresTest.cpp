// The store tests that both backends must pass: each runs on a library file (SQLite) and on a team
// library in the throwaway cluster (PostgreSQL), both opened through openLibraryStore.
#include "BothStores.h"

#include "../unit/TestLibrary.h"
#include "DocumentSharing.h"
#include "LibraryStoreFactory.h"
#include "PgConnection.h"
#include "PgLibraryStore.h"
#include "PgSchema.h"
#include "PgTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace evalreview::testing {

TEST_P(BothStoresTest, ImportsADocumentWithItsRecords)
{
    const ImportOutcome r = store().importDocument(samplePayload(shaOf('a')));
    ASSERT_EQ(r.status, ImportOutcome::Status::Imported) << r.message.toStdString();
    const LibraryStats s = store().stats();
    EXPECT_EQ(s.documents, 1);
    EXPECT_EQ(s.pages, 2);
    EXPECT_EQ(s.recommendations, 3);
    EXPECT_EQ(s.actions, 3);
    EXPECT_EQ(s.donorComments, 3);
    EXPECT_GT(s.schemaVersion, 0);
    EXPECT_GT(s.fileBytes, 0);
    const CheckReport check = store().check();
    EXPECT_TRUE(check.ok()) << check.problems.join(QLatin1Char('\n')).toStdString();

    const QList<DocumentSummary> docs = store().documents();
    ASSERT_EQ(docs.size(), 1);
    EXPECT_EQ(docs.first().id, r.documentId);
    EXPECT_EQ(docs.first().title, QStringLiteral("Sample management response"));
    EXPECT_EQ(docs.first().kind, QStringLiteral("management_response"));
    EXPECT_EQ(docs.first().sha256, shaOf('a'));
    EXPECT_EQ(docs.first().pageCount, 2);
    EXPECT_EQ(docs.first().recommendationCount, 3);
    EXPECT_TRUE(docs.first().importedAt.isValid());
    EXPECT_EQ(store().documentBySha256(shaOf('a').toUpper()), r.documentId);
    EXPECT_EQ(
        store().documentByTitle(QStringLiteral("Sample management response"), QStringLiteral("management_response")),
        r.documentId);
    EXPECT_FALSE(store().documentByTitle(QStringLiteral("Sample management response"), QStringLiteral("newsletter")));
}

TEST_P(BothStoresTest, ARecommendationWithoutACodeIsStoredWithAnEmptyOne)
{
    ImportPayload p = samplePayload(shaOf('n'), 2);
    QJsonArray recs = p.extraction.value(QStringLiteral("recommendations")).toArray();
    QJsonObject first = recs.at(0).toObject();
    first.insert(QStringLiteral("id"), QJsonValue::Null);
    first.insert(QStringLiteral("donor_comments"),
                 QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("A comment under no name")}}});
    first.insert(QStringLiteral("actions"), QJsonArray{QJsonObject{{QStringLiteral("id"), QJsonValue::Null},
                                                                   {QStringLiteral("text"), QStringLiteral("Act")}}});
    recs.replace(0, first);
    p.extraction.insert(QStringLiteral("recommendations"), recs);
    p.extraction.insert(QStringLiteral("annexes"),
                        QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("A")},
                                               {QStringLiteral("text"), QStringLiteral("x")}},
                                   QStringLiteral("a plain string")});
    const ImportOutcome r = store().importDocument(p);
    ASSERT_EQ(r.status, ImportOutcome::Status::Imported) << r.message.toStdString();
    EXPECT_EQ(store().stats().recommendations, 2);
    EXPECT_EQ(store().stats().records, 2);
}

TEST_P(BothStoresTest, DuplicateByHashChangesNothing)
{
    const ImportOutcome first = store().importDocument(samplePayload(shaOf('b')));
    ASSERT_EQ(first.status, ImportOutcome::Status::Imported) << first.message.toStdString();
    ImportPayload again = samplePayload(shaOf('b'), 5);
    again.fileName = QStringLiteral("renamed.pdf");
    const ImportOutcome r = store().importDocument(again);
    EXPECT_EQ(r.status, ImportOutcome::Status::Duplicate);
    EXPECT_EQ(r.documentId, first.documentId);
    EXPECT_EQ(store().stats().recommendations, 3);
    EXPECT_EQ(store().documents().size(), 1);
}

TEST_P(BothStoresTest, FailureMidImportLeavesNoTrace)
{
    ImportPayload p = samplePayload(shaOf('c'), 4);
    // The last recommendation carries a category the schema refuses: the failure comes after the
    // document, its pages and three recommendations were written.
    QJsonArray recs = p.extraction.value(QStringLiteral("recommendations")).toArray();
    QJsonObject last = recs.last().toObject();
    last.insert(QStringLiteral("response_category"), QStringLiteral("maybe"));
    recs.replace(recs.size() - 1, last);
    p.extraction.insert(QStringLiteral("recommendations"), recs);
    const ImportOutcome r = store().importDocument(p);
    EXPECT_EQ(r.status, ImportOutcome::Status::Failed);
    EXPECT_FALSE(r.message.isEmpty());
    const LibraryStats s = store().stats();
    EXPECT_EQ(s.documents, 0);
    EXPECT_EQ(s.pages, 0);
    EXPECT_EQ(s.recommendations, 0);
    EXPECT_EQ(s.donorComments, 0);
    EXPECT_TRUE(store().check().ok());
    // and the library takes the next import as if nothing had happened
    EXPECT_EQ(store().importDocument(samplePayload(shaOf('d'))).status, ImportOutcome::Status::Imported);
}

TEST_P(BothStoresTest, RemovingADocumentTakesItsRecords)
{
    const ImportOutcome a = store().importDocument(samplePayload(shaOf('e')));
    ImportPayload other = samplePayload(shaOf('f'), 1);
    other.title = QStringLiteral("Another response");
    const ImportOutcome b = store().importDocument(other);
    ASSERT_EQ(b.status, ImportOutcome::Status::Imported) << b.message.toStdString();
    ASSERT_TRUE(store().removeDocument(a.documentId));
    EXPECT_FALSE(store().removeDocument(a.documentId));
    const QList<DocumentSummary> docs = store().documents();
    ASSERT_EQ(docs.size(), 1);
    EXPECT_EQ(docs.first().id, b.documentId);
    EXPECT_EQ(store().stats().recommendations, 1);
    EXPECT_FALSE(store().documentBySha256(shaOf('e')));
    EXPECT_TRUE(store().search(QStringLiteral("\"number 3\""), 10).hits.isEmpty());
    EXPECT_TRUE(store().check().ok());
}

TEST_P(BothStoresTest, SearchFoldsAccentsAndTakesPhrasesAndPrefixes)
{
    store().importDocument(samplePayload(shaOf('g')));
    const SearchResult r = store().search(QStringLiteral("securite"), 10);
    ASSERT_EQ(r.hits.size(), 1) << r.message.toStdString();
    EXPECT_EQ(r.hits.first().sourceType, QStringLiteral("page"));
    EXPECT_EQ(r.hits.first().page, 1);
    EXPECT_EQ(r.hits.first().documentTitle, QStringLiteral("Sample management response"));
    EXPECT_TRUE(r.hits.first().snippet.contains(QStringLiteral("[Sécurité]"))) << r.hits.first().snippet.toStdString();

    const SearchResult comment = store().search(QStringLiteral("\"would like to know\""), 10);
    ASSERT_EQ(comment.hits.size(), 3);
    EXPECT_EQ(comment.hits.first().sourceType, QStringLiteral("donor_comment"));
    EXPECT_GT(comment.hits.first().recommendationId, 0);
    EXPECT_TRUE(store().search(QStringLiteral("\"know would like\""), 10).hits.isEmpty());

    EXPECT_EQ(store().search(QStringLiteral("tripart*"), 10).hits.size(), 3);
    EXPECT_EQ(store().search(QStringLiteral("tripartite dialogue"), 10).hits.size(), 3);
    EXPECT_EQ(store().search(QStringLiteral("tripartite number"), 2).hits.size(), 2);
    EXPECT_EQ(store().search(QStringLiteral("tripartite number"), 2).estimatedTotal, 3);
    EXPECT_EQ(store().search(QStringLiteral("ghana OR ecosystems"), 10).hits.size(), 2);
    EXPECT_TRUE(store().search(QStringLiteral("nowhere"), 10).hits.isEmpty());
}

namespace {

/// A document whose `pages` pages and `recommendations` recommendations each name `word` once in a
/// long text: weak matches.
ImportPayload weakMatches(const QString &sha, const QString &word, int pages, int recommendations)
{
    const QString filler = QStringLiteral("the committee reviewed budgets, staffing, procurement, travel, reporting, "
                                          "monitoring and partnerships across the provinces during the year");
    ImportPayload p = samplePayload(sha, 0);
    p.title = QStringLiteral("Annual report");
    p.pages.clear();
    for (int i = 1; i <= pages; ++i) {
        p.pages.append({i, 842, 595, QStringLiteral("%1 and %2 %1").arg(filler, word)});
    }
    QJsonArray recs;
    for (int i = 1; i <= recommendations; ++i) {
        recs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("W%1").arg(i)},
                                {QStringLiteral("text"), QStringLiteral("%1, with %2, %1").arg(filler, word)}});
    }
    p.extraction.insert(QStringLiteral("recommendations"), recs);
    p.extraction.remove(QStringLiteral("cross_references"));
    return p;
}

} // namespace

TEST_P(BothStoresTest, TheStrongestMatchComesFirstAmongManyWeakOnes)
{
    ASSERT_EQ(store().importDocument(weakMatches(shaOf('w'), QStringLiteral("irrigation"), 60, 60)).status,
              ImportOutcome::Status::Imported);
    // Imported last: one short recommendation about irrigation.
    ImportPayload strong = samplePayload(shaOf('s'), 0);
    strong.title = QStringLiteral("Water management response");
    strong.extraction.insert(
        QStringLiteral("recommendations"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("S1")},
                               {QStringLiteral("text"), QStringLiteral("Irrigation: repair the irrigation canals "
                                                                       "and plan irrigation.")}}});
    strong.extraction.remove(QStringLiteral("cross_references"));
    const ImportOutcome imported = store().importDocument(strong);
    ASSERT_EQ(imported.status, ImportOutcome::Status::Imported);

    const SearchResult r = store().search(QStringLiteral("irrigation"), 5);
    ASSERT_EQ(r.hits.size(), 5) << r.message.toStdString();
    EXPECT_EQ(r.hits.first().sourceType, QStringLiteral("recommendation"));
    EXPECT_EQ(r.hits.first().documentId, imported.documentId);
    EXPECT_EQ(r.hits.first().documentTitle, QStringLiteral("Water management response"));
    for (int i = 1; i < r.hits.size(); ++i) {
        EXPECT_LE(r.hits[i - 1].score, r.hits[i].score) << i; // best first
    }
    EXPECT_EQ(r.estimatedTotal, 121);
    EXPECT_FALSE(r.totalIsEstimate);
}

TEST_P(BothStoresTest, MalformedQueriesNeverFail)
{
    store().importDocument(samplePayload(shaOf('h')));
    for (const char *q :
         {"\"unbalanced", "NEAR(", "body:gender", "OR", "NOT gender", "a OR OR b", "*", "'; DROP TABLE x;--", "((",
          "gender AND", "\"\"", "tripartite*", "ÄÖÜ", "中文", "a:*", "!!", "x & | y", "\\", "'"}) {
        SearchResult r;
        EXPECT_NO_THROW(r = store().search(QString::fromUtf8(q), 10)) << q;
        EXPECT_FALSE(r.message.contains(QStringLiteral("SQL"))) << q;
    }
    EXPECT_TRUE(store().search(QStringLiteral("  "), 10).hits.isEmpty());
    EXPECT_FALSE(store().search(QStringLiteral("  "), 10).message.isEmpty());
    EXPECT_EQ(store().stats().documents, 1);
}

TEST_P(BothStoresTest, ALocalCopyHoldsTheSameLibrary)
{
    ASSERT_EQ(store().importDocument(samplePayload(shaOf('k'))).status, ImportOutcome::Status::Imported);
    const QString target = m_dir.filePath(QStringLiteral("copy.evalreview"));
    store().backupTo(target);
    auto copy = openLibraryStore(target, true);
    EXPECT_EQ(copy->stats().recommendations, 3);
    EXPECT_EQ(copy->stats().donorComments, 3);
    EXPECT_EQ(copy->documents().size(), 1);
    EXPECT_EQ(copy->search(QStringLiteral("securite"), 10).hits.size(), 1);
    EXPECT_TRUE(copy->check().ok()) << copy->check().problems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, BothStoresTest, ::testing::Values(Backend::Sqlite, Backend::PostgreSql),
                         backendName);

TEST(TeamLibraryStore, AnAddressWithoutATeamLibraryIsRefusedWithASentence)
{
    TestCluster &c = TestCluster::instance();
    if (!c.skipReason().isEmpty()) {
        GTEST_SKIP() << c.skipReason().toStdString();
    }
    c.createDatabase(QStringLiteral("not_set_up"));
    try {
        openLibraryStore(c.address(QStringLiteral("not_set_up")).url);
        FAIL() << "opened a database without a team library";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.reason(), StoreError::Reason::CannotOpen);
        EXPECT_TRUE(e.message().contains(QStringLiteral("server init"))) << e.message().toStdString();
    }
}

} // namespace evalreview::testing

namespace evalreview::testing {

class TeamLibraryRoleTest : public PgTest
{};

class TeamLibrarySearchTest : public PgTest
{};

TEST_F(TeamLibrarySearchTest, AVeryCommonWordIsRankedInABoundedWindowAndItsTotalEstimated)
{
    const pg::ServerAddress library = freshLibrary();
    auto store = pg::PgLibraryStore::open(library);
    // More weak matches on pages than the pages' ranking window, and one strong match elsewhere.
    ImportPayload strong = samplePayload(shaOf('s'), 0);
    strong.title = QStringLiteral("Water management response");
    strong.extraction.insert(
        QStringLiteral("recommendations"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("S1")},
                               {QStringLiteral("text"), QStringLiteral("Irrigation: repair the irrigation canals "
                                                                       "and plan irrigation.")}}});
    strong.extraction.remove(QStringLiteral("cross_references"));
    const ImportOutcome imported = store->importDocument(strong);
    ASSERT_EQ(imported.status, ImportOutcome::Status::Imported) << imported.message.toStdString();
    ASSERT_EQ(store->importDocument(weakMatches(shaOf('w'), QStringLiteral("irrigation"), 600, 20)).status,
              ImportOutcome::Status::Imported);
    pg::Connection admin = pg::Connection::open(library);
    admin.exec(QStringLiteral("ANALYZE"));
    auto asViewer =
        pg::PgLibraryStore::open(library.withUser(addUser(admin, QStringLiteral("viewer"), QStringLiteral("viewer"))));

    for (pg::PgLibraryStore *s : {store.get(), asViewer.get()}) {
        const SearchResult r = s->search(QStringLiteral("irrigation"), 10);
        ASSERT_EQ(r.hits.size(), 10) << r.message.toStdString();
        EXPECT_EQ(r.hits.first().documentId, imported.documentId);
        EXPECT_EQ(r.hits.first().sourceType, QStringLiteral("recommendation"));
        for (int i = 1; i < r.hits.size(); ++i) {
            EXPECT_LE(r.hits[i - 1].score, r.hits[i].score) << i;
        }
        // 621 matches: the pages past their window are estimated from the share of the table read.
        EXPECT_TRUE(r.totalIsEstimate);
        EXPECT_GT(r.estimatedTotal, 400);
        EXPECT_LT(r.estimatedTotal, 1500);

        const SearchResult few = s->search(QStringLiteral("\"plan irrigation\""), 10);
        ASSERT_EQ(few.hits.size(), 1);
        EXPECT_EQ(few.estimatedTotal, 1);
        EXPECT_FALSE(few.totalIsEstimate);
    }

    // The command line says so.
    const auto run = [&library](const QStringList &extra) {
        QProcess p;
        p.start(QStringLiteral(EVALREVIEW_CLI),
                QStringList{QStringLiteral("search"), QStringLiteral("--library"), library.url} + extra);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    EXPECT_TRUE(run({QStringLiteral("irrigation")}).contains(QStringLiteral("\nabout "))) << "no estimate said";
    const QJsonObject json =
        QJsonDocument::fromJson(run({QStringLiteral("--json"), QStringLiteral("irrigation")}).toUtf8()).object();
    EXPECT_TRUE(json.value(QStringLiteral("total_is_estimate")).toBool());
    EXPECT_GT(json.value(QStringLiteral("estimated_total")).toInteger(), 400);
    EXPECT_TRUE(run({QStringLiteral("canals")}).contains(QStringLiteral("\n1 hit ("))) << "an exact count";
}

TEST_F(TeamLibraryRoleTest, AManagerImportsAViewerReadsButCannotImport)
{
    const pg::ServerAddress library = freshLibrary();
    pg::Connection admin = pg::Connection::open(library);
    const QString manager = addUser(admin, QStringLiteral("manager"), QStringLiteral("manager"));
    const QString viewer = addUser(admin, QStringLiteral("viewer"), QStringLiteral("viewer"));
    const QString donor = addUser(admin, QStringLiteral("donor"), QStringLiteral("donor"), QStringLiteral("SECO"));

    auto asManager = openLibraryStore(library.withUser(manager).url);
    const ImportOutcome imported = asManager->importDocument(samplePayload(shaOf('m')));
    ASSERT_EQ(imported.status, ImportOutcome::Status::Imported) << imported.message.toStdString();
    // A donor reads what is shared with its organisation.
    EXPECT_TRUE(openLibraryStore(library.withUser(donor).url)->documents().isEmpty());
    sql::Database adminSql = programStatementsOn(admin);
    sharing::share(adminSql, {}, QStringLiteral("SECO"), true);

    for (const QString &reader : {viewer, donor}) {
        auto store = openLibraryStore(library.withUser(reader).url);
        EXPECT_EQ(store->documents().size(), 1) << reader.toStdString();
        EXPECT_EQ(store->stats().recommendations, 3) << reader.toStdString();
        EXPECT_TRUE(store->check().ok()) << store->check().problems.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(store->search(QStringLiteral("securite"), 10).hits.size(), 1) << reader.toStdString();
        const ImportOutcome refused = store->importDocument(samplePayload(shaOf('v')));
        EXPECT_EQ(refused.status, ImportOutcome::Status::Failed);
        EXPECT_TRUE(refused.message.contains(QStringLiteral("does not let you"))) << refused.message.toStdString();
        EXPECT_THROW(store->removeDocument(imported.documentId), StoreError);
    }
    EXPECT_EQ(asManager->documents().size(), 1);
    EXPECT_TRUE(asManager->removeDocument(imported.documentId));
}

} // namespace evalreview::testing
