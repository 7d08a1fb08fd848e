#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace evalreview::ingest::docx {

class DocxStyles;
class DocxNumbering;

/// A paragraph as printed: its list label (if numbered) already in front of the text,
/// hard line breaks as '\n'.
struct DocxParagraph
{
    QString text;
    double fontSize = 11;
    bool bold = false;
    int headingLevel = 0;
};

struct DocxCell
{
    QList<DocxParagraph> paragraphs;
    int gridSpan = 1;
    bool mergedFromAbove = false; ///< w:vMerge continuation: the cell above holds the text
};

struct DocxRow
{
    QList<DocxCell> cells;
    bool header = false; ///< w:tblHeader: repeated at the top of each page
};

struct DocxTable
{
    QList<double> gridWidths; ///< twips, one per grid column
    QList<DocxRow> rows;
};

/// One top-level item of the body: a paragraph or a table.
struct DocxBodyItem
{
    bool isTable = false;
    DocxParagraph paragraph;
    DocxTable table;
};

struct DocxBody
{
    QList<DocxBodyItem> items;
    double pageWidthPt = 612;
    double marginLeftPt = 72;
    double marginRightPt = 72;
    double marginTopPt = 72;
};

/// Parses word/document.xml. Returns false (and leaves a partial body) when the XML is broken.
bool parseDocxBody(const QByteArray &xml, const DocxStyles &styles, DocxNumbering &numbering, DocxBody &body);

} // namespace evalreview::ingest::docx
