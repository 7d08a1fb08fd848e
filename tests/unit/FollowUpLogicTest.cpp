#include "Disagreement.h"
#include "DueDate.h"

#include <gtest/gtest.h>

using namespace evalreview;

namespace {
const QDate kIssued(2024, 7, 1);

QDate due(const char *text)
{
    return deriveDueDate(QString::fromUtf8(text), kIssued).value_or(QDate());
}
} // namespace

TEST(DueDate, RelativeTerms)
{
    EXPECT_EQ(due("Short-term"), QDate(2025, 1, 1));
    EXPECT_EQ(due("medium term"), QDate(2025, 7, 1));
    EXPECT_EQ(due("Long-term"), QDate(2026, 7, 1));
    EXPECT_EQ(due("Court terme"), QDate(2025, 1, 1));
    EXPECT_EQ(due("Mediano plazo"), QDate(2025, 7, 1));
    EXPECT_FALSE(deriveDueDate(QStringLiteral("Short-term"), QDate()).has_value());
}

TEST(DueDate, MonthsYearsAndRanges)
{
    EXPECT_EQ(due("03/2016"), QDate(2016, 3, 31));
    EXPECT_EQ(due("Report is produced (03/2016) ."), QDate(2016, 3, 31));
    EXPECT_EQ(due("January—April 2025"), QDate(2025, 4, 30));
    EXPECT_EQ(due("June 2024"), QDate(2024, 6, 30));
    EXPECT_EQ(due("juin 2024"), QDate(2024, 6, 30));
    EXPECT_EQ(due("marzo de 2025"), QDate(2025, 3, 31));
    EXPECT_EQ(due("2024"), QDate(2024, 12, 31));
    EXPECT_EQ(due("by the end of 2016"), QDate(2016, 12, 31));
    EXPECT_EQ(due("2016–17"), QDate(2017, 12, 31));
    EXPECT_EQ(due("Q3 2025"), QDate(2025, 9, 30));
    EXPECT_EQ(due("February 2024"), QDate(2024, 2, 29));
}

TEST(DueDate, NothingWithoutATime)
{
    EXPECT_FALSE(deriveDueDate(QStringLiteral("As resources allow"), kIssued).has_value());
    EXPECT_FALSE(deriveDueDate(QString(), kIssued).has_value());
}

TEST(DonorStance, ReadsTheWording)
{
    EXPECT_EQ(donorStance(QStringLiteral("Agree with ILO response and action.")), DonorStance::Agrees);
    EXPECT_EQ(donorStance(QStringLiteral("SECO would like to know what other staff costs would be compensated")),
              DonorStance::Requests);
    EXPECT_EQ(donorStance(QStringLiteral("Workers' organisations should also be consulted.")), DonorStance::Requests);
    EXPECT_EQ(donorStance(QStringLiteral("NORAD does not agree with the proposed timeline.")), DonorStance::Disagrees);
    EXPECT_EQ(donorStance(QStringLiteral("Is this feasible in 2024?")), DonorStance::Requests);
}

TEST(DonorStance, QualifiedResponses)
{
    EXPECT_FALSE(isQualifiedResponse(QStringLiteral("accepted")));
    EXPECT_TRUE(isQualifiedResponse(QStringLiteral("accepted_with_reservations")));
    EXPECT_TRUE(isQualifiedResponse(QStringLiteral("not_accepted")));
    EXPECT_FALSE(isQualifiedResponse(QString()));
}
