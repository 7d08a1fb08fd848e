#include "TextTools.h"

#include "evaluation/EvaluationParts.h"
#include "evaluation/SentenceAttributes.h"
#include "mr/SummaryAddressees.h"

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

TEST(SentenceAttributes, TheSubjectBeforeShouldAndTheDeadlineInThreeLanguages)
{
    using evalreview::extract::evaluation::sentenceAttributes;
    auto a =
        sentenceAttributes(QStringLiteral("Executive heads of United Nations system organizations should, by the end "
                                          "of 2027, review their respective policies."));
    EXPECT_EQ(a.addressee, QStringLiteral("Executive heads of United Nations system organizations"));
    EXPECT_EQ(a.deadline, QStringLiteral("by the end of 2027"));
    a = sentenceAttributes(QStringLiteral("At the beginning of 2028, legislative organs should request an update."));
    EXPECT_EQ(a.addressee, QStringLiteral("legislative organs"));
    EXPECT_EQ(a.deadline, QStringLiteral("At the beginning of 2028"));
    a = sentenceAttributes(QStringLiteral("La direction régionale devrait, d'ici à 2026, revoir le cadre de suivi."));
    EXPECT_EQ(a.addressee, QStringLiteral("La direction régionale"));
    EXPECT_EQ(a.deadline, QStringLiteral("d'ici à 2026"));
    a = sentenceAttributes(QStringLiteral("El Ministerio de Trabajo debería, antes de 2027, adoptar un plan."));
    EXPECT_EQ(a.addressee, QStringLiteral("El Ministerio de Trabajo"));
    EXPECT_EQ(a.deadline, QStringLiteral("antes de 2027"));
    // imperative sentences, pronouns and reported recommendations name no addressee
    EXPECT_TRUE(sentenceAttributes(QStringLiteral("Strengthen the theory of change.")).addressee.isEmpty());
    EXPECT_TRUE(sentenceAttributes(QStringLiteral("It should be reviewed yearly.")).addressee.isEmpty());
    EXPECT_TRUE(sentenceAttributes(QStringLiteral("The team recommends that UNDP should act.")).addressee.isEmpty());
    EXPECT_TRUE(sentenceAttributes(QStringLiteral("To that end, the office should plan.")).addressee.isEmpty());
    // an adverbial clause with commas of its own before the subject
    a = sentenceAttributes(QStringLiteral("Within the context of its regional, subregional and transboundary mandate, "
                                          "the Economic Division should put in place a planning mechanism."));
    EXPECT_EQ(a.addressee, QStringLiteral("the Economic Division"));
    a = sentenceAttributes(QStringLiteral("Dans le cadre de son mandat régional, sous-régional et national, le bureau "
                                          "devrait revoir son plan."));
    EXPECT_EQ(a.addressee, QStringLiteral("le bureau"));
}

TEST(TextTools, FoldDropsAccentsAndCase)
{
    EXPECT_EQ(text::fold(QStringLiteral("5. Leçons apprises")), QStringLiteral("5. lecons apprises"));
    EXPECT_EQ(text::fold(QStringLiteral("Recomendación\u00a0N.º 3 – Plazo")),
              QStringLiteral("recomendacion n.º 3 - plazo"));
}

TEST(LabelledTail, AttributesInAClosingParenthesisInThreeLanguages)
{
    const auto es = evaluation::labelledTail(QStringLiteral(
        "Ampliar la red de ventanillas. (Dirigida a: Ministerio de Trabajo y Previsión Social, prioridad alta, "
        "plazo: corto plazo)"));
    ASSERT_TRUE(es.has_value());
    EXPECT_EQ(es->text, QStringLiteral("Ampliar la red de ventanillas."));
    EXPECT_EQ(es->attrs.addressedTo, QStringList{QStringLiteral("Ministerio de Trabajo y Previsión Social")});
    EXPECT_EQ(es->attrs.priority, QStringLiteral("alta"));
    EXPECT_EQ(es->attrs.timing, QStringLiteral("corto plazo"));

    const auto fr = evaluation::labelledTail(QStringLiteral(
        "Réviser les modules. (Destinataires : UGP ; Ministère de l'emploi, priorité : élevée, échéance : 2026)."));
    ASSERT_TRUE(fr.has_value());
    EXPECT_EQ(fr->attrs.addressedTo, (QStringList{QStringLiteral("UGP"), QStringLiteral("Ministère de l'emploi")}));
    EXPECT_EQ(fr->attrs.priority, QStringLiteral("élevée"));
    EXPECT_EQ(fr->attrs.timing, QStringLiteral("2026"));

    const auto en = evaluation::labelledTail(
        QStringLiteral("Strengthen the M&E system (Addressed to: project team, priority: high, resources: low)"));
    ASSERT_TRUE(en.has_value());
    EXPECT_EQ(en->attrs.resources, QStringLiteral("low"));

    // a parenthesis of the sentence, or one label only, is no attribute tail
    EXPECT_FALSE(evaluation::labelledTail(QStringLiteral("Train the staff (priority: high)")).has_value());
    EXPECT_FALSE(
        evaluation::labelledTail(QStringLiteral("Review the plan (see paragraph 12, priority areas)")).has_value());
    EXPECT_FALSE(evaluation::labelledTail(QStringLiteral("Review the plan with the ministries")).has_value());
}

TEST(SplitAddressees, ListsSplitButAFieldKeepsWhatItCoordinates)
{
    using evaluation::splitAddressees;
    EXPECT_EQ(splitAddressees(QStringLiteral("Central Evaluation Division, RPMEOs and thematic experts on RBA, "
                                             "gender, environment and disability.")),
              (QStringList{QStringLiteral("Central Evaluation Division"), QStringLiteral("RPMEOs"),
                           QStringLiteral("thematic experts on RBA, gender, environment and disability")}));
    EXPECT_EQ(splitAddressees(QStringLiteral("Central Evaluation Division and evaluation managers")),
              (QStringList{QStringLiteral("Central Evaluation Division"), QStringLiteral("evaluation managers")}));
    EXPECT_EQ(splitAddressees(QStringLiteral("Ministerio de Trabajo y Previsión Social")),
              QStringList{QStringLiteral("Ministerio de Trabajo y Previsión Social")});
    EXPECT_EQ(splitAddressees(QStringLiteral("Bureau de pays, ministère du Travail")),
              (QStringList{QStringLiteral("Bureau de pays"), QStringLiteral("ministère du Travail")}));
    EXPECT_EQ(splitAddressees(QStringLiteral("Ministry of Labour, Ministry of Health")),
              (QStringList{QStringLiteral("Ministry of Labour"), QStringLiteral("Ministry of Health")}));
    EXPECT_EQ(splitAddressees(QStringLiteral("Unité de gestion du programme (UGP) ; Ministères chargés de l'emploi")),
              (QStringList{QStringLiteral("Unité de gestion du programme (UGP)"),
                           QStringLiteral("Ministères chargés de l'emploi")}));
}

TEST(SummaryAddressees, CountsInThreeLanguages)
{
    using evalreview::extract::mr::addresseeCounts;
    auto c =
        addresseeCounts(QStringLiteral("The report includes nine formal recommendations, six of which are relevant "
                                       "to the Fund. Five are addressed to the Executive Director, and one to the "
                                       "legislative bodies. The report includes six formal recommendations. Five "
                                       "are addressed to the Executive Director."));
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c.at(0).count, 5);
    EXPECT_EQ(c.at(0).addressee, QStringLiteral("Executive Director"));
    EXPECT_EQ(c.at(1).count, 1);
    EXPECT_EQ(c.at(1).addressee, QStringLiteral("legislative bodies"));
    c = addresseeCounts(QStringLiteral("seven formal recommendations, one of which is relevant to the Fund and "
                                       "addressed to the Executive Director."));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c.at(0).count, 1);
    c = addresseeCounts(
        QStringLiteral("Le rapport contient dix recommandations adressées au Conseil d'administration."));
    ASSERT_EQ(c.size(), 1);
    EXPECT_EQ(c.at(0).count, 10);
    EXPECT_EQ(c.at(0).addressee, QStringLiteral("Conseil d'administration"));
    c = addresseeCounts(
        QStringLiteral("Cuatro recomendaciones están dirigidas a la Directora Ejecutiva y una a la Junta."));
    ASSERT_EQ(c.size(), 2);
    EXPECT_EQ(c.at(0).addressee, QStringLiteral("Directora Ejecutiva"));
    EXPECT_EQ(c.at(1).count, 1);
    EXPECT_EQ(c.at(1).addressee, QStringLiteral("Junta"));
    EXPECT_TRUE(addresseeCounts(QStringLiteral("The team addressed two issues.")).isEmpty());
}

TEST(SummaryAddressees, RecordsWithoutAnAddresseeTakeTheOneTheCountsLeave)
{
    using namespace evalreview::extract::mr;
    const QString section = QStringLiteral("Review of flexible working (REP/2023/6)");
    QList<Recommendation> recs(4);
    for (qsizetype i = 0; i < recs.size(); ++i) {
        recs[i].id = QString::number(i + 1);
        recs[i].section = section;
    }
    recs[3].addressedTo = {QStringLiteral("the legislative bodies")};
    const QString text = QStringLiteral("A. Review of flexible working\n(REP/2023/6)\nThe report makes four "
                                        "recommendations. Three are addressed to the Executive Director and one to "
                                        "the legislative bodies.\nDetailed recommendations (REP/2023/6)\n");
    QList<Recommendation> assigned = recs;
    addresseesFromSummaries(assigned, text);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(assigned.at(i).addressedTo, QStringList{QStringLiteral("Executive Director")}) << i;
    }
    EXPECT_EQ(assigned.at(3).addressedTo, QStringList{QStringLiteral("the legislative bodies")});
    // counts that do not match the records leave them as they are
    recs.removeLast();
    recs.removeLast();
    addresseesFromSummaries(recs, text);
    EXPECT_TRUE(recs.first().addressedTo.isEmpty());
}
