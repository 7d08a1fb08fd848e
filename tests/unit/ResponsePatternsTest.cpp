#include "mr/ResponsePatterns.h"

#include "mr/CellText.h"
#include "mr/ColumnMap.h"
#include "mr/RowReader.h"

#include <gtest/gtest.h>

using namespace evalreview;
using namespace evalreview::extract::mr;

namespace {

/// A cell of printed lines, one per string, stacked on page 1.
CellText cellOf(const QStringList &lines)
{
    QList<TextLine> out;
    double y = 0.1;
    for (const QString &text : lines) {
        TextLine l;
        double x = 0.1;
        for (const QString &w : text.split(QLatin1Char(' '))) {
            Word word;
            word.text = w;
            word.box = {x, y, x + 0.01 * w.size(), y + 0.015};
            l.words.append(word);
            x = word.box.x1 + 0.005;
        }
        l.box = {0.1, y, x, y + 0.015};
        l.page = 1;
        out.append(l);
        y += 0.02;
    }
    return CellText(out, 1, LineJoiner());
}

} // namespace

TEST(ResponseCategory, EnglishWording)
{
    EXPECT_EQ(responseCategory(QStringLiteral("Accepted")), QStringLiteral("accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Accepted – linkages should be strengthened")),
              QStringLiteral("accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Accepted with reservations – integration of gender")),
              QStringLiteral("accepted_with_reservations"));
    EXPECT_EQ(responseCategory(QStringLiteral("Partially accepted")), QStringLiteral("partially_accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Rejected. The office disagrees")), QStringLiteral("not_accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Not accepted")), QStringLiteral("not_accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("not in the position to accept or to reject")),
              QStringLiteral("no_position"));
    EXPECT_EQ(responseCategory(QStringLiteral("To be consulted with Project Advisory Committee")),
              QStringLiteral("deferred"));
    EXPECT_EQ(responseCategory(QStringLiteral("Partially accept")), QStringLiteral("partially_accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Reject")), QStringLiteral("not_accepted"));
}

TEST(ResponseCategory, FrenchAndSpanishWording)
{
    EXPECT_EQ(responseCategory(QStringLiteral("Acceptée")), QStringLiteral("accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Partiellement acceptée")), QStringLiteral("partially_accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Acceptée avec réserves")), QStringLiteral("accepted_with_reservations"));
    EXPECT_EQ(responseCategory(QStringLiteral("Rejetée")), QStringLiteral("not_accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Aceptada")), QStringLiteral("accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Parcialmente aceptada")), QStringLiteral("partially_accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Rechazada")), QStringLiteral("not_accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Aceptada con reservas")), QStringLiteral("accepted_with_reservations"));
}

TEST(ResponseCategory, AgreementWordsInThreeLanguages)
{
    const QList<std::pair<const char *, const char *>> cases{
        {"Agree", "accepted"},
        {"Partially agree", "partially_accepted"},
        {"Disagree", "not_accepted"},
        {"Not agreed", "not_accepted"},
        {"Accept", "accepted"},
        {"Accepted and implemented", "accepted"},
        {"Accepted and in progress", "accepted"},
        {"UNDP fully agrees with this recommendation and believes that", "accepted"},
        {"UNDP partially agrees with this recommendation for the following reasons:", "partially_accepted"},
        {"UNDP welcomes the recommendation and agrees with the inclusion of risk", "accepted"},
        {"Management does not agree with this recommendation.", "not_accepted"},
        {"D'accord", "accepted"},
        {"D\u2019accord", "accepted"},
        {"Partiellement d'accord", "partially_accepted"},
        {"Pas d'accord", "not_accepted"},
        {"Partiellement acceptee", "partially_accepted"},
        {"Rejetee", "not_accepted"},
        {"De acuerdo", "accepted"},
        {"Parcialmente de acuerdo", "partially_accepted"},
        {"En desacuerdo", "not_accepted"},
        {"Parcialmente aceptada", "partially_accepted"},
        {"No aceptada", "not_accepted"},
        {"UNFPA supports this recommendation and is in the process of", "accepted"},
        {"Not relevant The office already reports", "no_position"},
        {"Outside sole remit of the office As this recommendation requires", "no_position"},
        {"Not relevant In the contractual agreements with third parties", "no_position"},
    };
    for (const auto &[text, category] : cases) {
        EXPECT_EQ(responseCategory(QString::fromUtf8(text)), QLatin1String(category)) << text;
    }
}

TEST(ResponseCategory, NoPositionStated)
{
    EXPECT_TRUE(responseCategory(QString()).isEmpty());
    EXPECT_TRUE(responseCategory(QStringLiteral("The office will review its procedures.")).isEmpty());
}

TEST(RecommendationCode, PrintedCodes)
{
    for (const char *code : {"7", "G1", "SA3", "V7", "3.1a", "3.1.b", "12", "R2", "A.1"}) {
        EXPECT_TRUE(isRecommendationCode(QLatin1String(code))) << code;
    }
    for (const char *text : {"Ghana", "South Africa", "No", "", "The ILO should", "2024 results"}) {
        EXPECT_FALSE(isRecommendationCode(QLatin1String(text))) << text;
    }
}

TEST(DonorFromHeader, NamesTheDonor)
{
    EXPECT_EQ(donorFromHeader(QStringLiteral("SECO Comments")), QStringLiteral("SECO"));
    EXPECT_EQ(donorFromHeader(QStringLiteral("NORAD comments")), QStringLiteral("NORAD"));
    EXPECT_EQ(donorFromHeader(QStringLiteral("Donor comments")), QStringLiteral("Donor"));
    EXPECT_EQ(donorFromHeader(QStringLiteral("Comments from Sida")), QStringLiteral("Sida"));
    EXPECT_EQ(donorFromHeader(QStringLiteral("Commentaires de la DDC")), QStringLiteral("DDC"));
    EXPECT_TRUE(donorFromHeader(QStringLiteral("Comments")).isEmpty());
    EXPECT_TRUE(donorFromHeader(QStringLiteral("ILO Action")).isEmpty());
}

TEST(ColumnMap, RolesFromHeaderWords)
{
    const ColumnMap m =
        mapColumns({QStringLiteral("No"), QStringLiteral("Recommendation"), QStringLiteral("ILO Management response"),
                    QStringLiteral("ILO Action"), QStringLiteral("NORAD comments")});
    EXPECT_EQ(m.code, 0);
    EXPECT_EQ(m.recommendation, 1);
    EXPECT_EQ(m.response, 2);
    EXPECT_EQ(m.action, 3);
    ASSERT_EQ(m.donors.size(), 1);
    EXPECT_EQ(m.donors.first().name, QStringLiteral("NORAD"));
    EXPECT_TRUE(m.isResponseTable());
    EXPECT_FALSE(
        mapColumns({QStringLiteral("Output"), QStringLiteral("Budget"), QStringLiteral("Spent")}).isResponseTable());
}

TEST(SplitActions, NumberedItemsDropNothingButTheIntro)
{
    const CellText cell =
        cellOf({QStringLiteral("The recommendation is broad:"), QStringLiteral("1. First action"),
                QStringLiteral("goes on here."), QStringLiteral("2. Second action with"),
                QStringLiteral("a. a lettered detail"), QStringLiteral("b. another one"), QStringLiteral("3. Third.")});
    Piece intro;
    const QList<Action> actions = splitActions(cell, &intro);
    ASSERT_EQ(actions.size(), 3);
    EXPECT_EQ(actions[0].id, QStringLiteral("1"));
    EXPECT_EQ(actions[0].text.text, QStringLiteral("First action goes on here."));
    EXPECT_EQ(actions[1].text.text, QStringLiteral("Second action with a. a lettered detail b. another one"));
    EXPECT_EQ(actions[2].id, QStringLiteral("3"));
    EXPECT_EQ(intro.text, QStringLiteral("The recommendation is broad:"));
    EXPECT_FALSE(actions[1].text.source.isEmpty());
}

TEST(SplitActions, OutOfSequenceNumberIsText)
{
    // "2." opening a wrapped line with no "1." before it is no list.
    const QList<Action> actions =
        splitActions(cellOf({QStringLiteral("We refer to recommendation Nr."), QStringLiteral("2. above and act.")}));
    ASSERT_EQ(actions.size(), 1);
    EXPECT_TRUE(actions[0].id.isEmpty());
    EXPECT_EQ(actions[0].text.text, QStringLiteral("We refer to recommendation Nr. 2. above and act."));
}

TEST(SplitActions, LettersAndBullets)
{
    QList<Action> a = splitActions(cellOf({QStringLiteral("a) One"), QStringLiteral("b) Two")}));
    ASSERT_EQ(a.size(), 2);
    EXPECT_EQ(a[1].id, QStringLiteral("b"));
    a = splitActions(cellOf({QStringLiteral("• One thing"), QStringLiteral("• Another")}));
    ASSERT_EQ(a.size(), 2);
    EXPECT_TRUE(a[0].id.isEmpty());
    EXPECT_EQ(a[1].text.text, QStringLiteral("Another"));
}

TEST(RecommendationMeta, TrailerFields)
{
    const QString text =
        QStringLiteral("Do this: more text. Addressed to: ILO Country Offices, Donors, Priority: High, "
                       "Resource, implications: Low, Timing: Short-term");
    const RecommendationMeta m = parseRecommendationMeta(text);
    ASSERT_GE(m.start, 0);
    EXPECT_EQ(text.left(m.start).trimmed(), QStringLiteral("Do this: more text."));
    EXPECT_EQ(m.addressedTo, (QStringList{QStringLiteral("ILO Country Offices"), QStringLiteral("Donors")}));
    EXPECT_EQ(m.priority, QStringLiteral("High"));
    EXPECT_EQ(m.resourceImplications, QStringLiteral("Low"));
    EXPECT_EQ(m.timing, QStringLiteral("Short-term"));
    EXPECT_LT(parseRecommendationMeta(QStringLiteral("No trailer in this text.")).start, 0);
}

TEST(RecommendationMeta, LeadTitle)
{
    EXPECT_EQ(leadTitle(QStringLiteral("Increase programme timeframe: increase the timeframe")),
              QStringLiteral("Increase programme timeframe"));
    EXPECT_TRUE(leadTitle(QStringLiteral("Do many things. Then focus on the partners: ILO, VCCI")).isEmpty());
    EXPECT_TRUE(leadTitle(QStringLiteral("No colon here")).isEmpty());
}

TEST(CrossReferences, NamedAndBareCodes)
{
    const QStringList ids{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("V2"),
                          QStringLiteral("V3")};
    EXPECT_EQ(referencedCodes(QStringLiteral("see global recommendation Nr. 1, and recommendation Nr.3; see also "
                                             "(see recommendation V3) and comments above on V2"),
                              ids),
              (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("V3"), QStringLiteral("V2")}));
    EXPECT_EQ(referencedCodes(QStringLiteral("recommendations 2 and 3"), ids),
              (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
    EXPECT_TRUE(referencedCodes(QStringLiteral("Outcome 2 and recommendation 9 and V9"), ids).isEmpty());
}

TEST(ActionSplitting, ANumberWrappedAfterTheWordThatAnnouncesItIsNoList)
{
    // "... under global recommendation nr." / "1. Regarding ...": the number of the reference
    // opens a line, no list of one item
    const QList<Action> actions =
        splitActions(cellOf({QStringLiteral("It is responded to under global recommendation nr."),
                             QStringLiteral("1. Regarding the environment, a plan follows.")}));
    ASSERT_EQ(actions.size(), 1);
    EXPECT_TRUE(actions.first().id.isEmpty());
    EXPECT_TRUE(actions.first().text.text.startsWith(QStringLiteral("It is responded to")));
    // a real list still splits
    const QList<Action> listed = splitActions(cellOf(
        {QStringLiteral("The office will:"), QStringLiteral("1. Hire a trainer."), QStringLiteral("2. Run courses.")}));
    EXPECT_EQ(listed.size(), 2);
}

TEST(ResponseCategory, StatedOfTheRecommendationLaterInTheText)
{
    EXPECT_EQ(responseCategory(QStringLiteral("UNFPA has updated its policies. This recommendation is fully accepted "
                                              "and in progress.")),
              QStringLiteral("accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Work has begun on the guidelines. UNFPA fully accepts this "
                                              "recommendation and has made progress.")),
              QStringLiteral("accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("Le calendrier reste à fixer. Cette recommandation est partiellement "
                                              "acceptée.")),
              QStringLiteral("partially_accepted"));
    EXPECT_EQ(responseCategory(QStringLiteral("El marco actual basta. Esta recomendación no es aceptada.")),
              QStringLiteral("not_accepted"));
    // a sentence that does not speak of the recommendation states no position
    EXPECT_EQ(responseCategory(QStringLiteral(
                  "Work on the new guidelines has begun with the partners in all regions, who accepted the plan.")),
              QString());
}

TEST(ColumnMap, APositionColumnBesideTheResponseGivesTheCategoryOnly)
{
    const ColumnMap en =
        mapColumns({QStringLiteral("Recommendation"), QStringLiteral("Accepted? (Yes / No / Partially)"),
                    QStringLiteral("Management response"), QStringLiteral("Action to be taken")});
    EXPECT_EQ(en.acceptance, 1);
    EXPECT_EQ(en.response, 2);
    const ColumnMap es = mapColumns({QStringLiteral("Recomendación"), QStringLiteral("¿Aceptada?"),
                                     QStringLiteral("Respuesta de la gerencia"), QStringLiteral("Medidas previstas")});
    EXPECT_EQ(es.acceptance, 1);
    EXPECT_EQ(es.response, 2);
    EXPECT_EQ(es.action, 3);
    // a comment on the recommendation beside a position column is the response, beside a
    // position and a response column a comment
    const ColumnMap fr =
        mapColumns({QStringLiteral("Recommandation"),
                    QStringLiteral("Réponse de la direction (acceptée, partiellement acceptée ou rejetée)"),
                    QStringLiteral("Commentaire sur la recommandation")});
    EXPECT_EQ(fr.acceptance, 1);
    EXPECT_EQ(fr.response, 2);
    EXPECT_TRUE(fr.donors.isEmpty());
    const ColumnMap three =
        mapColumns({QStringLiteral("Recommendation"), QStringLiteral("Accepted?"),
                    QStringLiteral("Management response"), QStringLiteral("Comment on the recommendation")});
    EXPECT_EQ(three.acceptance, 1);
    EXPECT_EQ(three.response, 2);
    EXPECT_EQ(three.comments, 3);
    // alone, a position column is the response
    const ColumnMap alone = mapColumns({QStringLiteral("Recommendation"), QStringLiteral("Agree / disagree")});
    EXPECT_EQ(alone.response, 1);
    EXPECT_EQ(alone.acceptance, -1);
}

TEST(AnswerCategory, YesNoAndPartlyInThreeLanguages)
{
    EXPECT_EQ(answerCategory(QStringLiteral("Yes")), QStringLiteral("accepted"));
    EXPECT_EQ(answerCategory(QStringLiteral("Sí")), QStringLiteral("accepted"));
    EXPECT_EQ(answerCategory(QStringLiteral("Oui")), QStringLiteral("accepted"));
    EXPECT_EQ(answerCategory(QStringLiteral("No")), QStringLiteral("not_accepted"));
    EXPECT_EQ(answerCategory(QStringLiteral("Non")), QStringLiteral("not_accepted"));
    EXPECT_EQ(answerCategory(QStringLiteral("Partially")), QStringLiteral("partially_accepted"));
    EXPECT_EQ(answerCategory(QStringLiteral("Parcialmente")), QStringLiteral("partially_accepted"));
    EXPECT_EQ(answerCategory(QStringLiteral("En partie")), QStringLiteral("partially_accepted"));
    EXPECT_EQ(answerCategory(QStringLiteral("Rejected")), QStringLiteral("not_accepted"));
    EXPECT_TRUE(answerCategory(QString()).isEmpty());
    EXPECT_TRUE(answerCategory(QStringLiteral("Nothing yet")).isEmpty());
}
