#include "RecommendationQuery.h"

#include "FollowUpStore.h"
#include "SqliteLibraryStore.h"
#include "TestLibrary.h"

#include <gtest/gtest.h>

using namespace evalreview;
using evalreview::testing::samplePayload;
using evalreview::testing::shaOf;

namespace {

QJsonArray box(int page, double y0)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("bbox"), QJsonArray{0.1, y0, 0.9, y0 + 0.1}}}};
}

/// A management response whose recommendations differ in section, priority, category and donors.
ImportPayload variedPayload()
{
    ImportPayload p = samplePayload(shaOf('v'), 0);
    p.title = QStringLiteral("Varied response");
    QJsonArray recs;
    const char *categories[] = {"accepted", "partially_accepted", "not_accepted", "accepted"};
    const char *sections[] = {"Ghana", "Ghana", "Viet Nam", "Global"};
    for (int i = 0; i < 4; ++i) {
        QJsonArray comments{QJsonObject{{QStringLiteral("donor"), QStringLiteral("NORAD")},
                                        {QStringLiteral("text"), QStringLiteral("Noted by Norway")},
                                        {QStringLiteral("source"), box(2, 0.5)}}};
        if (i % 2 == 0) {
            comments.append(QJsonObject{{QStringLiteral("donor"), QStringLiteral("SECO")},
                                        {QStringLiteral("text"), QStringLiteral("SECO does not agree on budgets")},
                                        {QStringLiteral("source"), box(2, 0.6)}});
        }
        recs.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("V%1").arg(i + 1)},
                        {QStringLiteral("section"), QString::fromLatin1(sections[i])},
                        {QStringLiteral("title"), QStringLiteral("Lead phrase %1").arg(i + 1)},
                        {QStringLiteral("text"), i == 2 ? QStringLiteral("Improve the monitoring of cooperatives")
                                                        : QStringLiteral("Strengthen tripartite dialogue %1").arg(i)},
                        {QStringLiteral("addressed_to"), QJsonArray{QStringLiteral("ILO Country Offices")}},
                        {QStringLiteral("priority"), i < 2 ? QStringLiteral("High") : QStringLiteral("Low")},
                        {QStringLiteral("timing"), QStringLiteral("Short-term")},
                        {QStringLiteral("response_category"), QString::fromLatin1(categories[i])},
                        {QStringLiteral("response_text"), QStringLiteral("Management agrees with reservations")},
                        {QStringLiteral("actions"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                                {QStringLiteral("text"), QStringLiteral("Appoint a focal point")},
                                                {QStringLiteral("time_frame"), QStringLiteral("2025")},
                                                {QStringLiteral("responsible"), QStringLiteral("DWT Bangkok")},
                                                {QStringLiteral("source"), box(2, 0.3)}},
                                    QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                                                {QStringLiteral("text"), QStringLiteral("Report on budgets")},
                                                {QStringLiteral("source"), box(2, 0.4)}}}},
                        {QStringLiteral("donor_comments"), comments},
                        {QStringLiteral("source"), box(1, 0.1 * (i + 1))},
                        {QStringLiteral("sources"), QJsonObject{{QStringLiteral("response_text"), box(2, 0.2)}}}});
    }
    p.extraction.insert(QStringLiteral("recommendations"), recs);
    p.extraction.remove(QStringLiteral("cross_references"));
    return p;
}

class RecommendationQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = SqliteLibraryStore::open(dir.filePath(QStringLiteral("lib.evalreview")));
        ASSERT_EQ(store->importDocument(samplePayload(shaOf('a'), 3)).status, ImportOutcome::Status::Imported);
        const ImportOutcome varied = store->importDocument(variedPayload());
        ASSERT_EQ(varied.status, ImportOutcome::Status::Imported);
        variedId = varied.documentId;
    }
    QStringList codes(const RecommendationFilter &f)
    {
        QStringList out;
        for (const RecommendationRow &r : RecommendationQuery(store->database()).rows(f, 0, 100)) {
            out << r.code;
        }
        return out;
    }

    QTemporaryDir dir;
    std::unique_ptr<SqliteLibraryStore> store;
    qint64 variedId = 0;
};

} // namespace

TEST_F(RecommendationQueryTest, ListsAllInDocumentOrderWithCount)
{
    RecommendationQuery q(store->database());
    EXPECT_EQ(q.count({}), 7);
    EXPECT_EQ(codes({}),
              (QStringList{QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"), QStringLiteral("V1"),
                           QStringLiteral("V2"), QStringLiteral("V3"), QStringLiteral("V4")}));
    const QList<RecommendationRow> page = q.rows({}, 2, 3);
    ASSERT_EQ(page.size(), 3);
    EXPECT_EQ(page.at(0).code, QStringLiteral("G3"));
    EXPECT_EQ(page.at(2).code, QStringLiteral("V2"));
    EXPECT_EQ(page.at(1).title, QStringLiteral("Lead phrase 1"));
    EXPECT_EQ(page.at(1).donorCommentCount, 2);
    EXPECT_EQ(page.at(1).status, followup_status::NotStarted);
}

TEST_F(RecommendationQueryTest, FiltersByEachCriterion)
{
    RecommendationFilter f;
    f.donor = QStringLiteral("SECO");
    EXPECT_EQ(codes(f), (QStringList{QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"),
                                     QStringLiteral("V1"), QStringLiteral("V3")}));
    f.documentId = variedId;
    EXPECT_EQ(codes(f), (QStringList{QStringLiteral("V1"), QStringLiteral("V3")}));
    f.responseCategory = QStringLiteral("not_accepted");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("V3")});

    RecommendationFilter g;
    g.section = QStringLiteral("Ghana");
    g.priority = QStringLiteral("High");
    EXPECT_EQ(codes(g), (QStringList{QStringLiteral("V1"), QStringLiteral("V2")}));
    g = {};
    g.documentKind = kinds::ProgressReport;
    EXPECT_TRUE(codes(g).isEmpty());
}

TEST_F(RecommendationQueryTest, TextFilterUsesIndexWithPrefixAndFindsOwnerOfActionsAndComments)
{
    RecommendationFilter f;
    f.text = QStringLiteral("cooperat");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("V3")});
    f.text = QStringLiteral("budgets"); // in actions and SECO comments only
    EXPECT_EQ(codes(f),
              (QStringList{QStringLiteral("V1"), QStringLiteral("V2"), QStringLiteral("V3"), QStringLiteral("V4")}));
    f.text = QStringLiteral("\"does not agree\"");
    EXPECT_EQ(codes(f), (QStringList{QStringLiteral("V1"), QStringLiteral("V3")}));
    f.text = QStringLiteral("co"); // too short to be a prefix: matches the word "co" only
    EXPECT_TRUE(codes(f).isEmpty());
    f.text = QStringLiteral("AND ( NEAR"); // hostile input never breaks the query
    EXPECT_NO_THROW(RecommendationQuery(store->database()).count(f));
}

TEST_F(RecommendationQueryTest, TextFilterWantsEveryWordInTheRecordAndAPhraseInOnePart)
{
    RecommendationFilter f;
    // "monitoring" is in V3's own text, "focal" in its action, "Norway" in a NORAD comment.
    f.text = QStringLiteral("monitoring focal norway");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("V3")});
    f.text = QStringLiteral("monitoring NOT budgets");
    EXPECT_TRUE(codes(f).isEmpty());
    // NOT leaves out the one term after it; the words after that are wanted again.
    // (V1 and V3 have a SECO comment; V3 is about cooperatives, the others tripartite dialogue.)
    f.text = QStringLiteral("focal NOT seco tripartite");
    EXPECT_EQ(codes(f), (QStringList{QStringLiteral("V2"), QStringLiteral("V4")}));
    f.text = QStringLiteral("cooperatives OR tripartite");
    EXPECT_EQ(codes(f).size(), 7);
    // A phrase lies within one part: "focal point" is in an action, "point norway" in none.
    f.text = QStringLiteral("\"focal point\"");
    EXPECT_EQ(codes(f).size(), 4);
    f.text = QStringLiteral("\"point noted\"");
    EXPECT_TRUE(codes(f).isEmpty());
    // A phrase in one part, the other words anywhere: V3's own text, its action and its comment.
    f.text = QStringLiteral("monitoring \"focal point\" norway");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("V3")});
    f.text = QStringLiteral("\"focal point\" NOT monitoring");
    EXPECT_EQ(codes(f), (QStringList{QStringLiteral("V1"), QStringLiteral("V2"), QStringLiteral("V4")}));
    f.text = QStringLiteral("\"point noted\" OR monitoring \"focal point\"");
    EXPECT_EQ(codes(f), QStringList{QStringLiteral("V3")});
    // A prefix longer than the indexed ones is read as its completions, with the same result.
    f.text = QStringLiteral("tripartit");
    EXPECT_EQ(codes(f).size(), 6);
    f.text = QStringLiteral("seco");
    EXPECT_EQ(codes(f).size(), 5) << "the donor's name is a word of its comment";
}

TEST_F(RecommendationQueryTest, TextFilterForgetsARemovedDocumentAndSeesAReimport)
{
    RecommendationQuery q(store->database());
    RecommendationFilter f;
    f.text = QStringLiteral("cooperatives");
    EXPECT_EQ(q.count(f), 1);
    ASSERT_TRUE(store->removeDocument(variedId));
    EXPECT_EQ(q.count(f), 0);
    f.text = QStringLiteral("tripartite");
    EXPECT_EQ(q.count(f), 3);
    f.text = QStringLiteral("budgets");
    EXPECT_EQ(q.count(f), 0);
    // The removed words were taken out exactly: the index is whole and a reimport is found again.
    store->database().exec(QStringLiteral("INSERT INTO recommendation_words(recommendation_words)"
                                          " VALUES ('integrity-check')"));
    ASSERT_EQ(store->importDocument(variedPayload()).status, ImportOutcome::Status::Imported);
    EXPECT_EQ(q.count(f), 4);
    f.text = QStringLiteral("tripartite");
    EXPECT_EQ(q.count(f), 6);
    // A text changed in place (not something the app does, but a library may be edited) is followed.
    store->database().exec(QStringLiteral("UPDATE actions SET text = 'Brew zymurgy' WHERE text = 'Hire'"));
    f.text = QStringLiteral("zymurgy");
    EXPECT_EQ(q.count(f), 3);
    f.text = QStringLiteral("hire");
    EXPECT_EQ(q.count(f), 0);
    store->database().exec(QStringLiteral("UPDATE donor_comments SET donor = 'Sida' WHERE donor = 'NORAD'"));
    f.text = QStringLiteral("norad");
    EXPECT_EQ(q.count(f), 0);
    f.text = QStringLiteral("sida");
    EXPECT_EQ(q.count(f), 4);
    store->database().exec(QStringLiteral("INSERT INTO recommendation_words(recommendation_words)"
                                          " VALUES ('integrity-check')"));
}

TEST_F(RecommendationQueryTest, APhraseSeesCommentsImportedWhileOtherWordsWereFiltered)
{
    RecommendationQuery q(store->database());
    RecommendationFilter phrase;
    phrase.text = QStringLiteral("\"would like to know\""); // in SECO's comments of the sample
    RecommendationFilter word;
    word.text = QStringLiteral("tripartite");
    EXPECT_EQ(q.count(phrase), 3);
    ASSERT_EQ(store->importDocument(samplePayload(shaOf('c'), 2)).status, ImportOutcome::Status::Imported);
    EXPECT_EQ(q.count(word), 8); // the change is seen here first, by the words index
    EXPECT_EQ(q.count(phrase), 5) << "the comments of the new document belong to their recommendations";
}

TEST_F(RecommendationQueryTest, FacetsCountUnderOtherCriteria)
{
    RecommendationQuery q(store->database());
    RecommendationFilter f;
    f.donor = QStringLiteral("SECO");
    const QList<FacetValue> donors = q.facetValues(Facet::Donor, f); // own criterion ignored
    ASSERT_EQ(donors.size(), 2);
    EXPECT_EQ(donors.at(0).value, QStringLiteral("SECO"));
    EXPECT_EQ(donors.at(0).count, 5);
    EXPECT_EQ(donors.at(1).value, QStringLiteral("NORAD"));
    EXPECT_EQ(donors.at(1).count, 4);
    const QList<FacetValue> categories = q.facetValues(Facet::ResponseCategory, f);
    ASSERT_EQ(categories.size(), 2);
    EXPECT_EQ(categories.at(0).value, QStringLiteral("accepted"));
    EXPECT_EQ(categories.at(0).count, 4);
    EXPECT_EQ(categories.at(1).label, QStringLiteral("Not accepted"));
    const QList<FacetValue> statuses = q.facetValues(Facet::Status, {});
    ASSERT_EQ(statuses.size(), 1);
    EXPECT_EQ(statuses.at(0).label, QStringLiteral("Not started"));
    EXPECT_EQ(statuses.at(0).count, 7);
    const QList<FacetValue> docs = q.facetValues(Facet::Document, {});
    ASSERT_EQ(docs.size(), 2);
    EXPECT_EQ(docs.at(0).label, QStringLiteral("Varied response"));
}

TEST_F(RecommendationQueryTest, DetailHasEveryPaneWithAnchors)
{
    RecommendationQuery q(store->database());
    const auto id = q.findByCode(QStringLiteral("V1"));
    ASSERT_TRUE(id);
    const auto d = q.detail(*id);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->documentTitle, QStringLiteral("Varied response"));
    EXPECT_EQ(d->addressedTo, QStringList{QStringLiteral("ILO Country Offices")});
    EXPECT_EQ(d->priority, QStringLiteral("High"));
    EXPECT_EQ(d->responseCategory, QStringLiteral("accepted"));
    ASSERT_EQ(d->actions.size(), 2);
    EXPECT_EQ(d->actions.at(0).number, 1);
    EXPECT_EQ(d->actions.at(0).timeFrame, QStringLiteral("2025"));
    EXPECT_EQ(d->actions.at(0).responsible, QStringLiteral("DWT Bangkok"));
    ASSERT_EQ(d->actions.at(1).anchors.size(), 1);
    EXPECT_DOUBLE_EQ(d->actions.at(1).anchors.at(0).y0, 0.4);
    ASSERT_EQ(d->donorComments.size(), 2);
    EXPECT_EQ(d->donorComments.at(1).donor, QStringLiteral("SECO"));
    EXPECT_EQ(d->page, 1);
    ASSERT_EQ(d->anchorsFor(QStringLiteral("response_text")).size(), 1);
    EXPECT_EQ(d->anchorsFor(QStringLiteral("response_text")).at(0).page, 2);
    EXPECT_EQ(d->anchorsFor(QStringLiteral("text")).at(0).page, 1); // falls back to the record
    EXPECT_FALSE(d->followUp.recorded);

    const QList<PageRegion> regions = q.regionsOnPage(variedId, 2);
    ASSERT_FALSE(regions.isEmpty());
    for (const PageRegion &r : regions) {
        EXPECT_GT(r.recommendationId, 0);
    }
    EXPECT_FALSE(q.findByCode(QStringLiteral("nope")));
}

TEST_F(RecommendationQueryTest, FollowUpChangesAreRecordedWithHistoryAndFilterable)
{
    RecommendationQuery q(store->database());
    FollowUpStore f(store->database());
    const qint64 id = *q.findByCode(QStringLiteral("V2"));
    EXPECT_TRUE(f.set(id, FollowUpField::Status, followup_status::InProgress, QStringLiteral("Ana")));
    EXPECT_FALSE(f.set(id, FollowUpField::Status, followup_status::InProgress, QStringLiteral("Ana")));
    EXPECT_TRUE(f.set(id, FollowUpField::Owner, QStringLiteral("DWT Bangkok"), QStringLiteral("Ana")));
    EXPECT_TRUE(f.set(id, FollowUpField::DueDate, QStringLiteral("2020-01-31"), QStringLiteral("Ben")));
    EXPECT_TRUE(f.set(id, FollowUpField::Note, QStringLiteral("Asked for evidence"), QStringLiteral("Ben")));
    EXPECT_THROW(f.set(id, FollowUpField::Status, QStringLiteral("done"), QStringLiteral("Ben")), StoreError);
    EXPECT_THROW(f.set(id, FollowUpField::DueDate, QStringLiteral("soon"), QStringLiteral("Ben")), StoreError);
    EXPECT_THROW(f.set(999999, FollowUpField::Note, QStringLiteral("x"), QStringLiteral("Ben")), StoreError);

    const FollowUpState s = f.state(id);
    EXPECT_TRUE(s.recorded);
    EXPECT_EQ(s.status, followup_status::InProgress);
    EXPECT_EQ(s.dueDate, QDate(2020, 1, 31));
    EXPECT_EQ(s.updatedBy, QStringLiteral("Ben"));
    ASSERT_EQ(s.history.size(), 4);
    EXPECT_EQ(s.history.at(0).field, QStringLiteral("status"));
    EXPECT_EQ(s.history.at(0).oldValue, followup_status::NotStarted);
    EXPECT_EQ(s.history.at(0).author, QStringLiteral("Ana"));
    EXPECT_EQ(s.history.at(3).newValue, QStringLiteral("Asked for evidence"));

    RecommendationFilter status;
    status.status = followup_status::InProgress;
    EXPECT_EQ(codes(status), QStringList{QStringLiteral("V2")});
    status.status = followup_status::NotStarted;
    EXPECT_EQ(q.count(status), 6);
    RecommendationFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate(2021, 1, 1);
    EXPECT_EQ(codes(overdue), QStringList{QStringLiteral("V2")});
    f.set(id, FollowUpField::Status, followup_status::Completed, QStringLiteral("Ben"));
    EXPECT_TRUE(codes(overdue).isEmpty());
    RecommendationFilter withComment;
    withComment.withDonorComment = true;
    EXPECT_EQ(q.count(withComment), 7);

    const QList<RecommendationRow> sorted = q.rows({}, 0, 1, RecommendationSort::DueDate);
    ASSERT_EQ(sorted.size(), 1);
    EXPECT_EQ(sorted.at(0).code, QStringLiteral("V2"));
    EXPECT_EQ(sorted.at(0).owner, QStringLiteral("DWT Bangkok"));
    EXPECT_TRUE(store->check().ok());
}

TEST_F(RecommendationQueryTest, DenseAndSelectivePlansListTheSameRows)
{
    RecommendationQuery q(store->database());
    for (const char *donor : {"SECO", "NORAD", "nobody"}) {
        RecommendationFilter f;
        f.donor = QString::fromLatin1(donor);
        const qint64 n = q.count(f);
        QList<qint64> selective;
        QList<qint64> dense;
        for (const RecommendationRow &r : q.rows(f, 0, 100)) {
            selective << r.id;
        }
        for (const RecommendationRow &r : q.rows(f, 0, 100, RecommendationSort::DocumentOrder, Qt::AscendingOrder, n)) {
            dense << r.id;
        }
        EXPECT_EQ(selective, dense) << donor;
        EXPECT_EQ(selective.size(), n);
    }
}
