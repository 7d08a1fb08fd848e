// The PDF reader: words, boxes, font sizes, threads, cancellation, progress, page ranges.
#include "DocumentReader.h"
#include "TestPdf.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <gtest/gtest.h>

using namespace evalreview;

TEST(PdfReader, WordsHaveNormalisedBoxesAndFontSizes)
{
    const ingest::ReadResult r = ingest::readDocument(test::corpus("ilo-enhance-newsletter.pdf"), {.lastPage = 1});
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    ASSERT_EQ(r.value().pages.size(), 1);
    const Page &page = r.value().pages.at(0);
    EXPECT_EQ(page.number, 1);
    EXPECT_NEAR(page.sizePt.width(), 595, 1);
    EXPECT_NEAR(page.sizePt.height(), 842, 1);
    ASSERT_GT(page.words.size(), 100);
    for (const Word &w : page.words) {
        EXPECT_FALSE(w.box.isEmpty()) << w.text.toStdString();
        EXPECT_GE(w.box.x0, 0);
        EXPECT_LE(w.box.x1, 1);
        EXPECT_GE(w.box.y0, 0);
        EXPECT_LE(w.box.y1, 1);
    }
    // The title is printed larger than the body text, and sits at the top left.
    const Word &title = page.words.at(0);
    EXPECT_EQ(title.text, QStringLiteral("ENHANCE"));
    EXPECT_LT(title.box.y0, 0.1);
    EXPECT_LT(title.box.x0, 0.2);
    EXPECT_GT(title.fontSize, 1.5 * page.blocks.at(2).lines.at(0).fontSize);
    EXPECT_GT(page.blocks.at(2).lines.at(0).fontSize, 7);
    EXPECT_LT(page.blocks.at(2).lines.at(0).fontSize, 14);
}

TEST(PdfReader, OneAndTwoThreadsGiveTheSameWords)
{
    const QString path = test::corpus("mdgf-2065-final-narrative-report.pdf");
    const ingest::ReadResult one = ingest::readDocument(path, {.threads = 1});
    const ingest::ReadResult two = ingest::readDocument(path, {.threads = 2});
    ASSERT_TRUE(one.ok() && two.ok());
    ASSERT_EQ(one.value().pages.size(), two.value().pages.size());
    for (qsizetype p = 0; p < one.value().pages.size(); ++p) {
        const Page &a = one.value().pages.at(p);
        const Page &b = two.value().pages.at(p);
        EXPECT_EQ(a.number, p + 1);
        EXPECT_EQ(b.number, p + 1);
        ASSERT_EQ(a.words.size(), b.words.size()) << "page " << p + 1;
        EXPECT_EQ(ingest::pageBodyText(a), ingest::pageBodyText(b));
    }
}

TEST(PdfReader, PageRangeReadsOnlyThosePages)
{
    const ingest::ReadResult r =
        ingest::readDocument(test::corpus("mdgf-2065-final-narrative-report.pdf"), {.firstPage = 3, .lastPage = 5});
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    ASSERT_EQ(r.value().pages.size(), 3);
    EXPECT_EQ(r.value().pages.at(0).number, 3);
    EXPECT_EQ(r.value().pages.at(2).number, 5);

    const ingest::ReadResult outside =
        ingest::readDocument(test::corpus("ilo-enhance-newsletter.pdf"), {.firstPage = 9, .lastPage = 12});
    EXPECT_EQ(outside.reason(), ingest::ReadError::BadPageRange);
    EXPECT_EQ(outside.errorString(),
              QStringLiteral("The document has 4 pages; the requested pages are not among them."));
}

TEST(PdfReader, ProgressIsReportedOnTheCallingThread)
{
    QList<int> seen;
    int total = 0;
    bool otherThread = false;
    QThread *caller = QThread::currentThread();
    ingest::ReadOptions options;
    options.progress = [&](int done, int all) {
        seen.append(done);
        total = all;
        otherThread = otherThread || QThread::currentThread() != caller;
    };
    const ingest::ReadResult r = ingest::readDocument(test::corpus("mdgf-2065-final-narrative-report.pdf"), options);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(otherThread);
    EXPECT_EQ(total, 44);
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.constLast(), 44);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
}

TEST(PdfReader, CancellationStopsTheRead)
{
    std::atomic<int> polls{0};
    ingest::ReadOptions options;
    options.threads = 2;
    options.isCancelled = [&] { return ++polls > 1; };
    const ingest::ReadResult r = ingest::readDocument(test::corpus("mdgf-2065-final-narrative-report.pdf"), options);
    EXPECT_EQ(r.reason(), ingest::ReadError::Cancelled);
    EXPECT_EQ(r.errorString(), QStringLiteral("Reading the document was cancelled."));
}

TEST(PdfReader, FormatIsJudgedByContentNotByName)
{
    QTemporaryDir dir;
    const QString renamed = dir.filePath(QStringLiteral("report.docx"));
    ASSERT_TRUE(QFile::copy(test::corpus("ilo-sse-asia-final-evaluation-summary.pdf"), renamed));
    const ingest::ReadResult r = ingest::readDocument(renamed);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    EXPECT_EQ(r.value().format, SourceFormat::Pdf);
    EXPECT_EQ(r.value().pages.size(), 4);
}
