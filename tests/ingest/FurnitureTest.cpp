// Running headers, footers and page numbers leave the body text.
#include "DocumentReader.h"
#include "RunningFurniture.h"
#include "TestPdf.h"

#include <QDir>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace evalreview;

TEST(Furniture, KeyIgnoresNumbers)
{
    EXPECT_EQ(ingest::furnitureKey(QStringLiteral("Page 3 of 12")),
              ingest::furnitureKey(QStringLiteral("Page 10 of 12")));
    EXPECT_EQ(ingest::furnitureKey(QStringLiteral("iv")), ingest::furnitureKey(QStringLiteral("17")));
    EXPECT_NE(ingest::furnitureKey(QStringLiteral("Annex")), ingest::furnitureKey(QStringLiteral("Summary")));
}

TEST(Furniture, GeneratedReportLosesHeadersFootersAndPageNumbers)
{
    const QString path = QDir::temp().filePath(QStringLiteral("evalreview-furniture-test.pdf"));
    const int pages = 8;
    ASSERT_TRUE(test::writePdf(path, pages, [](QPainter &p, int page, QRectF rect) {
        p.setFont(QFont(QStringLiteral("DejaVu Sans"), 8));
        p.drawText(QPointF(72, 40), QStringLiteral("Independent evaluation of the Green Jobs Programme"));
        p.drawText(QPointF(rect.width() - 150, 40), QStringLiteral("March 2020"));
        p.drawText(QPointF(rect.width() / 2 - 30, rect.height() - 30),
                   QStringLiteral("Page %1 of %2").arg(page + 1).arg(8));
        p.drawText(QPointF(page % 2 ? rect.width() - 90 : 72, rect.height() - 30), QString::number(page + 1));
        p.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
        for (int line = 0; line < 30; ++line) {
            p.drawText(
                QPointF(72, 90 + 20 * line),
                QStringLiteral("Body line %1 of section %2 about decent work outcomes.").arg(line + 1).arg(page + 1));
        }
    }));
    const ingest::ReadResult r = ingest::readDocument(path);
    QFile::remove(path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    ASSERT_EQ(r.value().pages.size(), pages);
    for (const Page &page : r.value().pages) {
        const QString body = ingest::pageBodyText(page);
        EXPECT_FALSE(body.contains(QStringLiteral("Green Jobs Programme"))) << page.number;
        EXPECT_FALSE(body.contains(QStringLiteral("March 2020"))) << page.number;
        EXPECT_FALSE(body.contains(QStringLiteral("Page "))) << page.number;
        EXPECT_TRUE(body.startsWith(QStringLiteral("Body line 1 of section %1").arg(page.number))) << page.number;
        EXPECT_TRUE(body.contains(QStringLiteral("Body line 30 of section"))) << page.number;
        QStringList furniture;
        for (const TextLine &l : page.furniture) {
            furniture << l.text();
        }
        EXPECT_TRUE(furniture.join(QLatin1Char('|')).contains(QStringLiteral("Page %1 of 8").arg(page.number)))
            << furniture.join(QLatin1Char('|')).toStdString();
        EXPECT_TRUE(furniture.contains(QString::number(page.number))) << furniture.join(QLatin1Char('|')).toStdString();
    }
}

TEST(Furniture, FinalReportBodyHasNoPageNumbersAndKeepsItsText)
{
    const ingest::ReadResult r = ingest::readDocument(test::corpus("mdgf-2065-final-narrative-report.pdf"));
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    ASSERT_EQ(r.value().pages.size(), 44);
    static const QRegularExpression pageNumber(QStringLiteral("^(?:page\\s*)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    int bodyWords = 0;
    int furnitureWords = 0;
    for (const Page &page : r.value().pages) {
        for (const TextBlock &b : page.blocks) {
            for (const TextLine &l : b.lines) {
                bodyWords += int(l.words.size());
                // a line that is only a page number, at the top or bottom edge, is furniture
                if (l.box.y0 > 0.9 || l.box.y1 < 0.1) {
                    EXPECT_FALSE(pageNumber.match(l.text()).hasMatch())
                        << page.number << ": " << l.text().toStdString();
                }
            }
        }
        for (const TextLine &l : page.furniture) {
            furnitureWords += int(l.words.size());
        }
    }
    // Furniture is a few words per page at most; the body keeps everything else.
    EXPECT_LE(furnitureWords, 20 * 44);
    int allWords = 0;
    for (const Page &page : r.value().pages) {
        allWords += int(page.words.size());
    }
    EXPECT_EQ(bodyWords + furnitureWords, allWords);
    EXPECT_TRUE(test::bodyText(r.value()).contains(QStringLiteral("FINAL MDG-F JOINT PROGRAMME NARRATIVE REPORT")));
}

TEST(Furniture, FormLabelsAtTheSameHeightOnEveryPageStayInTheBody)
{
    // each page ends with a small form whose labels stand at the same height on every page; their
    // values differ, so the labels are body text, while the page number below them is furniture
    const QString path = QDir::temp().filePath(QStringLiteral("evalreview-furniture-form-test.pdf"));
    const int pages = 6;
    const QStringList priorities = {QStringLiteral("High"), QStringLiteral("Medium"), QStringLiteral("Low")};
    ASSERT_TRUE(test::writePdf(path, pages, [&](QPainter &p, int page, QRectF rect) {
        p.setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        for (int line = 0; line < 27; ++line) {
            p.drawText(
                QPointF(72, 140 + 18 * line),
                QStringLiteral("Management comment %1 on the recommendation of page %2.").arg(line + 1).arg(page + 1));
        }
        const double top = rect.height() - 110;
        p.drawText(QPointF(90, top), QStringLiteral("Status"));
        p.drawText(QPointF(250, top), page % 2 ? QStringLiteral("Implemented") : QStringLiteral("In progress"));
        p.drawText(QPointF(90, top + 14), QStringLiteral("Priority"));
        p.drawText(QPointF(250, top + 14), priorities.at(page % 3));
        p.drawText(QPointF(90, top + 28), QStringLiteral("Target date"));
        p.drawText(QPointF(250, top + 28), QStringLiteral("June 202%1").arg(page));
        p.drawText(QPointF(rect.width() / 2, rect.height() - 30), QString::number(page + 1));
    }));
    const ingest::ReadResult r = ingest::readDocument(path);
    QFile::remove(path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    for (const Page &page : r.value().pages) {
        const QString body = ingest::pageBodyText(page);
        for (const QString &label :
             {QStringLiteral("Status"), QStringLiteral("Priority"), QStringLiteral("Target date")}) {
            EXPECT_TRUE(body.contains(label)) << page.number << ": " << label.toStdString();
        }
        QStringList furniture;
        for (const TextLine &l : page.furniture) {
            furniture << l.text();
        }
        EXPECT_EQ(furniture, QStringList{QString::number(page.number)}) << page.number;
    }
}
