// Two people saving one follow-up: the first save wins, the second is refused with what changed.
#include "PgFollowUps.h"
#include "PgTestSupport.h"

#include <array>
#include <latch>
#include <thread>
#include <vector>

using namespace evalreview;
using namespace evalreview::testing;

namespace {

class PgFollowUpTest : public PgTest
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
        seed = Seed::into(*admin);
        anna = addUser(*admin, QStringLiteral("anna"), QStringLiteral("evaluator"));
        ben = addUser(*admin, QStringLiteral("ben"), QStringLiteral("manager"));
    }

    qint64 historyRows()
    {
        return admin
            ->exec(QStringLiteral("SELECT count(*) FROM followup_history WHERE followup_id = $1"), {seed.followupId})
            .integer(0, 0);
    }

    pg::ServerAddress library;
    std::optional<pg::Connection> admin;
    Seed seed;
    QString anna;
    QString ben;
};

} // namespace

TEST_F(PgFollowUpTest, TheLaterSaveIsRefusedWithTheOtherChange)
{
    pg::Connection a = connectAs(library, anna);
    pg::Connection b = connectAs(library, ben);
    const pg::VersionedSave first =
        pg::followups::setField(a, seed.followupId, 1, QStringLiteral("status"), QStringLiteral("completed"), anna);
    ASSERT_TRUE(first.saved());
    EXPECT_EQ(first.version, 2);

    const pg::VersionedSave second =
        pg::followups::setField(b, seed.followupId, 1, QStringLiteral("status"), QStringLiteral("not_started"), ben);
    ASSERT_FALSE(second.saved());
    EXPECT_EQ(second.conflict->changedBy, anna);
    EXPECT_EQ(second.conflict->theirValue, QStringLiteral("completed"));
    EXPECT_EQ(second.conflict->version, 2);
    EXPECT_TRUE(second.conflict->changedAt.isValid());
    EXPECT_EQ(second.conflict->message,
              QStringLiteral("%1 saved this follow-up after you opened it (its status is now Completed); your change "
                             "was not saved, so nothing of theirs is lost: look at it again and save once more.")
                  .arg(anna));
    EXPECT_EQ(admin->exec(QStringLiteral("SELECT status FROM followups WHERE id = $1"), {seed.followupId}).text(0, 0),
              QStringLiteral("completed"));
    EXPECT_EQ(historyRows(), 1);

    // Saved again from the version now read, it goes through.
    const pg::VersionedSave retried = pg::followups::setField(b, seed.followupId, second.conflict->version,
                                                              QStringLiteral("owner"), QStringLiteral("Ben"), ben);
    EXPECT_TRUE(retried.saved());
    EXPECT_EQ(retried.version, 3);
    EXPECT_EQ(historyRows(), 2);
}

TEST_F(PgFollowUpTest, TwoSavesAtOnceOneWins)
{
    const std::array<QString, 2> users{anna, ben};
    std::array<std::optional<pg::VersionedSave>, 2> outcomes;
    std::array<QString, 2> errors;
    std::latch ready(2);
    std::vector<std::thread> savers;
    for (size_t i = 0; i < 2; ++i) {
        savers.emplace_back([&, i] {
            try {
                pg::Connection db = connectAs(library, users[i]);
                ready.arrive_and_wait();
                outcomes[i] = pg::followups::setField(db, seed.followupId, 1, QStringLiteral("note"),
                                                      QStringLiteral("Note of ") + users[i], users[i]);
            } catch (const StoreError &e) {
                errors[i] = e.message();
            }
        });
    }
    for (std::thread &t : savers) {
        t.join();
    }
    ASSERT_TRUE(outcomes[0] && outcomes[1]) << errors[0].toStdString() << errors[1].toStdString();
    ASSERT_NE(outcomes[0]->saved(), outcomes[1]->saved());
    const size_t winner = outcomes[0]->saved() ? 0 : 1;
    const pg::SaveConflict &lost = *outcomes[1 - winner]->conflict;
    EXPECT_EQ(lost.changedBy, users[winner]);
    EXPECT_EQ(lost.theirValue, QStringLiteral("Note of ") + users[winner]);
    EXPECT_EQ(admin->exec(QStringLiteral("SELECT note FROM followups WHERE id = $1"), {seed.followupId}).text(0, 0),
              QStringLiteral("Note of ") + users[winner]);
    EXPECT_EQ(historyRows(), 1);
}

TEST_F(PgFollowUpTest, ADonorOrAnUnknownFieldIsRefused)
{
    const QString donor = addUser(*admin, QStringLiteral("seco"), QStringLiteral("donor"), QStringLiteral("SECO"));
    pg::Connection seco = connectAs(library, donor);
    try {
        pg::followups::setField(seco, seed.followupId, 1, QStringLiteral("status"), QStringLiteral("completed"), donor);
        FAIL() << "a donor set a status";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.reason(), StoreError::Reason::Denied) << e.message().toStdString();
    }
    pg::Connection a = connectAs(library, anna);
    EXPECT_THROW(
        pg::followups::setField(a, seed.followupId, 1, QStringLiteral("recommendation_id"), QStringLiteral("1"), anna),
        StoreError);
    EXPECT_EQ(historyRows(), 0);
}
