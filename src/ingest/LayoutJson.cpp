#include "LayoutJson.h"

#include "DocumentReader.h"

#include <QJsonArray>

#include <cmath>

namespace evalreview::ingest {

namespace {

double rounded(double v, double scale = 10000)
{
    return std::round(v * scale) / scale;
}

QJsonArray bboxJson(const NormRect &r)
{
    return {rounded(r.x0), rounded(r.y0), rounded(r.x1), rounded(r.y1)};
}

QJsonObject lineJson(const TextLine &line)
{
    return {{QStringLiteral("bbox"), bboxJson(line.box)},
            {QStringLiteral("text"), line.text()},
            {QStringLiteral("font_size"), rounded(line.fontSize, 10)},
            {QStringLiteral("bold"), line.bold}};
}

QJsonArray rulingsJson(const QList<Ruling> &rulings)
{
    QJsonArray out;
    for (const Ruling &r : rulings) {
        out.append(QJsonObject{
            {QStringLiteral("bbox"), bboxJson(r.box)},
            {QStringLiteral("direction"), r.horizontal ? QStringLiteral("horizontal") : QStringLiteral("vertical")}});
    }
    return out;
}

QJsonObject blockJson(const TextBlock &block)
{
    QJsonArray lines;
    for (const TextLine &l : block.lines) {
        lines.append(lineJson(l));
    }
    return {{QStringLiteral("bbox"), bboxJson(block.box)},
            {QStringLiteral("column"), block.column},
            {QStringLiteral("text"), block.text()},
            {QStringLiteral("lines"), lines}};
}

QJsonObject rowJson(const TableRow &row)
{
    QJsonArray cells;
    for (const TableCell &c : row.cells) {
        cells.append(QJsonObject{{QStringLiteral("text"), c.text()}, {QStringLiteral("bbox"), bboxJson(c.box)}});
    }
    QJsonObject o{{QStringLiteral("page"), row.page},
                  {QStringLiteral("header"), row.header},
                  {QStringLiteral("continued"), row.continuedFromPreviousPage},
                  {QStringLiteral("cells"), cells}};
    if (!row.anchorRef.isEmpty()) {
        o.insert(QStringLiteral("anchor"), row.anchorRef);
    }
    return o;
}

QJsonObject tableJson(const Table &table)
{
    QJsonArray rows;
    for (const TableRow &r : table.rows) {
        rows.append(rowJson(r));
    }
    QJsonArray edges;
    for (double e : table.columnEdges) {
        edges.append(rounded(e));
    }
    return {{QStringLiteral("columns"), qMax(table.headers.size(), qMax(edges.size() - 1, qsizetype(0)))},
            {QStringLiteral("column_edges"), edges},
            {QStringLiteral("headers"), QJsonArray::fromStringList(table.headers)},
            {QStringLiteral("first_page"), table.firstPage},
            {QStringLiteral("last_page"), table.lastPage},
            {QStringLiteral("rows"), rows}};
}

} // namespace

QJsonObject layoutToJson(const DocumentContent &content)
{
    QJsonArray pages;
    for (const Page &page : content.pages) {
        QJsonArray blocks;
        for (const TextBlock &b : page.blocks) {
            blocks.append(blockJson(b));
        }
        QJsonArray furniture;
        for (const TextLine &l : page.furniture) {
            furniture.append(lineJson(l));
        }
        QJsonArray tables;
        for (const Table &t : content.tables) {
            if (t.firstPage == page.number) {
                tables.append(tableJson(t));
            }
        }
        pages.append(QJsonObject{{QStringLiteral("number"), page.number},
                                 {QStringLiteral("width"), rounded(page.sizePt.width(), 100)},
                                 {QStringLiteral("height"), rounded(page.sizePt.height(), 100)},
                                 {QStringLiteral("blocks"), blocks},
                                 {QStringLiteral("furniture"), furniture},
                                 {QStringLiteral("rulings"), rulingsJson(page.rulings)},
                                 {QStringLiteral("tables"), tables}});
    }
    return {{QStringLiteral("format"),
             content.format == SourceFormat::Docx ? QStringLiteral("docx") : QStringLiteral("pdf")},
            {QStringLiteral("title"), content.title},
            {QStringLiteral("pages"), pages}};
}

QString readingOrderText(const DocumentContent &content)
{
    QStringList pages;
    for (const Page &p : content.pages) {
        pages << pageBodyText(p);
    }
    return pages.join(QStringLiteral("\n\f"));
}

} // namespace evalreview::ingest
