// Reviewers' corrections on both backends: edits beside the extracted values, their history and
// undo, deleted and verified marks, records drawn on a page; and on a team library, the server's
// roles deciding who may correct.
#include "../unit/TestLibrary.h"
#include "BothStores.h"
#include "CorrectionStore.h"
#include "DocumentSharing.h"
#include "PgTestSupport.h"
#include "RecommendationQuery.h"
#include "Sqlite.h"

namespace evalreview::testing {

namespace {

class BothCorrectionsTest : public BothStoresTest
{
protected:
    void SetUp() override
    {
        BothStoresTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const ImportOutcome out = store().importDocument(samplePayload(shaOf('a'), 3));
        ASSERT_EQ(out.status, ImportOutcome::Status::Imported) << out.message.toStdString();
        documentId = out.documentId;
        m_corrections = std::make_unique<CorrectionStore>(store().database());
        const std::optional<qint64> id = corrections().recommendationByCode(documentId, QStringLiteral("G2"));
        ASSERT_TRUE(id);
        g2 = {RecordType::Recommendation, *id};
    }

    CorrectionStore &corrections() { return *m_corrections; }

    RecommendationRow row(const QString &code)
    {
        RecommendationFilter f;
        f.withDeleted = true;
        for (const RecommendationRow &r : RecommendationQuery(store().database()).rows(f, 0, 100)) {
            if (r.code == code) {
                return r;
            }
        }
        return {};
    }

    QStringList codes(const RecommendationFilter &f = {})
    {
        QStringList out;
        for (const RecommendationRow &r : RecommendationQuery(store().database()).rows(f, 0, 100)) {
            out << r.code;
        }
        return out;
    }

    qint64 count(const QString &sqlText, qint64 id = 0)
    {
        sql::Statement st = store().database().prepare(sqlText);
        if (id != 0) {
            st.bind(1, id);
        }
        return st.next() ? st.integer(0) : -1;
    }

    qint64 actionOf(qint64 recommendationId)
    {
        sql::Statement st = store().database().prepare(
            QStringLiteral("SELECT id FROM actions WHERE recommendation_id = ? ORDER BY ordinal LIMIT 1"));
        st.bind(1, recommendationId);
        return st.next() ? st.integer(0) : 0;
    }

    std::unique_ptr<CorrectionStore> m_corrections;
    qint64 documentId = 0;
    RecordRef g2;
};

} // namespace

TEST_P(BothCorrectionsTest, AnEditKeepsTheExtractedValueItsHistoryAndIsUndone)
{
    const QString extracted = QStringLiteral("Strengthen tripartite dialogue number 2");
    EXPECT_TRUE(corrections().edit(g2, QStringLiteral("text"), QStringLiteral("Strengthen social dialogue"),
                                   QStringLiteral("ana")));
    EXPECT_EQ(corrections().value(g2, QStringLiteral("text")), QStringLiteral("Strengthen social dialogue"));
    EXPECT_EQ(corrections().extractedValue(g2, QStringLiteral("text")), extracted);
    EXPECT_TRUE(row(QStringLiteral("G2")).edited);
    EXPECT_FALSE(row(QStringLiteral("G1")).edited);

    EXPECT_TRUE(
        corrections().edit(g2, QStringLiteral("text"), QStringLiteral("Strengthen dialogue"), QStringLiteral("ben")));
    EXPECT_FALSE(
        corrections().edit(g2, QStringLiteral("text"), QStringLiteral("Strengthen dialogue"), QStringLiteral("ben")));
    const QList<Correction> kept = corrections().corrections(g2);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().field, QStringLiteral("text"));
    EXPECT_EQ(kept.first().extractedValue, extracted);
    EXPECT_EQ(kept.first().value, QStringLiteral("Strengthen dialogue"));
    EXPECT_EQ(kept.first().updatedBy, QStringLiteral("ben"));
    EXPECT_TRUE(kept.first().updatedAt.isValid());
    EXPECT_LE(qAbs(kept.first().updatedAt.secsTo(QDateTime::currentDateTimeUtc())), 60);
    const QList<Correction> ofDocument = corrections().documentCorrections(documentId);
    ASSERT_EQ(ofDocument.size(), 1);
    EXPECT_EQ(ofDocument.first().record, g2);

    const QList<CorrectionChange> h = corrections().history(g2);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h.at(0).oldValue, extracted);
    EXPECT_EQ(h.at(0).newValue, QStringLiteral("Strengthen social dialogue"));
    EXPECT_EQ(h.at(0).author, QStringLiteral("ana"));
    EXPECT_TRUE(h.at(0).changedAt.isValid());
    EXPECT_EQ(h.at(1).newValue, QStringLiteral("Strengthen dialogue"));

    // Back to the extracted value (an undo): no correction left, the history stays.
    EXPECT_TRUE(corrections().edit(g2, QStringLiteral("text"), extracted, QStringLiteral("ben")));
    EXPECT_TRUE(corrections().corrections(g2).isEmpty());
    EXPECT_TRUE(corrections().documentCorrections(documentId).isEmpty());
    EXPECT_FALSE(row(QStringLiteral("G2")).edited);
    EXPECT_EQ(corrections().history(g2).size(), 3);
}

TEST_P(BothCorrectionsTest, EditsListsResponsesActionsAndComments)
{
    // A list of names, kept as JSON, read back as the reviewer typed it.
    EXPECT_TRUE(corrections().edit(g2, QStringLiteral("addressed_to"), QStringLiteral("ILO; Ministry of Labour"),
                                   QStringLiteral("ana")));
    EXPECT_EQ(corrections().value(g2, QStringLiteral("addressed_to")), QStringLiteral("ILO; Ministry of Labour"));
    EXPECT_TRUE(corrections().edit(g2, QStringLiteral("addressed_to"), QString(), QStringLiteral("ana")));
    EXPECT_EQ(corrections().value(g2, QStringLiteral("addressed_to")), QString());

    EXPECT_TRUE(corrections().edit(g2, QStringLiteral("response_category"), QStringLiteral("partially_accepted"),
                                   QStringLiteral("ana")));
    EXPECT_EQ(row(QStringLiteral("G2")).responseCategory, QStringLiteral("partially_accepted"));
    EXPECT_EQ(corrections().extractedValue(g2, QStringLiteral("response_category")), QStringLiteral("accepted"));

    const RecordRef action{RecordType::Action, actionOf(g2.id)};
    ASSERT_GT(action.id, 0);
    EXPECT_TRUE(
        corrections().edit(action, QStringLiteral("responsible"), QStringLiteral("ACTRAV"), QStringLiteral("ana")));
    EXPECT_EQ(corrections().value(action, QStringLiteral("responsible")), QStringLiteral("ACTRAV"));
    EXPECT_EQ(corrections().extractedValue(action, QStringLiteral("responsible")), QString());
    EXPECT_EQ(corrections().history(action).size(), 1);

    // The edited text is what the list's text filter finds.
    EXPECT_TRUE(corrections().edit(g2, QStringLiteral("text"), QStringLiteral("Promote cooperatives in rural areas"),
                                   QStringLiteral("ana")));
    RecommendationFilter f;
    f.text = QStringLiteral("cooperatives");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("G2")});

    // A response the extraction did not find is added to its recommendation, and found too.
    const RecordRef g3{RecordType::Recommendation,
                       corrections().recommendationByCode(documentId, QStringLiteral("G3")).value_or(0)};
    store().database().exec(QStringLiteral("DELETE FROM responses WHERE recommendation_id = %1").arg(g3.id));
    EXPECT_TRUE(corrections().edit(g3, QStringLiteral("response_text"), QStringLiteral("Management welcomes it"),
                                   QStringLiteral("ana")));
    EXPECT_TRUE(
        corrections().edit(g3, QStringLiteral("response_category"), QStringLiteral("accepted"), QStringLiteral("ana")));
    f.text = QStringLiteral("welcomes");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("G3")});
    EXPECT_EQ(row(QStringLiteral("G3")).responseCategory, QStringLiteral("accepted"));
}

TEST_P(BothCorrectionsTest, BadValuesAreRefusedAndChangeNothing)
{
    EXPECT_THROW(
        corrections().edit(g2, QStringLiteral("response_category"), QStringLiteral("maybe"), QStringLiteral("ana")),
        StoreError);
    EXPECT_THROW(corrections().edit(g2, QStringLiteral("colour"), QStringLiteral("red"), QStringLiteral("ana")),
                 StoreError);
    EXPECT_THROW(corrections().edit(g2, QStringLiteral("text"), QStringLiteral("  "), QStringLiteral("ana")),
                 StoreError);
    try {
        corrections().edit({RecordType::Action, 999999}, QStringLiteral("text"), QStringLiteral("x"),
                           QStringLiteral("ana"));
        ADD_FAILURE() << "an unknown action was edited";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.reason(), StoreError::Reason::NotFound);
    }
    EXPECT_THROW(corrections().setDeleted({RecordType::DonorComment, 999999}, true, QStringLiteral("ana")), StoreError);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM corrections")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM correction_history")), 0);
}

TEST_P(BothCorrectionsTest, DeletedAndVerifiedMarksWithTheirFilters)
{
    EXPECT_TRUE(corrections().setDeleted(g2, true, QStringLiteral("ana")));
    EXPECT_FALSE(corrections().setDeleted(g2, true, QStringLiteral("ana")));
    EXPECT_EQ(codes(), (QStringList{QStringLiteral("G1"), QStringLiteral("G3")}));
    EXPECT_EQ(RecommendationQuery(store().database()).count({}), 2);
    EXPECT_TRUE(row(QStringLiteral("G2")).deleted);
    EXPECT_FALSE(corrections().recommendationByCode(documentId, QStringLiteral("G2")));
    EXPECT_EQ(corrections().value(g2, QStringLiteral("code")), QStringLiteral("G2")); // kept, marked
    EXPECT_TRUE(corrections().setDeleted(g2, false, QStringLiteral("ana")));
    EXPECT_EQ(codes().size(), 3);
    const QList<CorrectionChange> h = corrections().history(g2);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h.at(0).field, QStringLiteral("deleted"));
    EXPECT_EQ(h.at(0).oldValue, QStringLiteral("0"));
    EXPECT_EQ(h.at(0).newValue, QStringLiteral("1"));
    EXPECT_EQ(h.at(1).newValue, QStringLiteral("0"));
    EXPECT_TRUE(corrections().corrections(g2).isEmpty()) << "restored: nothing differs from the extraction";

    // An action deleted leaves the recommendation's detail.
    const RecordRef action{RecordType::Action, actionOf(g2.id)};
    EXPECT_TRUE(corrections().setDeleted(action, true, QStringLiteral("ana")));
    EXPECT_TRUE(RecommendationQuery(store().database()).detail(g2.id)->actions.isEmpty());

    EXPECT_TRUE(corrections().setVerified(g2.id, true, QStringLiteral("ana")));
    EXPECT_FALSE(corrections().setVerified(g2.id, true, QStringLiteral("ana")));
    RecommendationFilter verified;
    verified.verified = true;
    EXPECT_EQ(codes(verified), QStringList{QStringLiteral("G2")});
    verified.verified = false;
    EXPECT_EQ(codes(verified), (QStringList{QStringLiteral("G1"), QStringLiteral("G3")}));
    EXPECT_TRUE(row(QStringLiteral("G2")).verified);
    EXPECT_FALSE(row(QStringLiteral("G2")).edited) << "a sign-off is no correction of a value";
    corrections().edit(g2, QStringLiteral("priority"), QStringLiteral("High"), QStringLiteral("ana"));
    const LibraryStats stats = store().stats();
    EXPECT_EQ(stats.verified, 1);
    EXPECT_EQ(stats.corrections, 1);
}

TEST_P(BothCorrectionsTest, AddedRecordsGetTheNextCodeTheirRegionAndTheirParent)
{
    NewRecord rec;
    rec.documentId = documentId;
    rec.text = QStringLiteral("  Train   the trainers of the ministry ");
    rec.region = Anchor{2, 0.1, 0.2, 0.8, 0.3, QStringLiteral("text"), {}};
    const qint64 id = corrections().add(rec, QStringLiteral("ana"));
    ASSERT_GT(id, 0);
    const RecordRef added{RecordType::Recommendation, id};
    EXPECT_EQ(corrections().value(added, QStringLiteral("code")), QStringLiteral("G4"));
    EXPECT_EQ(corrections().value(added, QStringLiteral("text")), QStringLiteral("Train the trainers of the ministry"));
    EXPECT_TRUE(row(QStringLiteral("G4")).added);
    EXPECT_EQ(row(QStringLiteral("G4")).page, 2);
    EXPECT_EQ(
        count(QStringLiteral("SELECT count(*) FROM anchors WHERE owner_type = 'recommendation' AND owner_id = ?"), id),
        1);
    const QList<CorrectionChange> h = corrections().history(added);
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h.first().field, QStringLiteral("added"));

    NewRecord action;
    action.type = RecordType::Action;
    action.parentId = id;
    action.text = QStringLiteral("Hold a workshop");
    const qint64 actionId = corrections().add(action, QStringLiteral("ana"));
    ASSERT_GT(actionId, 0);
    EXPECT_EQ(corrections().value({RecordType::Action, actionId}, QStringLiteral("text")),
              QStringLiteral("Hold a workshop"));
    NewRecord comment;
    comment.type = RecordType::DonorComment;
    comment.parentId = id;
    comment.text = QStringLiteral("Please include the unions");
    EXPECT_THROW(corrections().add(comment, QStringLiteral("ana")), StoreError) << "a donor comment needs its donor";
    comment.donor = QStringLiteral("NORAD");
    const qint64 commentId = corrections().add(comment, QStringLiteral("ana"));
    ASSERT_GT(commentId, 0);
    EXPECT_EQ(corrections().value({RecordType::DonorComment, commentId}, QStringLiteral("donor")),
              QStringLiteral("NORAD"));
    EXPECT_EQ(row(QStringLiteral("G4")).donorCommentCount, 1);
    // Their words are found by the list's text filter (each in its own record: a team library's
    // filter looks for all the words of a query in one record).
    RecommendationFilter f;
    f.text = QStringLiteral("workshop");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("G4")});
    f.text = QStringLiteral("include unions");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("G4")});

    // A record the reviewer added has no extracted value to keep: its edits are history only.
    EXPECT_TRUE(corrections().edit(added, QStringLiteral("title"), QStringLiteral("Training"), QStringLiteral("ana")));
    EXPECT_TRUE(corrections().corrections(added).isEmpty());
    EXPECT_EQ(corrections().history(added).size(), 2);

    NewRecord empty;
    empty.documentId = documentId;
    EXPECT_THROW(corrections().add(empty, QStringLiteral("ana")), StoreError);
    NewRecord orphan;
    orphan.documentId = 999999;
    orphan.text = QStringLiteral("Nowhere");
    EXPECT_THROW(corrections().add(orphan, QStringLiteral("ana")), StoreError);
    const CheckReport check = store().check();
    EXPECT_TRUE(check.ok()) << check.problems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, BothCorrectionsTest, ::testing::Values(Backend::Sqlite, Backend::PostgreSql),
                         backendName);

namespace {

/// Corrections on a team library made by logins of each role, through the program's own store.
class PgCorrectionRoleTest : public PgTest
{
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        library = freshLibrary();
        std::unique_ptr<LibraryStore> owner = openLibraryStore(library.url);
        const ImportOutcome out = owner->importDocument(samplePayload(shaOf('r'), 2));
        ASSERT_EQ(out.status, ImportOutcome::Status::Imported) << out.message.toStdString();
        documentId = out.documentId;
        admin.emplace(pg::Connection::open(library));
        recommendationId = admin
                               ->exec(QStringLiteral("SELECT id FROM recommendations WHERE document_id = $1 "
                                                     "AND code = 'G1'"),
                                      {documentId})
                               .integer(0, 0);
        commentId =
            admin
                ->exec(QStringLiteral("SELECT id FROM donor_comments WHERE recommendation_id = $1"), {recommendationId})
                .integer(0, 0);
    }

    /// The library as `user` sees it through sql::Database.
    sql::Database connectionOf(const QString &user)
    {
        sql::Database db;
        db.open(library.withUser(user).url);
        return db;
    }

    qint64 count(const QString &sqlText) { return admin->exec(sqlText).integer(0, 0); }

    pg::ServerAddress library;
    std::optional<pg::Connection> admin;
    qint64 documentId = 0;
    qint64 recommendationId = 0;
    qint64 commentId = 0;
};

} // namespace

TEST_F(PgCorrectionRoleTest, ADonorLoginCannotCorrectARecord)
{
    const QString donor = addUser(*admin, QStringLiteral("seco"), QStringLiteral("donor"), QStringLiteral("SECO"));
    sql::Database adminSql = programStatementsOn(*admin);
    sharing::share(adminSql, {documentId}, QStringLiteral("SECO"));
    sql::Database db = connectionOf(donor);
    CorrectionStore store(db);
    const RecordRef rec{RecordType::Recommendation, recommendationId};
    EXPECT_EQ(store.value(rec, QStringLiteral("text")), QStringLiteral("Strengthen tripartite dialogue number 1"));

    auto denied = [](const std::function<void()> &change) {
        try {
            change();
            return false;
        } catch (const StoreError &e) {
            EXPECT_EQ(e.reason(), StoreError::Reason::Denied) << e.message().toStdString();
            return e.reason() == StoreError::Reason::Denied;
        }
    };
    EXPECT_TRUE(denied([&] { store.edit(rec, QStringLiteral("text"), QStringLiteral("Hijacked"), donor); }));
    EXPECT_TRUE(denied([&] { store.setVerified(recommendationId, true, donor); }));
    EXPECT_TRUE(denied([&] { store.setDeleted(rec, true, donor); }));
    // Even its own organisation's comment: corrections are the reviewers' (its comments it edits itself).
    EXPECT_TRUE(denied([&] {
        store.edit({RecordType::DonorComment, commentId}, QStringLiteral("text"), QStringLiteral("Changed"), donor);
    }));
    NewRecord added;
    added.documentId = documentId;
    added.text = QStringLiteral("A recommendation of SECO's own");
    EXPECT_TRUE(denied([&] { store.add(added, donor); }));

    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM corrections")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM correction_history")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recommendations WHERE verified OR deleted")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recommendations WHERE text = 'Hijacked'")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recommendations")), 2);
    // The connection stays usable after the refusals.
    EXPECT_EQ(store.value(rec, QStringLiteral("code")), QStringLiteral("G1"));
}

TEST_F(PgCorrectionRoleTest, AnEvaluatorLoginCorrectsAndTheAuditNamesIt)
{
    const QString evaluator = addUser(*admin, QStringLiteral("eva"), QStringLiteral("evaluator"));
    sql::Database db = connectionOf(evaluator);
    CorrectionStore store(db);
    const RecordRef rec{RecordType::Recommendation, recommendationId};
    EXPECT_TRUE(store.edit(rec, QStringLiteral("text"), QStringLiteral("Strengthen social dialogue"), evaluator));
    EXPECT_TRUE(store.setVerified(recommendationId, true, evaluator));
    EXPECT_EQ(store.corrections(rec).size(), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM recommendations WHERE verified")), 1);
    const pg::Result audit = admin->exec(
        QStringLiteral("SELECT db_user FROM audit_log WHERE table_name = 'corrections' ORDER BY id LIMIT 1"));
    ASSERT_EQ(audit.rows(), 1);
    EXPECT_EQ(audit.text(0, 0), evaluator);
}

} // namespace evalreview::testing
