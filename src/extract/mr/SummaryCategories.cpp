#include "SummaryCategories.h"

#include "DocumentContent.h"
#include "ResponsePatterns.h"
#include "TextFold.h"

#include <QRegularExpression>

namespace evalreview::extract::mr {

namespace {

/// The position a status column counts ("Under considerati on" broken in a narrow column is
/// "Under consideration"); empty for columns that count no position ("Total", "In progress").
QString columnCategory(const QString &header)
{
    const QString h = header.simplified();
    QString c = responseCategory(h);
    if (c.isEmpty()) {
        static const QRegularExpression brokenTail(QStringLiteral("(\\p{Ll}{4,}) (\\p{Ll}{1,4})$"));
        QString joined = h;
        joined.replace(brokenTail, QStringLiteral("\\1\\2"));
        c = joined != h ? responseCategory(joined) : QString();
    }
    return c;
}

/// A count as printed: a number, or a dash or nothing for none; -1 for any other text.
int countOf(const QString &cell)
{
    const QString t = cell.simplified();
    static const QRegularExpression none(QStringLiteral("^[\u2013\u2014-]?$"));
    if (none.match(t).hasMatch()) {
        return 0;
    }
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok ? n : -1;
}

} // namespace

void categoriesFromSummaryTables(QList<Recommendation> &recs, const QList<Table> &tables)
{
    for (const Table &table : tables) {
        QList<std::pair<int, QString>> statusColumns; // column, category
        bool hasTotal = false;
        for (int c = 0; c < table.headers.size(); ++c) {
            hasTotal = hasTotal || fold(table.headers[c]).contains(QLatin1String("total"));
            if (const QString category = columnCategory(table.headers[c]); !category.isEmpty()) {
                statusColumns.append({c, category});
            }
        }
        if (!hasTotal || statusColumns.isEmpty()) {
            continue;
        }
        for (const TableRow &row : table.rows) {
            // the row's names: its texts that are no counts
            QStringList names;
            for (const TableCell &cell : row.cells) {
                constexpr int kMinName = 6;
                const QString name = fold(cell.text().simplified());
                if (name.size() >= kMinName && countOf(name) < 0) {
                    names.append(name);
                }
            }
            QList<qsizetype> open;
            for (qsizetype i = 0; i < recs.size(); ++i) {
                const QString section = fold(recs.at(i).section);
                const bool named = !section.isEmpty() && std::any_of(names.begin(), names.end(), [&](const QString &n) {
                    return section.contains(n);
                });
                if (named && recs.at(i).responseCategory.isEmpty()) {
                    open.append(i);
                }
            }
            if (open.isEmpty()) {
                continue;
            }
            QString only;
            int matching = 0;
            for (const auto &[column, category] : std::as_const(statusColumns)) {
                if (column < row.cells.size() && countOf(row.cells[column].text()) == open.size()) {
                    only = category;
                    ++matching;
                }
            }
            if (matching == 1) {
                for (const qsizetype i : std::as_const(open)) {
                    recs[i].responseCategory = only;
                }
            }
        }
    }
}

} // namespace evalreview::extract::mr
