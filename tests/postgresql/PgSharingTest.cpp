// What a donor reads: only the documents shared with its organisation, and everything belonging to
// them, whatever SQL its login sends; staff and viewers read the whole library.
#include "../unit/TestLibrary.h"
#include "DocumentSharing.h"
#include "LibraryStoreFactory.h"
#include "PgTestSupport.h"
#include "RecommendationQuery.h"

#include <QTemporaryDir>

#include <array>

using namespace evalreview;
using namespace evalreview::testing;

namespace {

/// A second document with everything hanging from it: a page, a record, a recommendation with its
/// response, an action, a SECO comment, a follow-up with a note, history and a tag, a correction,
/// a theme tag and a link to the first document's recommendation.
struct SecondDocument
{
    qint64 documentId = 0;
    qint64 recommendationId = 0;

    static SecondDocument into(pg::Connection &db, const Seed &first)
    {
        SecondDocument d;
        d.documentId = db.exec(QStringLiteral("INSERT INTO documents(file_name, sha256, kind, title, source_format) "
                                              "VALUES ('eval.pdf', $1, 'evaluation_report', 'Evaluation', 'pdf') "
                                              "RETURNING id"),
                               {QString(64, QLatin1Char('c'))})
                           .integer(0, 0);
        db.exec(QStringLiteral("INSERT INTO pages(document_id, page_no, text) VALUES ($1, 1, 'Confidential page')"),
                {d.documentId});
        db.exec(QStringLiteral("INSERT INTO records(document_id, type, ordinal, text) "
                               "VALUES ($1, 'lesson', 1, 'A confidential lesson')"),
                {d.documentId});
        d.recommendationId = db.exec(QStringLiteral("INSERT INTO recommendations(document_id, ordinal, code, text) "
                                                    "VALUES ($1, 1, 'R1', 'Confidential recommendation') "
                                                    "RETURNING id"),
                                     {d.documentId})
                                 .integer(0, 0);
        db.exec(QStringLiteral("INSERT INTO responses(recommendation_id, category, text) VALUES ($1, 'accepted', "
                               "'Agreed')"),
                {d.recommendationId});
        db.exec(QStringLiteral("INSERT INTO actions(recommendation_id, ordinal, text) VALUES ($1, 1, 'Act')"),
                {d.recommendationId});
        db.exec(QStringLiteral("INSERT INTO donor_comments(recommendation_id, ordinal, donor, text) "
                               "VALUES ($1, 1, 'SECO', 'Our view')"),
                {d.recommendationId});
        const qint64 followup = db.exec(QStringLiteral("INSERT INTO followups(recommendation_id, code) VALUES ($1, "
                                                       "'R1') RETURNING id"),
                                        {d.recommendationId})
                                    .integer(0, 0);
        db.exec(QStringLiteral("INSERT INTO notes(followup_id, text) VALUES ($1, 'Internal note')"), {followup});
        db.exec(QStringLiteral("INSERT INTO followup_history(followup_id, field, new_value) VALUES ($1, 'owner', "
                               "'Ana')"),
                {followup});
        db.exec(QStringLiteral("INSERT INTO tags(followup_id, tag) VALUES ($1, 'urgent')"), {followup});
        db.exec(QStringLiteral("INSERT INTO corrections(target_type, target_id, document_id, field, value) "
                               "VALUES ('recommendation', $1, $2, 'text', 'Corrected')"),
                {d.recommendationId, d.documentId});
        db.exec(QStringLiteral("INSERT INTO theme_tags(theme_id, target_type, target_id, document_id) "
                               "SELECT min(id), 'recommendation', $1, $2 FROM themes"),
                {d.recommendationId, d.documentId});
        db.exec(QStringLiteral("INSERT INTO links(from_type, from_id, to_type, to_id, relation) "
                               "VALUES ('recommendation', $1, 'recommendation', $2, 'refers_to')"),
                {d.recommendationId, first.recommendationId});
        return d;
    }
};

/// The tables a donor's reading is checked on.
constexpr std::array kTables{"documents",      "pages",     "records", "recommendations",  "responses", "actions",
                             "donor_comments", "followups", "notes",   "followup_history", "tags",      "corrections",
                             "theme_tags",     "links"};

class PgSharingTest : public PgTest
{
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        library = freshLibrary();
        admin.emplace(pg::Connection::open(library));
        adminSql = programStatementsOn(*admin);
        first = Seed::into(*admin);
        second = SecondDocument::into(*admin, first);
    }

    /// The rows of each table `db` reads, as "table:count".
    static QStringList visibleRows(pg::Connection &db)
    {
        QStringList counts;
        for (const char *table : kTables) {
            counts
                << QStringLiteral("%1:%2")
                       .arg(QLatin1String(table))
                       .arg(db.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).integer(0, 0));
        }
        return counts;
    }

    pg::ServerAddress library;
    std::optional<pg::Connection> admin;
    sql::Database adminSql; ///< the program's statements on `admin`
    Seed first;
    SecondDocument second;
};

/// "table:count" for each of kTables, in its order.
QStringList rowsPerTable(std::initializer_list<int> counts)
{
    QStringList rows;
    auto count = counts.begin();
    for (const char *table : kTables) {
        rows << QStringLiteral("%1:%2").arg(QLatin1String(table)).arg(*count++);
    }
    return rows;
}

const QStringList kNothing = rowsPerTable({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
// The first document: its recommendation, two comments and a follow-up; the second adds one of
// each table's rows and a link between the two.
const QStringList kFirstOnly = rowsPerTable({1, 0, 0, 1, 0, 0, 2, 1, 0, 0, 0, 0, 0, 0});
const QStringList kBoth = rowsPerTable({2, 1, 1, 2, 1, 1, 3, 2, 1, 1, 1, 1, 1, 1});

} // namespace

TEST_F(PgSharingTest, ADonorReadsOnlyTheDocumentsSharedWithItsOrganisation)
{
    const QString donor = addUser(*admin, QStringLiteral("seco"), QStringLiteral("donor"), QStringLiteral("SECO"));
    pg::Connection seco = connectAs(library, donor);
    EXPECT_EQ(visibleRows(seco), kNothing);

    EXPECT_EQ(sharing::share(adminSql, {first.documentId}, QStringLiteral("SECO")), 1);
    EXPECT_EQ(visibleRows(seco), kFirstOnly);
    // Nothing of the other document, even asked for by its id; the link to it is hidden too.
    EXPECT_EQ(seco.exec(QStringLiteral("SELECT count(*) FROM recommendations WHERE id = $1"), {second.recommendationId})
                  .integer(0, 0),
              0);
    EXPECT_EQ(seco.exec(QStringLiteral("SELECT count(*) FROM document_shares")).integer(0, 0), 1);

    EXPECT_EQ(sharing::share(adminSql, {}, QStringLiteral("SECO"), true), 1); // the second; the first stays
    EXPECT_EQ(visibleRows(seco), kBoth);

    EXPECT_EQ(sharing::unshare(adminSql, {second.documentId}, QStringLiteral("SECO")), 1);
    EXPECT_EQ(visibleRows(seco), kFirstOnly);
}

TEST_F(PgSharingTest, ADonorWritesNoCommentOnADocumentNotSharedWithIt)
{
    const QString donor = addUser(*admin, QStringLiteral("seco"), QStringLiteral("donor"), QStringLiteral("SECO"));
    sharing::share(adminSql, {first.documentId}, QStringLiteral("SECO"));
    pg::Connection seco = connectAs(library, donor);
    try {
        seco.exec(QStringLiteral("INSERT INTO donor_comments(recommendation_id, ordinal, donor, text) "
                                 "VALUES ($1, 2, 'SECO', 'Sight unseen')"),
                  {second.recommendationId});
        ADD_FAILURE() << "a donor commented on a document it does not read";
    } catch (const pg::ServerError &e) {
        EXPECT_TRUE(e.isPermissionDenied()) << e.message().toStdString();
    }
    EXPECT_EQ(seco.exec(QStringLiteral("UPDATE donor_comments SET text = 'Changed' WHERE recommendation_id = $1"),
                        {second.recommendationId})
                  .affectedRows(),
              0);
    // Nor does it share documents itself.
    sql::Database secoSql = programStatementsOn(seco);
    EXPECT_THROW(sharing::share(secoSql, {second.documentId}, QStringLiteral("SECO")), StoreError);
    EXPECT_EQ(admin
                  ->exec(QStringLiteral("SELECT count(*) FROM donor_comments WHERE recommendation_id = $1 AND "
                                        "text = 'Our view'"),
                         {second.recommendationId})
                  .integer(0, 0),
              1);
}

TEST_F(PgSharingTest, StaffAndViewersReadTheWholeLibrary)
{
    for (const QString &role : {QStringLiteral("viewer"), QStringLiteral("evaluator"), QStringLiteral("manager")}) {
        pg::Connection db = connectAs(library, addUser(*admin, role, role));
        EXPECT_EQ(visibleRows(db), kBoth) << role.toStdString();
    }
}

TEST_F(PgSharingTest, TheWindowsQueriesOfADonorListOnlyItsDocuments)
{
    const QString donor = addUser(*admin, QStringLiteral("norad"), QStringLiteral("donor"), QStringLiteral("NORAD"));
    sharing::share(adminSql, {second.documentId}, QStringLiteral("NORAD"));
    auto store = openLibraryStore(library.withUser(donor).url);
    ASSERT_TRUE(store);
    const QList<DocumentSummary> documents = store->documents();
    ASSERT_EQ(documents.size(), 1);
    EXPECT_EQ(documents.constFirst().id, second.documentId);
    RecommendationQuery query(store->database());
    EXPECT_EQ(query.count({}), 1);
}

TEST_F(PgSharingTest, TheRevisionOfASharedDocumentIsSharedAsItWas)
{
    auto store = openLibraryStore(library.url);
    ImportPayload first = samplePayload(shaOf('r'));
    first.title = QStringLiteral("Management response, revised");
    const ImportOutcome imported = store->importDocument(first);
    ASSERT_EQ(imported.status, ImportOutcome::Status::Imported) << imported.message.toStdString();
    sharing::share(adminSql, {imported.documentId}, QStringLiteral("SECO"));
    ImportPayload revision = samplePayload(shaOf('s'));
    revision.title = first.title;
    revision.replaces = imported.documentId;
    const ImportOutcome revised = store->importDocument(revision);
    ASSERT_EQ(revised.status, ImportOutcome::Status::Imported) << revised.message.toStdString();
    const QList<DocumentShare> shares = sharing::list(adminSql, revised.documentId);
    ASSERT_EQ(shares.size(), 1);
    EXPECT_EQ(shares.constFirst().organisation, QStringLiteral("SECO"));
    EXPECT_TRUE(sharing::list(adminSql, imported.documentId).isEmpty());
}

TEST_F(PgSharingTest, SharingAnUnknownDocumentSharesNothing)
{
    try {
        sharing::share(adminSql, {first.documentId, 999}, QStringLiteral("SECO"));
        FAIL() << "shared a document the library does not hold";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.message(), QStringLiteral("The team library has no document 999; nothing was shared."));
    }
    EXPECT_TRUE(sharing::list(adminSql).isEmpty());
    EXPECT_THROW(sharing::share(adminSql, {first.documentId}, QStringLiteral("  ")), StoreError);
}

TEST_F(PgSharingTest, UpgradingALibrarySharesItsDocumentsWithItsDonors)
{
    // A library at version 7 with a donor: after the upgrade the donor still reads what it read.
    const pg::ServerAddress old = freshDatabase();
    pg::Connection db = pg::Connection::open(old);
    pg::schema::initialize(db, 7);
    Seed::into(db);
    const QString donor = addUser(db, QStringLiteral("seco"), QStringLiteral("donor"), QStringLiteral("SECO"));
    pg::schema::initialize(db);
    sql::Database dbSql = programStatementsOn(db);
    const QList<DocumentShare> shares = sharing::list(dbSql);
    ASSERT_EQ(shares.size(), 1);
    EXPECT_EQ(shares.constFirst().organisation, QStringLiteral("SECO"));
    EXPECT_EQ(shares.constFirst().sharedBy, db.currentUser());
    EXPECT_TRUE(shares.constFirst().sharedAt.isValid());
    EXPECT_EQ(connectAs(old, donor).exec(QStringLiteral("SELECT count(*) FROM recommendations")).integer(0, 0), 1);
}

TEST(DocumentSharing, ALibraryFileHasNoSharingAndSaysSo)
{
    QTemporaryDir dir;
    auto file = openLibraryStore(dir.filePath(QStringLiteral("library.evalreview")));
    ASSERT_TRUE(file);
    try {
        sharing::share(file->database(), {1}, QStringLiteral("SECO"));
        FAIL() << "shared in a library file";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.message(), QStringLiteral("Documents are shared with donors in a team library; a library file is "
                                              "shared by giving a copy of it."));
    }
}
