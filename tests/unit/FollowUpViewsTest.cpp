// Disagreement selection, dashboard aggregates, derived due dates and the stale flag.
#include "DashboardQuery.h"
#include "DerivedDueDates.h"
#include "DisagreementQuery.h"
#include "FollowUpStore.h"
#include "LibraryRestore.h"
#include "RecommendationQuery.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"
#include "TestLibrary.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace evalreview;
using evalreview::testing::shaOf;

namespace {

struct Rec
{
    const char *code, *section, *category, *timing;
    QList<std::pair<const char *, const char *>> comments;
};

/// G1 deferred with a SECO request and a NORAD agreement; G2 accepted with a SECO request;
/// G3 partially accepted without comments; V1 accepted, NORAD agrees; K1 without response, NORAD disagrees.
ImportPayload followUpPayload()
{
    ImportPayload p = evalreview::testing::samplePayload(shaOf('f'), 0);
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
        QJsonObject o{{QStringLiteral("id"), QString::fromLatin1(r.code)},
                      {QStringLiteral("section"), QString::fromLatin1(r.section)},
                      {QStringLiteral("text"), QStringLiteral("Recommendation %1").arg(QLatin1String(r.code))},
                      {QStringLiteral("timing"), QString::fromLatin1(r.timing)},
                      {QStringLiteral("donor_comments"), comments}};
        if (r.category) {
            o.insert(QStringLiteral("response_category"), QString::fromLatin1(r.category));
            o.insert(QStringLiteral("response_text"), QStringLiteral("Response to %1").arg(QLatin1String(r.code)));
        }
        list.append(o);
    }
    p.extraction.insert(QStringLiteral("recommendations"), list);
    p.extraction.remove(QStringLiteral("cross_references"));
    return p;
}

class FollowUpViewsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store = SqliteLibraryStore::open(dir.filePath(QStringLiteral("lib.evalreview")));
        ASSERT_EQ(store->importDocument(followUpPayload()).status, ImportOutcome::Status::Imported);
    }
    qint64 idOf(const QString &code)
    {
        sql::Statement st = store->database().prepare(QStringLiteral("SELECT id FROM recommendations WHERE code = ?"));
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

    QTemporaryDir dir;
    std::unique_ptr<SqliteLibraryStore> store;
};

} // namespace

TEST_F(FollowUpViewsTest, DisagreementsListQualifiedResponsesAndDonorRequests)
{
    DisagreementQuery query(store->database());
    EXPECT_EQ(lines(query.rows()),
              (QStringList{QStringLiteral("G1/SECO/Asks for more"), QStringLiteral("G1/NORAD/Agrees"),
                           QStringLiteral("G2/SECO/Asks for more"), QStringLiteral("G3//Agrees"),
                           QStringLiteral("K1/NORAD/Disagrees")}));
    const QList<DisagreementRow> all = query.rows();
    EXPECT_EQ(all.first().responseCategory, QStringLiteral("deferred"));
    EXPECT_EQ(all.first().responseText, QStringLiteral("Response to G1"));
    EXPECT_EQ(all.first().recommendationId, idOf(QStringLiteral("G1")));
}

TEST_F(FollowUpViewsTest, DisagreementsFilterByDonor)
{
    DisagreementQuery query(store->database());
    EXPECT_EQ(query.donors(), (QStringList{QStringLiteral("NORAD"), QStringLiteral("SECO")}));
    EXPECT_EQ(lines(query.rows(QStringLiteral("SECO"))),
              (QStringList{QStringLiteral("G1/SECO/Asks for more"), QStringLiteral("G2/SECO/Asks for more")}));
    EXPECT_EQ(lines(query.rows(QStringLiteral("NORAD"))),
              (QStringList{QStringLiteral("G1/NORAD/Agrees"), QStringLiteral("K1/NORAD/Disagrees")}));
    EXPECT_TRUE(query.rows(QStringLiteral("Nobody")).isEmpty());
}

TEST_F(FollowUpViewsTest, DashboardAggregatesAcceptanceStatusOverdueAndDonors)
{
    DashboardQuery query(store->database());
    QStringList mix;
    for (const GroupCount &g : query.acceptanceBySection()) {
        mix << QStringLiteral("%1:%2=%3").arg(g.group, g.value).arg(g.count);
    }
    EXPECT_EQ(mix, (QStringList{QStringLiteral("Ghana:accepted=1"), QStringLiteral("Ghana:deferred=1"),
                                QStringLiteral("Ghana:partially_accepted=1"), QStringLiteral("Kenya:=1"),
                                QStringLiteral("Viet Nam:accepted=1")}));

    EXPECT_EQ(storeDerivedDueDates(store->database()), 4); // V1 names no time
    FollowUpStore followUps(store->database());
    ASSERT_TRUE(followUps.set(idOf(QStringLiteral("G2")), FollowUpField::Status, followup_status::Completed,
                              QStringLiteral("Ana")));
    QStringList byQuarter;
    for (const GroupCount &g : query.statusByDueQuarter()) {
        byQuarter << QStringLiteral("%1:%2=%3").arg(g.group, g.value).arg(g.count);
    }
    EXPECT_EQ(byQuarter, (QStringList{QStringLiteral("2024-Q3:not_started=1"), QStringLiteral("2024-Q4:not_started=1"),
                                      QStringLiteral("2025-Q1:completed=1"), QStringLiteral("2026-Q1:not_started=1"),
                                      QStringLiteral(":not_started=1")}));
    EXPECT_EQ(DashboardQuery::quarterRange(QStringLiteral("2024-Q3")),
              std::make_pair(QDate(2024, 7, 1), QDate(2024, 9, 30)));

    // G1 (2024-07-15) and G3 (2024-12-31) are overdue on 2025-06-01; G2 is completed; K1 is due in 2026.
    EXPECT_EQ(query.overdueCount(QDate(2025, 6, 1)), 2);
    EXPECT_EQ(query.overdueCount(QDate(2024, 1, 1)), 0);

    const QList<ClosurePoint> closure = query.closureOverTime();
    ASSERT_EQ(closure.size(), 1);
    EXPECT_EQ(closure.first().month, QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
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
}

TEST_F(FollowUpViewsTest, DerivedDueDatesAreMarkedAndNeverOverwriteTheReviewer)
{
    FollowUpStore followUps(store->database());
    const qint64 g1 = idOf(QStringLiteral("G1"));
    const qint64 g3 = idOf(QStringLiteral("G3"));
    ASSERT_TRUE(followUps.set(g1, FollowUpField::DueDate, QStringLiteral("2030-01-31"), QStringLiteral("Ana")));
    ASSERT_TRUE(followUps.set(g3, FollowUpField::Owner, QStringLiteral("M&E"), QStringLiteral("Ana")));

    EXPECT_EQ(storeDerivedDueDates(store->database()), 3); // G2, G3, K1
    const FollowUpState s1 = followUps.state(g1);
    EXPECT_EQ(s1.dueDate, QDate(2030, 1, 31));
    EXPECT_FALSE(s1.dueDerived);
    const FollowUpState s3 = followUps.state(g3);
    EXPECT_EQ(s3.dueDate, QDate(2024, 12, 31)); // "2024"
    EXPECT_TRUE(s3.dueDerived);
    EXPECT_EQ(s3.owner, QStringLiteral("M&E"));
    EXPECT_EQ(followUps.state(idOf(QStringLiteral("G2"))).dueDate, QDate(2025, 3, 31));
    EXPECT_EQ(followUps.state(idOf(QStringLiteral("K1"))).dueDate, QDate(2026, 1, 15)); // long-term from 2024-01-15

    // Running again changes nothing; a date the reviewer cleared stays cleared.
    EXPECT_EQ(storeDerivedDueDates(store->database()), 0);
    ASSERT_TRUE(followUps.set(g3, FollowUpField::DueDate, QString(), QStringLiteral("Ana")));
    EXPECT_EQ(storeDerivedDueDates(store->database()), 0);
    EXPECT_FALSE(followUps.state(g3).dueDate.isValid());
}

TEST_F(FollowUpViewsTest, StaleAndOverdueFlags)
{
    storeDerivedDueDates(store->database());
    const qint64 g1 = idOf(QStringLiteral("G1"));
    const QDate today = QDate::currentDate();
    FollowUpFlags flags = followUpFlags(store->database(), g1, today, 6);
    EXPECT_TRUE(flags.dueDerived);
    EXPECT_EQ(flags.dueDate, QDate(2024, 7, 15));
    EXPECT_TRUE(flags.overdue);
    EXPECT_FALSE(flags.stale); // imported today
    EXPECT_TRUE(followUpFlags(store->database(), g1, today.addMonths(7), 6).stale);
    EXPECT_FALSE(followUpFlags(store->database(), g1, today.addMonths(7), 12).stale);
    DashboardQuery dashboard(store->database());
    EXPECT_EQ(dashboard.staleCount(today.addMonths(7), 6), 5);

    FollowUpStore followUps(store->database());
    ASSERT_TRUE(followUps.set(g1, FollowUpField::Status, followup_status::Completed, QStringLiteral("Ana")));
    flags = followUpFlags(store->database(), g1, today.addMonths(7), 6);
    EXPECT_FALSE(flags.stale);
    EXPECT_FALSE(flags.overdue);
    EXPECT_EQ(dashboard.staleCount(today.addMonths(7), 6), 4);
}

TEST_F(FollowUpViewsTest, RestoreBringsBackTheBackupAndKeepsTheCurrentFileAside)
{
    FollowUpStore followUps(store->database());
    const qint64 g1 = idOf(QStringLiteral("G1"));
    ASSERT_TRUE(followUps.set(g1, FollowUpField::Note, QStringLiteral("before backup"), QStringLiteral("Ana")));
    const QString backup = dir.filePath(QStringLiteral("backup.evalreview"));
    store->backupTo(backup);
    ASSERT_TRUE(followUps.set(g1, FollowUpField::Note, QStringLiteral("after backup"), QStringLiteral("Ana")));
    const QString library = store->location();
    store.reset();

    const StoreResult<QString> staged = restore::stage(backup, library);
    ASSERT_TRUE(staged.ok()) << staged.errorString().toStdString();
    const StoreResult<void> committed = restore::commit(staged.value(), library);
    ASSERT_TRUE(committed.ok()) << committed.errorString().toStdString();
    store = SqliteLibraryStore::open(library);
    EXPECT_EQ(FollowUpStore(store->database()).state(g1).note, QStringLiteral("before backup"));
    auto aside = SqliteLibraryStore::open(restore::keptAsidePath(library));
    EXPECT_EQ(FollowUpStore(aside->database()).state(g1).note, QStringLiteral("after backup"));
}

TEST_F(FollowUpViewsTest, RestoreRefusesFilesThatAreNotLibraries)
{
    const QString library = store->location();
    QFile junk(dir.filePath(QStringLiteral("junk.evalreview")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database at all");
    junk.close();
    const StoreResult<QString> junkStaged = restore::stage(junk.fileName(), library);
    ASSERT_FALSE(junkStaged.ok());
    EXPECT_EQ(junkStaged.errorString(), QStringLiteral("The chosen file is not an EvalReview library."));
    EXPECT_FALSE(restore::stage(dir.filePath(QStringLiteral("missing")), library).ok());
    EXPECT_FALSE(QFileInfo::exists(library + QStringLiteral(".restoring")));
}

TEST_F(FollowUpViewsTest, DueQuarterFilterKeepsWhatTheDashboardBarCounts)
{
    ASSERT_EQ(storeDerivedDueDates(store->database()), 4);
    FollowUpStore followUps(store->database());
    ASSERT_TRUE(followUps.set(idOf(QStringLiteral("G2")), FollowUpField::Status, followup_status::Completed,
                              QStringLiteral("Ana")));
    RecommendationQuery query(store->database());
    // Every segment of "status by due quarter" is exactly what its status and quarter filter keep.
    const QList<GroupCount> segments = DashboardQuery(store->database()).statusByDueQuarter();
    ASSERT_EQ(segments.size(), 5);
    for (const GroupCount &g : segments) {
        RecommendationFilter f;
        f.status = g.value;
        if (g.group.isEmpty()) {
            f.withoutDueDate = true;
        } else {
            std::tie(f.dueFrom, f.dueTo) = DashboardQuery::quarterRange(g.group);
        }
        EXPECT_EQ(query.count(f), g.count) << g.group.toStdString() << " " << g.value.toStdString();
    }
    RecommendationFilter q3;
    q3.status = followup_status::NotStarted;
    std::tie(q3.dueFrom, q3.dueTo) = DashboardQuery::quarterRange(QStringLiteral("2024-Q3"));
    const QList<RecommendationRow> rows = query.rows(q3, 0, 10);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().code, QStringLiteral("G1"));
    // Open-ended ranges: due from 2025 on (G2 in 2025-Q1, K1 in 2026), and with no due date (V1).
    RecommendationFilter later;
    later.dueFrom = QDate(2025, 1, 1);
    EXPECT_EQ(query.count(later), 2);
    RecommendationFilter none;
    none.withoutDueDate = true;
    const QList<RecommendationRow> undated = query.rows(none, 0, 10);
    ASSERT_EQ(undated.size(), 1);
    EXPECT_EQ(undated.first().code, QStringLiteral("V1"));
}

TEST_F(FollowUpViewsTest, SeveralFieldsAreSavedTogetherOrNotAtAll)
{
    FollowUpStore followUps(store->database());
    const qint64 g2 = idOf(QStringLiteral("G2"));
    const QList<FollowUpEdit> bad = {{FollowUpField::Status, followup_status::Completed},
                                     {FollowUpField::Owner, QStringLiteral("Ana")},
                                     {FollowUpField::DueDate, QStringLiteral("not a date")}};
    EXPECT_THROW(followUps.set(g2, bad, QStringLiteral("Ana")), StoreError);
    FollowUpState s = followUps.state(g2);
    EXPECT_NE(s.status, followup_status::Completed);
    EXPECT_TRUE(s.owner.isEmpty());
    EXPECT_TRUE(s.history.isEmpty());

    const QList<FollowUpEdit> good = {{FollowUpField::Status, followup_status::Completed},
                                      {FollowUpField::Owner, QStringLiteral("Ana")},
                                      {FollowUpField::DueDate, QStringLiteral("2025-03-31")}};
    EXPECT_EQ(followUps.set(g2, good, QStringLiteral("Ana")), 3);
    s = followUps.state(g2);
    EXPECT_EQ(s.status, followup_status::Completed);
    EXPECT_EQ(s.owner, QStringLiteral("Ana"));
    EXPECT_EQ(s.dueDate, QDate(2025, 3, 31));
    EXPECT_EQ(s.history.size(), 3);
    EXPECT_EQ(followUps.set(g2, good, QStringLiteral("Ana")), 0); // unchanged: nothing recorded
    EXPECT_EQ(followUps.state(g2).history.size(), 3);
}
