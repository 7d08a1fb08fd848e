// Reviewers' corrections: edit, delete, verify and add records, beside the extracted values.
#include "CorrectionStore.h"
#include "RecommendationQuery.h"
#include "SqliteLibraryStore.h"
#include "TestLibrary.h"

#include <gtest/gtest.h>

using namespace evalreview;
using evalreview::testing::samplePayload;
using evalreview::testing::shaOf;

namespace {

class CorrectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = SqliteLibraryStore::open(dir.filePath(QStringLiteral("lib.evalreview")));
        const ImportOutcome out = store->importDocument(samplePayload(shaOf('a'), 3));
        ASSERT_EQ(out.status, ImportOutcome::Status::Imported);
        documentId = out.documentId;
        corrections = std::make_unique<CorrectionStore>(store->database());
        g2 = {RecordType::Recommendation, *corrections->recommendationByCode(documentId, QStringLiteral("G2"))};
    }
    RecommendationRow row(const QString &code, RecommendationFilter f = {})
    {
        f.withDeleted = true;
        for (const RecommendationRow &r : RecommendationQuery(store->database()).rows(f, 0, 100)) {
            if (r.code == code) {
                return r;
            }
        }
        return {};
    }
    QStringList codes(const RecommendationFilter &f = {})
    {
        QStringList out;
        for (const RecommendationRow &r : RecommendationQuery(store->database()).rows(f, 0, 100)) {
            out << r.code;
        }
        return out;
    }
    qint64 count(const QString &sql)
    {
        sql::Statement st = store->database().prepare(sql);
        return st.next() ? st.integer(0) : -1;
    }

    QTemporaryDir dir;
    std::unique_ptr<SqliteLibraryStore> store;
    std::unique_ptr<CorrectionStore> corrections;
    qint64 documentId = 0;
    RecordRef g2;
};

} // namespace

TEST_F(CorrectionTest, AnEditKeepsTheExtractedValueBesideItAndIsInTheHistory)
{
    const QString extracted = QStringLiteral("Strengthen tripartite dialogue number 2");
    EXPECT_TRUE(corrections->edit(g2, QStringLiteral("text"), QStringLiteral("Strengthen social dialogue"),
                                  QStringLiteral("ana")));
    EXPECT_EQ(corrections->value(g2, QStringLiteral("text")), QStringLiteral("Strengthen social dialogue"));
    EXPECT_EQ(corrections->extractedValue(g2, QStringLiteral("text")), extracted);
    EXPECT_TRUE(row(QStringLiteral("G2")).edited);
    EXPECT_FALSE(row(QStringLiteral("G1")).edited);
    // a second edit keeps the first extracted value; the same value again changes nothing
    EXPECT_TRUE(
        corrections->edit(g2, QStringLiteral("text"), QStringLiteral("Strengthen dialogue"), QStringLiteral("ben")));
    EXPECT_FALSE(
        corrections->edit(g2, QStringLiteral("text"), QStringLiteral("Strengthen dialogue"), QStringLiteral("ben")));
    EXPECT_EQ(corrections->extractedValue(g2, QStringLiteral("text")), extracted);
    const QList<CorrectionChange> h = corrections->history(g2);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h.at(0).oldValue, extracted);
    EXPECT_EQ(h.at(0).author, QStringLiteral("ana"));
    EXPECT_EQ(h.at(1).newValue, QStringLiteral("Strengthen dialogue"));
    // back to the extracted value (an undo): no correction left, the history stays
    EXPECT_TRUE(corrections->edit(g2, QStringLiteral("text"), extracted, QStringLiteral("ben")));
    EXPECT_TRUE(corrections->corrections(g2).isEmpty());
    EXPECT_FALSE(row(QStringLiteral("G2")).edited);
    EXPECT_EQ(corrections->history(g2).size(), 3);
    // the document's own extraction is never touched
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM documents WHERE extraction LIKE '%Strengthen dialogue%'")), 0);
}

TEST_F(CorrectionTest, EditedTextIsFoundByTheListsTextFilter)
{
    corrections->edit(g2, QStringLiteral("text"), QStringLiteral("Promote cooperatives in rural areas"),
                      QStringLiteral("ana"));
    RecommendationFilter f;
    f.text = QStringLiteral("cooperatives");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("G2")});
    // a response the extraction did not find is added to the recommendation and found too
    const RecordRef g3{RecordType::Recommendation,
                       *corrections->recommendationByCode(documentId, QStringLiteral("G3"))};
    sql::Statement del = store->database().prepare(QStringLiteral("DELETE FROM responses WHERE recommendation_id = ?"));
    del.bind(1, g3.id);
    del.run();
    EXPECT_TRUE(corrections->edit(g3, QStringLiteral("response_text"), QStringLiteral("Management welcomes it"),
                                  QStringLiteral("ana")));
    EXPECT_TRUE(
        corrections->edit(g3, QStringLiteral("response_category"), QStringLiteral("accepted"), QStringLiteral("ana")));
    f.text = QStringLiteral("welcomes");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("G3")});
    EXPECT_EQ(row(QStringLiteral("G3")).responseCategory, QStringLiteral("accepted"));
}

TEST_F(CorrectionTest, BadValuesAreRefusedWithASentenceAndChangeNothing)
{
    EXPECT_THROW(
        corrections->edit(g2, QStringLiteral("response_category"), QStringLiteral("maybe"), QStringLiteral("ana")),
        StoreError);
    EXPECT_THROW(corrections->edit(g2, QStringLiteral("colour"), QStringLiteral("red"), QStringLiteral("ana")),
                 StoreError);
    EXPECT_THROW(corrections->edit(g2, QStringLiteral("text"), QStringLiteral("  "), QStringLiteral("ana")),
                 StoreError);
    EXPECT_THROW(corrections->edit({RecordType::Action, 999999}, QStringLiteral("text"), QStringLiteral("x"),
                                   QStringLiteral("ana")),
                 StoreError);
    try {
        corrections->edit(g2, QStringLiteral("colour"), QStringLiteral("red"), QStringLiteral("ana"));
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("A recommendation has no field \"colour\"")));
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM corrections")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM correction_history")), 0);
}

TEST_F(CorrectionTest, ADeletedRecordLeavesTheListAndComesBack)
{
    EXPECT_TRUE(corrections->setDeleted(g2, true, QStringLiteral("ana")));
    EXPECT_FALSE(corrections->setDeleted(g2, true, QStringLiteral("ana")));
    EXPECT_EQ(codes(), (QStringList{QStringLiteral("G1"), QStringLiteral("G3")}));
    EXPECT_EQ(RecommendationQuery(store->database()).count({}), 2);
    EXPECT_TRUE(row(QStringLiteral("G2")).deleted);
    EXPECT_TRUE(corrections->setDeleted(g2, false, QStringLiteral("ana")));
    EXPECT_EQ(codes().size(), 3);
    EXPECT_EQ(corrections->history(g2).size(), 2);
}

TEST_F(CorrectionTest, VerifiedIsASignOffWithAFilter)
{
    EXPECT_TRUE(corrections->setVerified(g2.id, true, QStringLiteral("ana")));
    RecommendationFilter verified;
    verified.verified = true;
    EXPECT_EQ(codes(verified), QStringList{QStringLiteral("G2")});
    verified.verified = false;
    EXPECT_EQ(codes(verified), (QStringList{QStringLiteral("G1"), QStringLiteral("G3")}));
    EXPECT_TRUE(row(QStringLiteral("G2")).verified);
    EXPECT_FALSE(row(QStringLiteral("G2")).edited) << "a sign-off is no correction of a value";
    // counted by the library's statistics
    corrections->edit(g2, QStringLiteral("priority"), QStringLiteral("High"), QStringLiteral("ana"));
    const LibraryStats stats = store->stats();
    EXPECT_EQ(stats.verified, 1);
    EXPECT_EQ(stats.corrections, 1);
}

TEST_F(CorrectionTest, AddedRecordsGetTheNextCodeTheirRegionAndTheirParent)
{
    NewRecord rec;
    rec.documentId = documentId;
    rec.text = QStringLiteral("  Train   the trainers of the ministry ");
    rec.region = Anchor{2, 0.1, 0.2, 0.8, 0.3, QStringLiteral("text"), {}};
    const qint64 id = corrections->add(rec, QStringLiteral("ana"));
    const RecordRef added{RecordType::Recommendation, id};
    EXPECT_EQ(corrections->value(added, QStringLiteral("code")), QStringLiteral("G4"));
    EXPECT_EQ(corrections->value(added, QStringLiteral("text")), QStringLiteral("Train the trainers of the ministry"));
    EXPECT_TRUE(row(QStringLiteral("G4")).added);
    EXPECT_EQ(row(QStringLiteral("G4")).page, 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM anchors WHERE owner_type = 'recommendation' AND owner_id = %1")
                        .arg(id)),
              1);

    NewRecord action;
    action.type = RecordType::Action;
    action.parentId = id;
    action.text = QStringLiteral("Hold a workshop");
    const qint64 actionId = corrections->add(action, QStringLiteral("ana"));
    EXPECT_EQ(corrections->value({RecordType::Action, actionId}, QStringLiteral("text")),
              QStringLiteral("Hold a workshop"));
    NewRecord comment;
    comment.type = RecordType::DonorComment;
    comment.parentId = id;
    comment.text = QStringLiteral("Please include the unions");
    EXPECT_THROW(corrections->add(comment, QStringLiteral("ana")), StoreError) << "a donor comment needs its donor";
    comment.donor = QStringLiteral("NORAD");
    corrections->add(comment, QStringLiteral("ana"));
    EXPECT_EQ(row(QStringLiteral("G4")).donorCommentCount, 1);
    RecommendationFilter f;
    f.text = QStringLiteral("workshop unions");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("G4")});

    NewRecord empty;
    empty.documentId = documentId;
    EXPECT_THROW(corrections->add(empty, QStringLiteral("ana")), StoreError);
    EXPECT_EQ(store->check().problems, QStringList());
}

TEST_F(CorrectionTest, CorrectionsWaitWithTitleAndCodeWhenTheDocumentGoes)
{
    corrections->edit(g2, QStringLiteral("title"), QStringLiteral("Dialogue"), QStringLiteral("ana"));
    ASSERT_TRUE(store->removeDocument(documentId));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM corrections WHERE target_id IS NULL AND document_id IS NULL"
                                   " AND code = 'G2' AND document_title = 'Sample management response'")),
              1);
}

TEST_F(CorrectionTest, ARevisionTakesOverEveryCorrectionAndTheAddedRecords)
{
    // G1: text edited and verified; G2: deleted; G3 (gone from the revision): priority edited.
    const RecordRef g1{RecordType::Recommendation,
                       *corrections->recommendationByCode(documentId, QStringLiteral("G1"))};
    const RecordRef g3{RecordType::Recommendation,
                       *corrections->recommendationByCode(documentId, QStringLiteral("G3"))};
    corrections->edit(g1, QStringLiteral("text"), QStringLiteral("Strengthen tripartite dialogue in every region"),
                      QStringLiteral("ana"));
    corrections->setVerified(g1.id, true, QStringLiteral("ana"));
    corrections->setDeleted(g2, true, QStringLiteral("ana"));
    corrections->edit(g3, QStringLiteral("priority"), QStringLiteral("High"), QStringLiteral("ana"));
    NewRecord drawn;
    drawn.documentId = documentId;
    drawn.code = QStringLiteral("G9");
    drawn.text = QStringLiteral("Share the results with the donors");
    drawn.region = Anchor{1, 0.1, 0.5, 0.9, 0.6, QStringLiteral("text"), {}};
    corrections->add(drawn, QStringLiteral("ana"));
    NewRecord action;
    action.type = RecordType::Action;
    action.parentId = g1.id;
    action.text = QStringLiteral("Meet every quarter");
    corrections->add(action, QStringLiteral("ana"));

    ImportPayload revised = samplePayload(shaOf('s'), 2); // G1 and G2 only
    revised.replaces = documentId;
    const ImportOutcome second = store->importDocument(revised);
    ASSERT_EQ(second.status, ImportOutcome::Status::Imported) << second.message.toStdString();
    const qint64 next = second.documentId;

    const auto newG1 = corrections->recommendationByCode(next, QStringLiteral("G1"));
    ASSERT_TRUE(newG1);
    const RecordRef n1{RecordType::Recommendation, *newG1};
    EXPECT_EQ(corrections->value(n1, QStringLiteral("text")),
              QStringLiteral("Strengthen tripartite dialogue in every region"));
    EXPECT_EQ(corrections->extractedValue(n1, QStringLiteral("text")),
              QStringLiteral("Strengthen tripartite dialogue number 1"));
    EXPECT_EQ(corrections->history(n1).size(), 2) << "the history follows the record";
    RecommendationFilter inNext;
    inNext.documentId = next;
    EXPECT_EQ(codes(inNext), (QStringList{QStringLiteral("G1"), QStringLiteral("G9")})) << "G2 stays deleted";
    EXPECT_TRUE(row(QStringLiteral("G1"), inNext).verified);
    EXPECT_TRUE(row(QStringLiteral("G9"), inNext).added);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM actions WHERE recommendation_id = %1 AND origin = 'reviewer'")
                        .arg(*newG1)),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM anchors a JOIN recommendations r ON r.id = a.owner_id"
                                   " WHERE a.owner_type = 'recommendation' AND r.code = 'G9' AND r.document_id = %1")
                        .arg(next)),
              1);
    // G3's correction had nowhere to go: kept, with its title and code
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM corrections WHERE target_id IS NULL AND code = 'G3'")), 1);
    EXPECT_EQ(store->check().problems, QStringList());
}
