// Variants of a management response built word by word: other page sizes, another donor column,
// codes with sub-letters, a row split over a page break, a section row, no code column. They
// prove that table detection and extraction follow the structure, not one sample file.
#include "Extractors.h"
#include "LayoutAnalyzer.h"
#include "TableDetector.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

/// Prints words on a page as a PDF reader would report them (normalised boxes).
class PageWriter
{
public:
    PageWriter(int number, double widthPt, double heightPt)
    {
        m_page.number = number;
        m_page.sizePt = QSizeF(widthPt, heightPt);
    }

    /// One printed line: text pieces starting at normalised x positions, at the current height.
    void line(const QList<std::pair<double, QString>> &pieces, double size = 9)
    {
        for (const auto &[x0, text] : pieces) {
            double x = x0;
            for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                Word word;
                word.text = w;
                const double width = w.size() * size * 0.5 / m_page.sizePt.width();
                word.box = {x, m_y, x + width, m_y + size * 1.1 / m_page.sizePt.height()};
                word.fontSize = size;
                m_page.words.append(word);
                x += width + size * 0.3 / m_page.sizePt.width();
            }
        }
        m_y += size * 1.35 / m_page.sizePt.height();
    }
    void gap(double points) { m_y += points / m_page.sizePt.height(); }
    Page page() const { return m_page; }

private:
    Page m_page;
    double m_y = 0.06;
};

const QJsonObject *recommendation(const QJsonArray &recs, const QString &id, QJsonObject &storage)
{
    for (const QJsonValue &v : recs) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id) {
            storage = v.toObject();
            return &storage;
        }
    }
    return nullptr;
}

/// Portrait A4, NORAD column, codes 3.1a / 3.1b / 3.2, the second row running onto page 2
/// where the header is printed again.
DocumentContent portraitVariant()
{
    const QList<double> x{0.08, 0.16, 0.44, 0.60, 0.80};
    auto row = [&](PageWriter &p, const QStringList &cells) {
        QList<std::pair<double, QString>> pieces;
        for (int c = 0; c < cells.size(); ++c) {
            if (!cells[c].isEmpty()) {
                pieces.append({x[c], cells[c]});
            }
        }
        p.line(pieces);
    };
    auto header = [&](PageWriter &p) {
        row(p, {QStringLiteral("Ref"), QStringLiteral("Recommendation"), QStringLiteral("Management"),
                QStringLiteral("Follow-up action"), QStringLiteral("NORAD comments")});
        row(p, {{}, {}, QStringLiteral("response"), {}, {}});
        p.gap(10);
    };
    PageWriter one(1, 595, 842);
    one.line({{0.08, QStringLiteral("Skills for Green Jobs")}}, 20);
    one.line({{0.08, QStringLiteral("Final evaluation – Management Response")}}, 14);
    one.gap(10);
    one.line({{0.08, QStringLiteral("The programme funded by NORAD was evaluated. Acme Consulting was contracted")}});
    one.line({{0.08, QStringLiteral("to conduct the evaluation in 2024 with all partners.")}});
    one.gap(12);
    header(one);
    row(one, {QStringLiteral("3.1a"), QStringLiteral("Improve data: collect"), QStringLiteral("Partially"),
              QStringLiteral("1. Hire a data"), QStringLiteral("Agree with the")});
    row(one, {{},
              QStringLiteral("better monitoring data."),
              QStringLiteral("accepted"),
              QStringLiteral("officer."),
              QStringLiteral("response.")});
    row(one, {{}, QStringLiteral("Priority: High, Timing:"), {}, QStringLiteral("2. Train staff."), {}});
    row(one, {{}, QStringLiteral("Long-term"), {}, {}, {}});
    one.gap(8);
    row(one, {QStringLiteral("3.1b"), QStringLiteral("Share results with"), QStringLiteral("Accepted"),
              QStringLiteral("1. Publish a"), QStringLiteral("Please share")});
    row(one, {{},
              QStringLiteral("partners each year."),
              {},
              QStringLiteral("yearly brief."),
              QStringLiteral("drafts early.")});
    PageWriter two(2, 595, 842);
    header(two);
    row(two, {{}, {}, {}, QStringLiteral("2. Hold a partner"), QStringLiteral("We will join.")});
    row(two, {{}, {}, {}, QStringLiteral("meeting (see"), {}});
    row(two, {{}, {}, {}, QStringLiteral("recommendation 3.1a)."), {}});
    two.gap(8);
    row(two, {QStringLiteral("3.2"),
              QStringLiteral("Plan the exit early."),
              QStringLiteral("Rejected"),
              QStringLiteral("None."),
              {}});
    two.gap(30);
    two.line({{0.08, QStringLiteral("This closing note runs across the whole width of the page below the table.")}});
    DocumentContent content;
    content.pages = {one.page(), two.page()};
    return content;
}

} // namespace

TEST(TableVariants, PortraitTableWithAnotherDonorAndARowOverAPageBreak)
{
    DocumentContent content = portraitVariant();
    ingest::analyzeLayout(content); // as readDocument() does: blocks, running furniture
    ingest::detectTables(content);
    ASSERT_EQ(content.tables.size(), 1);
    const Table &table = content.tables.first();
    EXPECT_EQ(table.headers.size(), 5);
    EXPECT_EQ(table.headers[2], QStringLiteral("Management response"));
    ASSERT_EQ(table.rows.size(), 3);
    EXPECT_TRUE(table.rows[1].continuedFromPreviousPage);
    EXPECT_FALSE(table.rows[2].continuedFromPreviousPage);
    EXPECT_EQ(table.firstPage, 1);
    EXPECT_EQ(table.lastPage, 2);

    const QJsonObject out = extract::extractManagementResponse(content);
    EXPECT_EQ(out.value(QStringLiteral("title")).toString(), QStringLiteral("Skills for Green Jobs"));
    EXPECT_EQ(out.value(QStringLiteral("subtitle")).toString(),
              QStringLiteral("Final evaluation – Management Response"));
    EXPECT_EQ(out.value(QStringLiteral("evaluator")).toString(), QStringLiteral("Acme Consulting"));
    EXPECT_EQ(out.value(QStringLiteral("donors")).toArray(), QJsonArray{QStringLiteral("NORAD")});
    const QJsonArray recs = out.value(QStringLiteral("recommendations")).toArray();
    ASSERT_EQ(recs.size(), 3);
    QJsonObject r;
    ASSERT_TRUE(recommendation(recs, QStringLiteral("3.1a"), r));
    EXPECT_EQ(r.value(QStringLiteral("title")).toString(), QStringLiteral("Improve data"));
    EXPECT_EQ(r.value(QStringLiteral("text")).toString(),
              QStringLiteral("Improve data: collect better monitoring data."));
    EXPECT_EQ(r.value(QStringLiteral("priority")).toString(), QStringLiteral("High"));
    EXPECT_EQ(r.value(QStringLiteral("timing")).toString(), QStringLiteral("Long-term"));
    EXPECT_TRUE(r.value(QStringLiteral("section")).isNull());
    EXPECT_EQ(r.value(QStringLiteral("response_category")).toString(), QStringLiteral("partially_accepted"));
    EXPECT_EQ(r.value(QStringLiteral("actions")).toArray().size(), 2);
    const QJsonObject comment = r.value(QStringLiteral("donor_comments")).toArray().first().toObject();
    EXPECT_EQ(comment.value(QStringLiteral("donor")).toString(), QStringLiteral("NORAD"));
    EXPECT_EQ(comment.value(QStringLiteral("text")).toString(), QStringLiteral("Agree with the response."));

    ASSERT_TRUE(recommendation(recs, QStringLiteral("3.1b"), r));
    const QJsonArray actions = r.value(QStringLiteral("actions")).toArray();
    ASSERT_EQ(actions.size(), 2);
    EXPECT_EQ(actions[1].toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Hold a partner meeting (see recommendation 3.1a)."));
    // The row spans two pages: its source names both.
    EXPECT_EQ(r.value(QStringLiteral("source")).toArray().size(), 2);
    EXPECT_EQ(actions[1]
                  .toObject()
                  .value(QStringLiteral("source"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("page")),
              2);
    EXPECT_EQ(r.value(QStringLiteral("donor_comments")).toArray().first().toObject().value(QStringLiteral("text")),
              QStringLiteral("Please share drafts early. We will join."));

    ASSERT_TRUE(recommendation(recs, QStringLiteral("3.2"), r));
    EXPECT_EQ(r.value(QStringLiteral("response_category")).toString(), QStringLiteral("not_accepted"));
    EXPECT_TRUE(r.value(QStringLiteral("donor_comments")).toArray().isEmpty());

    const QJsonArray refs = out.value(QStringLiteral("cross_references")).toArray();
    ASSERT_EQ(refs.size(), 1);
    EXPECT_EQ(refs[0].toObject().value(QStringLiteral("from")).toString(), QStringLiteral("3.1b"));
    EXPECT_EQ(refs[0].toObject().value(QStringLiteral("to")).toString(), QStringLiteral("3.1a"));
}

TEST(TableVariants, LandscapeTableWithSectionRowsAndCodesInTheText)
{
    const QList<double> x{0.05, 0.40, 0.55, 0.80};
    PageWriter p(1, 842, 595);
    p.line({{x[0], QStringLiteral("Recommendation")},
            {x[1], QStringLiteral("Response")},
            {x[2], QStringLiteral("Actions")},
            {x[3], QStringLiteral("Donor comments")}});
    p.gap(10);
    p.line({{x[0], QStringLiteral("Kenya")}}, 11);
    p.gap(6);
    p.line({{x[0], QStringLiteral("1. Train more inspectors.")},
            {x[1], QStringLiteral("Accepted")},
            {x[2], QStringLiteral("Courses in 2025.")},
            {x[3], QStringLiteral("Fine.")}});
    p.gap(10);
    p.line({{x[0], QStringLiteral("Uganda")}}, 11);
    p.gap(6);
    p.line({{x[0], QStringLiteral("2. Fund the labs.")},
            {x[1], QStringLiteral("To be discussed")},
            {x[2], QStringLiteral("Budget talks.")},
            {x[3], QStringLiteral("Noted.")}});
    p.gap(10);
    p.line({{x[0], QStringLiteral("3. Share tools.")},
            {x[1], QStringLiteral("Accepted")},
            {x[2], QStringLiteral("a) Web page.")},
            {x[3], QStringLiteral("Good.")}});
    p.line({{x[2], QStringLiteral("b) Newsletter.")}});
    DocumentContent content;
    content.pages = {p.page()};
    ingest::analyzeLayout(content);
    ingest::detectTables(content);
    ASSERT_EQ(content.tables.size(), 1);
    const QJsonObject out = extract::extractManagementResponse(content);
    EXPECT_EQ(out.value(QStringLiteral("sections")).toArray(),
              (QJsonArray{QStringLiteral("Kenya"), QStringLiteral("Uganda")}));
    const QJsonArray recs = out.value(QStringLiteral("recommendations")).toArray();
    ASSERT_EQ(recs.size(), 3);
    QJsonObject r;
    ASSERT_TRUE(recommendation(recs, QStringLiteral("2"), r));
    EXPECT_EQ(r.value(QStringLiteral("section")).toString(), QStringLiteral("Uganda"));
    EXPECT_EQ(r.value(QStringLiteral("text")).toString(), QStringLiteral("Fund the labs."));
    EXPECT_EQ(r.value(QStringLiteral("response_category")).toString(), QStringLiteral("deferred"));
    EXPECT_EQ(r.value(QStringLiteral("donor_comments")).toArray().first().toObject().value(QStringLiteral("donor")),
              QStringLiteral("Donor"));
    ASSERT_TRUE(recommendation(recs, QStringLiteral("3"), r));
    EXPECT_EQ(r.value(QStringLiteral("section")).toString(), QStringLiteral("Uganda"));
    EXPECT_EQ(r.value(QStringLiteral("actions")).toArray().size(), 2);
}

TEST(TableVariants, RunningTextIsNoTable)
{
    PageWriter p(1, 595, 842);
    for (int i = 0; i < 20; ++i) {
        p.line({{0.08, QStringLiteral("This is running text of a report, set as one column across the page width.")}});
    }
    DocumentContent content;
    content.pages = {p.page()};
    ingest::detectTables(content);
    EXPECT_TRUE(content.tables.isEmpty());
    const QJsonObject out = extract::extractManagementResponse(content);
    EXPECT_TRUE(out.value(QStringLiteral("recommendations")).toArray().isEmpty());
}

TEST(TableVariants, AJustifiedHeadingOverJustifiedProseIsNoTable)
{
    // A heading set justified over the full width: single capitalised words at one stretched gap,
    // then justified lines of prose, whose words also fall under those "cells".
    PageWriter p(1, 595, 842);
    QList<std::pair<double, QString>> heading;
    const QStringList words{QStringLiteral("Development"), QStringLiteral("Programme/United"),
                            QStringLiteral("Nations"),     QStringLiteral("Population"),
                            QStringLiteral("Fund/United"), QStringLiteral("Nations"),
                            QStringLiteral("Office")};
    double x = 0.08;
    for (const QString &w : words) {
        heading.append({x, w});
        x += w.size() * 9 * 0.5 / 595 + 0.035; // the word, then one stretched gap
    }
    p.line(heading);
    for (int i = 0; i < 6; ++i) {
        QList<std::pair<double, QString>> prose;
        for (int k = 0; k < 8; ++k) {
            prose.append({0.08 + k * 0.105, QStringLiteral("justified")});
        }
        p.line(prose);
    }
    DocumentContent content;
    content.pages = {p.page()};
    ingest::detectTables(content);
    EXPECT_TRUE(content.tables.isEmpty());
}

namespace {

/// A table cell of printed lines, one per string, from height y down.
TableCell cellOf(const QStringList &lines, double x, double y)
{
    TableCell cell;
    for (const QString &text : lines) {
        TextLine l;
        double wx = x;
        for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            Word word;
            word.text = w;
            word.box = {wx, y, wx + 0.008 * w.size(), y + 0.012};
            l.words.append(word);
            wx = word.box.x1 + 0.004;
        }
        l.box = {x, y, wx, y + 0.012};
        l.page = 1;
        cell.lines.append(l);
        y += 0.016;
    }
    cell.box = {x, 0, x + 0.15, 1};
    return cell;
}

TableRow rowOf(const QList<QStringList> &cells, double y)
{
    TableRow row;
    row.page = 1;
    for (int c = 0; c < cells.size(); ++c) {
        row.cells.append(cellOf(cells[c], 0.05 + 0.18 * c, y));
    }
    return row;
}

} // namespace

TEST(TableVariants, ActionsTakeTheirRowsTimeFrameAndUnitAndARowMergedFromAboveAddsActions)
{
    DocumentContent content;
    Page page;
    page.number = 1;
    page.sizePt = QSizeF(842, 595);
    content.pages = {page};
    Table t;
    t.headers = {QStringLiteral("Recommendation"), QStringLiteral("Management response"), QStringLiteral("Key actions"),
                 QStringLiteral("Deadline"), QStringLiteral("Responsible unit")};
    t.columnEdges = {0.05, 0.23, 0.41, 0.59, 0.77, 0.95};
    t.firstPage = t.lastPage = 1;
    t.rows = {rowOf({{QStringLiteral("1. Train the staff of every office.")},
                     {QStringLiteral("Accepted.")},
                     {QStringLiteral("a) Hire a trainer"), QStringLiteral("b) Run courses")},
                     {QStringLiteral("a) March 2026"), QStringLiteral("b) June 2026")},
                     {QStringLiteral("HR Unit")}},
                    0.2),
              // the recommendation's cells are merged from above: this row only adds an action
              rowOf({{},
                     {},
                     {QStringLiteral("Publish a guide")},
                     {QStringLiteral("December 2026")},
                     {QStringLiteral("Communications")}},
                    0.3)};
    content.tables = {t};
    const QJsonArray recs =
        extract::extractManagementResponse(content).value(QStringLiteral("recommendations")).toArray();
    ASSERT_EQ(recs.size(), 1);
    const QJsonObject rec = recs.first().toObject();
    EXPECT_EQ(rec.value(QStringLiteral("id")).toString(), QStringLiteral("1"));
    EXPECT_EQ(rec.value(QStringLiteral("response_category")).toString(), QStringLiteral("accepted"));
    const QJsonArray actions = rec.value(QStringLiteral("actions")).toArray();
    ASSERT_EQ(actions.size(), 3);
    const QList<QStringList> expected{
        {QStringLiteral("Hire a trainer"), QStringLiteral("March 2026"), QStringLiteral("HR Unit")},
        {QStringLiteral("Run courses"), QStringLiteral("June 2026"), QStringLiteral("HR Unit")},
        {QStringLiteral("Publish a guide"), QStringLiteral("December 2026"), QStringLiteral("Communications")}};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject a = actions[i].toObject();
        EXPECT_EQ(a.value(QStringLiteral("text")).toString(), expected[i][0]) << i;
        EXPECT_EQ(a.value(QStringLiteral("time_frame")).toString(), expected[i][1]) << i;
        EXPECT_EQ(a.value(QStringLiteral("responsible")).toString(), expected[i][2]) << i;
    }
}
