// The follow-up views on both backends: disagreements (the wording classifier in SQLite, in the
// program on a team library), the dashboard's aggregates, due dates derived from the timing text,
// and the overdue and stale flags.
#include "../unit/TestLibrary.h"
#include "BothStores.h"
#include "DashboardQuery.h"
#include "DerivedDueDates.h"
#include "DisagreementQuery.h"
#include "FollowUpStore.h"
#include "Sqlite.h"

#include <QJsonArray>

namespace evalreview::testing {

namespace {

struct Rec
{
    const char *code, *section, *category, *timing;
    QList<std::pair<const char *, const char *>> comments;
};

/// G1 deferred with a SECO request and a NORAD agreement; G2 accepted with a SECO request;
/// G3 partially accepted without comments; V1 accepted, NORAD agrees; K1 without response, NORAD
/// disagrees. The document speaks from 2024-01-15.
ImportPayload followUpPayload(const QString &sha = shaOf('f'), const QString &prefix = QString())
{
    ImportPayload p = samplePayload(sha, 0);
    p.extraction.insert(QStringLiteral("date"), QStringLiteral("2024-01-15"));
    const QList<Rec> recs = {
        {"G1",
         "Ghana",
         "deferred",
         "Short-term",
         {{"SECO", "SECO would like to know the timeline"}, {"NORAD", "Agree with the response and action."}}},
        {"G2", "Ghana", "accepted", "03/2025", {{"SECO", "The workers should also be consulted"}}},
        {"G3", "Ghana", "partially_accepted", "2024", {}},
        {"V1", "Viet Nam", "accepted", "", {{"NORAD", "Agree with the response."}}},
        {"K1", "Kenya", nullptr, "Long-term", {{"NORAD", "NORAD does not agree with this approach."}}},
    };
    QJsonArray list;
    for (const Rec &r : recs) {
        QJsonArray comments;
        for (const auto &[donor, text] : r.comments) {
            comments.append(QJsonObject{{QStringLiteral("donor"), QString::fromLatin1(donor)},
                                        {QStringLiteral("text"), QString::fromLatin1(text)}});
        }
        const QString code = prefix + QString::fromLatin1(r.code);
        QJsonObject o{{QStringLiteral("id"), code},
                      {QStringLiteral("section"), QString::fromLatin1(r.section)},
                      {QStringLiteral("text"), QStringLiteral("Recommendation %1").arg(code)},
                      {QStringLiteral("timing"), QString::fromLatin1(r.timing)},
                      {QStringLiteral("donor_comments"), comments}};
        if (r.category) {
            o.insert(QStringLiteral("response_category"), QString::fromLatin1(r.category));
            o.insert(QStringLiteral("response_text"), QStringLiteral("Response to %1").arg(code));
        }
        list.append(o);
    }
    p.extraction.insert(QStringLiteral("recommendations"), list);
    p.extraction.remove(QStringLiteral("cross_references"));
    return p;
}

class BothFollowUpViewsTest : public BothStoresTest
{
protected:
    void SetUp() override
    {
        BothStoresTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const ImportOutcome out = store().importDocument(followUpPayload());
        ASSERT_EQ(out.status, ImportOutcome::Status::Imported) << out.message.toStdString();
        documentId = out.documentId;
    }

    sql::Database &db() { return store().database(); }

    qint64 idOf(const QString &code)
    {
        sql::Statement st = db().prepare(QStringLiteral("SELECT id FROM recommendations WHERE code = ?"));
        st.bind(1, code);
        return st.next() ? st.integer(0) : 0;
    }

    static QStringList lines(const QList<DisagreementRow> &rows)
    {
        QStringList out;
        for (const DisagreementRow &r : rows) {
            out << r.code + QLatin1Char('/') + r.donor + QLatin1Char('/') + donorStanceLabel(r.stance);
        }
        return out;
    }

    static QStringList groups(const QList<GroupCount> &counts)
    {
        QStringList out;
        for (const GroupCount &g : counts) {
            out << QStringLiteral("%1:%2=%3").arg(g.group, g.value).arg(g.count);
        }
        return out;
    }

    qint64 documentId = 0;
};

} // namespace

TEST_P(BothFollowUpViewsTest, DisagreementsListQualifiedResponsesAndDonorRequests)
{
    DisagreementQuery query(db());
    const QList<DisagreementRow> all = query.rows();
    EXPECT_EQ(lines(all), (QStringList{QStringLiteral("G1/SECO/Asks for more"), QStringLiteral("G1/NORAD/Agrees"),
                                       QStringLiteral("G2/SECO/Asks for more"), QStringLiteral("G3//Agrees"),
                                       QStringLiteral("K1/NORAD/Disagrees")}));
    ASSERT_EQ(all.size(), 5);
    EXPECT_EQ(all.first().recommendationId, idOf(QStringLiteral("G1")));
    EXPECT_EQ(all.first().documentId, documentId);
    EXPECT_EQ(all.first().section, QStringLiteral("Ghana"));
    EXPECT_EQ(all.first().recommendationText, QStringLiteral("Recommendation G1"));
    EXPECT_EQ(all.first().responseCategory, QStringLiteral("deferred"));
    EXPECT_EQ(all.first().responseText, QStringLiteral("Response to G1"));
    EXPECT_GT(all.first().commentId, 0);
    EXPECT_EQ(all.first().commentText, QStringLiteral("SECO would like to know the timeline"));
    EXPECT_EQ(all.at(3).commentId, 0); // G3: the qualified response alone
    EXPECT_EQ(all.at(3).responseCategory, QStringLiteral("partially_accepted"));
    EXPECT_EQ(all.at(4).responseCategory, QString()); // K1 has no response

    EXPECT_EQ(query.donors(), (QStringList{QStringLiteral("NORAD"), QStringLiteral("SECO")}));
    EXPECT_EQ(lines(query.rows(QStringLiteral("SECO"))),
              (QStringList{QStringLiteral("G1/SECO/Asks for more"), QStringLiteral("G2/SECO/Asks for more")}));
    EXPECT_EQ(lines(query.rows(QStringLiteral("NORAD"))),
              (QStringList{QStringLiteral("G1/NORAD/Agrees"), QStringLiteral("K1/NORAD/Disagrees")}));
    EXPECT_TRUE(query.rows(QStringLiteral("Nobody")).isEmpty());

    // A second document's lines follow the first's, in its own order.
    ASSERT_EQ(store().importDocument(followUpPayload(shaOf('e'), QStringLiteral("B"))).status,
              ImportOutcome::Status::Imported);
    const QStringList both = lines(query.rows());
    ASSERT_EQ(both.size(), 10);
    EXPECT_EQ(both.mid(0, 5), lines(all));
    EXPECT_EQ(both.at(5), QStringLiteral("BG1/SECO/Asks for more"));
    EXPECT_EQ(both.at(9), QStringLiteral("BK1/NORAD/Disagrees"));
}

TEST_P(BothFollowUpViewsTest, DashboardAggregatesAcceptanceStatusOverdueAndDonors)
{
    DashboardQuery query(db());
    EXPECT_EQ(query.recommendationCount(), 5);
    EXPECT_EQ(groups(query.acceptanceBySection()),
              (QStringList{QStringLiteral("Ghana:accepted=1"), QStringLiteral("Ghana:deferred=1"),
                           QStringLiteral("Ghana:partially_accepted=1"), QStringLiteral("Kenya:=1"),
                           QStringLiteral("Viet Nam:accepted=1")}));
    EXPECT_EQ(groups(query.statusByDueQuarter()), QStringList{QStringLiteral(":not_started=5")});

    EXPECT_EQ(storeDerivedDueDates(db()), 4); // V1 names no time
    FollowUpStore followUps(db());
    ASSERT_TRUE(followUps.set(idOf(QStringLiteral("G2")), FollowUpField::Status, followup_status::Completed,
                              QStringLiteral("Ana")));
    EXPECT_EQ(groups(query.statusByDueQuarter()),
              (QStringList{QStringLiteral("2024-Q3:not_started=1"), QStringLiteral("2024-Q4:not_started=1"),
                           QStringLiteral("2025-Q1:completed=1"), QStringLiteral("2026-Q1:not_started=1"),
                           QStringLiteral(":not_started=1")}));

    // G1 (2024-07-15) and G3 (2024-12-31) are overdue on 2025-06-01; G2 is completed; K1 is due in 2026.
    EXPECT_EQ(query.overdueCount(QDate(2025, 6, 1)), 2);
    EXPECT_EQ(query.overdueCount(QDate(2024, 1, 1)), 0);

    const QList<ClosurePoint> closure = query.closureOverTime();
    ASSERT_EQ(closure.size(), 1);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    EXPECT_EQ(closure.first().month, QDate(today.year(), today.month(), 1));
    EXPECT_EQ(closure.first().closed, 1);
    EXPECT_EQ(closure.first().closedSoFar, 1);
    EXPECT_DOUBLE_EQ(closure.first().rate, 0.2);

    const QList<DonorActivity> donors = query.donorActivity();
    ASSERT_EQ(donors.size(), 2);
    EXPECT_EQ(donors.at(0).donor, QStringLiteral("NORAD"));
    EXPECT_EQ(donors.at(0).comments, 3);
    EXPECT_EQ(donors.at(0).openRequests, 1); // the disagreement on K1
    EXPECT_EQ(donors.at(1).donor, QStringLiteral("SECO"));
    EXPECT_EQ(donors.at(1).comments, 2);
    EXPECT_EQ(donors.at(1).openRequests, 1); // G2's request is closed

    const DashboardFigures f = query.all(QDate(2025, 6, 1), 6);
    EXPECT_EQ(f.recommendations, 5);
    EXPECT_EQ(f.overdue, 2);
    EXPECT_EQ(f.stale, 0); // imported today: nothing is older than six months before 2025-06-01
    EXPECT_EQ(f.acceptanceBySection.size(), 5);
    EXPECT_EQ(f.statusByDueQuarter.size(), 5);
    EXPECT_EQ(f.closureOverTime.size(), 1);
    EXPECT_EQ(f.donorActivity.size(), 2);
}

TEST_P(BothFollowUpViewsTest, DerivedDueDatesAreMarkedAndNeverOverwriteTheReviewer)
{
    FollowUpStore followUps(db());
    const qint64 g1 = idOf(QStringLiteral("G1"));
    const qint64 g3 = idOf(QStringLiteral("G3"));
    ASSERT_TRUE(followUps.set(g1, FollowUpField::DueDate, QStringLiteral("2030-01-31"), QStringLiteral("Ana")));
    ASSERT_TRUE(followUps.set(g3, FollowUpField::Owner, QStringLiteral("M&E"), QStringLiteral("Ana")));

    EXPECT_EQ(storeDerivedDueDates(db()), 3); // G2, G3, K1
    const FollowUpState s1 = followUps.state(g1);
    EXPECT_EQ(s1.dueDate, QDate(2030, 1, 31));
    EXPECT_FALSE(s1.dueDerived);
    const FollowUpState s3 = followUps.state(g3);
    EXPECT_EQ(s3.dueDate, QDate(2024, 12, 31)); // "2024"
    EXPECT_TRUE(s3.dueDerived);
    EXPECT_EQ(s3.owner, QStringLiteral("M&E"));
    const FollowUpState s2 = followUps.state(idOf(QStringLiteral("G2")));
    EXPECT_EQ(s2.dueDate, QDate(2025, 3, 31));
    EXPECT_TRUE(s2.dueDerived);
    EXPECT_EQ(s2.status, QStringLiteral("not_started"));
    EXPECT_EQ(followUps.state(idOf(QStringLiteral("K1"))).dueDate, QDate(2026, 1, 15)); // long-term from 2024-01-15

    // Running again changes nothing; a date the reviewer cleared stays cleared.
    EXPECT_EQ(storeDerivedDueDates(db()), 0);
    ASSERT_TRUE(followUps.set(g3, FollowUpField::DueDate, QString(), QStringLiteral("Ana")));
    EXPECT_EQ(storeDerivedDueDates(db()), 0);
    EXPECT_FALSE(followUps.state(g3).dueDate.isValid());
}

TEST_P(BothFollowUpViewsTest, DerivedDueDatesOfOneDocumentAndAfterACancel)
{
    const ImportOutcome second = store().importDocument(followUpPayload(shaOf('e'), QStringLiteral("B")));
    ASSERT_EQ(second.status, ImportOutcome::Status::Imported);
    std::atomic<bool> cancel{true};
    EXPECT_EQ(storeDerivedDueDates(db(), 0, &cancel), 0);
    EXPECT_EQ(storeDerivedDueDates(db(), second.documentId), 4);
    FollowUpStore followUps(db());
    EXPECT_FALSE(followUps.state(idOf(QStringLiteral("G2"))).dueDate.isValid()) << "the first document untouched";
    EXPECT_EQ(followUps.state(idOf(QStringLiteral("BG2"))).dueDate, QDate(2025, 3, 31));
    EXPECT_EQ(storeDerivedDueDates(db()), 4); // the first document's, now
    EXPECT_EQ(storeDerivedDueDates(db()), 0);
}

TEST_P(BothFollowUpViewsTest, StaleAndOverdueFlags)
{
    storeDerivedDueDates(db());
    const qint64 g1 = idOf(QStringLiteral("G1"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    FollowUpFlags flags = followUpFlags(db(), g1, today, 6);
    EXPECT_TRUE(flags.dueDerived);
    EXPECT_EQ(flags.dueDate, QDate(2024, 7, 15));
    EXPECT_TRUE(flags.overdue);
    EXPECT_FALSE(flags.stale); // imported today
    EXPECT_TRUE(flags.lastUpdate.isValid());
    EXPECT_TRUE(followUpFlags(db(), g1, today.addMonths(7), 6).stale);
    EXPECT_FALSE(followUpFlags(db(), g1, today.addMonths(7), 12).stale);
    EXPECT_FALSE(followUpFlags(db(), idOf(QStringLiteral("V1")), today, 6).dueDerived);
    EXPECT_FALSE(followUpFlags(db(), 999999, today, 6).dueDate.isValid());
    DashboardQuery dashboard(db());
    EXPECT_EQ(dashboard.staleCount(today.addMonths(7), 6), 5);
    EXPECT_EQ(dashboard.staleCount(today, 6), 0);

    FollowUpStore followUps(db());
    ASSERT_TRUE(followUps.set(g1, FollowUpField::Status, followup_status::Completed, QStringLiteral("Ana")));
    flags = followUpFlags(db(), g1, today.addMonths(7), 6);
    EXPECT_FALSE(flags.stale);
    EXPECT_FALSE(flags.overdue);
    EXPECT_EQ(dashboard.staleCount(today.addMonths(7), 6), 4);
}

INSTANTIATE_TEST_SUITE_P(Backends, BothFollowUpViewsTest, ::testing::Values(Backend::Sqlite, Backend::PostgreSql),
                         backendName);

} // namespace evalreview::testing
