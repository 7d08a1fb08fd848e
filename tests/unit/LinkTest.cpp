#include "LinkFinder.h"
#include "LinkStore.h"
#include "SqliteLibraryStore.h"
#include "TestLibrary.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>
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

/// suggestLinks(from, to) pairs records one to one, each pair scored as `score` says, and leaves
/// out no pair that would have scored 0.4 or more for two records both left unpaired.
void expectBestPairsOneToOne(const QList<LinkCandidate> &from, const QList<LinkCandidate> &to,
                             const std::function<double(const LinkCandidate &, const LinkCandidate &)> &score)
{
    QHash<qint64, LinkCandidate> byId;
    for (const LinkCandidate &c : from + to) {
        byId.insert(c.id, c);
    }
    const QList<SuggestedLink> links = suggestLinks(from, to);
    ASSERT_FALSE(links.isEmpty());
    QSet<qint64> pairedFrom;
    QSet<qint64> pairedTo;
    for (const SuggestedLink &l : links) {
        EXPECT_DOUBLE_EQ(l.score, score(byId.value(l.fromId), byId.value(l.toId)));
        EXPECT_GE(l.score, 0.4);
        EXPECT_FALSE(pairedFrom.contains(l.fromId) || pairedTo.contains(l.toId)) << "one to one";
        pairedFrom.insert(l.fromId);
        pairedTo.insert(l.toId);
    }
    for (const LinkCandidate &f : from) {
        for (const LinkCandidate &t : to) {
            if (!pairedFrom.contains(f.id) && !pairedTo.contains(t.id)) {
                EXPECT_LT(score(f, t), 0.4) << "a pair left out: " << f.id << " " << t.id;
            }
        }
    }
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

TEST(LinkFinder, EveryPairScoredAsItsTextSimilaritySays)
{
    // Many records over a small vocabulary: most pairs share a word, some share none; codes agree
    // now and then. Each suggested pair scores as textSimilarity() and the code rule say, and no
    // pair left out would have scored higher for a record still unpaired on both sides.
    const QStringList words{QStringLiteral("budget"),  QStringLiteral("gender"),  QStringLiteral("training"),
                            QStringLiteral("monitor"), QStringLiteral("partner"), QStringLiteral("cooperative"),
                            QStringLiteral("silk"),    QStringLiteral("export"),  QStringLiteral("youth")};
    auto text = [&words](int seed, int n) {
        QStringList out;
        for (int k = 0; k < n; ++k) {
            out << words.at((seed * 7 + k * k * 3 + k) % words.size());
        }
        return out.join(QLatin1Char(' '));
    };
    QList<LinkCandidate> from;
    QList<LinkCandidate> to;
    for (int i = 0; i < 12; ++i) {
        from.append({100 + i, QStringLiteral("G%1").arg(i % 5), text(i, 3 + i % 3)});
    }
    for (int j = 0; j < 60; ++j) {
        to.append({500 + j, QString::number(j % 7), text(j * 5 + 1, 2 + j % 4)});
    }
    auto score = [](const LinkCandidate &f, const LinkCandidate &t) {
        const double s = textSimilarity(f.text, t.text);
        const bool sameCode = f.code.mid(1) == t.code;
        return sameCode && s >= 0.15 ? std::min(1.0, 0.4 + 0.6 * s) : s;
    };
    expectBestPairsOneToOne(from, to, score);
    // The larger side is read once and the smaller indexed: with the sides swapped, the `from`
    // side is the larger, and the pairs still score and pair as they should.
    expectBestPairsOneToOne(to, from, [&score](const LinkCandidate &f, const LinkCandidate &t) { return score(t, f); });
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
        EXPECT_EQ(l.relation, LinkRelation::Answers);
        EXPECT_EQ(l.state, LinkState::Suggested);
        pairs << l.fromLabel.section(QStringLiteral(" — "), 1) + QStringLiteral("->") +
                     l.toLabel.section(QStringLiteral(" — "), 1);
    }
    pairs.sort();
    EXPECT_EQ(pairs, (QStringList{QStringLiteral("3->3"), QStringLiteral("G1->1")}));

    links.setState(found.first().id, LinkState::Confirmed, QStringLiteral("reviewer"));
    links.remove(found.last().id);
    const QList<LinkInfo> after = links.linksOfDocument(mr.documentId);
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after.first().state, LinkState::Confirmed);

    // Removing the document removes its links; the library stays sound.
    ASSERT_TRUE(store->removeDocument(mr.documentId));
    EXPECT_TRUE(links.linksOfDocument(mr.documentId).isEmpty());
    EXPECT_TRUE(store->check().ok());
}
