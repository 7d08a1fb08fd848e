// Reading order on the multi-column corpus documents.
#include "ColumnLayout.h"
#include "DocumentReader.h"
#include "TestPdf.h"

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

const DocumentContent &summary()
{
    static const ingest::ReadResult r = ingest::readDocument(test::corpus("ilo-sse-asia-final-evaluation-summary.pdf"));
    EXPECT_TRUE(r.ok()) << r.errorString().toStdString();
    return r.value();
}

const DocumentContent &newsletter()
{
    static const ingest::ReadResult r = ingest::readDocument(test::corpus("ilo-enhance-newsletter.pdf"));
    EXPECT_TRUE(r.ok()) << r.errorString().toStdString();
    return r.value();
}

/// Position of needle in the body text, or -1; the text is searched with spaces collapsed.
qsizetype at(const QString &text, const char *needle)
{
    return text.simplified().indexOf(QString::fromUtf8(needle));
}

/// Every needle is found, each after the one before.
void expectInOrder(const QString &text, std::initializer_list<const char *> needles)
{
    qsizetype previous = -1;
    const char *previousNeedle = "(start)";
    for (const char *n : needles) {
        const qsizetype pos = at(text, n);
        EXPECT_GE(pos, 0) << "missing: " << n;
        EXPECT_GT(pos, previous) << "\"" << n << "\" should come after \"" << previousNeedle << "\"";
        previous = pos;
        previousNeedle = n;
    }
}

} // namespace

TEST(ReadingOrder, TwoColumnSummaryTitleFirstThenColumnByColumn)
{
    const Page &page = summary().pages.at(0);
    ASSERT_FALSE(page.blocks.isEmpty());
    EXPECT_TRUE(page.blocks.constFirst().text().startsWith(QStringLiteral("Final evaluation: Strengthening Social")));
    const QString text = ingest::pageBodyText(page);
    expectInOrder(text, {"Executive summary", "The Strengthening Social and Solidarity Economy Policy in Asia project",
                         "The project started in June 2019", "This final evaluation aimed to assess",
                         "The evaluation consisted of a desk review",
                         // the paragraph runs on at the top of the second column
                         "conducted with representatives of tripartite constituents, regional organizations, former "
                         "project staff",
                         "Relevance and strategic fit of the project", "Coherence", "Validity of the project design"});
}

TEST(ReadingOrder, TwoColumnParagraphSentencesStayContiguous)
{
    const QString text = test::bodyText(summary()).simplified();
    EXPECT_GE(at(text, "The project aimed to enhance the understanding of ILO constituents and other relevant "
                       "stakeholders on the SSE in six countries in Asia (China, Indonesia, Japan, Malaysia, the "
                       "Philippines, and Republic of Korea) and to provide technical support to countries"),
              0);
    EXPECT_GE(at(text, "The project has internal coherence, involving enterprise specialists and relevant technical "
                       "staff in ILO field offices, which contributed to enhancing the capacities of field staff on "
                       "the SSE."),
              0);
}

TEST(ReadingOrder, TwoColumnBlocksCarryTheirColumn)
{
    const Page &page = summary().pages.at(0);
    int lastColumn = 0;
    bool sawSecond = false;
    for (const TextBlock &b : page.blocks) {
        if (b.box.width() > 0.6) {
            continue; // the full-width title above the columns
        }
        EXPECT_GE(b.column, lastColumn) << "column order broken at: " << b.text().left(60).toStdString();
        lastColumn = b.column;
        if (b.column == 1) {
            sawSecond = true;
            EXPECT_GT(b.box.x0, 0.45) << b.text().left(60).toStdString();
        } else {
            EXPECT_LT(b.box.x1, 0.55) << b.text().left(60).toStdString();
        }
    }
    EXPECT_TRUE(sawSecond);
}

TEST(ReadingOrder, ThreeColumnNewsletterReadsColumnByColumn)
{
    const Page &page = newsletter().pages.at(0);
    ASSERT_FALSE(page.blocks.isEmpty());
    EXPECT_EQ(page.blocks.constFirst().text(), QStringLiteral("ENHANCE Newsletter"));
    const QString text = ingest::pageBodyText(page);
    expectInOrder(text, {"ENHANCE Newsletter", "Mid-Term Evaluation", "As ENHANCE passes halfway mark",
                         "The evaluation addressed the overall ILO evaluation criteria",
                         // column 1 ends mid-sentence, column 2 continues it
                         "information collected respectively through field visits, interviews and focus groups",
                         "Implementation agreements in the three project provinces", "DOLISA",
                         "In An Giang, the first 34 beneficiary children", "DOETs",
                         "With the overall aim of providing educational support",
                         "Consultation workshop on child labour legislation"});
    int columnsSeen = 0;
    for (const TextBlock &b : page.blocks) {
        columnsSeen = std::max(columnsSeen, b.column + 1);
    }
    EXPECT_EQ(columnsSeen, 3);
}

TEST(ReadingOrder, ThreeColumnNewsletterLaterPages)
{
    const QString text = test::bodyText(newsletter());
    expectInOrder(text, {"Study visit to the Philippines", "Media assessment",
                         "Media messages subject to in-depth qualitative analysis", "Value chain analysis",
                         "Public events in An Giang and Hanoi", "DBMR system training and data collection",
                         "E-learning course for labour inspectors"});
    EXPECT_GE(at(text, "With the overall aim of providing educational support to children aged from 5 to 17"), 0);
}

TEST(ReadingOrder, LandscapeTableHeaderCellsKeptApart)
{
    const ingest::ReadResult r =
        ingest::readDocument(test::corpus("ilo-pe4dw-management-response.pdf"), {.firstPage = 2, .lastPage = 2});
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    const Page &page = r.value().pages.at(0);
    EXPECT_GT(page.sizePt.width(), page.sizePt.height());
    QStringList texts;
    for (const TextBlock &b : page.blocks) {
        texts << b.text();
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("ILO Action")));
    EXPECT_TRUE(texts.contains(QStringLiteral("SECO Comments")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Agree with ILO response and action.")));
}

// Found by fuzz_layout: a region narrower than four ems (two short lines, or two short fragments
// side by side) ran out of gutters to drop and removed the one at index -1.
TEST(ReadingOrder, NarrowRegionsStayWhole)
{
    const ingest::PageMetrics metrics; // one em: 0.017 of the width, 0.012 of the height
    auto fragment = [](double x0, double y0, double x1, int row) {
        ingest::LineFragment f;
        f.line.box = {x0, y0, x1, y0 + 0.01};
        f.row = row;
        return f;
    };
    const QList<ingest::LineFragment> stacked{fragment(0.50, 0.100, 0.52, 0), fragment(0.50, 0.111, 0.53, 1)};
    QList<ingest::ReadingRegion> regions = ingest::readingRegions(stacked, metrics);
    ASSERT_EQ(regions.size(), 1);
    EXPECT_EQ(regions.first().fragments.size(), 2);

    const QList<ingest::LineFragment> sideBySide{fragment(0.50, 0.100, 0.51, 0), fragment(0.52, 0.100, 0.53, 0)};
    regions = ingest::readingRegions(sideBySide, metrics);
    ASSERT_EQ(regions.size(), 1);
    EXPECT_EQ(regions.first().fragments.size(), 2);
}
