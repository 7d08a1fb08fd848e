// The DOCX reader on packages written here: paragraphs with numbering, a table with a header
// row, a spanning section row and a vertical merge; and the damaged / oversized packages it
// must refuse with a plain sentence.
#include "DocumentReader.h"
#include "ZipWriter.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

using evalreview::test::writeZip;

QByteArray paragraph(const QString &text, const QString &extra = {})
{
    return (QStringLiteral("<w:p><w:pPr>%1</w:pPr><w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>")
                .arg(extra, text))
        .toUtf8();
}

QByteArray cell(const QString &text, const QString &props = {})
{
    return QByteArray("<w:tc><w:tcPr>") + props.toUtf8() + "</w:tcPr>" + paragraph(text) + "</w:tc>";
}

const QByteArray numbering = R"xml(<?xml version="1.0"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
<w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>)xml";

QByteArray documentXml()
{
    const QString numbered = QStringLiteral("<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"3\"/></w:numPr>");
    QByteArray body = paragraph(QStringLiteral("Water for All"), QStringLiteral("<w:pStyle w:val=\"Heading1\"/>"));
    body += paragraph(QStringLiteral("First item"), numbered.arg(0));
    body += paragraph(QStringLiteral("Second item"), numbered.arg(0));
    body += paragraph(QStringLiteral("Detail"), numbered.arg(1));
    body += "<w:tbl><w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"3000\"/>"
            "</w:tblGrid>";
    body += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell(QStringLiteral("No")) +
            cell(QStringLiteral("Recommendation")) + cell(QStringLiteral("Response")) + "</w:tr>";
    body += "<w:tr>" + cell(QStringLiteral("Kenya"), QStringLiteral("<w:gridSpan w:val=\"3\"/>")) + "</w:tr>";
    body += "<w:tr>" + cell(QStringLiteral("K1"), QStringLiteral("<w:vMerge w:val=\"restart\"/>")) +
            cell(QStringLiteral("Train inspectors.")) + cell(QStringLiteral("Accepted")) + "</w:tr>";
    body += "<w:tr>" + cell(QString(), QStringLiteral("<w:vMerge/>")) + cell(QStringLiteral("More text.")) +
            cell(QStringLiteral("Noted")) + "</w:tr>";
    body += "</w:tbl>";
    return "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
           "main\"><w:body>" +
           body + "</w:body></w:document>";
}

} // namespace

TEST(DocxReader, ParagraphsNumberingAndTables)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.docx"));
    ASSERT_TRUE(writeZip(path, {{QStringLiteral("word/document.xml"), documentXml()},
                                {QStringLiteral("word/numbering.xml"), numbering}}));
    const ingest::ReadResult r = ingest::readDocument(path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    ASSERT_EQ(r.value().pages.size(), 1);
    const QString text = ingest::pageBodyText(r.value().pages.first());
    EXPECT_TRUE(text.contains(QStringLiteral("1. First item")));
    EXPECT_TRUE(text.contains(QStringLiteral("2. Second item")));
    EXPECT_TRUE(text.contains(QStringLiteral("a) Detail")));
    ASSERT_EQ(r.value().tables.size(), 1);
    const Table &t = r.value().tables.first();
    EXPECT_EQ(t.headers,
              (QStringList{QStringLiteral("No"), QStringLiteral("Recommendation"), QStringLiteral("Response")}));
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_TRUE(t.rows[0].sectionRow);
    EXPECT_EQ(t.rows[0].cells.first().columnSpan, 3);
    EXPECT_EQ(t.rows[1].anchorRef, QStringLiteral("table 1 row 3"));
    EXPECT_EQ(t.rows[1].cells[0].text(), QStringLiteral("K1"));
    EXPECT_TRUE(t.rows[2].cells[0].text().isEmpty()); // merged from above
    // Boxes follow the grid: the second column starts an eighth of the way across the table.
    const NormRect &box = t.rows[1].cells[1].box;
    EXPECT_GT(box.x0, t.columnEdges[0]);
    EXPECT_NEAR((t.columnEdges[1] - t.columnEdges[0]) * 8, t.columnEdges[3] - t.columnEdges[0], 1e-6);
    EXPECT_LT(t.rows[1].cells[1].box.y1, t.rows[2].cells[1].box.y0 + 1e-9);
    EXPECT_EQ(t.rows[1].cells[1].lines.first().page, 1);
}

TEST(DocxReader, DamagedPackageIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.docx"));
    ASSERT_TRUE(writeZip(path, {{QStringLiteral("word/document.xml"), QByteArray("<w:document><w:body><w:p>")}}));
    const ingest::ReadResult r = ingest::readDocument(path);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errorString(), QStringLiteral("This DOCX file is damaged and cannot be read."));
}

TEST(DocxReader, ZipBombIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.docx"));
    QByteArray huge = "<?xml version=\"1.0\"?><w:document><w:body>";
    huge += QByteArray(60 * 1024 * 1024, ' ');
    huge += "</w:body></w:document>";
    ASSERT_TRUE(writeZip(path, {{QStringLiteral("word/document.xml"), huge}}));
    const ingest::ReadResult r = ingest::readDocument(path);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), ingest::ReadError::TooLarge);
    EXPECT_FALSE(r.errorString().isEmpty());
}

TEST(DocxReader, TextBoxesAreReadOnceAfterTheirParagraph)
{
    // A text box as Word writes it: the drawing (mc:Choice) and a VML copy for older readers
    // (mc:Fallback); the box's paragraphs come once, after the paragraph that anchors them.
    const QByteArray box = paragraph(QStringLiteral("Recommendation 1: Train the inspectors."));
    const QByteArray anchored =
        "<w:p><w:r><w:t>Before the box.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
        "<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" +
        box +
        "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" +
        box + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
    const QByteArray xml =
        "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        "xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>" +
        anchored + paragraph(QStringLiteral("After the box.")) + "</w:body></w:document>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("box.docx"));
    ASSERT_TRUE(writeZip(path, {{QStringLiteral("word/document.xml"), xml}}));
    const ingest::ReadResult r = ingest::readDocument(path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    const QString text = ingest::pageBodyText(r.value().pages.first());
    EXPECT_EQ(text.count(QStringLiteral("Train the inspectors")), 1) << text.toStdString();
    const qsizetype before = text.indexOf(QStringLiteral("Before the box."));
    const qsizetype inBox = text.indexOf(QStringLiteral("Recommendation 1"));
    const qsizetype after = text.indexOf(QStringLiteral("After the box."));
    EXPECT_LT(before, inBox);
    EXPECT_LT(inBox, after);
}

TEST(DocxReader, DeeplyNestedContentControlsDoNotOverflowTheStack)
{
    // 200,000 nested content controls (w:sdt / w:sdtContent) around one paragraph, and a paragraph
    // after them: the reader skips what is nested beyond reason and goes on.
    constexpr int kDepth = 200000;
    QByteArray nested;
    nested.reserve(kDepth * 40);
    for (int i = 0; i < kDepth; ++i) {
        nested += "<w:sdt><w:sdtContent>";
    }
    nested += paragraph(QStringLiteral("Deep inside."));
    for (int i = 0; i < kDepth; ++i) {
        nested += "</w:sdtContent></w:sdt>";
    }
    const QByteArray xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                           "wordprocessingml/2006/main\"><w:body>" +
                           paragraph(QStringLiteral("Before.")) + nested + paragraph(QStringLiteral("After.")) +
                           "</w:body></w:document>";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested.docx"));
    ASSERT_TRUE(writeZip(path, {{QStringLiteral("word/document.xml"), xml}}, true)); // stored: no ratio
    const ingest::ReadResult r = ingest::readDocument(path);
    ASSERT_TRUE(r.ok()) << r.errorString().toStdString();
    const QString text = ingest::pageBodyText(r.value().pages.first());
    EXPECT_TRUE(text.contains(QStringLiteral("Before."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("After."))) << text.toStdString();
}
