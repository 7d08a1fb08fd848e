// Every kind of bad input gives its own plain sentence and a bad-input exit from the CLI.
#include "DocumentReader.h"
#include "TestPdf.h"
#include "ZipWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

class BadInput : public ::testing::Test
{
protected:
    QTemporaryDir dir;

    QString file(const char *name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    static QByteArray corpusBytes(const char *name)
    {
        QFile f(test::corpus(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    /// Reads with the library and the CLI; both must fail with the message, the CLI with exit 3.
    void expectRefused(const QString &path, ingest::ReadError error, const QString &message)
    {
        QElapsedTimer timer;
        timer.start();
        const ingest::ReadResult r = ingest::readDocument(path);
        EXPECT_EQ(r.reason(), error) << r.errorString().toStdString();
        EXPECT_EQ(r.errorString(), message);
        EXPECT_LT(timer.elapsed(), 10000);

        QProcess cli;
        cli.start(QStringLiteral(EVALREVIEW_CLI), {QStringLiteral("layout"), path});
        ASSERT_TRUE(cli.waitForFinished(30000));
        EXPECT_EQ(cli.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(cli.exitCode(), 3);
        EXPECT_TRUE(QString::fromUtf8(cli.readAllStandardError()).contains(message));
        EXPECT_TRUE(cli.readAllStandardOutput().trimmed().isEmpty());
    }
};

} // namespace

TEST_F(BadInput, EmptyFile)
{
    expectRefused(file("empty.pdf", {}), ingest::ReadError::Empty, QStringLiteral("The file is empty."));
}

TEST_F(BadInput, TruncatedPdf)
{
    const QByteArray whole = corpusBytes("mdgf-2065-final-narrative-report.pdf");
    expectRefused(file("truncated.pdf", whole.left(whole.size() / 2)), ingest::ReadError::Corrupt,
                  QStringLiteral("This PDF is incomplete (the end of the file is missing), so it cannot be read."));
}

TEST_F(BadInput, DamagedPdfBody)
{
    QByteArray bytes = corpusBytes("ilo-sse-asia-final-evaluation-summary.pdf");
    // keep the header and the end marker, wipe everything in between
    bytes.replace(64, bytes.size() - 200, QByteArray(bytes.size() - 200 - 64, 'x'));
    expectRefused(file("damaged.pdf", bytes), ingest::ReadError::Corrupt,
                  QStringLiteral("This PDF is damaged and cannot be read."));
}

TEST_F(BadInput, TextFileRenamedPdf)
{
    expectRefused(file("notes.pdf", "These are meeting notes, not a PDF.\n"), ingest::ReadError::NotSupported,
                  QStringLiteral("This file is neither a PDF nor a Word (DOCX) document."));
}

TEST_F(BadInput, PdfWithNoTextEvenOnItsImages)
{
    const QString path = dir.filePath(QStringLiteral("scan.pdf"));
    ASSERT_TRUE(test::writePdf(path, 2, [](QPainter &p, int, QRectF rect) {
        QImage scan(200, 100, QImage::Format_RGB32);
        scan.fill(Qt::white);
        QPainter ip(&scan);
        ip.fillRect(20, 20, 160, 10, Qt::black); // a "line of text" as pixels
        ip.end();
        p.drawImage(QRectF(72, 72, 400, 200), scan);
        p.drawRect(rect.adjusted(36, 36, -36, -36));
    }));
    // Its pages are read by text recognition, which finds a bar and a frame but no word.
    expectRefused(path, ingest::ReadError::NoTextLayer,
                  QStringLiteral("This PDF has no text, not even on its page images, so there is nothing to read."));
}

TEST_F(BadInput, EncryptedPdfFixture)
{
    expectRefused(QStringLiteral(EVALREVIEW_TEST_DATA "/bad/encrypted.pdf"), ingest::ReadError::Encrypted,
                  QStringLiteral("This PDF is password-protected."));
}

TEST_F(BadInput, EncryptedCorpusPdfWhenQpdfIsInstalled)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty()) {
        GTEST_SKIP() << "qpdf is not installed; the committed fixture covers encryption";
    }
    const QString out = dir.filePath(QStringLiteral("locked.pdf"));
    ASSERT_EQ(QProcess::execute(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("secret"), QStringLiteral("owner"),
                                       QStringLiteral("256"), QStringLiteral("--"),
                                       test::corpus("ilo-enhance-newsletter.pdf"), out}),
              0);
    expectRefused(out, ingest::ReadError::Encrypted, QStringLiteral("This PDF is password-protected."));
}

TEST_F(BadInput, CorruptDocx)
{
    QByteArray bytes = corpusBytes("ilo-pe4dw-management-response.docx");
    bytes.truncate(bytes.size() / 3); // the central directory at the end is gone
    expectRefused(file("broken.docx", bytes), ingest::ReadError::Corrupt,
                  QStringLiteral("This Word (DOCX) file is damaged and cannot be read."));
}

TEST_F(BadInput, ZipThatIsNotAWordDocument)
{
    const QString path = dir.filePath(QStringLiteral("archive.docx"));
    ASSERT_TRUE(test::writeZip(path, {{QStringLiteral("readme.txt"), QByteArray("hello")}}));
    expectRefused(path, ingest::ReadError::NotSupported,
                  QStringLiteral("This file is a ZIP archive, not a Word (DOCX) document."));
}

TEST_F(BadInput, MissingFile)
{
    const QString path = dir.filePath(QStringLiteral("nowhere.pdf"));
    expectRefused(path, ingest::ReadError::NotFound, QStringLiteral("The file %1 does not exist.").arg(path));
}

TEST_F(BadInput, ThousandPagePdfIsReadWithinSeconds)
{
    const QString path = dir.filePath(QStringLiteral("thousand.pdf"));
    ASSERT_TRUE(test::writePdf(path, 1000, [](QPainter &p, int page, QRectF) {
        p.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
        p.drawText(QPointF(72, 400), QStringLiteral("Paragraph on page %1 of the long annex.").arg(page + 1));
    }));
    QElapsedTimer timer;
    timer.start();
    const ingest::ReadResult r = ingest::readDocument(path);
    EXPECT_LT(timer.elapsed(), 20000);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    ASSERT_EQ(r.value().pages.size(), 1000);
    EXPECT_EQ(ingest::pageBodyText(r.value().pages.at(999)),
              QStringLiteral("Paragraph on page 1000 of the long annex."));

    // Past the page limit the document is refused with a sentence, and quickly.
    timer.restart();
    const ingest::ReadResult limited = ingest::readDocument(path, {.maxPages = 500});
    EXPECT_EQ(limited.reason(), ingest::ReadError::TooLarge);
    EXPECT_EQ(limited.errorString(),
              QStringLiteral("This PDF has 1000 pages; EvalReview reads at most 500 pages per document."));
    EXPECT_LT(timer.elapsed(), 5000);
}
