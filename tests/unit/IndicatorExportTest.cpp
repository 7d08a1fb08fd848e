// The follow-up indicators in the exports, on a small library whose figures are worked out by hand
// (tests/common/IndicatorLibrary.h): the CSV table, the workbook's "Indicators" sheet, the report's
// page, and the indicators of the exported recommendations only.
#include "CsvExporter.h"
#include "ExportQuery.h"
#include "IndicatorLibrary.h"
#include "IndicatorPeriod.h"
#include "IndicatorQuery.h"
#include "PdfReportExporter.h"
#include "XlsxExporter.h"
#include "ZipArchive.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

const QDate kToday(2026, 6, 1);

class IndicatorExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("indicators.evalreview"));
        ASSERT_TRUE(evalreview::testing::buildIndicatorLibrary(m_path));
        m_store = SqliteLibraryStore::open(m_path);
    }
    sql::Database &db() { return m_store->database(); }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteLibraryStore> m_store;
};

/// The text of the cell `ref` ("C2") of a worksheet's XML: its number, or its shared string.
QString cellOf(const QString &sheet, const QStringList &strings, const QString &ref)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"([^>]*)>(?:<f>[^<]*</f>)?<v>([^<]*)</v>").arg(ref));
    const QRegularExpressionMatch m = cell.match(sheet);
    if (!m.hasMatch()) {
        return {};
    }
    return m.captured(1).contains(QLatin1String("t=\"s\"")) ? strings.value(m.captured(2).toInt()) : m.captured(2);
}

QStringList sharedStrings(const QString &xml)
{
    QStringList out;
    static const QRegularExpression si(QStringLiteral("<si><t[^>]*>([^<]*)</t></si>"));
    for (auto it = si.globalMatch(xml); it.hasNext();) {
        out << it.next().captured(1);
    }
    return out;
}

} // namespace

TEST_F(IndicatorExport, CsvHoldsEveryGroupingWithThePeriodAsWorkedOutByHand)
{
    const Indicators in = IndicatorQuery(db()).compute(kToday, QDate(2025, 1, 1), QDate(2025, 12, 31));
    const QString period = QStringLiteral(",2025-01-01,2025-12-31,2026-06-01");
    const QStringList expected{
        QStringLiteral("Grouping,Group,Recommendations,Responses,Responses not actionable,Accepted,"
                       "Accepted and implemented,Implemented share,Due in period,Closed by period end,Closure rate,"
                       "Overdue,Open donor requests,Median days from evaluation to response,Period from,Period to,"
                       "Overdue as of"),
        // due in 2025: a1 (closed 2025-03-20), a2 (open), b1 (closed in 2026, after the period)
        QStringLiteral("All,All recommendations,6,5,4,4,3,0.750,3,1,0.333,1,2,131") + period,
        QStringLiteral("Document,Evaluation of WFP school meals,1,0,0,0,0,,0,0,,0,0,131") + period,
        QStringLiteral("Document,UNDP management response,2,2,2,1,1,1.000,1,0,0.000,0,1,") + period,
        QStringLiteral("Document,WFP management response,3,3,2,3,2,0.667,2,1,0.500,1,1,131") + period,
        QStringLiteral("Organisation,UNDP,2,2,2,1,1,1.000,1,0,0.000,0,1,") + period,
        QStringLiteral("Organisation,WFP,4,3,2,3,2,0.667,2,1,0.500,1,1,131") + period,
        QStringLiteral("Year,2023,1,0,0,0,0,,0,0,,0,0,") + period,
        QStringLiteral("Year,2024,3,3,2,3,2,0.667,2,1,0.500,1,1,131") + period,
        QStringLiteral("Year,2025,2,2,2,1,1,1.000,1,0,0.000,0,1,") + period,
        QStringLiteral("Owner,(no owner),4,3,2,2,2,1.000,1,1,1.000,0,1,") + period,
        QStringLiteral("Owner,Ana,2,2,2,2,1,0.500,2,0,0.000,1,1,") + period,
    };
    const QByteArray csv = CsvExporter::renderIndicators(in);
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), expected.size()) << csv.toStdString();
    for (int i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(lines.at(i), expected.at(i)) << "line " << i;
    }

    // Everything due up to today: a3 (closed 2026-04-10) and b1 are closed by then.
    const Indicators upToToday = IndicatorQuery(db()).compute(kToday);
    const QStringList all =
        QString::fromUtf8(CsvExporter::renderIndicators(upToToday)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(all.value(1), QStringLiteral("All,All recommendations,6,5,4,4,3,0.750,4,3,0.750,1,2,131,,2026-06-01,"
                                           "2026-06-01"));
}

TEST_F(IndicatorExport, PeriodsAreReckonedFromToday)
{
    IndicatorPeriod p;
    EXPECT_FALSE(p.start(kToday).isValid());
    EXPECT_EQ(p.end(kToday), kToday);
    p.kind = IndicatorPeriod::Kind::ThisYear;
    EXPECT_EQ(p.start(kToday), QDate(2026, 1, 1));
    EXPECT_EQ(p.end(kToday), kToday);
    p.kind = IndicatorPeriod::Kind::LastYear;
    EXPECT_EQ(p.start(kToday), QDate(2025, 1, 1));
    EXPECT_EQ(p.end(kToday), QDate(2025, 12, 31));
    p.kind = IndicatorPeriod::Kind::Last12Months;
    EXPECT_EQ(p.start(kToday), QDate(2025, 6, 2));
    EXPECT_EQ(p.end(kToday), kToday);
    p.kind = IndicatorPeriod::Kind::Custom;
    p.from = QDate(2025, 3, 1);
    EXPECT_EQ(p.start(kToday), QDate(2025, 3, 1));
    EXPECT_EQ(p.end(kToday), kToday);
    for (const auto kind :
         {IndicatorPeriod::Kind::UpToToday, IndicatorPeriod::Kind::ThisYear, IndicatorPeriod::Kind::LastYear,
          IndicatorPeriod::Kind::Last12Months, IndicatorPeriod::Kind::Custom}) {
        EXPECT_EQ(IndicatorPeriod::kindOf(IndicatorPeriod::keyOf(kind)), kind);
    }
    EXPECT_EQ(IndicatorPeriod::kindOf(QStringLiteral("next-decade")), IndicatorPeriod::Kind::UpToToday);
}

TEST_F(IndicatorExport, TheWorkbookEndsWithAnIndicatorsSheetOfNumbers)
{
    const QList<ExportRecord> records = loadExportRecords(db(), {});
    ASSERT_EQ(records.size(), 6);
    const Indicators in = IndicatorQuery(db()).compute(kToday, QDate(2025, 1, 1), QDate(2025, 12, 31));
    const QString path = m_dir.filePath(QStringLiteral("export.xlsx"));
    ASSERT_TRUE(XlsxExporter::write(records, path, {}, &in).ok());
    ingest::ZipArchive zip;
    ASSERT_TRUE(zip.open(path));
    const QString workbook = QString::fromUtf8(zip.read(QStringLiteral("xl/workbook.xml"), 1 << 20));
    // the records have no section: one "All" sheet, then the indicators
    EXPECT_TRUE(workbook.contains(QStringLiteral("<sheet name=\"All\" sheetId=\"1\"")));
    EXPECT_TRUE(workbook.contains(QStringLiteral("<sheet name=\"Indicators\" sheetId=\"2\"")));
    const QStringList strings =
        sharedStrings(QString::fromUtf8(zip.read(QStringLiteral("xl/sharedStrings.xml"), 1 << 20)));
    const QString sheet = QString::fromUtf8(zip.read(QStringLiteral("xl/worksheets/sheet2.xml"), 1 << 20));
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("A1")), QStringLiteral("Grouping"));
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("K1")), QStringLiteral("Closure rate"));
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("B2")), QStringLiteral("All recommendations"));
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("C2")), QStringLiteral("6"));
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("H2")), QStringLiteral("0.75"));
    EXPECT_TRUE(cellOf(sheet, strings, QStringLiteral("K2")).startsWith(QStringLiteral("0.3333")));
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("N2")), QStringLiteral("131"));
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("O2")), QStringLiteral("2025-01-01"));
    // row 5: the WFP response; row 3: the evaluation, whose closure rate has nothing to divide
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("B5")), QStringLiteral("WFP management response"));
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("K5")), QStringLiteral("0.5"));
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("L5")), QStringLiteral("1"));
    EXPECT_TRUE(cellOf(sheet, strings, QStringLiteral("K3")).isEmpty());
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("A12")), QStringLiteral("Owner"));
    EXPECT_EQ(cellOf(sheet, strings, QStringLiteral("B12")), QStringLiteral("Ana"));
    EXPECT_TRUE(cellOf(sheet, strings, QStringLiteral("A13")).isEmpty());

    // Without indicators, the workbook is as before: one sheet.
    ASSERT_TRUE(XlsxExporter::write(records, path).ok());
    ASSERT_TRUE(zip.open(path));
    EXPECT_FALSE(
        QString::fromUtf8(zip.read(QStringLiteral("xl/workbook.xml"), 1 << 20)).contains(QStringLiteral("Indicators")));
}

TEST_F(IndicatorExport, TheReportHasAPageOfIndicators)
{
    const QList<ExportRecord> records = loadExportRecords(db(), {});
    const Indicators in = IndicatorQuery(db()).compute(kToday, QDate(2025, 1, 1), QDate(2025, 12, 31));
    const QString html = PdfReportExporter::reportHtml(records, QStringLiteral("Report"), &in);
    EXPECT_TRUE(html.contains(QStringLiteral("Follow-up indicators")));
    EXPECT_TRUE(html.contains(QStringLiteral("from 2025-01-01 to 2025-12-31")));
    EXPECT_TRUE(html.contains(QStringLiteral("<h3>By organisation</h3>")));
    // all six: 4 of 5 responses not actionable, 3 of 4 accepted implemented, 1 of 3 due closed
    EXPECT_TRUE(html.contains(QStringLiteral("<td>All recommendations</td><td>6</td><td>4 of 5 (80%)</td>"
                                             "<td>3 of 4 (75%)</td><td>1 of 3 (33%)</td><td>1</td><td>2</td>"
                                             "<td>131</td>")))
        << html.toStdString();
    EXPECT_FALSE(
        PdfReportExporter::reportHtml(records, QStringLiteral("Report")).contains(QStringLiteral("indicators")));
}

TEST_F(IndicatorExport, OnlyTheExportedRecommendationsAreCounted)
{
    // The UNDP response alone: its two recommendations, and no evaluation-to-response pair.
    RecommendationFilter filter;
    sql::Statement st = db().prepare(QStringLiteral("SELECT id FROM documents WHERE title LIKE 'UNDP%'"));
    ASSERT_TRUE(st.next());
    filter.documentId = st.integer(0);
    QSet<qint64> ids;
    for (const ExportRecord &r : loadExportRecords(db(), filter)) {
        ids.insert(r.id);
    }
    ASSERT_EQ(ids.size(), 2);
    IndicatorQuery query(db());
    query.restrictTo(ids);
    const Indicators in = query.compute(kToday);
    EXPECT_EQ(in.total.recommendations, 2);
    EXPECT_EQ(in.total.due, 1);
    EXPECT_EQ(in.total.closed, 1);
    ASSERT_EQ(in.byDocument.size(), 1);
    EXPECT_EQ(in.byDocument.constFirst().group, QStringLiteral("UNDP management response"));
    ASSERT_EQ(in.byOrganisation.size(), 1);
    EXPECT_TRUE(in.responseTimes.isEmpty());
    EXPECT_FALSE(in.total.medianResponseDays().has_value());
    ASSERT_EQ(in.overdueByOwner.size(), 0);
}
