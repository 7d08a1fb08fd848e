#include "TableResponses.h"

#include "ResponsePatterns.h"
#include "Sections.h"
#include "TextFold.h"

#include <QRegularExpression>

namespace evalreview::extract::mr {

namespace {

/// A row with text in its first column only, on a line or two, that opens with no
/// recommendation label of its own (or names addressees): a heading over the rows below.
bool isHeadingRow(const TableRow &row)
{
    if (row.sectionRow) {
        return true;
    }
    if (row.cells.size() < 2 || row.cells.first().lines.isEmpty()) {
        return false;
    }
    for (qsizetype c = 1; c < row.cells.size(); ++c) {
        if (!row.cells[c].text().trimmed().isEmpty()) {
            return false;
        }
    }
    // a title across the whole table may wrap further than one in the first column
    constexpr int kMaxHeadingLines = 2, kMaxTitleLines = 4;
    const bool across = row.cells.first().columnSpan == row.cells.size();
    const QString text = row.cells.first().text().simplified();
    if (row.cells.first().lines.size() > (across ? kMaxTitleLines : kMaxHeadingLines)) {
        return false;
    }
    static const QRegularExpression label(QStringLiteral("^\\S{1,16}\\s+\\d{1,3}\\b|^[A-Z]{0,3}\\d"));
    return !addresseeOf(text).isEmpty() || !label.match(text).hasMatch();
}

/// A footnote mark printed right after a closing parenthesis of a title: "(JIU/REP/2023/6)1".
QString withoutFootnoteMark(const QString &title)
{
    static const QRegularExpression mark(QStringLiteral("\\)\\d{1,2}$"));
    QString t = title;
    if (const auto m = mark.match(t); m.hasMatch()) {
        t.truncate(m.capturedStart() + 1);
    }
    return t;
}

} // namespace

QString addresseeOf(const QString &heading, bool *none)
{
    static const QRegularExpression addressed(QStringLiteral(
        "^(?:\\d{1,2}[.)]\\s*)?(no\\s+|aucune\\s+|ninguna\\s+)?(?:\\S+\\s+){0,2}?"
        "(?:addressed|directed|adress\\w*|dirigid\\w*)\\s+(?:to|a|au|aux)\\s+(?:the\\s+|la\\s+|l.|el\\s+)?"
        "(.+?)\\.?$"));
    const QString folded = fold(heading.simplified());
    const auto m = addressed.match(folded);
    if (!m.hasMatch()) {
        return {};
    }
    if (none) {
        *none = m.capturedLength(1) > 0;
    }
    return heading.simplified().mid(m.capturedStart(2), m.capturedLength(2));
}

QList<Recommendation> readTableResponses(const Table &table, const ColumnMap &map, const LineJoiner &joiner)
{
    QList<Recommendation> recs;
    QString section = sectionFromCaption(table.caption);
    QStringList addressedTo;
    bool headingRun = false; // the previous row was a heading too: a title over several rows
    for (const TableRow &row : table.rows) {
        if (isHeadingRow(row)) {
            const QString text = sectionFromRow(row);
            bool none = false;
            if (const QString addressee = addresseeOf(text, &none); !addressee.isEmpty()) {
                addressedTo = none ? QStringList() : QStringList{addressee};
                headingRun = false;
                continue;
            }
            section = withoutFootnoteMark(headingRun ? section + QLatin1Char(' ') + text : text);
            addressedTo.clear();
            headingRun = true;
            continue;
        }
        headingRun = false;
        if (!recs.isEmpty() && continuesRecommendation(row, map)) {
            readContinuationRow(row, map, joiner, recs.last());
            continue;
        }
        Recommendation rec;
        if (readRecommendationRow(row, map, joiner, rec)) {
            rec.section = section;
            if (rec.addressedTo.isEmpty()) {
                rec.addressedTo = addressedTo;
            }
            recs.append(rec);
        }
    }
    return recs;
}

} // namespace evalreview::extract::mr
