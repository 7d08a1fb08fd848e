#include "CsvExporter.h"
#include "HtmlExporter.h"
#include "PageCropper.h"
#include "PdfReportExporter.h"
#include "XlsxExporter.h"
#include "ZipArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace evalreview;

namespace {

DonorCommentDetail comment(const QString &donor, const QString &text)
{
    DonorCommentDetail c;
    c.donor = donor;
    c.text = text;
    return c;
}

QList<ExportRecord> sampleRecords()
{
    ExportRecord a;
    a.documentTitle = QStringLiteral("Sample response");
    a.code = QStringLiteral("G1");
    a.section = QStringLiteral("Ghana");
    a.title = QStringLiteral("Strengthen dialogue");
    a.text = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")");
    a.responseCategory = QStringLiteral("accepted_with_reservations");
    a.responseText = QStringLiteral("+1 accepted, \"mostly\"");
    ActionDetail action;
    action.code = QStringLiteral("1");
    action.text = QStringLiteral("-2 hire a consultant");
    action.timeFrame = QStringLiteral("2024");
    action.responsible = QStringLiteral("ILO");
    a.actions = {action};
    a.donorComments = {comment(QStringLiteral("SECO"), QStringLiteral("@SUM(A1:A2) would like to know"))};
    a.followUp.status = followup_status::InProgress;
    a.followUp.note = QStringLiteral("<script>alert(1)</script>");
    a.page = 3;
    ExportRecord b = a;
    b.code = QStringLiteral("SA3");
    b.section = QStringLiteral("South Africa");
    b.text = QStringLiteral("\tTabbed start and a line\nbreak");
    b.donorComments = {comment(QStringLiteral("NORAD"), QStringLiteral("Agree."))};
    return {a, b};
}

/// A one-page PDF of `widthPt` x `heightPt` points, a filled box and a line of text on it (`word`
/// makes two such files differ).
QByteArray onePagePdf(double widthPt, double heightPt, const QByteArray &word)
{
    const QByteArray w = QByteArray::number(widthPt), h = QByteArray::number(heightPt);
    const QByteArray content = "0.2 g " + QByteArray::number(widthPt * 0.1) + ' ' + QByteArray::number(heightPt * 0.6) +
                               ' ' + QByteArray::number(widthPt * 0.5) + ' ' + QByteArray::number(heightPt * 0.2) +
                               " re f BT /F1 " + QByteArray::number(heightPt / 40) + " Tf " +
                               QByteArray::number(widthPt * 0.1) + ' ' + QByteArray::number(heightPt * 0.5) + " Td (" +
                               word + ") Tj ET";
    const QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + w + ' ' + h +
                                        "] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                                    "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                                        "\nendstream",
                                    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray zipEntry(const QString &zip, const QString &name)
{
    evalreview::ingest::ZipArchive archive;
    return archive.open(zip) ? archive.read(name, 10 * 1024 * 1024) : QByteArray();
}

} // namespace

TEST(CsvExport, NeutralizesFormulasAndQuotes)
{
    EXPECT_EQ(neutralizeFormula(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("+1")), QStringLiteral("'+1"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("-1")), QStringLiteral("'-1"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("@x")), QStringLiteral("'@x"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("\rx")), QStringLiteral("'\rx"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("plain")), QStringLiteral("plain"));
    // fullwidth and small forms of = + - @
    EXPECT_EQ(neutralizeFormula(QStringLiteral("\uFF1D1+1")), QStringLiteral("'\uFF1D1+1"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("\uFF0B1")), QStringLiteral("'\uFF0B1"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("\uFE631")), QStringLiteral("'\uFE631"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("\uFF20x")), QStringLiteral("'\uFF20x"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("\u00C9t\u00E9")), QStringLiteral("\u00C9t\u00E9"));
    EXPECT_EQ(CsvExporter::escapeCell(QStringLiteral("a \"b\", c")), QStringLiteral("\"a \"\"b\"\", c\""));
}

TEST(CsvExport, EveryHostileCellStartsSafely)
{
    const QByteArray bytes = CsvExporter::render(sampleRecords());
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes);
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\"")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'+1 accepted, \"\"mostly\"\"\"")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'@SUM(A1:A2) would like to know\"")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'\tTabbed start and a line\nbreak\"")));
    // No field anywhere starts with a formula character unprotected.
    for (const QString &line : csv.split(QStringLiteral("\r\n"))) {
        for (const QString &field : line.split(QLatin1Char(','))) {
            ASSERT_FALSE(field.startsWith(QLatin1Char('=')) || field.startsWith(QLatin1Char('@')))
                << field.toStdString();
        }
    }
    EXPECT_TRUE(csv.contains(QStringLiteral("SECO comments")));
    EXPECT_TRUE(csv.contains(QStringLiteral("NORAD comments")));
}

TEST(XlsxExport, ValidWorkbookWithSheetPerSectionAndStringCells)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    ASSERT_TRUE(XlsxExporter::write(sampleRecords(), path).ok());
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
    if (unzip.waitForStarted()) {
        unzip.waitForFinished();
        EXPECT_EQ(unzip.exitCode(), 0) << unzip.readAllStandardOutput().toStdString();
    }
    const QString workbook = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/workbook.xml")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Ghana\"")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"South Africa\"")));
    const QString strings = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    EXPECT_TRUE(strings.contains(QStringLiteral("=HYPERLINK(")));
    const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_FALSE(sheet.isEmpty());
    EXPECT_FALSE(sheet.contains("<f>")) << "a cell was written as a formula";
    EXPECT_TRUE(sheet.contains("<pane")) << "header row not frozen";
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".partial")));
}

TEST(XlsxExport, SheetNamesAreValidAndUnique)
{
    EXPECT_EQ(XlsxExporter::sheetName(QStringLiteral("A/B: [x]?"), {}), QStringLiteral("A B x"));
    EXPECT_EQ(XlsxExporter::sheetName(QStringLiteral("Ghana"), {QStringLiteral("ghana")}), QStringLiteral("Ghana (2)"));
    EXPECT_LE(XlsxExporter::sheetName(QString(50, QLatin1Char('x')), {}).size(), 31);
}

TEST(XlsxExport, SheetNamesExcelRefusesAreMadeValid)
{
    EXPECT_EQ(XlsxExporter::sheetName(QStringLiteral("'Ghana'"), {}), QStringLiteral("Ghana"));
    EXPECT_EQ(XlsxExporter::sheetName(QStringLiteral("' '"), {}), QStringLiteral("Other"));
    EXPECT_EQ(XlsxExporter::sheetName(QStringLiteral("history"), {}), QStringLiteral("History (section)"));
    EXPECT_EQ(XlsxExporter::sheetName(QStringLiteral("Tab\tand\nbreak"), {}), QStringLiteral("Tab and break"));
    // 31 characters, not 31 UTF-16 units: a name of emoji is not cut inside one.
    const QString emoji = QString(40, QChar(0xD83D)).replace(QChar(0xD83D), QStringLiteral("\U0001F600"));
    const QString cut = XlsxExporter::sheetName(emoji, {});
    EXPECT_EQ(cut.toUcs4().size(), 31);
    EXPECT_FALSE(cut.at(cut.size() - 1).isHighSurrogate());
    // The suffix that makes a name unique keeps it within 31 characters and without an apostrophe at the end.
    const QString longName = QString(29, QLatin1Char('x')) + QStringLiteral("'y");
    const QString first = XlsxExporter::sheetName(longName, {});
    const QString second = XlsxExporter::sheetName(longName, {first});
    EXPECT_NE(first.toLower(), second.toLower());
    EXPECT_LE(second.toUcs4().size(), 31);
    EXPECT_FALSE(second.contains(QStringLiteral("' (")));
}

TEST(XlsxExport, SectionsWithApostrophesAndLongCellsAreWrittenNotDropped)
{
    QList<ExportRecord> records = sampleRecords();
    records[0].section = QStringLiteral("'Ghana'"); // crashed the export before
    records[1].section = QStringLiteral("History");
    records[0].text = QString(40000, QLatin1Char('a')) + QStringLiteral(" tail");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    const ExportResult written = XlsxExporter::write(records, path);
    ASSERT_TRUE(written.ok()) << written.errorString().toStdString();
    const QString workbook = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/workbook.xml")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"Ghana\""))) << workbook.toStdString();
    EXPECT_TRUE(workbook.contains(QStringLiteral("name=\"History (section)\"")));
    const QString strings = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    EXPECT_TRUE(strings.contains(QStringLiteral("more characters; the whole text is in EvalReview")));
    const QString fitted = XlsxExporter::fitCell(QString(40000, QLatin1Char('a')));
    EXPECT_LE(fitted.size(), 32767);
    EXPECT_TRUE(fitted.contains(QStringLiteral("cut here: ")));
}

TEST(PdfExport, AWriteThatRunsOutOfRoomFailsAndKeepsTheEarlierFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile earlier(path);
        ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier report");
    }
    // The process may write files of 4 KiB at most: the report does not fit (as on a full disk).
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit before{};
    getrlimit(RLIMIT_FSIZE, &before);
    const rlimit small{4096, before.rlim_max};
    setrlimit(RLIMIT_FSIZE, &small);
    const ExportResult result = PdfReportExporter::write(sampleRecords(), QStringLiteral("Report"), path);
    setrlimit(RLIMIT_FSIZE, &before);
    ASSERT_FALSE(result.ok()) << "a truncated PDF was reported as written";
    EXPECT_EQ(result.reason(), ExportError::CannotWrite);
    EXPECT_TRUE(result.errorString().contains(QStringLiteral("the earlier file is unchanged")))
        << result.errorString().toStdString();
    // The disk itself has room: the message does not say it is full.
    EXPECT_FALSE(result.errorString().contains(QStringLiteral("disk is full"))) << result.errorString().toStdString();
    QFile target(path);
    ASSERT_TRUE(target.open(QIODevice::ReadOnly));
    EXPECT_EQ(target.readAll(), QByteArray("earlier report"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1) << "a temporary file was left";
}

TEST(Export, DevicesPipesAndFoldersAreRefusedAsTargets)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString linkToDevice = dir.filePath(QStringLiteral("null.xlsx"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), linkToDevice));
    for (const QString &target : {QStringLiteral("/dev/null"), fifo, linkToDevice, dir.path()}) {
        for (const ExportResult &r :
             {CsvExporter::write(sampleRecords(), target), XlsxExporter::write(sampleRecords(), target),
              PdfReportExporter::write(sampleRecords(), QStringLiteral("T"), target)}) {
            ASSERT_FALSE(r.ok()) << target.toStdString();
            EXPECT_TRUE(r.errorString().contains(QStringLiteral("choose a file name")))
                << r.errorString().toStdString();
        }
    }
    struct stat info = {};
    ASSERT_EQ(::stat("/dev/null", &info), 0);
    EXPECT_TRUE(S_ISCHR(info.st_mode)) << "/dev/null was replaced";
    ASSERT_EQ(::lstat(QFile::encodeName(fifo).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2)
        << "a temporary file was left";
}

TEST(XlsxExport, NoPredictableTemporaryFileBesideTheTarget)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    // A link planted where the old export wrote its temporary file must not be followed.
    const QString planted = dir.filePath(QStringLiteral("victim.txt"));
    {
        QFile victim(planted);
        ASSERT_TRUE(victim.open(QIODevice::WriteOnly));
        victim.write("keep me");
    }
    ASSERT_TRUE(QFile::link(planted, path + QStringLiteral(".partial")));
    ASSERT_TRUE(XlsxExporter::write(sampleRecords(), path).ok());
    QFile victim(planted);
    ASSERT_TRUE(victim.open(QIODevice::ReadOnly));
    EXPECT_EQ(victim.readAll(), QByteArray("keep me"));
    EXPECT_FALSE(zipEntry(path, QStringLiteral("xl/workbook.xml")).isEmpty());
}

TEST(HtmlExport, OneEntryPerRecordEscaped)
{
    const QString html = QString::fromUtf8(HtmlExporter::render(sampleRecords(), QStringLiteral("T <b>"), nullptr));
    EXPECT_EQ(html.count(QStringLiteral("<section class=\"record\"")), 2);
    EXPECT_TRUE(html.contains(QStringLiteral("page 3")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("T &lt;b&gt;")));
}

TEST(PageCrops, AHugePageGivesACropOfBoundedSize)
{
    // Pages enlarged 60 times (36,000 x 50,400 points): the region asked for would be 24,000 pixels
    // wide at 110 dpi, about 1.5 GB; it is drawn at a lower resolution instead.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.pdf"));
    const QByteArray pdf = onePagePdf(36000, 50400, "Enlarged");
    ASSERT_TRUE(writeFile(path, pdf));
    const Anchor region{1, 0.1, 0.2, 0.6, 0.4, {}, {}};
    PageCropper cropper;
    const QImage crop = cropper.crop(path, sha256Hex(pdf), region);
    ASSERT_FALSE(crop.isNull());
    const PageCropper::Limits limits;
    EXPECT_LE(crop.width(), limits.maxWidthPx);
    EXPECT_LE(qint64(crop.width()) * crop.height(), limits.maxPixels);
    EXPECT_GT(crop.width(), 500);
    EXPECT_TRUE(cropper.problems().isEmpty());

    // A page of ordinary size keeps the resolution asked for.
    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    const QByteArray small = onePagePdf(595, 842, "Ordinary");
    ASSERT_TRUE(writeFile(a4, small));
    const QImage ordinary = cropper.crop(a4, sha256Hex(small), region, 72);
    EXPECT_NEAR(ordinary.width(), 0.52 * 595, 2);
}

TEST(HtmlExport, PageImagesComeOnlyFromTheSourceFileAsItWasImported)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("response.pdf"));
    const QByteArray imported = onePagePdf(595, 842, "Imported");
    ASSERT_TRUE(writeFile(source, imported));
    QList<ExportRecord> records = sampleRecords();
    for (ExportRecord &r : records) {
        r.sourcePath = source;
        r.sourceSha256 = sha256Hex(imported);
        r.anchors.insert(QStringLiteral("text"), {Anchor{1, 0.1, 0.2, 0.6, 0.4, {}, {}}});
    }
    const QString out = dir.filePath(QStringLiteral("export.html"));
    const auto exported = [&](QStringList &notes) {
        EXPECT_TRUE(HtmlExporter::write(records, QStringLiteral("T"), out, {}, &notes).ok());
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QStringList notes;
    QString html = exported(notes);
    EXPECT_EQ(html.count(QStringLiteral("<img ")), 2);
    EXPECT_TRUE(notes.isEmpty());

    // Another file at the import path: no crop of the wrong document, and the export says why.
    ASSERT_TRUE(writeFile(source, onePagePdf(595, 842, "Swapped")));
    html = exported(notes);
    EXPECT_EQ(html.count(QStringLiteral("<img ")), 0);
    EXPECT_EQ(html.count(QStringLiteral("has changed since it was imported")), 2);
    ASSERT_EQ(notes.size(), 1); // one sentence per source file
    EXPECT_TRUE(notes.constFirst().contains(QStringLiteral("response.pdf has changed since it was imported")));

    ASSERT_TRUE(QFile::remove(source));
    html = exported(notes);
    EXPECT_EQ(html.count(QStringLiteral("<img ")), 0);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes.constFirst().contains(QStringLiteral("is no longer there")));
}

TEST(Export, AKilledExportLeavesNoTemporaryFileBehind)
{
    // Each export is killed (SIGKILL) when its file is written and about to replace the target.
    QTemporaryDir dir;
    const QString temp = dir.filePath(QStringLiteral("tmp"));
    ASSERT_TRUE(QDir().mkpath(temp));
    qputenv("TMPDIR", temp.toUtf8());
    const auto restoreTemp = qScopeGuard([] { qunsetenv("TMPDIR"); });
    const QString folder = dir.filePath(QStringLiteral("exports"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const CancelCheck killed = [] {
        std::raise(SIGKILL);
        return false;
    };
    for (const QString &name : {QStringLiteral("x.csv"), QStringLiteral("x.xlsx")}) {
        const QString path = folder + QLatin1Char('/') + name;
        ASSERT_TRUE(writeFile(path, "earlier"));
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            name.endsWith(QLatin1String("csv")) ? (void)CsvExporter::write(sampleRecords(), path, killed)
                                                : (void)XlsxExporter::write(sampleRecords(), path, killed);
            _exit(0); // not reached
        }
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << name.toStdString();
        // Beside the target: the target as it was, nothing else (the file being written had no name).
        EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{name}) << name.toStdString();
        QFile target(path);
        ASSERT_TRUE(target.open(QIODevice::ReadOnly));
        EXPECT_EQ(target.readAll(), QByteArray("earlier"));
        QFile::remove(path);
    }
    // The XLSX export's private work folder outlived its killed export; the next export removes it
    // once it is an hour old (a running export's folder is younger).
    const QStringList left = QDir(temp).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(left.size(), 1);
    QProcess touch;
    touch.start(QStringLiteral("touch"),
                {QStringLiteral("-d"), QStringLiteral("2 hours ago"), temp + QLatin1Char('/') + left.first()});
    ASSERT_TRUE(touch.waitForFinished(10000));
    ASSERT_TRUE(XlsxExporter::write(sampleRecords(), folder + QStringLiteral("/y.xlsx")).ok());
    EXPECT_TRUE(QDir(temp).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

TEST(PdfReport, RendersEveryCode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(PdfReportExporter::write(sampleRecords(), QStringLiteral("Report"), path).ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Recommendation G1")));
    EXPECT_TRUE(text.contains(QStringLiteral("Recommendation SA3")));
    EXPECT_TRUE(text.contains(QStringLiteral("Summary")));
}

TEST(Export, CancelBeforeTheCommitLeavesTheTargetAsItWas)
{
    QTemporaryDir dir;
    const CancelCheck cancelled = [] { return true; };
    const QList<std::pair<QString, std::function<ExportResult(const QString &)>>> writers{
        {QStringLiteral("x.csv"), [&](const QString &p) { return CsvExporter::write(sampleRecords(), p, cancelled); }},
        {QStringLiteral("x.xlsx"),
         [&](const QString &p) { return XlsxExporter::write(sampleRecords(), p, cancelled); }},
        {QStringLiteral("x.html"),
         [&](const QString &p) { return HtmlExporter::write(sampleRecords(), QStringLiteral("T"), p, cancelled); }},
        {QStringLiteral("x.pdf"),
         [&](const QString &p) {
             return PdfReportExporter::write(sampleRecords(), QStringLiteral("T"), p, cancelled);
         }},
    };
    for (const auto &[name, write] : writers) {
        const QString path = dir.filePath(name);
        {
            QFile earlier(path);
            ASSERT_TRUE(earlier.open(QIODevice::WriteOnly));
            earlier.write("earlier");
        }
        const ExportResult result = write(path);
        ASSERT_FALSE(result.ok()) << name.toStdString();
        EXPECT_EQ(result.reason(), ExportError::Cancelled) << name.toStdString();
        QFile target(path);
        ASSERT_TRUE(target.open(QIODevice::ReadOnly));
        EXPECT_EQ(target.readAll(), QByteArray("earlier")) << name.toStdString();
        EXPECT_EQ(QDir(dir.path()).entryList({name + QLatin1Char('*')}, QDir::Files).size(), 1) << name.toStdString();
    }
}

TEST(Export, CorrectedAndVerifiedRecordsAreMarked)
{
    QList<ExportRecord> records = sampleRecords();
    records[0].extracted.insert(QStringLiteral("text"), QStringLiteral("The text as extracted"));
    records[0].verified = true;
    records[1].actions[0].added = true; // an action drawn by a reviewer
    ExportRecord drawn = records[1];
    drawn.code = QStringLiteral("SA4");
    drawn.actions.clear();
    drawn.added = true;
    records.append(drawn);
    ExportRecord untouched = drawn;
    untouched.code = QStringLiteral("SA5");
    untouched.added = false;
    records.append(untouched);
    EXPECT_EQ(reviewMarks(records[0]), (QStringList{QStringLiteral("edited"), QStringLiteral("verified")}));
    EXPECT_EQ(reviewMarks(records[1]), QStringList{QStringLiteral("edited")});
    EXPECT_EQ(reviewMarks(records[2]), QStringList{QStringLiteral("added")});
    EXPECT_TRUE(reviewMarks(records[3]).isEmpty());
    const QStringList donors = donorsOf(records);
    EXPECT_EQ(exportHeaders(donors).last(), QStringLiteral("Review"));
    EXPECT_EQ(exportCells(records[0], donors).last(), QStringLiteral("edited, verified"));
    const QString html = QString::fromUtf8(HtmlExporter::render(records, QStringLiteral("T"), nullptr));
    EXPECT_TRUE(html.contains(QStringLiteral("Review: edited, verified")));
    EXPECT_EQ(html.count(QStringLiteral("class=\"review\"")), 3);
}
