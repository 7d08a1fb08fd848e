#include "ContentBuilder.h"
#include "DocumentReader.h"
#include "Extraction.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

QString kindOf(const char *file)
{
    const auto r = ingest::readDocument(QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/") + QString::fromLatin1(file));
    EXPECT_TRUE(r.ok()) << file;
    return extract::classify(r.value());
}

} // namespace

TEST(Classifier, CorpusDocumentsGetTheirKind)
{
    EXPECT_EQ(kindOf("ilo-sse-asia-final-evaluation-summary.pdf"), QStringLiteral("evaluation_report"));
    EXPECT_EQ(kindOf("ilo-gb328-sme-progress-report.pdf"), QStringLiteral("progress_report"));
    EXPECT_EQ(kindOf("ilo-enhance-newsletter.pdf"), QStringLiteral("newsletter"));
    EXPECT_EQ(kindOf("mdgf-2065-final-narrative-report.pdf"), QStringLiteral("final_report"));
    EXPECT_EQ(kindOf("ilo-pe4dw-management-response.pdf"), QStringLiteral("management_response"));
    EXPECT_EQ(kindOf("ilo-pe4dw-management-response.docx"), QStringLiteral("management_response"));
}

TEST(Classifier, UnrelatedTextIsOtherWithNoRecords)
{
    test::ContentBuilder b;
    b.line(QStringLiteral("Minutes of the garden club"), 50, 50, 18, true);
    double y = 100;
    for (int i = 0; i < 20; ++i, y += 14) {
        b.line(QStringLiteral("The roses were pruned early this year and the tulips came up in March."), 50, y, 10);
    }
    const DocumentContent c = b.build();
    EXPECT_EQ(extract::classify(c), QStringLiteral("other"));
    const QJsonObject out = extract::extract(c);
    EXPECT_EQ(out.value(QStringLiteral("kind")).toString(), QStringLiteral("other"));
    // no records: only the kind and the extraction report, which says why nothing was extracted
    EXPECT_EQ(out.size(), 2);
    const QJsonObject report = out.value(QStringLiteral("extraction_report")).toObject();
    EXPECT_EQ(report.value(QStringLiteral("recommendations")).toInt(), 0);
    EXPECT_EQ(report.value(QStringLiteral("warnings")).toArray().size(), 1);
}

TEST(Classifier, FrenchManagementResponseTitle)
{
    test::ContentBuilder b;
    b.line(QStringLiteral("Réponse de la direction à l'évaluation finale"), 50, 50, 18, true);
    b.line(QStringLiteral("Recommandation Réponse de la direction Actions clés"), 50, 100, 10, true);
    b.line(QStringLiteral("1. Renforcer le suivi. Acceptée. Le projet renforcera le suivi."), 50, 120, 10, true);
    EXPECT_EQ(extract::classify(b.build()), QStringLiteral("management_response"));
}

namespace {

/// A cover line, then a page of `body`.
DocumentContent coverThen(const QString &cover, const QString &body)
{
    test::ContentBuilder b;
    b.line(cover, 50, 50, 18, true);
    double y = 100;
    for (int i = 0; i < 12; ++i, y += 14) {
        b.line(body, 50, y, 10, i == 0);
    }
    return b.build();
}

/// The evaluation vocabulary terms of reference and case studies share with reports.
DocumentContent coverThenEvaluationText(const QString &cover)
{
    return coverThen(cover, QStringLiteral("The final evaluation will assess relevance, effectiveness, efficiency and "
                                           "sustainability, and draw lessons learned and good practices."));
}

} // namespace

TEST(Classifier, DocumentsOfTheEvaluationProcessAreOtherWithTheirGenre)
{
    const std::pair<const char *, const char *> covers[] = {
        {"Termes de référence de l'évaluation finale du projet", "terms_of_reference"},
        {"Terms of Reference: Mid-term evaluation of the programme", "terms_of_reference"},
        {"Informe inicial de la evaluación final", "inception_report"},
        {"Inception report", "inception_report"},
        {"Estudio de caso: la oficina regional", "case_study"},
        {"Case study: the regional data hub", "case_study"},
    };
    for (const auto &[cover, genre] : covers) {
        const QJsonObject out = extract::extract(coverThenEvaluationText(QString::fromUtf8(cover)));
        EXPECT_EQ(out.value(QStringLiteral("kind")).toString(), QStringLiteral("other")) << cover;
        EXPECT_EQ(out.value(QStringLiteral("genre")).toString(), QString::fromLatin1(genre)) << cover;
        const QJsonArray warnings =
            out.value(QStringLiteral("extraction_report")).toObject().value(QStringLiteral("warnings")).toArray();
        ASSERT_EQ(warnings.size(), 1) << cover;
        EXPECT_TRUE(warnings.first().toString().contains(QStringLiteral("holds no recommendations"))) << cover;
    }
    // the same words in an evaluation report's body do not make it one of these
    EXPECT_EQ(extract::classify(coverThenEvaluationText(QStringLiteral("Final evaluation of the programme"))),
              QStringLiteral("evaluation_report"));
}

TEST(Classifier, FollowUpOfRecommendationsIsAProgressReport)
{
    for (const char *cover : {"Report on the implementation of the recommendations of the evaluation",
                              "Suivi des recommandations de l'évaluation : état de mise en œuvre",
                              "Seguimiento de las recomendaciones: estado de implementación"}) {
        const DocumentContent c =
            coverThen(QString::fromUtf8(cover), QStringLiteral("Recommendation 2 on the relevance of the training: the "
                                                               "unit completed the action in 2024; implemented."));
        EXPECT_EQ(extract::classify(c), QStringLiteral("progress_report")) << cover;
    }
}
