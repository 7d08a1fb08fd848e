// How a table header's cells are told from a body row's first line, whatever the document.
#include "table/HeaderCells.h"

#include <gtest/gtest.h>

using namespace evalreview::ingest::table;

TEST(HeaderCells, ACellStoppingOnAFunctionWordIsABodyLine)
{
    EXPECT_TRUE(endsMidPhrase(QStringLiteral("Peer learning between countries to")));
    EXPECT_TRUE(endsMidPhrase(QStringLiteral("Respuesta de la")));
    EXPECT_TRUE(endsMidPhrase(QStringLiteral("Mise en œuvre des")));
    EXPECT_FALSE(endsMidPhrase(QStringLiteral("Management response")));
    EXPECT_FALSE(endsMidPhrase(QStringLiteral("Responsible unit(s)")));
    // acronyms are names, not function words; a narrow header broken letter by letter stays one
    EXPECT_FALSE(endsMidPhrase(QStringLiteral("Tourism UN")));
    EXPECT_FALSE(endsMidPhrase(QStringLiteral("N o")));
}

TEST(HeaderCells, ARowLabelAloneOrOpeningTheTextMarksABodyRow)
{
    EXPECT_TRUE(isRowLabel(QStringLiteral("G1")));
    EXPECT_TRUE(isRowLabel(QStringLiteral("Recommendation 4")));
    EXPECT_TRUE(isRowLabel(QStringLiteral("Recommendation 2: Extend")));
    EXPECT_TRUE(isRowLabel(QStringLiteral("Recomendación 1. Crear")));
    EXPECT_TRUE(isRowLabel(QStringLiteral("R1 - Train")));
    EXPECT_FALSE(isRowLabel(QStringLiteral("Recommendation")));
    EXPECT_FALSE(isRowLabel(QStringLiteral("Phase 2 results")));
    EXPECT_FALSE(isRowLabel(QStringLiteral("No.")));
}
