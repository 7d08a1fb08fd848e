// Documents built in the test with other wording, numbering and layout than the corpus, to show
// the extractors follow structure rather than the sample files.
#include "ContentBuilder.h"
#include "Extraction.h"

#include <QJsonArray>

#include <gtest/gtest.h>
#include <tuple>

using namespace evalreview;

namespace {

void body(test::ContentBuilder &b, double &y, int lines, double x = 50)
{
    for (int i = 0; i < lines; ++i, y += 13) {
        b.line(QStringLiteral("The programme worked with partners in several districts over the period."), x, y, 10,
               i == 0);
    }
    y += 10;
}

QJsonObject find(const QJsonArray &a, const QString &key, const QString &value)
{
    for (const QJsonValue &v : a) {
        if (v.toObject().value(key).toString() == value) {
            return v.toObject();
        }
    }
    return {};
}

} // namespace

TEST(KindVariants, EvaluationReportWithOtherAreasAndBullets)
{
    test::ContentBuilder b;
    double y = 50;
    b.line(QStringLiteral("Mid-term evaluation: Decent Jobs for Youth in Zambia"), 50, y, 20, true);
    y += 40;
    body(b, y, 6);
    b.line(QStringLiteral("Relevance"), 50, y, 12, true), y += 20;
    body(b, y, 4);
    b.line(QStringLiteral("Effectiveness"), 50, y, 12, true), y += 20;
    body(b, y, 4);
    b.line(QStringLiteral("Sustainability"), 50, y, 12, true), y += 20;
    body(b, y, 4);
    b.page();
    y = 50;
    b.line(QStringLiteral("Recommendations"), 50, y, 14, true), y += 24;
    b.line(QStringLiteral("Governance:"), 80, y, 10, true), y += 20;
    b.line(QStringLiteral("1. Create a steering group (ministry, medium, short-term, low)"), 80, y, 10, true), y += 20;
    b.line(QStringLiteral("2. Publish annual reports (project team, ILO office, high, long-"), 80, y, 10, true),
        y += 13;
    b.line(QStringLiteral("term, medium)"), 80, y, 10), y += 20;
    b.line(QStringLiteral("Monitoring:"), 80, y, 10, true), y += 20;
    b.line(QStringLiteral("3. Track outcomes yearly (M&E officer, low, medium-term, low)"), 80, y, 10, true), y += 24;
    b.line(QStringLiteral("Lessons learnt:"), 80, y, 10, true), y += 20;
    b.line(QStringLiteral("• Local ownership matters."), 100, y, 10, true), y += 13;
    b.line(QStringLiteral("• Early data collection saves"), 100, y, 10), y += 13;
    b.line(QStringLiteral("time later."), 100, y, 10);
    const QJsonObject out = extract::extract(b.build());
    EXPECT_EQ(out.value(QStringLiteral("kind")).toString(), QStringLiteral("evaluation_report"));
    EXPECT_EQ(out.value(QStringLiteral("title")).toString(), QStringLiteral("Decent Jobs for Youth in Zambia"));
    EXPECT_EQ(out.value(QStringLiteral("evaluation_type")).toString(), QStringLiteral("mid-term"));
    const QJsonArray recs = out.value(QStringLiteral("recommendations")).toArray();
    ASSERT_EQ(recs.size(), 3);
    const QJsonObject r2 = find(recs, QStringLiteral("id"), QStringLiteral("2"));
    EXPECT_EQ(r2.value(QStringLiteral("section")).toString(), QStringLiteral("Governance"));
    EXPECT_EQ(r2.value(QStringLiteral("text")).toString(), QStringLiteral("Publish annual reports"));
    EXPECT_EQ(r2.value(QStringLiteral("timing")).toString(), QStringLiteral("long-term"));
    EXPECT_EQ(r2.value(QStringLiteral("resource_implications")).toString(), QStringLiteral("medium"));
    EXPECT_EQ(r2.value(QStringLiteral("addressed_to")).toArray().size(), 2);
    EXPECT_EQ(find(recs, QStringLiteral("id"), QStringLiteral("3")).value(QStringLiteral("section")).toString(),
              QStringLiteral("Monitoring"));
    const QJsonArray lessons = out.value(QStringLiteral("lessons_learned")).toArray();
    ASSERT_EQ(lessons.size(), 2);
    EXPECT_EQ(lessons.at(1).toString(), QStringLiteral("Early data collection saves time later."));
    EXPECT_EQ(out.value(QStringLiteral("criteria_sections")).toArray().size(), 3);
    EXPECT_FALSE(r2.value(QStringLiteral("source")).toArray().isEmpty());
}

TEST(KindVariants, ProgressReportTableWithOtherHeaders)
{
    test::ContentBuilder b;
    double y = 50;
    b.line(QStringLiteral("Governing Body"), 50, y, 20, true), y += 30;
    b.line(QStringLiteral("340th Session, Geneva, 1–10 November 2020"), 50, y, 10, true), y += 20;
    b.line(QStringLiteral("GB.340/POL/2"), 50, y, 11, true), y += 20;
    b.line(QStringLiteral("Date: 2 October 2020"), 50, y, 10, true), y += 20;
    b.line(QStringLiteral("Progress report on the youth employment plan"), 50, y, 11, true), y += 24;
    body(b, y, 8);
    // the table: header words at the column starts, rows separated by white space
    b.cell(QStringLiteral("Follow-up action"), 50, y, 10).cell(QStringLiteral("Planned deliverables"), 200, y, 10);
    b.cell(QStringLiteral("Indicators"), 330, y, 10).cell(QStringLiteral("Status as of March 2020"), 440, y, 10);
    y += 22;
    b.cell(QStringLiteral("For the 2020–21 biennium"), 50, y), y += 18;
    b.cell(QStringLiteral("Research"), 50, y), y += 18;
    b.cell(QStringLiteral("Study of youth"), 50, y).cell(QStringLiteral("One study."), 200, y);
    b.cell(QStringLiteral("Study out (06/2021)."), 330, y).cell(QStringLiteral("Started."), 440, y), y += 11;
    b.cell(QStringLiteral("wages (14(c))."), 50, y), y += 18;
    b.cell(QStringLiteral("Training of inspectors (15)."), 50, y).cell(QStringLiteral("Two courses."), 200, y);
    b.cell(QStringLiteral("Courses held (12/2021)."), 330, y).cell(QStringLiteral("Not yet started."), 440, y);
    y += 40;
    b.line(QStringLiteral("Draft decision"), 50, y, 12, true), y += 20;
    b.line(QStringLiteral("7. The Governing Body takes note of the report."), 50, y, 10, true);
    const QJsonObject out = extract::extract(b.build(), QStringLiteral("progress_report"));
    EXPECT_EQ(out.value(QStringLiteral("symbol")).toString(), QStringLiteral("GB.340/POL/2"));
    EXPECT_EQ(out.value(QStringLiteral("date")).toString(), QStringLiteral("2020-10-02"));
    EXPECT_EQ(out.value(QStringLiteral("progress_as_of")).toString(), QStringLiteral("March 2020"));
    EXPECT_EQ(out.value(QStringLiteral("draft_decision_paragraph")).toInt(), 7);
    const QJsonArray items = out.value(QStringLiteral("follow_up_items")).toArray();
    ASSERT_EQ(items.size(), 2);
    const QJsonObject first = items.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("item")).toString(), QStringLiteral("Study of youth wages"));
    EXPECT_EQ(first.value(QStringLiteral("conclusions_paragraph")).toString(), QStringLiteral("14(c)"));
    EXPECT_EQ(first.value(QStringLiteral("biennium")).toString(), QStringLiteral("2020–21"));
    EXPECT_EQ(first.value(QStringLiteral("area")).toString(), QStringLiteral("Research"));
    EXPECT_EQ(first.value(QStringLiteral("deadlines")).toArray().first().toString(), QStringLiteral("06/2021"));
    EXPECT_EQ(items.at(1).toObject().value(QStringLiteral("progress")).toString(), QStringLiteral("Not yet started."));
}

TEST(KindVariants, NewsletterWithOtherSectionsAndEvents)
{
    test::ContentBuilder b;
    double y = 50;
    b.line(QStringLiteral("GREENJOBS Bulletin"), 50, y, 22, true), y += 40;
    b.line(QStringLiteral("Solar training"), 50, y, 12, true), y += 20;
    body(b, y, 6);
    b.line(QStringLiteral("Funding is provided by the Government of Norway under a grant."), 50, y, 10, true), y += 20;
    b.line(QStringLiteral("Upcoming events"), 50, y, 12, true), y += 20;
    b.line(QStringLiteral("Regional forum on green"), 70, y, 10, true), y += 13;
    b.line(QStringLiteral("jobs in Ghana"), 50, y, 10, true), y += 18;
    b.line(QStringLiteral("Launch of the solar guide"), 70, y, 10, true), y += 18;
    b.line(QStringLiteral("Contact: office in Accra"), 50, y, 10, true);
    const QJsonObject out = extract::extract(b.build());
    EXPECT_EQ(out.value(QStringLiteral("kind")).toString(), QStringLiteral("newsletter"));
    EXPECT_EQ(out.value(QStringLiteral("project")).toString(), QStringLiteral("GREENJOBS"));
    EXPECT_EQ(out.value(QStringLiteral("country")).toString(), QStringLiteral("Ghana"));
    EXPECT_EQ(out.value(QStringLiteral("donor")).toString(), QStringLiteral("Government of Norway"));
    EXPECT_EQ(out.value(QStringLiteral("sections")).toArray().size(), 2);
    const QJsonArray events = out.value(QStringLiteral("upcoming_events")).toArray();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).toString(), QStringLiteral("Regional forum on green jobs in Ghana"));
}

TEST(KindVariants, FinalReportWithOtherCoverAndFinancialTable)
{
    test::ContentBuilder b;
    double y = 50;
    b.line(QStringLiteral("FINAL JOINT PROGRAMME NARRATIVE REPORT"), 50, y, 18, true), y += 30;
    b.line(QStringLiteral("Participating UN Organizations"), 50, y, 11, true), y += 18;
    b.line(QStringLiteral("United Nations Children's Fund (UNICEF)"), 70, y, 10, true), y += 13;
    b.line(QStringLiteral("World Health Organization (WHO)"), 70, y, 10), y += 18;
    b.line(QStringLiteral("Programme Title"), 50, y, 11, true), y += 18;
    b.line(QStringLiteral("Clean Water for Schools"), 50, y, 10, true), y += 18;
    b.line(QStringLiteral("Programme Number"), 50, y, 11, true), y += 18;
    b.line(QStringLiteral("JP 77"), 50, y, 10, true), y += 18;
    b.line(QStringLiteral("Fund Contribution: USD 2,000,500"), 50, y, 10, true), y += 18;
    b.line(QStringLiteral("Total: USD 2,100,500"), 50, y, 10, true), y += 18;
    b.line(QStringLiteral("Provinces: North, South and East"), 50, y, 10, true), y += 18;
    b.line(QStringLiteral("Start date: 1 March 2015"), 50, y, 10, true), y += 18;
    b.line(QStringLiteral("Actual end date: 31 December 2018"), 50, y, 10, true), y += 18;
    body(b, y, 8);
    b.line(QStringLiteral("Outcome 1: Schools have safe water."), 50, y, 10, true), y += 30;
    b.cell(QStringLiteral("Total approved budget"), 150, y, 10).cell(QStringLiteral("Total transferred"), 280, y, 10);
    b.cell(QStringLiteral("Total disbursed"), 410, y, 10), y += 20;
    b.cell(QStringLiteral("UNICEF"), 60, y)
        .cell(QStringLiteral("1,500,000"), 150, y)
        .cell(QStringLiteral("1,400,000"), 280, y);
    b.cell(QStringLiteral("1,300,000"), 410, y), y += 16;
    b.cell(QStringLiteral("WHO"), 60, y)
        .cell(QStringLiteral("500,500"), 150, y)
        .cell(QStringLiteral("500,500"), 280, y);
    b.cell(QStringLiteral("450,000"), 410, y);
    const QJsonObject out = extract::extract(b.build());
    EXPECT_EQ(out.value(QStringLiteral("kind")).toString(), QStringLiteral("final_report"));
    EXPECT_EQ(out.value(QStringLiteral("title")).toString(), QStringLiteral("Clean Water for Schools"));
    EXPECT_EQ(out.value(QStringLiteral("programme_number")).toString(), QStringLiteral("JP 77"));
    EXPECT_EQ(out.value(QStringLiteral("participating_organizations")).toArray().at(1).toString(),
              QStringLiteral("WHO"));
    EXPECT_EQ(out.value(QStringLiteral("budget_usd")).toObject().value(QStringLiteral("fund")).toInteger(), 2000500);
    EXPECT_EQ(out.value(QStringLiteral("provinces")).toArray().size(), 3);
    EXPECT_EQ(out.value(QStringLiteral("start")).toString(), QStringLiteral("2015-03-01"));
    EXPECT_EQ(out.value(QStringLiteral("end")).toString(), QStringLiteral("2018-12-31"));
    EXPECT_EQ(out.value(QStringLiteral("outcomes")).toArray().size(), 1);
    const QJsonArray fin = out.value(QStringLiteral("financial_status")).toArray();
    ASSERT_EQ(fin.size(), 2);
    EXPECT_EQ(fin.at(1).toObject().value(QStringLiteral("disbursed")).toInteger(), 450000);
}

TEST(KindVariants, ManagementResponseInNumberedParagraphs)
{
    // A response told paragraph by paragraph, in French: "12. Recommandation 1. <réponse>" under
    // lettered headings, the position stated in the paragraph's last sentence.
    test::ContentBuilder b;
    double y = 50;
    b.line(QStringLiteral("Réponse de la direction aux recommandations des évaluations"), 50, y, 16, true), y += 40;
    b.line(QStringLiteral("A. Évaluation du programme de pays (2020-2024)"), 50, y, 10, true, 0, true), y += 20;
    b.line(QStringLiteral("11. Le rapport contient trois recommandations adressées au Directeur."), 50, y, 10, true),
        y += 20;
    b.line(QStringLiteral("12. Recommandation 1. La direction a révisé ses directives pour mieux suivre les"), 50, y,
           10, true),
        y += 13;
    b.line(QStringLiteral("résultats. Cette recommandation est acceptée et en cours de mise en œuvre."), 50, y, 10),
        y += 20;
    b.line(QStringLiteral("13. Recommandation 2, adressée au Conseil. Le calendrier reste à fixer avec les"), 50, y, 10,
           true),
        y += 13;
    b.line(QStringLiteral("partenaires. Cette recommandation est partiellement acceptée."), 50, y, 10), y += 20;
    b.line(QStringLiteral("B. Examen de la gestion des achats"), 50, y, 10, true, 0, true), y += 20;
    b.line(QStringLiteral("14. Recommandation 1. La direction n'accepte pas cette recommandation: le"), 50, y, 10,
           true),
        y += 13;
    b.line(QStringLiteral("dispositif actuel suffit."), 50, y, 10), y += 20;
    b.line(QStringLiteral("15. La direction suivra la mise en œuvre de ces recommandations."), 50, y, 10, true);
    const QJsonObject out = extract::extract(b.build(), QStringLiteral("management_response"));
    const QJsonArray recs = out.value(QStringLiteral("recommendations")).toArray();
    ASSERT_EQ(recs.size(), 3);
    const QJsonObject first = recs.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("1"));
    EXPECT_EQ(first.value(QStringLiteral("section")).toString(),
              QStringLiteral("Évaluation du programme de pays (2020-2024)"));
    EXPECT_EQ(first.value(QStringLiteral("response_category")).toString(), QStringLiteral("accepted"));
    EXPECT_TRUE(first.value(QStringLiteral("text")).isNull());
    EXPECT_EQ(first.value(QStringLiteral("response_text")).toString(),
              QStringLiteral("La direction a révisé ses directives pour mieux suivre les résultats. Cette "
                             "recommandation est acceptée et en cours de mise en œuvre."));
    const QJsonObject second = recs.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("addressed_to")).toArray(), QJsonArray{QStringLiteral("Conseil")});
    EXPECT_EQ(second.value(QStringLiteral("response_category")).toString(), QStringLiteral("partially_accepted"));
    const QJsonObject third = recs.at(2).toObject();
    EXPECT_EQ(third.value(QStringLiteral("section")).toString(), QStringLiteral("Examen de la gestion des achats"));
    EXPECT_EQ(third.value(QStringLiteral("response_category")).toString(), QStringLiteral("not_accepted"));
    EXPECT_EQ(third.value(QStringLiteral("response_text")).toString(),
              QStringLiteral("La direction n'accepte pas cette recommandation: le dispositif actuel suffit."));
}

TEST(KindVariants, FollowUpReportWithAFormPerRecommendation)
{
    // Spanish, each recommendation a paragraph, then labels with their values in a column beside
    // them (or after a colon), then management's comment.
    test::ContentBuilder b;
    double y = 50;
    b.line(QStringLiteral("Seguimiento de las recomendaciones de la evaluación"), 50, y, 16, true), y += 40;
    b.line(QStringLiteral("A. Gestión financiera"), 50, y, 10, true, 0, true), y += 20;
    b.line(QStringLiteral("12. En el párrafo 40, la evaluación recomendó que la oficina actualice su guía"), 50, y, 10,
           true),
        y += 13;
    b.line(QStringLiteral("de cierre de proyectos."), 50, y, 10), y += 18;
    const double labels = y;
    for (const char *label : {"Unidad responsable", "Estado", "Prioridad", "Fecha límite"}) {
        b.line(QString::fromUtf8(label), 80, y, 10, y == labels), y += 13;
    }
    y = labels;
    for (const char *value : {"Oficina de Finanzas", "En curso", "Alta", "Junio de 2025"}) {
        b.line(QString::fromUtf8(value), 250, y, 10, y == labels, 1), y += 13;
    }
    y += 8;
    b.line(QStringLiteral("13. Respuesta de la administración: La oficina revisa la guía con los países."), 50, y, 10,
           true),
        y += 20;
    b.line(QStringLiteral("14. En el párrafo 41, la evaluación recomendó publicar los informes."), 50, y, 10, true),
        y += 18;
    b.line(QStringLiteral("Unidad responsable: Oficina de Programas"), 80, y, 10, true), y += 13;
    b.line(QStringLiteral("Estado: Aplicada"), 80, y, 10), y += 13;
    b.line(QStringLiteral("Fecha límite: Diciembre de 2024"), 80, y, 10), y += 20;
    b.line(QStringLiteral("15. La guía fue publicada en octubre."), 50, y, 10, true);
    const QJsonObject out = extract::extract(b.build());
    EXPECT_EQ(out.value(QStringLiteral("kind")).toString(), QStringLiteral("progress_report"));
    const QJsonArray items = out.value(QStringLiteral("follow_up_items")).toArray();
    ASSERT_EQ(items.size(), 2);
    const QJsonObject first = items.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("40"));
    EXPECT_EQ(first.value(QStringLiteral("section")).toString(), QStringLiteral("Gestión financiera"));
    EXPECT_EQ(first.value(QStringLiteral("item")).toString(),
              QStringLiteral("En el párrafo 40, la evaluación recomendó que la oficina actualice su guía de cierre de "
                             "proyectos."));
    EXPECT_EQ(first.value(QStringLiteral("responsible")).toString(), QStringLiteral("Oficina de Finanzas"));
    EXPECT_EQ(first.value(QStringLiteral("status")).toString(), QStringLiteral("En curso"));
    EXPECT_EQ(first.value(QStringLiteral("priority")).toString(), QStringLiteral("Alta"));
    EXPECT_EQ(first.value(QStringLiteral("target_date")).toString(), QStringLiteral("Junio de 2025"));
    EXPECT_EQ(first.value(QStringLiteral("progress")).toString(),
              QStringLiteral("La oficina revisa la guía con los países."));
    const QJsonObject second = items.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("id")).toString(), QStringLiteral("41"));
    EXPECT_EQ(second.value(QStringLiteral("responsible")).toString(), QStringLiteral("Oficina de Programas"));
    EXPECT_EQ(second.value(QStringLiteral("status")).toString(), QStringLiteral("Aplicada"));
    EXPECT_TRUE(second.value(QStringLiteral("priority")).isNull());
    EXPECT_EQ(second.value(QStringLiteral("progress")).toString(), QStringLiteral("La guía fue publicada en octubre."));
}

TEST(KindVariants, FollowUpFormsWithValuesOnTheLabelsLineAndReportTitlesAsSections)
{
    // French; each label and its value read as one line, a column gap between them and no colon;
    // the recommendations of each audit report grouped under a title line of its own.
    test::ContentBuilder b;
    double y = 50;
    b.line(QStringLiteral("Suivi des recommandations des auditeurs"), 50, y, 16, true), y += 40;
    b.line(QStringLiteral("II. Recommandations des exercices antérieurs"), 50, y, 12, true, 0, true), y += 24;
    auto form = [&](const QString &title, int paragraph, const QString &status, const QString &priority) {
        if (!title.isEmpty()) {
            b.line(title, 90, y, 10, true), y += 18;
        }
        b.line(QStringLiteral("Au paragraphe %1, le Comité recommande que le Fonds révise son manuel des achats.")
                   .arg(paragraph),
               50, y, 10, true),
            y += 18;
        const QStringList rows = {QStringLiteral("Unité responsable      Division des achats"),
                                  QStringLiteral("État                   ") + status,
                                  QStringLiteral("Priorité               ") + priority,
                                  QStringLiteral("Date prévue            Juin 2025")};
        for (const QString &row : rows) {
            b.line(row, 80, y, 10, row == rows.first()), y += 13;
        }
        y += 8;
        b.line(QStringLiteral("Le manuel révisé sera publié avant la date prévue."), 50, y, 10, true), y += 24;
    };
    form(QStringLiteral("Rapport du Comité pour l'exercice clos le 31 décembre 2021"), 40, QStringLiteral("En cours"),
         QStringLiteral("Haute"));
    form(QString(), 41, QStringLiteral("Mise en œuvre"), QStringLiteral("Moyenne"));
    form(QStringLiteral("Rapport du Comité pour l'exercice clos le 31 décembre 2022"), 12, QStringLiteral("En cours"),
         QStringLiteral("Moyenne"));
    const QJsonObject out = extract::extract(b.build());
    EXPECT_EQ(out.value(QStringLiteral("kind")).toString(), QStringLiteral("progress_report"));
    const QJsonArray items = out.value(QStringLiteral("follow_up_items")).toArray();
    ASSERT_EQ(items.size(), 3);
    const QStringList ids = {QStringLiteral("40"), QStringLiteral("41"), QStringLiteral("12")};
    const QStringList sections = {QStringLiteral("Rapport du Comité pour l'exercice clos le 31 décembre 2021"),
                                  QStringLiteral("Rapport du Comité pour l'exercice clos le 31 décembre 2021"),
                                  QStringLiteral("Rapport du Comité pour l'exercice clos le 31 décembre 2022")};
    const QStringList statuses = {QStringLiteral("En cours"), QStringLiteral("Mise en œuvre"),
                                  QStringLiteral("En cours")};
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        EXPECT_EQ(item.value(QStringLiteral("id")).toString(), ids.at(i));
        EXPECT_EQ(item.value(QStringLiteral("section")).toString(), sections.at(i));
        EXPECT_EQ(item.value(QStringLiteral("responsible")).toString(), QStringLiteral("Division des achats"));
        EXPECT_EQ(item.value(QStringLiteral("status")).toString(), statuses.at(i));
        EXPECT_EQ(item.value(QStringLiteral("target_date")).toString(), QStringLiteral("Juin 2025"));
        EXPECT_EQ(item.value(QStringLiteral("progress")).toString(),
                  QStringLiteral("Le manuel révisé sera publié avant la date prévue."));
    }
    EXPECT_EQ(items.at(0).toObject().value(QStringLiteral("priority")).toString(), QStringLiteral("Haute"));
}

TEST(KindVariants, EvaluationReportWithLabelledRecommendationsInFrench)
{
    // "Recommandation n° N" label lines under group headings, attributes after the text, the
    // table of contents and the executive summary naming them too, a footnote inside one.
    test::ContentBuilder b;
    double y = 50;
    b.line(QStringLiteral("Évaluation finale du programme d'emploi des jeunes"), 50, y, 18, true), y += 40;
    b.line(QStringLiteral("Recommandation n° 1 ........................................ 12"), 50, y, 10, true), y += 20;
    b.line(QStringLiteral("Résumé exécutif"), 50, y, 12, true), y += 20;
    b.line(QStringLiteral("Recommandation n° 1 : Renforcer le suivi."), 50, y, 10, true), y += 20;
    body(b, y, 6);
    b.page();
    y = 50;
    b.line(QStringLiteral("Recommandations"), 50, y, 14, true), y += 24;
    b.line(QStringLiteral("Pilotage du programme"), 50, y, 10, true, 0, true), y += 18;
    b.line(QStringLiteral("Recommandation n° 1"), 50, y, 10, true, 0, true), y += 14;
    b.line(QStringLiteral("Renforcer le suivi des résultats avec les partenaires nationaux et publier un"), 50, y, 10,
           true),
        y += 13;
    b.line(QStringLiteral("rapport annuel."), 50, y, 10), y += 16;
    b.line(QStringLiteral("Priorité : Haute"), 50, y, 10, true), y += 13;
    b.line(QStringLiteral("Échéance : Court terme"), 50, y, 10), y += 13;
    b.line(QStringLiteral("Responsable : Bureau de pays, ministère du Travail"), 50, y, 10), y += 20;
    b.line(QStringLiteral("Recommandation n° 2"), 50, y, 10, true, 0, true), y += 14;
    b.line(QStringLiteral("Participation des jeunes"), 50, y, 10, true, 0, true), y += 14;
    b.line(QStringLiteral("12. La recommandation n° 2 se lit comme suit :"), 50, y, 10, true), y += 14;
    b.line(QStringLiteral("Associer les organisations de jeunes à la planification."), 50, y, 10, true), y += 13;
    b.line(QStringLiteral("Indicateur de résultat : un plan validé par les organisations."), 50, y, 10, true), y += 20;
    b.line(QStringLiteral("Financement"), 50, y, 10, true, 0, true), y += 18;
    b.line(QStringLiteral("Recommandation n° 3 – Réserver une part du budget à l'évaluation."), 50, y, 10, true),
        y += 16;
    b.line(QStringLiteral("7 Deux à quatre pour cent du budget."), 50, 780, 7, true);
    b.page();
    b.line(QStringLiteral("Leçons apprises"), 50, 50, 14, true);
    b.line(QStringLiteral("Le dialogue avec les partenaires a été décisif pour la mise en œuvre du projet."), 50, 80,
           10, true);
    const QJsonObject out = extract::extract(b.build(), QStringLiteral("evaluation_report"));
    const QJsonArray recs = out.value(QStringLiteral("recommendations")).toArray();
    ASSERT_EQ(recs.size(), 3);
    const QJsonObject first = find(recs, QStringLiteral("id"), QStringLiteral("1"));
    EXPECT_EQ(first.value(QStringLiteral("text")).toString(),
              QStringLiteral("Renforcer le suivi des résultats avec les partenaires nationaux et publier un rapport "
                             "annuel."));
    EXPECT_EQ(first.value(QStringLiteral("section")).toString(), QStringLiteral("Pilotage du programme"));
    EXPECT_EQ(first.value(QStringLiteral("priority")).toString(), QStringLiteral("Haute"));
    EXPECT_EQ(first.value(QStringLiteral("timing")).toString(), QStringLiteral("Court terme"));
    EXPECT_EQ(first.value(QStringLiteral("addressed_to")).toArray(),
              (QJsonArray{QStringLiteral("Bureau de pays"), QStringLiteral("ministère du Travail")}));
    const QJsonObject second = find(recs, QStringLiteral("id"), QStringLiteral("2"));
    EXPECT_EQ(second.value(QStringLiteral("section")).toString(), QStringLiteral("Pilotage du programme"));
    EXPECT_EQ(second.value(QStringLiteral("title")).toString(), QStringLiteral("Participation des jeunes"));
    EXPECT_EQ(second.value(QStringLiteral("text")).toString(),
              QStringLiteral("Associer les organisations de jeunes à la planification."));
    const QJsonObject third = find(recs, QStringLiteral("id"), QStringLiteral("3"));
    EXPECT_EQ(third.value(QStringLiteral("section")).toString(), QStringLiteral("Financement"));
    EXPECT_EQ(third.value(QStringLiteral("text")).toString(),
              QStringLiteral("Réserver une part du budget à l'évaluation."));
}

TEST(KindVariants, FollowUpReportAssessingEachRecommendationInProse)
{
    // An oversight office's review: each recommendation under its label and title, quoted, then
    // the office's assessment ending with the status it finds.
    test::ContentBuilder b;
    double y = 50;
    b.line(QStringLiteral("Triennial review of the implementation of recommendations"), 50, y, 16, true), y += 40;
    for (const auto &[n, title, status] :
         {std::tuple{1, "Better planning", "implemented"}, std::tuple{2, "Country reviews", "partially implemented"}}) {
        b.line(QStringLiteral("Recommendation %1").arg(n), 50, y, 10, true, 0, true), y += 14;
        b.line(QString::fromLatin1(title), 50, y, 10, true, 0, true), y += 14;
        b.line(QStringLiteral("%1. Recommendation %2 reads as follows:").arg(n * 5).arg(n), 50, y, 10, true), y += 14;
        b.line(QStringLiteral("The division should plan its technical cooperation work."), 70, y, 10, true), y += 13;
        b.line(QStringLiteral("Indicator of achievement: a plan."), 70, y, 10, true), y += 16;
        b.line(QStringLiteral("%1. In response to this recommendation, the division drafted a plan.").arg(n * 5 + 1),
               50, y, 10, true),
            y += 13;
        b.line(QStringLiteral("The office considers this recommendation %1.").arg(QString::fromLatin1(status)), 50, y,
               10),
            y += 24;
    }
    const QJsonObject out = extract::extract(b.build());
    EXPECT_EQ(out.value(QStringLiteral("kind")).toString(), QStringLiteral("progress_report"));
    const QJsonArray items = out.value(QStringLiteral("follow_up_items")).toArray();
    ASSERT_EQ(items.size(), 2);
    const QJsonObject second = items.at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("id")).toString(), QStringLiteral("2"));
    EXPECT_EQ(second.value(QStringLiteral("title")).toString(), QStringLiteral("Country reviews"));
    EXPECT_EQ(second.value(QStringLiteral("item")).toString(),
              QStringLiteral("The division should plan its technical cooperation work."));
    EXPECT_EQ(second.value(QStringLiteral("status")).toString(), QStringLiteral("Partially implemented"));
    EXPECT_EQ(second.value(QStringLiteral("progress")).toString(),
              QStringLiteral("In response to this recommendation, the division drafted a plan. The office considers "
                             "this recommendation partially implemented."));
    EXPECT_EQ(items.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("Implemented"));
}
