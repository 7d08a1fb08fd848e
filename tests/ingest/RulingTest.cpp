// The PDF reader's ruling lines and bold words, on a PDF drawn here with known lines and fonts.
#include "DocumentReader.h"
#include "TestPdf.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

constexpr double kA4W = 595.0, kA4H = 842.0;

/// The rulings near a horizontal (or vertical) position, in points.
QList<Ruling> rulingsAt(const Page &page, bool horizontal, double pos)
{
    QList<Ruling> out;
    for (const Ruling &r : page.rulings) {
        const double mid = horizontal ? (r.box.y0 + r.box.y1) / 2 * kA4H : (r.box.x0 + r.box.x1) / 2 * kA4W;
        if (r.horizontal == horizontal && std::abs(mid - pos) < 2) {
            out.append(r);
        }
    }
    return out;
}

class RulingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("lines.pdf"));
        const bool written = test::writePdf(path, 1, [](QPainter &p, int, QRectF) {
            p.setPen(QPen(Qt::black, 1));
            p.drawLine(QPointF(50, 100), QPointF(300, 100)); // a stroked horizontal rule
            p.drawLine(QPointF(50, 100), QPointF(50, 300));  // a stroked vertical rule
            p.drawLine(QPointF(50, 400), QPointF(150, 400)); // one rule drawn in two pieces
            p.drawLine(QPointF(150, 400), QPointF(300, 400));
            p.drawLine(QPointF(60, 500), QPointF(300, 700)); // a diagonal is no ruling
            p.setPen(QPen(Qt::white, 1));
            p.drawLine(QPointF(50, 600), QPointF(300, 600));  // white lines do not print
            p.fillRect(QRectF(50, 200, 250, 1.5), Qt::black); // a cell border drawn as a thin box
            p.fillRect(QRectF(350, 200, 100, 60), Qt::black); // a filled box is shading, no ruling
            p.setPen(Qt::black);
            QFont bold(QStringLiteral("DejaVu Sans"), 12);
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(QPointF(60, 140), QStringLiteral("Heading"));
            p.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
            p.drawText(QPointF(60, 170), QStringLiteral("plain words"));
        });
        ASSERT_TRUE(written);
        const ingest::ReadResult r = ingest::readDocument(path);
        ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
        page = r.value().pages.value(0);
    }

    QTemporaryDir dir;
    QString path;
    Page page;
};

} // namespace

TEST_F(RulingTest, StrokedLinesBecomeRulings)
{
    const auto top = rulingsAt(page, true, 100);
    ASSERT_EQ(top.size(), 1);
    EXPECT_NEAR(top.first().box.x0 * kA4W, 50, 1.5);
    EXPECT_NEAR(top.first().box.x1 * kA4W, 300, 1.5);
    const auto left = rulingsAt(page, false, 50);
    ASSERT_EQ(left.size(), 1);
    EXPECT_NEAR(left.first().box.y0 * kA4H, 100, 1.5);
    EXPECT_NEAR(left.first().box.y1 * kA4H, 300, 1.5);
}

TEST_F(RulingTest, PiecesOfOneLineAreJoined)
{
    const auto pieces = rulingsAt(page, true, 400);
    ASSERT_EQ(pieces.size(), 1);
    EXPECT_NEAR(pieces.first().box.x0 * kA4W, 50, 1.5);
    EXPECT_NEAR(pieces.first().box.x1 * kA4W, 300, 1.5);
}

TEST_F(RulingTest, ThinFilledBoxIsARulingButShadingIsNot)
{
    EXPECT_EQ(rulingsAt(page, true, 200.75).size(), 1);
    for (const Ruling &r : page.rulings) {
        EXPECT_FALSE(r.box.x0 * kA4W > 340 && r.box.x1 * kA4W < 460) << "shading taken for a line";
    }
}

TEST_F(RulingTest, DiagonalAndWhiteLinesAreLeftOut)
{
    EXPECT_TRUE(rulingsAt(page, true, 600).isEmpty());
    // the horizontal rule, the joined one and the thin box; the vertical rule
    EXPECT_EQ(page.rulings.size(), 4);
}

TEST_F(RulingTest, BoldFaceIsKnownPerWord)
{
    QHash<QString, bool> bold;
    for (const Word &w : page.words) {
        bold.insert(w.text, w.bold);
    }
    ASSERT_TRUE(bold.contains(QStringLiteral("Heading")));
    ASSERT_TRUE(bold.contains(QStringLiteral("plain")));
    EXPECT_TRUE(bold.value(QStringLiteral("Heading")));
    EXPECT_FALSE(bold.value(QStringLiteral("plain")));
    EXPECT_FALSE(bold.value(QStringLiteral("words")));
}

/// Whether the lowest text of a page's first column has a rule under it.
bool lastRowClosed(const Page &page)
{
    double lowestText = 0, lowestRule = 0;
    for (const Word &w : page.words) {
        if (w.box.x1 < 0.12) {
            lowestText = std::max(lowestText, w.box.y1);
        }
    }
    for (const Ruling &r : page.rulings) {
        if (r.horizontal && r.box.x0 < 0.06 && r.box.x1 > 0.1) {
            lowestRule = std::max(lowestRule, r.box.y0);
        }
    }
    return lowestRule > lowestText;
}

TEST(RulingCorpus, ARowThatRunsOnOverThePageBreakIsLeftOpen)
{
    // The final report's results table runs over many pages. Output 3.3's row goes on over the
    // break after page 33, so no rule closes it there; output 4.2's row ends on page 43 (the
    // next page starts another table) and its rule is drawn.
    const ingest::ReadResult r = ingest::readDocument(test::corpus("mdgf-2065-final-narrative-report.pdf"));
    ASSERT_TRUE(r.ok());
    ASSERT_GE(r.value().pages.size(), 43);
    EXPECT_FALSE(lastRowClosed(r.value().pages.at(32)));
    EXPECT_TRUE(lastRowClosed(r.value().pages.at(42)));
    int ruledPages = 0;
    for (const Page &p : r.value().pages) {
        ruledPages += p.rulings.size() >= 4 ? 1 : 0;
        for (const Ruling &rule : p.rulings) {
            EXPECT_TRUE(rule.horizontal ? rule.box.height() < 0.01 : rule.box.width() < 0.01);
        }
    }
    EXPECT_GE(ruledPages, 10);
}

namespace {

/// A ruled three-column table whose cells are centred vertically: the row labels and the short
/// responses sit level with the middle line of the long recommendation, not with its first line.
/// Without its rules the row labels would split the rows in the wrong places.
void drawCentredRuledTable(QPainter &p)
{
    QFont font(QStringLiteral("DejaVu Sans"), 9);
    p.setFont(font);
    const double left = 50, c1 = 90, c2 = 330, right = 545, lineH = 12;
    const QStringList header = {QStringLiteral("No"), QStringLiteral("Recommendation"), QStringLiteral("Response")};
    p.drawText(QPointF(left + 3, 110), header[0]);
    p.drawText(QPointF(c1 + 3, 110), header[1]);
    p.drawText(QPointF(c2 + 3, 110), header[2]);
    double top = 116;
    const QList<QStringList> rows = {
        {QStringLiteral("Strengthen the programme-wide theory of change"), QStringLiteral("so that every country"),
         QStringLiteral("team reports against it.")},
        {QStringLiteral("Develop a knowledge management strategy"), QStringLiteral("with a budget and a lead"),
         QStringLiteral("unit for each region.")},
        {QStringLiteral("Involve the social partners earlier"), QStringLiteral("in the design of each phase"),
         QStringLiteral("of the programme.")}};
    p.drawLine(QPointF(left, top), QPointF(right, top));
    for (int r = 0; r < rows.size(); ++r) {
        const double rowTop = top + 4;
        for (int l = 0; l < rows[r].size(); ++l) {
            p.drawText(QPointF(c1 + 3, rowTop + lineH * (l + 1)), rows[r][l]);
        }
        const double middle = rowTop + lineH * 2; // level with the second of three lines
        p.drawText(QPointF(left + 3, middle), QString::number(r + 1));
        p.drawText(QPointF(c2 + 3, middle), r == 1 ? QStringLiteral("Partially accepted") : QStringLiteral("Accepted"));
        top = rowTop + lineH * rows[r].size() + 6;
        p.drawLine(QPointF(left, top), QPointF(right, top));
    }
    for (double x : {left, c1, c2, right}) {
        p.drawLine(QPointF(x, 98), QPointF(x, top));
    }
    p.drawLine(QPointF(left, 98), QPointF(right, 98));
}

} // namespace

TEST(RuledTable, RulesSeparateRowsWhoseCellsAreCentred)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centred.pdf"));
    ASSERT_TRUE(test::writePdf(path, 1, [](QPainter &p, int, QRectF) { drawCentredRuledTable(p); }));
    const ingest::ReadResult r = ingest::readDocument(path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    ASSERT_EQ(r.value().tables.size(), 1);
    const Table &t = r.value().tables.first();
    ASSERT_EQ(t.rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const TableRow &row = t.rows.at(i);
        ASSERT_EQ(row.cells.size(), 3);
        EXPECT_EQ(row.cells.at(0).text(), QString::number(i + 1));
        EXPECT_EQ(row.cells.at(1).lines.size(), 3) << row.cells.at(1).text().toStdString();
    }
    EXPECT_TRUE(t.rows.at(0).cells.at(1).text().startsWith(QStringLiteral("Strengthen")));
    EXPECT_TRUE(t.rows.at(2).cells.at(1).text().endsWith(QStringLiteral("programme.")));
    EXPECT_EQ(t.rows.at(1).cells.at(2).text(), QStringLiteral("Partially accepted"));
}
