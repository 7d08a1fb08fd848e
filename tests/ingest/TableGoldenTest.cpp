// Golden tests of table detection on the corpus: the rows the layout stage finds, compared with
// the records of the gold extraction (tests/data/gold), before any extractor has seen them.
#include "DocumentReader.h"
#include "TestPdf.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

QJsonObject gold(const char *name)
{
    QFile f(QStringLiteral(EVALREVIEW_TEST_DATA "/gold/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList goldValues(const QJsonArray &records, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : records) {
        out << v.toObject().value(key).toString();
    }
    return out;
}

/// Tables whose header names a column containing `word`.
QList<Table> tablesWith(const DocumentContent &content, const QString &word)
{
    QList<Table> out;
    for (const Table &t : content.tables) {
        if (t.headers.join(QLatin1Char(' ')).contains(word, Qt::CaseInsensitive)) {
            out << t;
        }
    }
    return out;
}

} // namespace

TEST(TableGolden, ManagementResponseHasEveryRowOnceIncludingRowsSplitOverPages)
{
    const ingest::ReadResult r = ingest::readDocument(test::corpus("ilo-pe4dw-management-response.pdf"));
    ASSERT_TRUE(r.ok());
    const QList<Table> tables = tablesWith(r.value(), QStringLiteral("Recommendation"));
    ASSERT_FALSE(tables.isEmpty());
    QStringList codes;
    int continued = 0;
    for (const Table &t : tables) {
        EXPECT_EQ(t.columnEdges.size(), 6) << "five columns";
        EXPECT_TRUE(t.headers.last().contains(QStringLiteral("SECO")));
        for (const TableRow &row : t.rows) {
            codes << row.cells.first().text();
            continued += row.continuedFromPreviousPage ? 1 : 0;
            EXPECT_FALSE(row.cells.at(1).text().isEmpty()) << "row " << codes.last().toStdString();
        }
    }
    EXPECT_EQ(codes, goldValues(gold("ilo-pe4dw-management-response.json")[QStringLiteral("recommendations")].toArray(),
                                QStringLiteral("id")));
    EXPECT_GE(continued, 5); // rows that run over a page break are merged with their first part
}

TEST(TableGolden, FinalReportResultsTableHasEveryOutputRowAcrossItsPages)
{
    const ingest::ReadResult r = ingest::readDocument(test::corpus("mdgf-2065-final-narrative-report.pdf"));
    ASSERT_TRUE(r.ok());
    static const QRegularExpression output(QStringLiteral("^Output (\\d+(?:\\.\\d+)+):\\s*(.*)$"));
    QStringList ids;
    QHash<QString, QString> titles;
    for (const Table &t : tablesWith(r.value(), QStringLiteral("Indicators"))) {
        EXPECT_GE(t.columnEdges.size(), 10) << "nine columns from 'Expected Results' to 'Risks'";
        for (const TableRow &row : t.rows) {
            const auto m = output.match(row.cells.first().text());
            if (m.hasMatch()) {
                ids << m.captured(1);
                titles.insert(m.captured(1), m.captured(2));
            }
        }
    }
    const QJsonArray outputs = gold("mdgf-2065-final-narrative-report.json")[QStringLiteral("outputs")].toArray();
    EXPECT_EQ(ids, goldValues(outputs, QStringLiteral("id")));
    for (const QJsonValue &v : outputs) {
        const QString id = v[QStringLiteral("id")].toString();
        // the first cell holds the whole title, also where it runs on over a page break (3.3)
        EXPECT_TRUE(titles.value(id).startsWith(v[QStringLiteral("title")].toString()))
            << id.toStdString() << ": " << titles.value(id).toStdString();
    }
}

TEST(TableGolden, FinalReportFinancialTableRowsAndAmounts)
{
    const ingest::ReadResult r = ingest::readDocument(test::corpus("mdgf-2065-final-narrative-report.pdf"));
    ASSERT_TRUE(r.ok());
    const QList<Table> tables = tablesWith(r.value(), QStringLiteral("Approved"));
    ASSERT_EQ(tables.size(), 1);
    const Table &t = tables.first();
    ASSERT_EQ(t.columnEdges.size(), 6); // organisation + approved, transferred, committed, disbursed
    QHash<QString, QStringList> amounts;
    for (const TableRow &row : t.rows) {
        QStringList cells;
        for (qsizetype c = 1; c < row.cells.size(); ++c) {
            cells << row.cells.at(c).text().remove(QLatin1Char(','));
        }
        amounts.insert(row.cells.first().text(), cells);
    }
    const QJsonArray expectedRows =
        gold("mdgf-2065-final-narrative-report.json")[QStringLiteral("financial_status")].toArray();
    ASSERT_FALSE(expectedRows.isEmpty());
    for (const QJsonValue &v : expectedRows) {
        const QString org = v[QStringLiteral("organization")].toString();
        ASSERT_TRUE(amounts.contains(org)) << org.toStdString();
        const QStringList expected = {QString::number(v[QStringLiteral("approved")].toInteger()),
                                      QString::number(v[QStringLiteral("transferred")].toInteger()),
                                      QString::number(v[QStringLiteral("committed")].toInteger()),
                                      QString::number(v[QStringLiteral("disbursed")].toInteger())};
        EXPECT_EQ(amounts.value(org), expected) << org.toStdString();
    }
}

TEST(TableGolden, KeyActionTablesOfAFramedAnnexHoldTheirRowsOnly)
{
    // A review whose annex is one framed box: per recommendation its text, the response and a
    // key-action table. The first action row (short capitalised cells) is no second header, and a
    // "Recommendation N." line atop a page does not carry the table above it on.
    const ingest::ReadResult r =
        ingest::readDocument(QStringLiteral(EVALREVIEW_TEST_DATA "/real/undp-evaluation-policy-review.pdf"));
    ASSERT_TRUE(r.ok());
    const QList<Table> tables = tablesWith(r.value(), QStringLiteral("Key action"));
    EXPECT_EQ(tables.size(), 9) << "one key-action table per recommendation";
    for (const Table &t : r.value().tables) {
        EXPECT_TRUE(t.headers.first().startsWith(QStringLiteral("Key action")))
            << t.headers.join(QLatin1Char('|')).toStdString();
        for (const TableRow &row : t.rows) {
            EXPECT_FALSE(row.cells.first().text().startsWith(QStringLiteral("Recommendation")))
                << "page " << row.page << ": " << row.cells.first().text().toStdString();
        }
    }
}

TEST(TableGolden, CentredHeaderCellTallerThanItsNeighboursKeepsItsFirstLines)
{
    // LibreOffice centres the header cells of a borderless table vertically: "ILO" / "Management"
    // / "response" stands two lines above the one-line cells beside it, "N" / "o" one line.
    const ingest::ReadResult r =
        ingest::readDocument(QStringLiteral(EVALREVIEW_TEST_DATA "/lo-prints/mr-lo-portrait-borderless.pdf"));
    ASSERT_TRUE(r.ok());
    ASSERT_FALSE(r.value().tables.isEmpty());
    const Table &first = r.value().tables.first();
    EXPECT_EQ(first.headers, (QStringList{QStringLiteral("N o"), QStringLiteral("Recommendation"),
                                          QStringLiteral("ILO Management response"), QStringLiteral("ILO Action"),
                                          QStringLiteral("SECO Comments")}));
    EXPECT_TRUE(first.caption.isEmpty()) << first.caption.toStdString();
}

TEST(TableGolden, CentredHeaderCellWithNoTextOnTheHeadersOwnLineIsAColumn)
{
    // In the country tables of the landscape print, "Manageme" / "nt response" stand above and
    // below the line of the other header cells and leave it empty between "Recommendation" and
    // "Action": that cell is a column of its own, not a part of its neighbours.
    const ingest::ReadResult r =
        ingest::readDocument(QStringLiteral(EVALREVIEW_TEST_DATA "/lo-prints/mr-lo-landscape-borderless.pdf"));
    ASSERT_TRUE(r.ok());
    int fourColumnHeaders = 0;
    int brokenResponseHeaders = 0;
    for (const Table &t : r.value().tables) {
        fourColumnHeaders += t.headers.size() == 4 ? 1 : 0;
        if (t.headers.size() == 5 && t.headers.at(2) == QLatin1String("Manageme nt response")) {
            ++brokenResponseHeaders;
            EXPECT_EQ(t.headers.at(3), QStringLiteral("Action"));
        }
    }
    EXPECT_EQ(fourColumnHeaders, 0);
    EXPECT_GE(brokenResponseHeaders, 1);
}
