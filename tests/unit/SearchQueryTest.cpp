#include "SearchQuery.h"

#include <gtest/gtest.h>

using evalreview::SearchQuery;

TEST(SearchQuery, QuotesEveryTerm)
{
    EXPECT_EQ(SearchQuery(QStringLiteral("gender inclusion")).ftsExpression(),
              QStringLiteral("\"gender\" \"inclusion\""));
}

TEST(SearchQuery, KeepsPhrasesPrefixesAndOperators)
{
    EXPECT_EQ(SearchQuery(QStringLiteral("\"decent work\" OR product* NOT Ghana")).ftsExpression(),
              QStringLiteral("\"decent work\" OR \"product\"* NOT \"Ghana\""));
}

TEST(SearchQuery, DropsDanglingOperatorsAndSyntax)
{
    EXPECT_EQ(SearchQuery(QStringLiteral("OR NOT gender OR")).ftsExpression(), QStringLiteral("\"gender\""));
    EXPECT_EQ(SearchQuery(QStringLiteral("NEAR(a b) body:x")).ftsExpression(),
              QStringLiteral("\"NEAR\" \"a\" \"b\" \"body\" \"x\""));
    EXPECT_TRUE(SearchQuery(QStringLiteral("*** ((")).isEmpty());
}

TEST(SearchQuery, UnbalancedQuoteTakesTheRestAsPhrase)
{
    EXPECT_EQ(SearchQuery(QStringLiteral("SECO \"would like")).ftsExpression(),
              QStringLiteral("\"SECO\" \"would like\""));
}
