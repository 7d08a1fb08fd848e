// Links between documents on both backends: suggested on import (a response's rows to the
// evaluation's recommendations, a progress report's items to the planned actions), confirmed,
// rejected, added and removed by reviewers, and read as a recommendation's chain.
#include "../unit/TestLibrary.h"
#include "BothStores.h"
#include "LinkStore.h"
#include "Sqlite.h"

#include <QJsonArray>

#include <algorithm>

namespace evalreview::testing {

namespace {

ImportPayload evaluationReport()
{
    ImportPayload p = samplePayload(shaOf('1'), 0);
    p.kind = QStringLiteral("evaluation_report");
    p.title = QStringLiteral("Final evaluation");
    const QStringList texts{QStringLiteral("Strengthen the programme-wide theory of change and its indicators"),
                            QStringLiteral("Develop a knowledge management strategy with partners"),
                            QStringLiteral("Improve budget design and implementation monitoring")};
    QJsonArray recs;
    for (int i = 0; i < texts.size(); ++i) {
        recs.append(QJsonObject{{QStringLiteral("id"), QString::number(i + 1)}, {QStringLiteral("text"), texts.at(i)}});
    }
    p.extraction = QJsonObject{{QStringLiteral("kind"), p.kind}, {QStringLiteral("recommendations"), recs}};
    return p;
}

QJsonObject row(const QString &code, const QString &text, const QString &action)
{
    return QJsonObject{{QStringLiteral("id"), code},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("actions"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                                                          {QStringLiteral("text"), action}}}}};
}

ImportPayload managementResponse()
{
    ImportPayload p = samplePayload(shaOf('2'), 0);
    QJsonArray recs;
    recs.append(row(QStringLiteral("3"),
                    QStringLiteral("Improve the design of the budget and monitor its implementation"),
                    QStringLiteral("Design the budget with a monitoring plan")));
    recs.append(row(QStringLiteral("G1"),
                    QStringLiteral("Strengthen the theory of change of the programme, with indicators"),
                    QStringLiteral("Revise the theory of change indicators")));
    p.extraction = QJsonObject{{QStringLiteral("kind"), p.kind}, {QStringLiteral("recommendations"), recs}};
    return p;
}

ImportPayload progressReport()
{
    ImportPayload p = samplePayload(shaOf('3'), 0);
    p.kind = QStringLiteral("progress_report");
    p.title = QStringLiteral("Progress report");
    const QJsonArray items{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                    {QStringLiteral("title"), QStringLiteral("Theory of change")},
                    {QStringLiteral("text"), QStringLiteral("Revised the theory of change and its indicators")}},
        QJsonObject{{QStringLiteral("title"), QStringLiteral("Budget")},
                    {QStringLiteral("text"), QStringLiteral("The budget design now has a monitoring plan")}}};
    p.extraction = QJsonObject{{QStringLiteral("kind"), p.kind}, {QStringLiteral("follow_up_items"), items}};
    return p;
}

class BothLinksTest : public BothStoresTest
{
protected:
    void SetUp() override
    {
        BothStoresTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        evaluation = imported(evaluationReport());
        response = imported(managementResponse());
        ASSERT_GT(evaluation, 0);
        ASSERT_GT(response, 0);
        m_links = std::make_unique<LinkStore>(store().database());
    }

    qint64 imported(const ImportPayload &p)
    {
        const ImportOutcome out = store().importDocument(p);
        EXPECT_EQ(out.status, ImportOutcome::Status::Imported) << out.message.toStdString();
        return out.documentId;
    }

    LinkStore &links() { return *m_links; }

    qint64 idOf(const QString &sqlText, qint64 documentId, const QString &code)
    {
        sql::Statement st = store().database().prepare(sqlText);
        st.bind(1, documentId).bind(2, code);
        return st.next() ? st.integer(0) : 0;
    }
    qint64 recommendation(qint64 documentId, const QString &code)
    {
        return idOf(QStringLiteral("SELECT id FROM recommendations WHERE document_id = ? AND code = ?"), documentId,
                    code);
    }
    qint64 actionOf(qint64 documentId, const QString &code)
    {
        return idOf(QStringLiteral("SELECT a.id FROM actions a JOIN recommendations r ON r.id = a.recommendation_id"
                                   " WHERE r.document_id = ? AND r.code = ?"),
                    documentId, code);
    }
    qint64 item(qint64 documentId, const QString &title)
    {
        return idOf(QStringLiteral("SELECT id FROM records WHERE document_id = ? AND title = ?"), documentId, title);
    }
    qint64 linkCount()
    {
        sql::Statement st = store().database().prepare(QStringLiteral("SELECT count(*) FROM links"));
        return st.next() ? st.integer(0) : -1;
    }

    static QStringList pairs(const QList<LinkInfo> &found)
    {
        QStringList out;
        for (const LinkInfo &l : found) {
            out << l.fromLabel + QStringLiteral(" -> ") + l.toLabel;
        }
        out.sort();
        return out;
    }

    qint64 evaluation = 0;
    qint64 response = 0;
    std::unique_ptr<LinkStore> m_links;
};

} // namespace

TEST_P(BothLinksTest, AnImportSuggestsTheRecommendationsAResponseAnswers)
{
    const QList<LinkInfo> found = links().linksOfDocument(response);
    ASSERT_EQ(found.size(), 2);
    for (const LinkInfo &l : found) {
        EXPECT_EQ(l.relation, LinkRelation::Answers);
        EXPECT_EQ(l.state, LinkState::Suggested);
        EXPECT_EQ(l.fromType, LinkEnd::Recommendation);
        EXPECT_GE(l.score, 0.4);
        EXPECT_LE(l.score, 1.0);
    }
    EXPECT_GE(found.first().score, found.last().score) << "best first";
    EXPECT_EQ(pairs(found), (QStringList{QStringLiteral("Sample management response — 3 -> Final evaluation — 3"),
                                         QStringLiteral("Sample management response — G1 -> Final evaluation — 1")}));
    EXPECT_EQ(pairs(links().linksOfDocument(evaluation)), pairs(found));

    const qint64 g1 = recommendation(response, QStringLiteral("G1"));
    const qint64 first = recommendation(evaluation, QStringLiteral("1"));
    EXPECT_EQ(links().stateBetween(LinkEnd::Recommendation, g1, LinkEnd::Recommendation, first), LinkState::Suggested);
    EXPECT_FALSE(links().stateBetween(LinkEnd::Recommendation, first, LinkEnd::Recommendation, g1));
    ASSERT_EQ(links().linksOf(LinkEnd::Recommendation, first).size(), 1);
    EXPECT_EQ(links().linksOf(LinkEnd::Recommendation, first).first().fromId, g1);
    EXPECT_EQ(links().documentKindOf(LinkEnd::Recommendation, first), QStringLiteral("evaluation_report"));
    EXPECT_EQ(links().documentKindOf(LinkEnd::Action, actionOf(response, QStringLiteral("G1"))),
              QStringLiteral("management_response"));
    EXPECT_EQ(links().documentKindOf(LinkEnd::Record, 999999), QString());

    // Suggesting again adds nothing: the pairs are there already.
    EXPECT_EQ(links().suggestFor(response), 0);
    EXPECT_EQ(linkCount(), 2);
}

TEST_P(BothLinksTest, AProgressReportsItemsReportOnPlannedActions)
{
    const qint64 progress = imported(progressReport());
    const QList<LinkInfo> found = links().linksOfDocument(progress);
    ASSERT_EQ(found.size(), 2);
    const qint64 theory = item(progress, QStringLiteral("Theory of change"));
    const qint64 budget = item(progress, QStringLiteral("Budget"));
    for (const LinkInfo &l : found) {
        EXPECT_EQ(l.relation, LinkRelation::ReportsOn);
        EXPECT_EQ(l.fromType, LinkEnd::Record);
        EXPECT_EQ(l.toType, LinkEnd::Action);
        if (l.fromId == theory) {
            EXPECT_EQ(l.toId, actionOf(response, QStringLiteral("G1")));
            EXPECT_EQ(l.fromLabel, QStringLiteral("Progress report — 1"));
            EXPECT_EQ(l.toLabel, QStringLiteral("Sample management response — a"));
        } else {
            EXPECT_EQ(l.fromId, budget);
            EXPECT_EQ(l.toId, actionOf(response, QStringLiteral("3")));
            // an item without a code is named by its id
            EXPECT_EQ(l.fromLabel, QStringLiteral("Progress report — #%1").arg(budget));
        }
    }
    EXPECT_EQ(links().documentKindOf(LinkEnd::Record, theory), QStringLiteral("progress_report"));

    // The response's G1 seen as a chain: the evaluation's recommendation it answers, and the
    // progress report's item on its action.
    const qint64 g1 = recommendation(response, QStringLiteral("G1"));
    const LinkChain chain = links().chainOf(g1);
    EXPECT_EQ(chain.ownKind, QStringLiteral("management_response"));
    ASSERT_EQ(chain.links.size(), 2);
    const ChainLink &answers = chain.links.at(0);
    EXPECT_EQ(answers.ownType, LinkEnd::Recommendation);
    EXPECT_EQ(answers.otherKind, QStringLiteral("evaluation_report"));
    EXPECT_EQ(answers.otherRecommendation, recommendation(evaluation, QStringLiteral("1")));
    EXPECT_EQ(answers.label(), QStringLiteral("Final evaluation — 1"));
    const ChainLink &reported = chain.links.at(1);
    EXPECT_EQ(reported.ownType, LinkEnd::Action);
    EXPECT_EQ(reported.ownId, actionOf(response, QStringLiteral("G1")));
    EXPECT_EQ(reported.otherType, LinkEnd::Record);
    EXPECT_EQ(reported.otherId, theory);
    EXPECT_EQ(reported.otherKind, QStringLiteral("progress_report"));
    EXPECT_EQ(reported.otherRecommendation, 0);
    EXPECT_EQ(reported.label(), QStringLiteral("Progress report — 1"));

    // Seen from the evaluation: its recommendation's chain reaches the response's row.
    const LinkChain fromEvaluation = links().chainOf(recommendation(evaluation, QStringLiteral("1")));
    ASSERT_EQ(fromEvaluation.links.size(), 1);
    EXPECT_EQ(fromEvaluation.links.first().otherRecommendation, g1);
    EXPECT_EQ(fromEvaluation.links.first().otherKind, QStringLiteral("management_response"));

    // The report goes, and its links with it; the library stays sound.
    ASSERT_TRUE(store().removeDocument(progress));
    EXPECT_TRUE(links().linksOfDocument(progress).isEmpty());
    EXPECT_EQ(links().chainOf(g1).links.size(), 1);
    const CheckReport check = store().check();
    EXPECT_TRUE(check.ok()) << check.problems.join(QLatin1Char('\n')).toStdString();
}

TEST_P(BothLinksTest, ReviewersConfirmRejectAddAndRemoveLinks)
{
    const qint64 g1 = recommendation(response, QStringLiteral("G1"));
    const qint64 three = recommendation(response, QStringLiteral("3"));
    const qint64 first = recommendation(evaluation, QStringLiteral("1"));
    const qint64 second = recommendation(evaluation, QStringLiteral("2"));
    const qint64 third = recommendation(evaluation, QStringLiteral("3"));
    QList<LinkInfo> found = links().linksOf(LinkEnd::Recommendation, g1);
    ASSERT_EQ(found.size(), 1);

    links().setState(found.first().id, LinkState::Confirmed, QStringLiteral("ana"));
    EXPECT_EQ(links().stateBetween(LinkEnd::Recommendation, g1, LinkEnd::Recommendation, first), LinkState::Confirmed);

    // A rejected suggestion is kept, so that it is not suggested again, and leaves the chain.
    const qint64 rejected = links().linksOf(LinkEnd::Recommendation, three).first().id;
    links().setState(rejected, LinkState::Rejected, QStringLiteral("ana"));
    EXPECT_EQ(links().suggestFor(response), 0);
    EXPECT_EQ(links().stateBetween(LinkEnd::Recommendation, three, LinkEnd::Recommendation, third),
              LinkState::Rejected);
    EXPECT_TRUE(links().chainOf(three).links.isEmpty());

    // A reviewer's own link is confirmed at once; adding one that is there confirms it.
    const qint64 added = links().add(LinkEnd::Recommendation, g1, LinkEnd::Recommendation, second,
                                     LinkRelation::RefersTo, QStringLiteral("ana"));
    EXPECT_GT(added, 0);
    EXPECT_EQ(links().stateBetween(LinkEnd::Recommendation, g1, LinkEnd::Recommendation, second), LinkState::Confirmed);
    EXPECT_EQ(links().add(LinkEnd::Recommendation, three, LinkEnd::Recommendation, third, LinkRelation::Answers,
                          QStringLiteral("ben")),
              rejected);
    EXPECT_EQ(links().stateBetween(LinkEnd::Recommendation, three, LinkEnd::Recommendation, third),
              LinkState::Confirmed);
    found = links().linksOf(LinkEnd::Recommendation, g1);
    ASSERT_EQ(found.size(), 2);
    const auto own = std::find_if(found.begin(), found.end(), [&](const LinkInfo &l) { return l.id == added; });
    ASSERT_NE(own, found.end());
    EXPECT_EQ(own->relation, LinkRelation::RefersTo);
    EXPECT_DOUBLE_EQ(own->score, 1.0);
    EXPECT_EQ(own->toLabel, QStringLiteral("Final evaluation — 2"));
    EXPECT_EQ(links().chainOf(g1).links.size(), 2);

    links().remove(added);
    EXPECT_FALSE(links().stateBetween(LinkEnd::Recommendation, g1, LinkEnd::Recommendation, second));
    EXPECT_EQ(linkCount(), 2);

    // A recommendation removed with its document takes its links with it.
    ASSERT_TRUE(store().removeDocument(evaluation));
    EXPECT_EQ(linkCount(), 0);
    EXPECT_TRUE(links().linksOfDocument(response).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, BothLinksTest, ::testing::Values(Backend::Sqlite, Backend::PostgreSql), backendName);

} // namespace evalreview::testing
