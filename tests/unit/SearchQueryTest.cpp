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

TEST(SearchQuery, ExpandsPrefixesIntoAnOrOfTheGivenWords)
{
    const SearchQuery q(QStringLiteral("work* NOT plan* cha*"));
    const auto expand = [](const QString &prefix) {
        return prefix == QLatin1String("work")   ? QStringList{QStringLiteral("work"), QStringLiteral("workshop")}
               : prefix == QLatin1String("plan") ? QStringList{QStringLiteral("planning")}
                                                 : QStringList();
    };
    EXPECT_EQ(q.ftsExpression(expand), QStringLiteral("(\"work\" OR \"workshop\") NOT \"planning\" \"cha\"*"));
    EXPECT_EQ(q.ftsExpression(), QStringLiteral("\"work\"* NOT \"plan\"* \"cha\"*"));
    ASSERT_EQ(q.parts().size(), 3);
    EXPECT_EQ(q.parts().at(1).op, SearchQuery::Part::Not);
    EXPECT_TRUE(q.parts().at(2).prefix);
}

TEST(SearchQuery, AOneLetterPrefixIsTheWordItself)
{
    EXPECT_EQ(SearchQuery(QStringLiteral("w* \"decent work\"")).ftsExpression(),
              QStringLiteral("\"w\" \"decent work\""));
    EXPECT_EQ(SearchQuery(QStringLiteral("\"decent work\"")).parts().first().words,
              (QStringList{QStringLiteral("decent"), QStringLiteral("work")}));
}
