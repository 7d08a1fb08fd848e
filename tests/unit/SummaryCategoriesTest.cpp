// A position stated only by a summary table that counts each report's recommendations by status.
#include "mr/SummaryCategories.h"

#include "DocumentContent.h"

#include <gtest/gtest.h>

using namespace evalreview;
using namespace evalreview::extract::mr;

namespace {

TableCell cellOf(const QString &text)
{
    TableCell cell;
    TextLine line;
    for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Word word;
        word.text = w;
        word.spaceAfter = true;
        line.words.append(word);
    }
    if (!line.words.isEmpty()) {
        line.words.last().spaceAfter = false;
        cell.lines.append(line);
    }
    return cell;
}

TableRow rowOf(const QStringList &cells)
{
    TableRow row;
    for (const QString &c : cells) {
        row.cells.append(cellOf(c));
    }
    return row;
}

Recommendation recordIn(const QString &section, const QString &category = {})
{
    Recommendation r;
    r.section = section;
    r.responseCategory = category;
    return r;
}

Table summary()
{
    Table t;
    // headers as a narrow column breaks them
    t.headers = {QStringLiteral("Report symbol"),          QStringLiteral("Report title"),
                 QStringLiteral("Total recommenda tions"), QStringLiteral("Under considerati on"),
                 QStringLiteral("Not accepted"),           QStringLiteral("In progress")};
    t.rows = {rowOf({QStringLiteral("REP/2023/6"), QStringLiteral("Working arrangements"), QStringLiteral("3"),
                     QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("3")}),
              rowOf({QStringLiteral("REP/2023/7"), QStringLiteral("Governance review"), QStringLiteral("2"),
                     QStringLiteral("2"), QStringLiteral("-"), QString()})};
    return t;
}

} // namespace

TEST(SummaryCategories, AStatusCountingEveryOpenRecordOfItsReportGivesTheirPosition)
{
    QList<Recommendation> recs{
        recordIn(QStringLiteral("Working arrangements (REP/2023/6)"), QStringLiteral("accepted")),
        recordIn(QStringLiteral("Governance review (REP/2023/7)")),
        recordIn(QStringLiteral("Governance review (REP/2023/7)")),
        recordIn(QStringLiteral("Another report (REP/2024/1)"))};
    categoriesFromSummaryTables(recs, {summary()});
    EXPECT_EQ(recs[0].responseCategory, QStringLiteral("accepted")); // stated in its own text: kept
    EXPECT_EQ(recs[1].responseCategory, QStringLiteral("deferred"));
    EXPECT_EQ(recs[2].responseCategory, QStringLiteral("deferred"));
    EXPECT_TRUE(recs[3].responseCategory.isEmpty()); // its report is not in the summary
}

TEST(SummaryCategories, CountsThatLeaveADoubtGiveNothing)
{
    // three records without a position, the summary counts two under consideration
    QList<Recommendation> recs{recordIn(QStringLiteral("Governance review (REP/2023/7)")),
                               recordIn(QStringLiteral("Governance review (REP/2023/7)")),
                               recordIn(QStringLiteral("Governance review (REP/2023/7)"))};
    categoriesFromSummaryTables(recs, {summary()});
    for (const Recommendation &r : std::as_const(recs)) {
        EXPECT_TRUE(r.responseCategory.isEmpty());
    }
}
