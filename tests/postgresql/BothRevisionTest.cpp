// Revised documents on both backends: reviewer data, corrections and link decisions of an earlier
// version carried over to the matching records of its revision, the rest kept and listed.
#include "../unit/TestLibrary.h"
#include "BothStores.h"
#include "FollowUpStore.h"
#include "LinkStore.h"
#include "Sqlite.h"
#include "ThemeStore.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace evalreview;
using namespace evalreview::testing;

namespace {

const QString kDisability = QStringLiteral("Increase the focus on people with disabilities in vocational training");
const QString kDialogue = QStringLiteral("Strengthen tripartite social dialogue at district level");
const QString kPilot = QStringLiteral("Extend the cooperative pilot to more northern districts");
const QString kBudget = QStringLiteral("Improve budget design and monitoring of expenditure");

} // namespace

namespace {

ImportPayload version(char sha, const QString &kind, const QString &title,
                      const QList<std::pair<QString, QString>> &records)
{
    ImportPayload p = evalreview::testing::samplePayload(evalreview::testing::shaOf(sha), 0);
    p.kind = kind;
    p.title = title;
    QJsonArray recs;
    for (const auto &[code, text] : records) {
        const QJsonObject action{{QStringLiteral("id"), QStringLiteral("1")},
                                 {QStringLiteral("text"), QString(QStringLiteral("Act on ") + text)}};
        recs.append(QJsonObject{{QStringLiteral("id"), code},
                                {QStringLiteral("text"), text},
                                {QStringLiteral("actions"), QJsonArray{action}}});
    }
    p.extraction = QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("recommendations"), recs}};
    return p;
}

class BothRevisionTest : public BothStoresTest
{
protected:
    qint64 idOf(qint64 documentId, const QString &code)
    {
        sql::Statement st = store().database().prepare(
            QStringLiteral("SELECT id FROM recommendations WHERE document_id = ? AND code = ?"));
        st.bind(1, documentId).bind(2, code);
        return st.next() ? st.integer(0) : 0;
    }
    qint64 idByText(qint64 documentId, const QString &text)
    {
        sql::Statement st = store().database().prepare(
            QStringLiteral("SELECT id FROM recommendations WHERE document_id = ? AND text = ?"));
        st.bind(1, documentId).bind(2, text);
        return st.next() ? st.integer(0) : 0;
    }
};

const QString kResponse = QStringLiteral("management_response");
const QString kTitle = QStringLiteral("Management response to the final evaluation");

} // namespace

TEST_P(BothRevisionTest, EveryNoteAndStatusFindsItsRecordAndTheRestIsListed)
{
    const ImportOutcome first = store().importDocument(version('a', kResponse, kTitle,
                                                               {{QStringLiteral("G1"), kDisability},
                                                                {QStringLiteral("G2"), kDialogue},
                                                                {QStringLiteral("G3"), kPilot},
                                                                {QStringLiteral("G4"), kBudget}}));
    ASSERT_EQ(first.status, ImportOutcome::Status::Imported);
    FollowUpStore followUps(store().database());
    const QStringList statuses{QStringLiteral("in_progress"), QStringLiteral("completed"),
                               QStringLiteral("partially_completed"), QStringLiteral("no_longer_relevant")};
    const QStringList texts{kDisability, kDialogue, kPilot, kBudget};
    for (int i = 0; i < 4; ++i) {
        const qint64 id = idOf(first.documentId, QStringLiteral("G%1").arg(i + 1));
        followUps.set(id, FollowUpField::Status, statuses.at(i), QStringLiteral("Ana"));
        followUps.set(id, FollowUpField::Owner, QStringLiteral("Owner %1").arg(i + 1), QStringLiteral("Ana"));
        followUps.set(id, FollowUpField::DueDate, QStringLiteral("2026-0%1-15").arg(i + 1), QStringLiteral("Ana"));
        followUps.set(id, FollowUpField::Note, QStringLiteral("note on ") + texts.at(i), QStringLiteral("Ana"));
    }

    // The revision drops G1 (disability), renumbers the rest, edits the pilot's text, and gives the
    // number G4 to a new recommendation that has nothing to do with the old G4.
    const QString editedPilot = kPilot + QStringLiteral(" and to the coastal cooperatives");
    ImportPayload revised =
        version('b', kResponse, kTitle,
                {{QStringLiteral("G1"), kDialogue},
                 {QStringLiteral("G2"), editedPilot},
                 {QStringLiteral("G3"), kBudget},
                 {QStringLiteral("G4"), QStringLiteral("Publish the evaluation in local languages")}});
    ASSERT_EQ(store().documentByTitle(kTitle, kResponse), first.documentId);
    revised.replaces = first.documentId;
    const ImportOutcome second = store().importDocument(revised);
    ASSERT_EQ(second.status, ImportOutcome::Status::Imported) << second.message.toStdString();
    EXPECT_EQ(store().documents().size(), 1);

    const std::pair<QString, int> expected[] = {{kDialogue, 1}, {editedPilot, 2}, {kBudget, 3}};
    for (const auto &[text, index] : expected) {
        const FollowUpState s = followUps.state(idByText(second.documentId, text));
        EXPECT_EQ(s.status, statuses.at(index)) << text.toStdString();
        EXPECT_EQ(s.owner, QStringLiteral("Owner %1").arg(index + 1));
        EXPECT_EQ(s.dueDate, QDate(2026, index + 1, 15));
        EXPECT_EQ(s.note, QStringLiteral("note on ") + texts.at(index));
        EXPECT_EQ(s.history.size(), 4); // the history travelled with it
    }
    EXPECT_FALSE(followUps.state(idOf(second.documentId, QStringLiteral("G4"))).recorded);

    // The disability recommendation matched nothing: kept and listed with its data.
    ASSERT_EQ(second.keptReviewerData.size(), 1);
    const KeptReviewerData &kept = second.keptReviewerData.first();
    EXPECT_EQ(kept.code, QStringLiteral("G1"));
    EXPECT_EQ(kept.status, QStringLiteral("in_progress"));
    EXPECT_EQ(kept.note, QStringLiteral("note on ") + kDisability);
    EXPECT_EQ(kept.changes, 4);
    EXPECT_TRUE(kept.excerpt.startsWith(QStringLiteral("Increase the focus")));
    EXPECT_TRUE(kept.summary().contains(QStringLiteral("note on Increase")));
    EXPECT_EQ(second.unmatchedFollowUps, 1);
    EXPECT_TRUE(store().check().ok());
}

TEST_P(BothRevisionTest, LinkDecisionsFollowTheirRecords)
{
    const QString evaluation = QStringLiteral("evaluation_report");
    const ImportOutcome report = store().importDocument(
        version('e', evaluation, QStringLiteral("Final evaluation"),
                {{QStringLiteral("1"), kDisability}, {QStringLiteral("2"), kDialogue}, {QStringLiteral("3"), kPilot}}));
    const ImportOutcome first = store().importDocument(version(
        'a', kResponse, kTitle,
        {{QStringLiteral("G1"), kDisability}, {QStringLiteral("G2"), kDialogue}, {QStringLiteral("G3"), kPilot}}));
    ASSERT_EQ(first.status, ImportOutcome::Status::Imported);
    LinkStore links(store().database());
    auto linkOf = [&](qint64 from) -> std::optional<LinkInfo> {
        for (const LinkInfo &l : links.linksOf(LinkEnd::Recommendation, from)) {
            if (l.fromId == from) {
                return l;
            }
        }
        return std::nullopt;
    };
    // The reviewer confirms G1 -> 1 (G1 will be dropped), confirms G2 -> 2, and rejects G3 -> 3.
    for (const QString &code : {QStringLiteral("G1"), QStringLiteral("G2")}) {
        const auto l = linkOf(idOf(first.documentId, code));
        ASSERT_TRUE(l);
        links.setState(l->id, LinkState::Confirmed, QStringLiteral("Ana"));
    }
    links.setState(linkOf(idOf(first.documentId, QStringLiteral("G3")))->id, LinkState::Rejected,
                   QStringLiteral("Ana"));

    ImportPayload revised =
        version('b', kResponse, kTitle, {{QStringLiteral("G1"), kDialogue}, {QStringLiteral("G2"), kPilot}});
    revised.replaces = first.documentId;
    const ImportOutcome second = store().importDocument(revised);
    ASSERT_EQ(second.status, ImportOutcome::Status::Imported) << second.message.toStdString();

    const auto dialogue = linkOf(idOf(second.documentId, QStringLiteral("G1")));
    ASSERT_TRUE(dialogue);
    EXPECT_EQ(dialogue->toId, idOf(report.documentId, QStringLiteral("2")));
    EXPECT_EQ(dialogue->state, LinkState::Confirmed);
    const auto pilot = linkOf(idOf(second.documentId, QStringLiteral("G2")));
    ASSERT_TRUE(pilot); // the rejection is remembered: the suggestion does not come back
    EXPECT_EQ(pilot->state, LinkState::Rejected);

    // The confirmed link of the dropped recommendation is kept as a sentence with its follow-up.
    ASSERT_EQ(second.keptReviewerData.size(), 1);
    const KeptReviewerData &kept = second.keptReviewerData.first();
    EXPECT_EQ(kept.code, QStringLiteral("G1"));
    ASSERT_EQ(kept.links.size(), 1);
    EXPECT_TRUE(kept.links.first().startsWith(QStringLiteral("confirmed link: ")));
    EXPECT_TRUE(kept.links.first().contains(QStringLiteral("Final evaluation — 1")))
        << kept.links.first().toStdString();
    EXPECT_TRUE(store().check().ok());
}

TEST_P(BothRevisionTest, FollowUpsWithoutReviewerInputAreNotListed)
{
    const ImportOutcome first = store().importDocument(
        version('a', kResponse, kTitle, {{QStringLiteral("G1"), kDisability}, {QStringLiteral("G2"), kDialogue}}));
    // Only a derived due date, as the due-date pass writes it.
    store().database().exec(
        QStringLiteral(
            "INSERT INTO followups(recommendation_id, document_title, code, due_date, due_derived, updated_at)"
            " SELECT id, '%1', code, '2026-12-31', true, '2026-01-01' FROM recommendations")
            .arg(kTitle));
    ImportPayload revised = version('b', kResponse, kTitle, {{QStringLiteral("G1"), kDialogue}});
    revised.replaces = first.documentId;
    const ImportOutcome second = store().importDocument(revised);
    ASSERT_EQ(second.status, ImportOutcome::Status::Imported);
    EXPECT_TRUE(second.keptReviewerData.isEmpty());
    sql::Statement st = store().database().prepare(QStringLiteral("SELECT count(*) FROM followups"));
    ASSERT_TRUE(st.next());
    EXPECT_EQ(st.integer(0), 1); // the dialogue's row moved; the disability's derived row is gone
}

TEST_P(BothRevisionTest, ThemeDecisionsAndSplitsFollowTheirRecords)
{
    const ImportOutcome first = store().importDocument(version(
        'a', kResponse, kTitle,
        {{QStringLiteral("G1"), kDisability}, {QStringLiteral("G2"), kDialogue}, {QStringLiteral("G3"), kPilot}}));
    ASSERT_EQ(first.status, ImportOutcome::Status::Imported);
    const QString recommendation = QStringLiteral("recommendation");
    {
        ThemeStore themes(store().database());
        ASSERT_TRUE(themes.setStatus(recommendation, idOf(first.documentId, QStringLiteral("G2")),
                                     QStringLiteral("sdg8"), tag_status::Confirmed, QStringLiteral("Ana")));
        ASSERT_TRUE(themes.setStatus(recommendation, idOf(first.documentId, QStringLiteral("G3")),
                                     QStringLiteral("disability"), tag_status::Removed, QStringLiteral("Ana")));
    }
    sql::Statement split = store().database().prepare(QStringLiteral(
        "INSERT INTO recurring_splits(recommendation_id, other_id, created_at, created_by) VALUES (?, ?, "
        "'2026-12-01T10:00:00Z', 'Ana')"));
    split.bind(1, idOf(first.documentId, QStringLiteral("G2"))).bind(2, idOf(first.documentId, QStringLiteral("G3")));
    split.run();

    // The revision renumbers: the dialogue is G1, the pilot G2; the disability one is gone.
    ImportPayload revised =
        version('b', kResponse, kTitle, {{QStringLiteral("G1"), kDialogue}, {QStringLiteral("G2"), kPilot}});
    revised.replaces = first.documentId;
    const ImportOutcome second = store().importDocument(revised);
    ASSERT_EQ(second.status, ImportOutcome::Status::Imported) << second.message.toStdString();
    const qint64 dialogue = idOf(second.documentId, QStringLiteral("G1"));
    const qint64 pilot = idOf(second.documentId, QStringLiteral("G2"));
    const auto statusOf = [this, &recommendation](qint64 id, const QString &key) {
        for (const ThemeTag &t : ThemeStore(store().database()).tagsOf(recommendation, id)) {
            if (t.themeKey == key) {
                return t.status;
            }
        }
        return QString();
    };
    EXPECT_EQ(statusOf(dialogue, QStringLiteral("sdg8")), tag_status::Confirmed);
    EXPECT_EQ(statusOf(pilot, QStringLiteral("disability")), tag_status::Removed);
    sql::Statement splits =
        store().database().prepare(QStringLiteral("SELECT recommendation_id, other_id FROM recurring_splits"));
    ASSERT_TRUE(splits.next());
    EXPECT_EQ(splits.integer(0), dialogue);
    EXPECT_EQ(splits.integer(1), pilot);
    EXPECT_FALSE(splits.next());
    EXPECT_TRUE(store().check().ok()) << store().check().problems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, BothRevisionTest, ::testing::Values(Backend::Sqlite, Backend::PostgreSql),
                         backendName);
