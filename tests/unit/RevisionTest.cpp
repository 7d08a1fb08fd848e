// Revised documents: matching the records of two versions (carrying reviewer data over, on both
// backends: tests/postgresql/BothRevisionTest.cpp).
#include "RevisionMatcher.h"

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

const QString kDisability = QStringLiteral("Increase the focus on people with disabilities in vocational training");
const QString kDialogue = QStringLiteral("Strengthen tripartite social dialogue at district level");
const QString kPilot = QStringLiteral("Extend the cooperative pilot to more northern districts");
const QString kBudget = QStringLiteral("Improve budget design and monitoring of expenditure");

QList<std::pair<qint64, qint64>> pairsOf(const RevisionMatch &m)
{
    QList<std::pair<qint64, qint64>> out;
    for (const RevisionPair &p : m.pairs) {
        out.append({p.oldId, p.newId});
    }
    std::sort(out.begin(), out.end());
    return out;
}

using Pairs = QList<std::pair<qint64, qint64>>;

} // namespace

TEST(RevisionMatcher, RenumberedRecordFollowsItsText)
{
    // The revision dropped G1: G2 became G1 and G3 became G2.
    const RevisionMatch m = matchRevision({{1, QStringLiteral("G1"), kDisability},
                                           {2, QStringLiteral("G2"), kDialogue},
                                           {3, QStringLiteral("G3"), kPilot}},
                                          {{11, QStringLiteral("G1"), kDialogue}, {12, QStringLiteral("G2"), kPilot}});
    EXPECT_EQ(pairsOf(m), (Pairs{{2, 11}, {3, 12}}));
    EXPECT_EQ(m.unmatchedOld, QList<qint64>{1});
}

TEST(RevisionMatcher, EditedTextKeepsItsCode)
{
    const RevisionMatch m = matchRevision(
        {{1, QStringLiteral("G1"), kDisability}, {2, QStringLiteral("G2"), kDialogue}},
        {{11, QStringLiteral("G1"),
          QStringLiteral(
              "Increase the focus on women and people with disabilities in all vocational training centres")},
         {12, QStringLiteral("G2"), kDialogue + QStringLiteral(", with quarterly meetings")}});
    EXPECT_EQ(pairsOf(m), (Pairs{{1, 11}, {2, 12}}));
    EXPECT_TRUE(m.unmatchedOld.isEmpty());
}

TEST(RevisionMatcher, SameCodeWithAnotherTextDoesNotMatch)
{
    const RevisionMatch m =
        matchRevision({{1, QStringLiteral("G1"), kDisability}}, {{11, QStringLiteral("G1"), kBudget}});
    EXPECT_TRUE(m.pairs.isEmpty());
    EXPECT_EQ(m.unmatchedOld, QList<qint64>{1});
}

TEST(RevisionMatcher, RemovedRecordIsUnmatched)
{
    const RevisionMatch m = matchRevision({{1, QStringLiteral("1"), kDisability}, {2, QStringLiteral("2"), kDialogue}},
                                          {{11, QStringLiteral("1"), kDisability}});
    EXPECT_EQ(pairsOf(m), (Pairs{{1, 11}}));
    EXPECT_EQ(m.unmatchedOld, QList<qint64>{2});
}

TEST(RevisionMatcher, DuplicateCodesAreToldApartByText)
{
    // Two records numbered "3" (a numbering slip), listed the other way round in the revision.
    const RevisionMatch m = matchRevision({{1, QStringLiteral("3"), kPilot}, {2, QStringLiteral("3"), kBudget}},
                                          {{11, QStringLiteral("3"), kBudget}, {12, QStringLiteral("3."), kPilot}});
    EXPECT_EQ(pairsOf(m), (Pairs{{1, 12}, {2, 11}}));
}

TEST(RevisionMatcher, WithoutTextTheCodeDecides)
{
    const RevisionMatch m = matchRevision({{1, QStringLiteral("G1"), QString()}, {2, QStringLiteral("G9"), QString()}},
                                          {{11, QStringLiteral("g1"), kDialogue}, {12, QStringLiteral("G2"), kPilot}});
    EXPECT_EQ(pairsOf(m), (Pairs{{1, 11}}));
    EXPECT_EQ(m.unmatchedOld, QList<qint64>{2});
}
