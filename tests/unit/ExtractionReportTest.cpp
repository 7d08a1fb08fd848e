#include "ExtractionReport.h"

#include "mr/ColumnMap.h"
#include "mr/TableResponses.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace evalreview;
using namespace evalreview::extract;

namespace {

QJsonObject action(const char *timeFrame, const char *responsible)
{
    auto value = [](const char *s) { return s ? QJsonValue(QString::fromUtf8(s)) : QJsonValue(QJsonValue::Null); };
    return QJsonObject{{QStringLiteral("text"), QStringLiteral("Do it")},
                       {QStringLiteral("time_frame"), value(timeFrame)},
                       {QStringLiteral("responsible"), value(responsible)}};
}

} // namespace

TEST(ExtractionReport, CountsRecordsAndWarnsOfUnreadCategories)
{
    const QJsonObject extraction{
        {QStringLiteral("kind"), QStringLiteral("management_response")},
        {QStringLiteral("donors"), QJsonArray{QStringLiteral("SECO")}},
        {QStringLiteral("recommendations"),
         QJsonArray{
             QJsonObject{{QStringLiteral("response_text"), QStringLiteral("Accepted.")},
                         {QStringLiteral("response_category"), QStringLiteral("accepted")},
                         {QStringLiteral("actions"), QJsonArray{action("June 2025", "IEO"), action(nullptr, "IEO")}}},
             QJsonObject{{QStringLiteral("response_text"), QStringLiteral("We will see.")},
                         {QStringLiteral("response_category"), QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("actions"), QJsonArray{action("2026", nullptr)}}},
             QJsonObject{{QStringLiteral("response_text"), QJsonValue(QJsonValue::Null)}}}},
    };
    const ExtractionReport r =
        ExtractionReport::of(extraction, {QStringLiteral("Table on page 3: columns not mapped (A | B).")});
    EXPECT_EQ(r.recommendations, 3);
    EXPECT_EQ(r.responses, 2);
    EXPECT_EQ(r.uncategorisedResponses, 1);
    EXPECT_EQ(r.actions, 3);
    EXPECT_EQ(r.actionsWithoutTimeFrame, 1);
    EXPECT_EQ(r.actionsWithoutResponsible, 1);
    EXPECT_EQ(r.donors, QStringList{QStringLiteral("SECO")});
    EXPECT_EQ(r.warnings, (QStringList{QStringLiteral("Table on page 3: columns not mapped (A | B)."),
                                       QStringLiteral("1 response category was not recognised.")}));
    // the JSON form reads back the same
    const ExtractionReport back = ExtractionReport::fromJson(r.toJson());
    EXPECT_EQ(back.actionsWithoutTimeFrame, 1);
    EXPECT_EQ(back.warnings, r.warnings);
}

TEST(ExtractionReport, AManagementResponseWithoutRecommendationsSaysSo)
{
    const ExtractionReport r =
        ExtractionReport::of(QJsonObject{{QStringLiteral("kind"), QStringLiteral("management_response")}});
    EXPECT_EQ(r.recommendations, 0);
    EXPECT_EQ(r.warnings, QStringList{QStringLiteral("No recommendation was found.")});
}

TEST(ColumnRoles, HeadersMapByTheirLeadingRoleWordInThreeLanguages)
{
    using extract::mr::mapColumns;
    const auto undp = mapColumns({QStringLiteral("Key action(s)"), QStringLiteral("Completion date"),
                                  QStringLiteral("Responsible unit(s)"), QStringLiteral("Tracking: comments, status")});
    EXPECT_EQ(undp.action, 0);
    EXPECT_EQ(undp.timeFrame, 1);
    EXPECT_EQ(undp.responsible, 2);
    EXPECT_EQ(undp.status, 3);

    const auto long_ =
        mapColumns({QStringLiteral("Recommendation"),
                    QStringLiteral("Management response (accepted, partially accepted or rejected)"),
                    QStringLiteral("Management plan: actions to be taken, responsible unit and timeline")});
    EXPECT_EQ(long_.recommendation, 0);
    EXPECT_EQ(long_.response, 1);
    EXPECT_EQ(long_.action, 2);
    EXPECT_EQ(long_.responsible, -1);

    const auto fr = mapColumns({QStringLiteral("Recommandation"), QStringLiteral("Réponse de la direction"),
                                QStringLiteral("Action"), QStringLiteral("Échéance"),
                                QStringLiteral("Unité responsable"), QStringLiteral("État")});
    EXPECT_EQ(fr.response, 1);
    EXPECT_EQ(fr.timeFrame, 3);
    EXPECT_EQ(fr.responsible, 4);
    EXPECT_EQ(fr.status, 5);

    const auto es =
        mapColumns({QStringLiteral("Recomendación"), QStringLiteral("Respuesta de la gerencia"),
                    QStringLiteral("Acciones clave"), QStringLiteral("Fecha límite"), QStringLiteral("Responsable"),
                    QStringLiteral("Estado"), QStringLiteral("Comentarios")});
    EXPECT_EQ(es.action, 2);
    EXPECT_EQ(es.timeFrame, 3);
    EXPECT_EQ(es.responsible, 4);
    EXPECT_EQ(es.status, 5);
    EXPECT_EQ(es.comments, 6);
    EXPECT_TRUE(es.donors.isEmpty());
}

TEST(ColumnRoles, CommentsOfAnOrganisationAreADonorsButNotTheEvaluatorsOrManagements)
{
    const auto map = extract::mr::mapColumns({QStringLiteral("Recommendation"), QStringLiteral("Response"),
                                              QStringLiteral("SECO comments"), QStringLiteral("Evaluator comments"),
                                              QStringLiteral("Management comments")});
    ASSERT_EQ(map.donors.size(), 1);
    EXPECT_EQ(map.donors.first().name, QStringLiteral("SECO"));
    EXPECT_EQ(map.comments, 3);
}

TEST(ColumnRoles, TwoColumnsRecommendationAndRemarksReadTheRemarksAsTheResponse)
{
    const auto map = extract::mr::mapColumns({QStringLiteral("Relevant recommendations"), QStringLiteral("Remarks")});
    EXPECT_TRUE(map.isResponseTable());
    EXPECT_EQ(map.response, 1);
}

TEST(TableHeadings, AddresseeLinesNameWhoTheRecommendationsAreFor)
{
    using extract::mr::addresseeOf;
    EXPECT_EQ(addresseeOf(QStringLiteral("1. Recommendations addressed to the legislative body/Executive Board")),
              QStringLiteral("legislative body/Executive Board"));
    EXPECT_EQ(addresseeOf(QStringLiteral("Recommandations adressées au Conseil d'administration")),
              QStringLiteral("Conseil d'administration"));
    bool none = false;
    EXPECT_EQ(addresseeOf(QStringLiteral("1. No recommendations addressed to UNICEF."), &none),
              QStringLiteral("UNICEF"));
    EXPECT_TRUE(none);
    EXPECT_TRUE(addresseeOf(QStringLiteral("Flexible working arrangements (JIU/REP/2023/6)")).isEmpty());
}
