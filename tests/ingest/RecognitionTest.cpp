// Pages drawn as images are read by text recognition, with progress, cancel and a plain sentence
// when the recognition data is missing.
#include "DocumentReader.h"
#include "TestPdf.h"

#include <QFont>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

/// A two-page PDF whose pages are pictures of a management response's opening lines: no text layer.
QString scannedPdf(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("scan.pdf"));
    const bool written = test::writePdf(path, 2, [](QPainter &p, int index, QRectF rect) {
        QImage page(1654, 2339, QImage::Format_Grayscale8); // A4 at 200 dpi
        page.fill(Qt::white);
        QPainter ip(&page);
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPixelSize(36); // 13 pt at 200 dpi
        ip.setFont(font);
        ip.setPen(Qt::black);
        ip.drawText(QPointF(180, 300), QStringLiteral("Management response to the evaluation, page %1").arg(index + 1));
        ip.drawText(QPointF(180, 380), QStringLiteral("Recommendation 1: strengthen the monitoring framework."));
        ip.drawText(QPointF(180, 460), QStringLiteral("Response: accepted. The unit will report by December."));
        ip.end();
        p.drawImage(rect, page);
    });
    return written ? path : QString();
}

QString bodyText(const DocumentContent &content)
{
    QString text;
    for (const Page &page : content.pages) {
        text += ingest::pageBodyText(page) + QLatin1Char('\n');
    }
    return text.simplified();
}

} // namespace

TEST(Recognition, PagesWithoutTextAreReadFromTheirImages)
{
    QTemporaryDir dir;
    const QString path = scannedPdf(dir);
    ASSERT_FALSE(path.isEmpty());
    int lastDone = 0;
    int lastTotal = 0;
    ingest::ReadOptions options;
    options.progress = [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    };
    const ingest::ReadResult read = ingest::readDocument(path, options);
    ASSERT_TRUE(read.ok()) << read.errorString().toStdString();
    EXPECT_EQ(read->ocrLanguage, QStringLiteral("eng"));
    ASSERT_EQ(read->pages.size(), 2);
    EXPECT_TRUE(read->pages.at(0).isOcr());
    EXPECT_GT(read->pages.at(0).ocrConfidence, 70);
    const QString text = bodyText(read.value());
    EXPECT_TRUE(text.contains(QStringLiteral("Recommendation 1: strengthen the monitoring framework.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("page 2"))) << text.toStdString();
    // Progress counts the text layers read, then each page recognised.
    EXPECT_EQ(lastTotal, 4);
    EXPECT_EQ(lastDone, 4);
    // The words sit where they are printed: the first line a little above the second.
    const Word &first = read->pages.at(0).words.constFirst();
    EXPECT_NEAR(first.box.x0, 180.0 / 1654, 0.01);
    EXPECT_NEAR(first.box.y1, 300.0 / 2339, 0.01);
}

TEST(Recognition, CancelStopsTheRecognition)
{
    QTemporaryDir dir;
    const QString path = scannedPdf(dir);
    ASSERT_FALSE(path.isEmpty());
    bool recognising = false;
    ingest::ReadOptions options;
    options.threads = 1;
    options.progress = [&](int done, int total) { recognising = total > 2 && done >= 2; };
    options.isCancelled = [&] { return recognising; };
    const ingest::ReadResult read = ingest::readDocument(path, options);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.reason(), ingest::ReadError::Cancelled);
}

TEST(Recognition, MissingLanguageDataIsASentence)
{
    QTemporaryDir dir;
    const QString path = scannedPdf(dir);
    ASSERT_FALSE(path.isEmpty());
    const QByteArray before = qgetenv("TESSDATA_PREFIX");
    qputenv("TESSDATA_PREFIX", QFile::encodeName(dir.path())); // no models there
    const ingest::ReadResult read = ingest::readDocument(path);
    if (before.isEmpty()) {
        qunsetenv("TESSDATA_PREFIX");
    } else {
        qputenv("TESSDATA_PREFIX", before);
    }
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.reason(), ingest::ReadError::NoTextLayer);
    EXPECT_TRUE(read.errorString().startsWith(QStringLiteral("This PDF has no text layer (scanned?). Text recognition "
                                                             "is not available")))
        << read.errorString().toStdString();
}
