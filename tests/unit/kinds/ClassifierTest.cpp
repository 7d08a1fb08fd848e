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
    return extract::classify(r.content);
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

TEST(Classifier, UnrelatedTextIsUnknownWithNoRecords)
{
    test::ContentBuilder b;
    b.line(QStringLiteral("Minutes of the garden club"), 50, 50, 18, true);
    double y = 100;
    for (int i = 0; i < 20; ++i, y += 14) {
        b.line(QStringLiteral("The roses were pruned early this year and the tulips came up in March."), 50, y, 10);
    }
    const DocumentContent c = b.build();
    EXPECT_EQ(extract::classify(c), QStringLiteral("unknown"));
    const QJsonObject out = extract::extract(c);
    EXPECT_EQ(out.value(QStringLiteral("kind")).toString(), QStringLiteral("unknown"));
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
