// The window's queries (lists, filters, facets, detail) and follow-up edits on both backends: the
// same statements, the same answers.
#include "../unit/TestLibrary.h"
#include "BothStores.h"
#include "FollowUpStore.h"
#include "RecommendationQuery.h"
#include "Sqlite.h"

#include <algorithm>

namespace evalreview::testing {

namespace {

class BothQueriesTest : public BothStoresTest
{
protected:
    void SetUp() override
    {
        BothStoresTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        ImportPayload second = samplePayload(shaOf('b'), 2);
        second.title = QStringLiteral("Second response");
        ASSERT_EQ(store().importDocument(samplePayload(shaOf('a'))).status, ImportOutcome::Status::Imported);
        ASSERT_EQ(store().importDocument(second).status, ImportOutcome::Status::Imported);
        m_query = std::make_unique<RecommendationQuery>(store().database());
    }

    RecommendationQuery &query() { return *m_query; }

    qint64 countOf(const QString &text)
    {
        RecommendationFilter f;
        f.text = text;
        return query().count(f);
    }

    qint64 countOf(const QList<FacetValue> &values, const QString &value)
    {
        const auto it =
            std::find_if(values.begin(), values.end(), [&](const FacetValue &v) { return v.value == value; });
        return it == values.end() ? 0 : it->count;
    }

    std::unique_ptr<RecommendationQuery> m_query;
};

} // namespace

TEST_P(BothQueriesTest, ListsFiltersAndPagesRecommendations)
{
    EXPECT_EQ(query().count({}), 5);
    EXPECT_EQ(query().estimate({}), 5);
    const QList<RecommendationRow> all = query().rows({}, 0, 10);
    ASSERT_EQ(all.size(), 5);
    EXPECT_EQ(all.first().code, QStringLiteral("G1"));
    EXPECT_EQ(all.first().responseCategory, QStringLiteral("accepted"));
    EXPECT_EQ(all.first().donorCommentCount, 1);
    EXPECT_EQ(all.first().status, QStringLiteral("not_started"));
    EXPECT_FALSE(all.first().verified);
    EXPECT_FALSE(all.first().deleted);

    RecommendationFilter second;
    second.documentId = all.last().documentId;
    EXPECT_EQ(query().count(second), 2);

    // Keyset paging by code, descending: the page after the second row goes on from the third.
    const QList<RecommendationRow> byCode = query().rows({}, 0, 2, RecommendationSort::Code, Qt::DescendingOrder);
    ASSERT_EQ(byCode.size(), 2);
    EXPECT_EQ(byCode.first().code, QStringLiteral("G3"));
    const QList<RecommendationRow> after =
        query().rowsAfter({}, byCode.last(), 10, RecommendationSort::Code, Qt::DescendingOrder);
    ASSERT_EQ(after.size(), 3);
    EXPECT_EQ(after.first().code, QStringLiteral("G2"));
    EXPECT_EQ(after.last().code, QStringLiteral("G1"));
}

TEST_P(BothQueriesTest, FindsTextInRecommendationsResponsesActionsAndComments)
{
    EXPECT_EQ(countOf(QStringLiteral("tripartite")), 5); // recommendation
    EXPECT_EQ(countOf(QStringLiteral("hire")), 5);       // action
    EXPECT_EQ(countOf(QStringLiteral("would like")), 5); // donor comment
    EXPECT_EQ(countOf(QStringLiteral("dialogue number 3")), 1);
    EXPECT_EQ(countOf(QStringLiteral("\"number 2\"")), 2); // one in each document
    EXPECT_EQ(countOf(QStringLiteral("strengt")), 5);      // a word being typed is a prefix
    EXPECT_EQ(countOf(QStringLiteral("nowhere")), 0);
    // Words spread over the recommendation, its action and its donor's comment.
    EXPECT_EQ(countOf(QStringLiteral("tripartite hire seco")), 5);
    EXPECT_EQ(countOf(QStringLiteral("\"number 3\" tripartite")), 1);
    // A phrase within one part, the other words in others (its action, its donor's comment).
    EXPECT_EQ(countOf(QStringLiteral("\"number 3\" hire seco")), 1);
    EXPECT_EQ(countOf(QStringLiteral("\"would like\" \"number 3\"")), 1);
    EXPECT_EQ(countOf(QStringLiteral("\"number 3\" OR \"number 1\"")), 3);
    EXPECT_EQ(countOf(QStringLiteral("dialogue NOT \"number 2\"")), 3);
    EXPECT_EQ(countOf(QStringLiteral("hire NOT seco")), 0);
}

TEST_P(BothQueriesTest, CountsFacetsUnderTheOtherCriteria)
{
    const QList<FacetValue> documents = query().facetValues(Facet::Document, {});
    ASSERT_EQ(documents.size(), 2);
    EXPECT_EQ(documents.first().count, 3);
    EXPECT_EQ(documents.first().label, QStringLiteral("Sample management response"));
    EXPECT_EQ(countOf(query().facetValues(Facet::ResponseCategory, {}), QStringLiteral("accepted")), 5);
    EXPECT_EQ(countOf(query().facetValues(Facet::Donor, {}), QStringLiteral("SECO")), 5);
    EXPECT_EQ(countOf(query().facetValues(Facet::Section, {}), QStringLiteral("Ghana")), 5);

    RecommendationFilter text;
    text.text = QStringLiteral("\"number 3\"");
    EXPECT_EQ(countOf(query().facetValues(Facet::Donor, text), QStringLiteral("SECO")), 1);
    EXPECT_EQ(countOf(query().facetValues(Facet::Status, text), QStringLiteral("not_started")), 1);
}

TEST_P(BothQueriesTest, ShowsARecommendationWithItsAnswers)
{
    const qint64 id = query().rows({}, 0, 1).first().id;
    const std::optional<RecommendationDetail> d = query().detail(id);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->code, QStringLiteral("G1"));
    EXPECT_EQ(d->documentTitle, QStringLiteral("Sample management response"));
    EXPECT_EQ(d->responseCategory, QStringLiteral("accepted"));
    ASSERT_EQ(d->actions.size(), 1);
    EXPECT_EQ(d->actions.first().text, QStringLiteral("Hire"));
    ASSERT_EQ(d->donorComments.size(), 1);
    EXPECT_EQ(d->donorComments.first().donor, QStringLiteral("SECO"));
    EXPECT_FALSE(d->anchors.isEmpty());
    EXPECT_EQ(query().findByCode(QStringLiteral("G1"), d->documentId), id);
    EXPECT_FALSE(query().regionsOnPage(d->documentId, 1).isEmpty());
}

TEST_P(BothQueriesTest, StoresFollowUpWithItsHistoryAndFiltersByIt)
{
    const QList<RecommendationRow> rows = query().rows({}, 0, 5);
    const qint64 id = rows.at(1).id;
    FollowUpStore followUps(store().database());
    EXPECT_EQ(followUps.set(id,
                            {{FollowUpField::Status, QStringLiteral("in_progress")},
                             {FollowUpField::Owner, QStringLiteral("ACTRAV")},
                             {FollowUpField::DueDate, QStringLiteral("2026-03-31")}},
                            QStringLiteral("Ama")),
              3);
    const FollowUpState s = followUps.state(id);
    EXPECT_TRUE(s.recorded);
    EXPECT_EQ(s.status, QStringLiteral("in_progress"));
    EXPECT_EQ(s.owner, QStringLiteral("ACTRAV"));
    EXPECT_EQ(s.dueDate, QDate(2026, 3, 31));
    EXPECT_FALSE(s.dueDerived);
    EXPECT_EQ(s.updatedBy, QStringLiteral("Ama"));
    EXPECT_TRUE(s.updatedAt.isValid());
    ASSERT_EQ(s.history.size(), 3);
    EXPECT_TRUE(s.history.first().at.isValid());
    EXPECT_FALSE(followUps.set(id, FollowUpField::Owner, QStringLiteral("ACTRAV"), QStringLiteral("Ama")));
    EXPECT_EQ(followUps.set(id, {{FollowUpField::DueDate, QString()}}, QStringLiteral("Ama")), 1);
    EXPECT_FALSE(followUps.state(id).dueDate.isValid());
    followUps.set(id, FollowUpField::DueDate, QStringLiteral("2026-03-31"), QStringLiteral("Ama"));

    RecommendationFilter inProgress;
    inProgress.status = QStringLiteral("in_progress");
    EXPECT_EQ(query().count(inProgress), 1);
    const QList<FacetValue> statuses = query().facetValues(Facet::Status, {});
    EXPECT_EQ(countOf(statuses, QStringLiteral("in_progress")), 1);
    EXPECT_EQ(countOf(statuses, QStringLiteral("not_started")), 4);

    RecommendationFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = QDate(2026, 4, 1);
    EXPECT_EQ(query().count(overdue), 1);
    overdue.today = QDate(2026, 3, 1);
    EXPECT_EQ(query().count(overdue), 0);

    const QList<RecommendationRow> byDue = query().rows({}, 0, 5, RecommendationSort::DueDate, Qt::AscendingOrder);
    ASSERT_EQ(byDue.size(), 5);
    EXPECT_EQ(byDue.first().id, id);
    EXPECT_EQ(byDue.first().dueDate, QDate(2026, 3, 31));
    EXPECT_EQ(byDue.first().owner, QStringLiteral("ACTRAV"));

    EXPECT_THROW(followUps.set(id, FollowUpField::Status, QStringLiteral("finished"), QStringLiteral("Ama")),
                 StoreError);
}

TEST_P(BothQueriesTest, OfTwoPeopleSavingOneValueTheLaterIsToldWhoChangedItAndLosesNothing)
{
    const qint64 id = query().rows({}, 0, 1).first().id;
    FollowUpStore ama(store().database());
    auto colleagueLibrary = openLibraryStore(m_location); // another window: a connection of its own
    FollowUpStore ben(colleagueLibrary->database());

    // Both saw no owner; Ama saves first.
    EXPECT_TRUE(ama.set(id, FollowUpField::Owner, QStringLiteral("ACTRAV"), QStringLiteral("Ama"), QString()));
    try {
        ben.set(id, FollowUpField::Owner, QStringLiteral("PARDEV"), QStringLiteral("Ben"), QString());
        FAIL() << "the later save was stored";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.reason(), StoreError::Reason::Conflict);
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("Ama changed the owner to \u201cACTRAV\u201d at ")))
            << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("\u201cPARDEV\u201d was not saved")))
            << e.message().toStdString();
    }
    const FollowUpState s = ben.state(id);
    EXPECT_EQ(s.owner, QStringLiteral("ACTRAV"));
    EXPECT_EQ(s.history.size(), 1);
    // Having seen Ama's value, Ben's change is saved; the same value as stored is no conflict.
    EXPECT_TRUE(
        ben.set(id, FollowUpField::Owner, QStringLiteral("PARDEV"), QStringLiteral("Ben"), QStringLiteral("ACTRAV")));
    EXPECT_FALSE(
        ama.set(id, FollowUpField::Owner, QStringLiteral("PARDEV"), QStringLiteral("Ama"), QStringLiteral("ACTRAV")));
    // A due date seen in another spelling of the same day is the same value.
    EXPECT_TRUE(ama.set(id, FollowUpField::DueDate, QStringLiteral("2026-05-01"), QStringLiteral("Ama"), QString()));
    EXPECT_TRUE(ben.set(id, FollowUpField::DueDate, QStringLiteral("2026-06-01"), QStringLiteral("Ben"),
                        QStringLiteral("2026-05-01")));
}

INSTANTIATE_TEST_SUITE_P(Backends, BothQueriesTest, ::testing::Values(Backend::Sqlite, Backend::PostgreSql),
                         backendName);

} // namespace evalreview::testing
