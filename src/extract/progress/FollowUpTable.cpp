// The follow-up table of a progress report, read from word positions (columns from the header
// words, rows from white space), with sub-heading rows for the biennium and the area.
#include "FollowUpTable.h"

#include "TextTools.h"
#include "WordTable.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace evalreview::extract::progress {

namespace {

struct Columns
{
    int item = 0, deliverables = -1, indicators = -1, progress = -1;
};

Columns mapColumns(const QStringList &headers)
{
    Columns c;
    for (int i = 0; i < headers.size(); ++i) {
        const QString h = text::fold(headers.at(i));
        if (h.contains(QStringLiteral("indicator"))) {
            c.indicators = i;
        } else if (h.contains(QStringLiteral("deliverable")) || h.contains(QStringLiteral("planned output"))) {
            c.deliverables = i;
        } else if (h.contains(QStringLiteral("progress")) || h.contains(QStringLiteral("status"))) {
            c.progress = i;
        } else if (h.contains(QStringLiteral("item")) || h.contains(QStringLiteral("follow-up"))) {
            c.item = i;
        }
    }
    return c;
}

bool isHeader(const QString &band)
{
    return band.contains(QStringLiteral("deliverable")) && band.contains(QStringLiteral("indicator"));
}

struct Item
{
    QJsonObject record;
    QStringList cells[4];
    Provenance source;
};

QString cellText(const WordRow &row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).text() : QString();
}

/// The follow-up tables a Word document carries or the layout stage found (ruled tables whose
/// header cells wrap over lines that no single line shows as a header), in the word-table shape
/// the reader takes.
QList<WordTable> detectedTables(const DocumentContent &content)
{
    QList<WordTable> out;
    for (const Table &table : content.tables) {
        if (!isHeader(text::fold(table.headers.join(QLatin1Char(' '))))) {
            continue;
        }
        WordTable t;
        t.page = table.firstPage;
        t.headers = table.headers;
        for (const TableRow &row : table.rows) {
            WordRow r;
            r.page = row.page;
            r.spanning = row.sectionRow;
            r.continued = row.continuedFromPreviousPage && row.cells.value(0).lines.isEmpty();
            for (const TableCell &cell : row.cells) {
                WordCell c;
                for (const TextLine &line : cell.lines) {
                    c.lines << line.text();
                    c.source.add(line.page > 0 ? line.page : row.page, line.box);
                }
                r.cells << c;
            }
            t.rows << r;
        }
        out << t;
    }
    return out;
}

/// The follow-up items of the tables, in order; `progressAsOf` receives the progress column's date.
QJsonArray itemsOf(const QList<WordTable> &tables, QString *progressAsOf)
{
    static const QRegularExpression paragraphRef(QStringLiteral(
        "^(.*?)\\s*\\((\\d{1,3}(?:\\([a-z]{1,3}\\))?(?:\\s*[–-]\\s*\\(?[a-z]{1,3}\\)?)?)\\)\\s*\\.?\\s*$"));
    static const QRegularExpression bienniumRe(QStringLiteral("\\b(\\d{4}\\s*[–-]\\s*\\d{2,4})\\b"));
    static const QRegularExpression deadlineRe(QStringLiteral("\\((\\d{1,2}/\\d{4})\\)"));
    static const QRegularExpression asOfRe(QStringLiteral("\\bas (?:of|at)\\s+(.+)$"),
                                           QRegularExpression::CaseInsensitiveOption);

    QList<Item> items;
    QString biennium;
    QString area;
    for (const WordTable &table : tables) {
        const Columns col = mapColumns(table.headers);
        if (col.progress >= 0 && progressAsOf && progressAsOf->isEmpty()) {
            if (const auto m = asOfRe.match(table.headers.at(col.progress)); m.hasMatch()) {
                *progressAsOf = m.captured(1).trimmed();
            }
        }
        for (const WordRow &row : table.rows) {
            const int cols[4] = {col.item, col.deliverables, col.indicators, col.progress};
            bool othersEmpty = true;
            for (int k = 1; k < 4; ++k) {
                othersEmpty = othersEmpty && cellText(row, cols[k]).isEmpty();
            }
            if (row.continued && !items.isEmpty()) {
                Item &it = items.last();
                for (int k = 0; k < 4; ++k) {
                    if (cols[k] >= 0 && cols[k] < row.cells.size()) {
                        it.cells[k] << row.cells.at(cols[k]).lines;
                        it.source.merge(row.cells.at(cols[k]).source);
                    }
                }
                continue;
            }
            const QString first = row.spanning ? row.cells.first().text() : cellText(row, col.item);
            if (row.spanning || othersEmpty) {
                if (first.contains(QStringLiteral("biennium"), Qt::CaseInsensitive) &&
                    bienniumRe.match(first).hasMatch()) {
                    biennium = bienniumRe.match(first).captured(1);
                    area.clear();
                    continue;
                }
                if (!paragraphRef.match(first).hasMatch()) {
                    area = first;
                    continue;
                }
            }
            Item it;
            it.record.insert(QStringLiteral("biennium"), biennium.isEmpty() ? QJsonValue() : QJsonValue(biennium));
            it.record.insert(QStringLiteral("area"), area.isEmpty() ? QJsonValue() : QJsonValue(area));
            for (int k = 0; k < 4; ++k) {
                if (cols[k] >= 0 && cols[k] < row.cells.size()) {
                    it.cells[k] << row.cells.at(cols[k]).lines;
                    it.source.merge(row.cells.at(cols[k]).source);
                }
            }
            if (row.spanning) {
                it.cells[0] = row.cells.first().lines;
                it.source.merge(row.cells.first().source);
            }
            items << it;
        }
    }
    QJsonArray out;
    for (Item &it : items) {
        const QString itemText = text::joinLines(it.cells[0]);
        const auto m = paragraphRef.match(itemText);
        it.record.insert(QStringLiteral("item"), m.hasMatch() ? m.captured(1).trimmed() : itemText);
        it.record.insert(QStringLiteral("conclusions_paragraph"),
                         m.hasMatch() ? QJsonValue(m.captured(2)) : QJsonValue());
        it.record.insert(QStringLiteral("planned_deliverables"), text::joinLines(it.cells[1]));
        const QString indicators = text::joinLines(it.cells[2]);
        it.record.insert(QStringLiteral("indicators"), indicators);
        QJsonArray deadlines;
        for (auto d = deadlineRe.globalMatch(indicators); d.hasNext();) {
            deadlines.append(d.next().captured(1));
        }
        it.record.insert(QStringLiteral("deadlines"), deadlines);
        it.record.insert(QStringLiteral("progress"), text::joinLines(it.cells[3]));
        it.record.insert(QStringLiteral("source"), it.source.toJson());
        out.append(it.record);
    }
    return out;
}

} // namespace

QJsonArray readFollowUpItems(const DocumentContent &content, QString *progressAsOf)
{
    // A Word document's own tables first. In a PDF, word positions first (tables without rules),
    // the layout stage's tables where they find none.
    const bool word = content.format == SourceFormat::Docx;
    QString asOf;
    QJsonArray items = itemsOf(word ? detectedTables(content) : readWordTables(content, isHeader), &asOf);
    if (items.isEmpty()) {
        asOf.clear();
        items = itemsOf(word ? readWordTables(content, isHeader) : detectedTables(content), &asOf);
    }
    if (progressAsOf) {
        *progressAsOf = asOf;
    }
    return items;
}

} // namespace evalreview::extract::progress
