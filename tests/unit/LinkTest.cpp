#include "LinkFinder.h"
#include "LinkStore.h"
#include "SqliteLibraryStore.h"
#include "TestLibrary.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

ImportPayload evaluationReport()
{
    ImportPayload p = evalreview::testing::samplePayload(evalreview::testing::shaOf('1'), 0);
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

ImportPayload responseTo()
{
    ImportPayload p = evalreview::testing::samplePayload(evalreview::testing::shaOf('2'), 0);
    const QStringList texts{QStringLiteral("Improve the design of the budget and monitor its implementation"),
                            QStringLiteral("Strengthen the theory of change of the programme, with indicators")};
    QJsonArray recs;
    recs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("3")}, {QStringLiteral("text"), texts.at(0)}});
    recs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("G1")}, {QStringLiteral("text"), texts.at(1)}});
    p.extraction = QJsonObject{{QStringLiteral("kind"), p.kind}, {QStringLiteral("recommendations"), recs}};
    return p;
}

} // namespace

TEST(LinkFinder, TextSimilarityFoldsCaseAndAccents)
{
    EXPECT_GT(textSimilarity(QStringLiteral("Sécurité sociale"), QStringLiteral("securite SOCIALE")), 0.99);
    EXPECT_LT(textSimilarity(QStringLiteral("budget design"), QStringLiteral("gender inclusion")), 0.01);
}

TEST(LinkFinder, PairsOneToOneByTextAndCode)
{
    const QList<LinkCandidate> from{{10, QStringLiteral("G1"), QStringLiteral("theory of change indicators")},
                                    {11, QStringLiteral("2"), QStringLiteral("unrelated wording about travel")}};
    const QList<LinkCandidate> to{{20, QStringLiteral("1"), QStringLiteral("Strengthen the theory of change")},
                                  {21, QStringLiteral("2"), QStringLiteral("knowledge management strategy")}};
    const QList<SuggestedLink> links = suggestLinks(from, to);
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links.first().fromId, 10);
    EXPECT_EQ(links.first().toId, 20);
}

TEST(LinkStore, SuggestsOnImportAndKeepsReviewerDecisions)
{
    QTemporaryDir dir;
    auto store = SqliteLibraryStore::open(dir.filePath(QStringLiteral("lib.evalreview")));
    ASSERT_EQ(store->importDocument(evaluationReport()).status, ImportOutcome::Status::Imported);
    const ImportOutcome mr = store->importDocument(responseTo());
    ASSERT_EQ(mr.status, ImportOutcome::Status::Imported);

    LinkStore links(store->database());
    const QList<LinkInfo> found = links.linksOfDocument(mr.documentId);
    ASSERT_EQ(found.size(), 2);
    QStringList pairs;
    for (const LinkInfo &l : found) {
        EXPECT_EQ(l.relation, QStringLiteral("answers"));
        EXPECT_EQ(l.state, QStringLiteral("suggested"));
        pairs << l.fromLabel.section(QStringLiteral(" — "), 1) + QStringLiteral("->") +
                     l.toLabel.section(QStringLiteral(" — "), 1);
    }
    pairs.sort();
    EXPECT_EQ(pairs, (QStringList{QStringLiteral("3->3"), QStringLiteral("G1->1")}));

    links.setState(found.first().id, QStringLiteral("confirmed"), QStringLiteral("reviewer"));
    links.remove(found.last().id);
    const QList<LinkInfo> after = links.linksOfDocument(mr.documentId);
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after.first().state, QStringLiteral("confirmed"));

    // Removing the document removes its links; the library stays sound.
    ASSERT_TRUE(store->removeDocument(mr.documentId));
    EXPECT_TRUE(links.linksOfDocument(mr.documentId).isEmpty());
    EXPECT_TRUE(store->check().ok());
}
