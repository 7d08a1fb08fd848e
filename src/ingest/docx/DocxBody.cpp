#include "DocxBody.h"

#include "DocxStyles.h"

#include <QXmlStreamReader>

#include <utility>

namespace evalreview::ingest::docx {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

QString attr(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(W, QLatin1String(name)).toString();
}

bool onOff(const QXmlStreamReader &xml)
{
    const QString v = attr(xml, "val");
    return v.isEmpty() || (v != QLatin1String("0") && v != QLatin1String("false") && v != QLatin1String("off"));
}

bool is(const QXmlStreamReader &xml, const char *name)
{
    return xml.name() == QLatin1String(name);
}

/// Walks word/document.xml with a pull parser; every parse function starts on its element's
/// StartElement and returns on the matching EndElement.
class BodyParser
{
public:
    BodyParser(const QByteArray &data, const DocxStyles &styles, DocxNumbering &numbering)
        : m_xml(data), m_styles(styles), m_numbering(numbering)
    {}

    bool parse(DocxBody &body)
    {
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, "document")) {
                continue; // descend
            }
            if (is(m_xml, "body")) {
                parseContainer(body.items, &body);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return !m_xml.hasError();
    }

private:
    /// The children of w:body, w:sdtContent or w:tc: paragraphs and tables.
    void parseContainer(QList<DocxBodyItem> &items, DocxBody *body)
    {
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, "p")) {
                DocxBodyItem item;
                item.paragraph = parseParagraph();
                items.append(item);
                // text boxes anchored in the paragraph follow it, in document order
                items += std::exchange(m_textBoxItems, {});
            } else if (is(m_xml, "tbl") && m_tableDepth < MaxTableNesting) {
                DocxBodyItem item;
                item.isTable = true;
                item.table = parseTable();
                items.append(item);
            } else if ((is(m_xml, "sdt") || is(m_xml, "sdtContent") || is(m_xml, "customXml")) &&
                       m_containerDepth < MaxContainerNesting) {
                ++m_containerDepth;
                parseContainer(items, body);
                --m_containerDepth;
            } else if (is(m_xml, "sectPr") && body) {
                parseSection(*body);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void parseSection(DocxBody &body)
    {
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, "pgSz")) {
                const double w = attr(m_xml, "w").toDouble() / 20.0;
                if (w > 72) {
                    body.pageWidthPt = w;
                }
            } else if (is(m_xml, "pgMar")) {
                body.marginLeftPt = attr(m_xml, "left").toDouble() / 20.0;
                body.marginRightPt = attr(m_xml, "right").toDouble() / 20.0;
                body.marginTopPt = std::max(0.0, attr(m_xml, "top").toDouble() / 20.0);
            }
            m_xml.skipCurrentElement();
        }
    }

    struct RunState
    {
        bool bold = false;
        double size = 0;
    };

    DocxParagraph parseParagraph()
    {
        ParagraphStyle style = m_styles.resolved(QString());
        QString numId;
        int numLevel = -1;
        QString text;
        qsizetype boldChars = 0;
        double sizeSum = 0;
        qsizetype sizedChars = 0;
        RunState run;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                --depth;
                continue;
            }
            if (token != QXmlStreamReader::StartElement) {
                continue;
            }
            ++depth;
            if (is(m_xml, "pPr")) {
                parseParagraphProperties(style, numId, numLevel);
                --depth;
            } else if (is(m_xml, "r")) {
                run = {style.bold == 1, style.fontSize};
            } else if (is(m_xml, "rPr")) {
                parseRunProperties(run);
                --depth;
            } else if (is(m_xml, "t")) {
                const QString t = m_xml.readElementText();
                --depth;
                text += t;
                boldChars += run.bold ? t.size() : 0;
                sizeSum += run.size * t.size();
                sizedChars += t.size();
            } else if (is(m_xml, "tab") || is(m_xml, "ptab")) {
                text += QLatin1Char(' ');
            } else if (is(m_xml, "br") || is(m_xml, "cr")) {
                if (attr(m_xml, "type") != QLatin1String("page")) {
                    text += QLatin1Char('\n');
                }
            } else if (is(m_xml, "noBreakHyphen")) {
                text += QLatin1Char('-');
            } else if (is(m_xml, "drawing") || is(m_xml, "pict")) {
                collectTextBoxes();
                --depth;
            } else if (is(m_xml, "delText") || is(m_xml, "instrText") || is(m_xml, "object") || is(m_xml, "del") ||
                       is(m_xml, "footnoteReference") || is(m_xml, "endnoteReference") || is(m_xml, "Fallback")) {
                // mc:Fallback repeats the drawing of mc:Choice for older readers
                m_xml.skipCurrentElement();
                --depth;
            }
        }
        if (numLevel < 0 && !style.numId.isEmpty()) {
            numId = style.numId;
            numLevel = style.numLevel;
        }
        DocxParagraph p;
        p.text = text;
        if (!numId.isEmpty() && numId != QLatin1String("0") && !text.trimmed().isEmpty()) {
            const QString label = m_numbering.nextLabel(numId, std::max(0, numLevel));
            if (!label.isEmpty()) {
                p.text = label + QLatin1Char(' ') + text;
            }
        }
        p.headingLevel = style.headingLevel;
        p.fontSize = sizedChars > 0 ? sizeSum / sizedChars : style.fontSize;
        p.bold = !text.trimmed().isEmpty() && boldChars * 2 > text.trimmed().size();
        return p;
    }

    /// Reads a w:drawing or w:pict to its end, keeping the paragraphs and tables of the text boxes
    /// inside it (w:txbxContent) for after the paragraph; pictures themselves carry no text.
    void collectTextBoxes()
    {
        if (m_textBoxDepth >= MaxTableNesting) {
            m_xml.skipCurrentElement();
            return;
        }
        ++m_textBoxDepth;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement) {
                --depth;
            } else if (token == QXmlStreamReader::StartElement) {
                if (is(m_xml, "txbxContent")) {
                    // the boxes found so far stay first; boxes nested in this one follow their paragraphs
                    QList<DocxBodyItem> before = std::exchange(m_textBoxItems, {});
                    parseContainer(before, nullptr);
                    m_textBoxItems = before + m_textBoxItems;
                } else {
                    ++depth;
                }
            }
        }
        --m_textBoxDepth;
    }

    void parseParagraphProperties(ParagraphStyle &style, QString &numId, int &numLevel)
    {
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, "pStyle")) {
                style = m_styles.resolved(attr(m_xml, "val"));
                m_xml.skipCurrentElement();
            } else if (is(m_xml, "numPr")) {
                while (m_xml.readNextStartElement()) {
                    if (is(m_xml, "numId")) {
                        numId = attr(m_xml, "val");
                    } else if (is(m_xml, "ilvl")) {
                        numLevel = attr(m_xml, "val").toInt();
                    }
                    m_xml.skipCurrentElement();
                }
                numLevel = std::max(0, numLevel);
            } else if (is(m_xml, "outlineLvl")) {
                style.headingLevel = attr(m_xml, "val").toInt() + 1;
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void parseRunProperties(RunState &run)
    {
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, "b")) {
                run.bold = onOff(m_xml);
            } else if (is(m_xml, "sz")) {
                const double size = attr(m_xml, "val").toDouble() / 2.0;
                if (size > 0) {
                    run.size = size;
                }
            }
            m_xml.skipCurrentElement();
        }
    }

    DocxTable parseTable()
    {
        ++m_tableDepth;
        DocxTable table;
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, "tblGrid")) {
                while (m_xml.readNextStartElement()) {
                    if (is(m_xml, "gridCol")) {
                        table.gridWidths.append(std::max(0.0, attr(m_xml, "w").toDouble()));
                    }
                    m_xml.skipCurrentElement();
                }
            } else if (is(m_xml, "tr")) {
                table.rows.append(parseRow());
            } else {
                m_xml.skipCurrentElement();
            }
        }
        --m_tableDepth;
        return table;
    }

    DocxRow parseRow()
    {
        DocxRow row;
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, "trPr")) {
                while (m_xml.readNextStartElement()) {
                    if (is(m_xml, "tblHeader")) {
                        row.header = onOff(m_xml);
                    }
                    m_xml.skipCurrentElement();
                }
            } else if (is(m_xml, "tc")) {
                row.cells.append(parseCell());
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return row;
    }

    DocxCell parseCell()
    {
        DocxCell cell;
        QList<DocxBodyItem> items;
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, "tcPr")) {
                while (m_xml.readNextStartElement()) {
                    if (is(m_xml, "gridSpan")) {
                        cell.gridSpan = std::clamp(attr(m_xml, "val").toInt(), 1, 64);
                    } else if (is(m_xml, "vMerge")) {
                        cell.mergedFromAbove = attr(m_xml, "val") != QLatin1String("restart");
                    }
                    m_xml.skipCurrentElement();
                }
            } else {
                // A cell holds paragraphs and possibly nested tables; read them as one list.
                QList<DocxBodyItem> one;
                if (is(m_xml, "p")) {
                    DocxBodyItem item;
                    item.paragraph = parseParagraph();
                    one.append(item);
                } else if (is(m_xml, "tbl") && m_tableDepth < MaxTableNesting) {
                    DocxBodyItem item;
                    item.isTable = true;
                    item.table = parseTable();
                    one.append(item);
                } else if ((is(m_xml, "sdt") || is(m_xml, "sdtContent")) && m_containerDepth < MaxContainerNesting) {
                    ++m_containerDepth;
                    parseContainer(one, nullptr);
                    --m_containerDepth;
                } else {
                    m_xml.skipCurrentElement();
                }
                items += one;
            }
        }
        for (const DocxBodyItem &item : std::as_const(items)) {
            if (!item.isTable) {
                cell.paragraphs.append(item.paragraph);
                continue;
            }
            for (const DocxRow &r : item.table.rows) { // nested table: its cells as paragraphs
                for (const DocxCell &c : r.cells) {
                    cell.paragraphs += c.paragraphs;
                }
            }
        }
        return cell;
    }

    static constexpr int MaxTableNesting = 8; ///< deeper tables and text boxes are skipped (no unbounded recursion)
    /// Content controls (w:sdt) and custom XML nested deeper are skipped whole, with what they hold:
    /// Word nests a few; a hostile file nests hundreds of thousands to overflow the stack.
    static constexpr int MaxContainerNesting = 64;
    int m_containerDepth = 0;
    QList<DocxBodyItem> m_textBoxItems; ///< text boxes of the paragraph being read
    int m_textBoxDepth = 0;

    QXmlStreamReader m_xml;
    int m_tableDepth = 0;
    const DocxStyles &m_styles;
    DocxNumbering &m_numbering;
};

} // namespace

bool parseDocxBody(const QByteArray &xml, const DocxStyles &styles, DocxNumbering &numbering, DocxBody &body)
{
    BodyParser parser(xml, styles, numbering);
    return parser.parse(body);
}

} // namespace evalreview::ingest::docx
