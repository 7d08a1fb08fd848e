#include "DocxLayout.h"

#include <QRegularExpression>

#include <cmath>

namespace evalreview::ingest::docx {

namespace {

constexpr double LineSpacing = 1.25; ///< line height / font size
constexpr double CharWidth = 0.5;    ///< average character width / font size
constexpr double ParagraphGap = 0.6; ///< space after a paragraph / font size
constexpr double CellPadding = 3;    ///< points inside a cell border
constexpr double TableGap = 8;       ///< points before and after a table

/// Builds the content in points; normalise() divides by the page size at the end.
class Layouter
{
public:
    explicit Layouter(const DocxBody &body) : m_body(body)
    {
        m_left = body.marginLeftPt;
        m_right = std::max(m_left + 72, body.pageWidthPt - body.marginRightPt);
        m_y = body.marginTopPt;
    }

    DocumentContent run()
    {
        DocumentContent content;
        content.format = SourceFormat::Docx;
        Page page;
        page.number = 1;
        QString lastShortParagraph; // a heading-like paragraph directly above the next table
        int tableIndex = 0;
        for (const DocxBodyItem &item : m_body.items) {
            if (!item.isTable) {
                const QString text = item.paragraph.text.simplified();
                TextBlock block = layoutParagraph(item.paragraph, m_left, m_right, m_y);
                if (!block.lines.isEmpty()) {
                    page.blocks.append(block);
                    lastShortParagraph = isCaption(item.paragraph) ? text : QString();
                }
                continue;
            }
            ++tableIndex;
            m_y += TableGap;
            QList<Table> tables = layoutTable(item.table, tableIndex, page);
            tables.first().caption = lastShortParagraph;
            lastShortParagraph.clear();
            m_y += TableGap;
            for (const Table &table : std::as_const(tables)) {
                if (!table.rows.isEmpty() || !table.headers.isEmpty()) {
                    content.tables.append(table);
                }
            }
        }
        for (const TextBlock &b : std::as_const(page.blocks)) {
            for (const TextLine &l : b.lines) {
                page.words += l.words;
            }
        }
        page.sizePt = QSizeF(m_body.pageWidthPt, std::max(m_y + m_body.marginTopPt, 1.0));
        content.pages.append(page);
        normalise(content);
        return content;
    }

private:
    static bool isCaption(const DocxParagraph &p)
    {
        const QString t = p.text.simplified();
        if (t.isEmpty() || t.size() > 80) {
            return false;
        }
        if (p.headingLevel > 0) {
            return true;
        }
        static const QRegularExpression sentenceEnd(QStringLiteral("[.;:,]$"));
        return t.split(QLatin1Char(' ')).size() <= 8 && !sentenceEnd.match(t).hasMatch();
    }

    /// Wraps a paragraph into lines between x0 and x1 starting at y (advanced past it).
    TextBlock layoutParagraph(const DocxParagraph &p, double x0, double x1, double &y) const
    {
        TextBlock block;
        const double size = p.fontSize > 0 ? p.fontSize : 11;
        const double charWidth = size * CharWidth;
        const double lineHeight = size * LineSpacing;
        const QStringList hardLines = p.text.split(QLatin1Char('\n'));
        for (const QString &hard : hardLines) {
            const QStringList words = hard.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            TextLine line;
            double x = x0;
            auto flush = [&]() {
                if (line.words.isEmpty()) {
                    return;
                }
                line.words.last().spaceAfter = false;
                line.box = {x0, y, line.words.last().box.x1, y + lineHeight};
                line.fontSize = size;
                line.bold = p.bold;
                line.page = 1;
                block.lines.append(line);
                block.box = block.box.united(line.box);
                line = TextLine{};
                y += lineHeight;
                x = x0;
            };
            for (const QString &w : words) {
                const double width = w.size() * charWidth;
                if (!line.words.isEmpty() && x + width > x1) {
                    flush();
                }
                Word word;
                word.text = w;
                word.box = {x, y, std::min(x1, x + width), y + lineHeight};
                word.fontSize = size;
                word.bold = p.bold;
                line.words.append(word);
                x += width + charWidth;
            }
            flush();
        }
        if (!block.lines.isEmpty()) {
            y += size * ParagraphGap;
        }
        return block;
    }

    /// Lays out a Word table. A form (rows of one cell spanning the width, then a grid with its
    /// own header row, as in "Key action | Time frame | Responsible unit") is split where the
    /// grid starts, so the grid is a table with headers of its own.
    QList<Table> layoutTable(const DocxTable &t, int tableIndex, Page &page)
    {
        Table table;
        table.firstPage = table.lastPage = 1;
        // Column edges from the grid, scaled into the text area when wider.
        QList<double> widths = t.gridWidths;
        int columns = static_cast<int>(widths.size());
        for (const DocxRow &r : t.rows) {
            int n = 0;
            for (const DocxCell &c : r.cells) {
                n += c.gridSpan;
            }
            columns = std::max(columns, n);
        }
        while (widths.size() < columns) {
            widths.append(widths.isEmpty() ? 1440.0 : widths.last());
        }
        double total = 0;
        for (double w : std::as_const(widths)) {
            total += std::max(w, 1.0);
        }
        const double scale = std::min(1.0, (m_right - m_left) / std::max(1.0, total / 20.0)) / 20.0;
        QList<double> edges{m_left};
        for (double w : std::as_const(widths)) {
            edges.append(edges.last() + std::max(w, 1.0) * scale);
        }
        table.columnEdges = edges;

        QList<Table> out;
        bool inHeader = true;
        bool previousSpanning = false;
        for (int r = 0; r < t.rows.size(); ++r) {
            const DocxRow &row = t.rows[r];
            TableRow laid = layoutRow(row, edges, page);
            laid.anchorRef = QStringLiteral("table %1 row %2").arg(tableIndex).arg(r + 1);
            laid.page = 1;
            const bool gridHeader =
                table.headers.isEmpty() && previousSpanning && !laid.sectionRow && looksLikeHeader(laid, 3);
            if (gridHeader) {
                out.append(table);
                table.rows.clear();
                table.headers.clear();
                table.caption.clear();
                inHeader = true;
            }
            previousSpanning = laid.sectionRow;
            inHeader =
                inHeader && (row.header || gridHeader || (r == 0 && !hasMarkedHeader(t) && looksLikeHeader(laid, 2)));
            if (inHeader) {
                for (int c = 0; c < laid.cells.size(); ++c) {
                    const QString text = laid.cells[c].text();
                    if (table.headers.size() <= c) {
                        table.headers.append(text);
                    } else if (!text.isEmpty()) {
                        table.headers[c] = QString(table.headers[c] + QLatin1Char(' ') + text).trimmed();
                    }
                }
                continue;
            }
            table.rows.append(laid);
        }
        out.append(table);
        return out;
    }

    static bool hasMarkedHeader(const DocxTable &t)
    {
        return std::any_of(t.rows.begin(), t.rows.end(), [](const DocxRow &r) { return r.header; });
    }

    /// An unmarked header row: at least `minCells` cells that name columns, in a few words each
    /// ("Management response (accepted, partially accepted or rejected)" is one), not sentences.
    static bool looksLikeHeader(const TableRow &row, int minCells)
    {
        constexpr qsizetype kMaxCellWords = 15, kMaxMeanWords = 6;
        int filled = 0;
        qsizetype words = 0;
        for (const TableCell &c : row.cells) {
            const QString t = c.text().simplified();
            if (t.isEmpty()) {
                continue;
            }
            const qsizetype n = t.split(QLatin1Char(' ')).size();
            if (n > kMaxCellWords || (n > 3 && t.endsWith(QLatin1Char('.')))) {
                return false;
            }
            words += n;
            ++filled;
        }
        return filled >= minCells && words <= kMaxMeanWords * filled;
    }

    TableRow layoutRow(const DocxRow &row, const QList<double> &edges, Page &page)
    {
        TableRow out;
        const double top = m_y;
        double bottom = top;
        int column = 0;
        const int columns = static_cast<int>(edges.size()) - 1;
        for (const DocxCell &cell : row.cells) {
            if (column >= columns) {
                break;
            }
            const int span = std::min(cell.gridSpan, columns - column);
            const double x0 = edges[column] + CellPadding;
            const double x1 = std::max(x0 + 1, edges[column + span] - CellPadding);
            TableCell tc;
            tc.columnSpan = span;
            double y = top + CellPadding;
            if (!cell.mergedFromAbove) {
                for (const DocxParagraph &p : cell.paragraphs) {
                    TextBlock block = layoutParagraph(p, x0, x1, y);
                    if (block.lines.isEmpty()) {
                        continue;
                    }
                    block.column = column;
                    tc.lines += block.lines;
                    page.blocks.append(block);
                }
            }
            bottom = std::max(bottom, y + CellPadding);
            tc.box = {edges[column], top, edges[column + span], top}; // bottom set below
            out.cells.append(tc);
            for (int covered = 1; covered < span; ++covered) {
                TableCell empty;
                empty.box = {edges[column + covered], top, edges[column + covered + 1], top};
                out.cells.append(empty);
            }
            column += span;
        }
        for (; column < columns; ++column) {
            TableCell empty;
            empty.box = {edges[column], top, edges[column + 1], top};
            out.cells.append(empty);
        }
        bottom = std::max(bottom, top + 2 * CellPadding);
        for (TableCell &c : out.cells) {
            c.box.y1 = bottom;
        }
        int filled = 0;
        for (const TableCell &c : std::as_const(out.cells)) {
            filled += c.lines.isEmpty() ? 0 : 1;
        }
        out.sectionRow = filled == 1 && !out.cells.isEmpty() && out.cells.first().columnSpan == columns && columns > 1;
        m_y = bottom;
        return out;
    }

    static void normaliseRect(NormRect &r, double w, double h) { r = {r.x0 / w, r.y0 / h, r.x1 / w, r.y1 / h}; }

    static void normaliseLine(TextLine &l, double w, double h)
    {
        normaliseRect(l.box, w, h);
        for (Word &word : l.words) {
            normaliseRect(word.box, w, h);
        }
    }

    static void normalise(DocumentContent &content)
    {
        for (Page &p : content.pages) {
            const double w = p.sizePt.width();
            const double h = p.sizePt.height();
            for (Word &word : p.words) {
                normaliseRect(word.box, w, h);
            }
            for (TextBlock &b : p.blocks) {
                normaliseRect(b.box, w, h);
                for (TextLine &l : b.lines) {
                    normaliseLine(l, w, h);
                }
            }
        }
        const double w = content.pages.first().sizePt.width();
        const double h = content.pages.first().sizePt.height();
        for (Table &t : content.tables) {
            for (double &e : t.columnEdges) {
                e /= w;
            }
            for (TableRow &r : t.rows) {
                for (TableCell &c : r.cells) {
                    normaliseRect(c.box, w, h);
                    for (TextLine &l : c.lines) {
                        normaliseLine(l, w, h);
                    }
                }
            }
        }
    }

    const DocxBody &m_body;
    double m_left = 72;
    double m_right = 540;
    double m_y = 72;
};

} // namespace

DocumentContent layoutDocxBody(const DocxBody &body)
{
    return Layouter(body).run();
}

} // namespace evalreview::ingest::docx
