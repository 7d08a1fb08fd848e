#include "TextTools.h"

#include <gtest/gtest.h>

using namespace evalreview::extract;

TEST(TextTools, DatesBecomeIso)
{
    EXPECT_EQ(text::isoDate(QStringLiteral("Date: 20 September 2016")), QStringLiteral("2016-09-20"));
    EXPECT_EQ(text::isoDate(QStringLiteral("Original start date: 3 February 2010")), QStringLiteral("2010-02-03"));
    EXPECT_EQ(text::isoDate(QStringLiteral("June 30, 2021")), QStringLiteral("2021-06-30"));
    EXPECT_EQ(text::isoDate(QStringLiteral("from June 2019")), QStringLiteral("2019-06"));
    EXPECT_EQ(text::isoDate(QStringLiteral("le 5 mars 2020")), QStringLiteral("2020-03-05"));
    EXPECT_EQ(text::isoDate(QStringLiteral("12 de octubre de 2018")), QStringLiteral("2018-10-12"));
    EXPECT_EQ(text::isoDate(QStringLiteral("30/06/2013")), QStringLiteral("2013-06-30"));
    EXPECT_TRUE(text::isoDate(QStringLiteral("no date here")).isEmpty());
}

TEST(TextTools, NumbersParse)
{
    EXPECT_EQ(text::parseNumber(QStringLiteral("4,345,610")).value_or(-1), 4345610);
    EXPECT_EQ(text::parseNumber(QStringLiteral("USD 120,000")).value_or(-1), 120000);
    EXPECT_EQ(text::parseNumber(QStringLiteral("1.722.398")).value_or(-1), 1722398);
    EXPECT_DOUBLE_EQ(text::parseNumber(QStringLiteral("12.5 %")).value_or(-1), 12.5);
    EXPECT_FALSE(text::parseNumber(QStringLiteral("none")).has_value());
    EXPECT_EQ(text::parseCount(QStringLiteral("03")).value_or(-1), 3);
    EXPECT_EQ(text::parseCount(QStringLiteral("three")).value_or(-1), 3);
}

TEST(TextTools, LabelsMarkersAndJoining)
{
    EXPECT_EQ(text::valueAfterLabel(QStringLiteral("Date: 1 May 2020"), {QStringLiteral("Date")}).value_or(QString()),
              QStringLiteral("1 May 2020"));
    EXPECT_FALSE(text::valueAfterLabel(QStringLiteral("Dates of the mission"), {QStringLiteral("Date")}).has_value());
    EXPECT_EQ(text::stripListMarker(QStringLiteral("• Item one")), QStringLiteral("Item one"));
    EXPECT_EQ(text::stripListMarker(QStringLiteral("(b) Item two")), QStringLiteral("Item two"));
    EXPECT_EQ(text::leadingNumber(QStringLiteral("10. Strengthen")), QStringLiteral("10"));
    EXPECT_EQ(text::joinLines({QStringLiteral("a medium-"), QStringLiteral("term plan")}),
              QStringLiteral("a medium-term plan"));
}
