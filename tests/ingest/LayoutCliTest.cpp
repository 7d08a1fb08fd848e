// evalreview-cli layout: plain reading-order text and the JSON layout.
#include "TestPdf.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun layout(const QStringList &args)
{
    QProcess cli;
    cli.start(QStringLiteral(EVALREVIEW_CLI), QStringList{QStringLiteral("layout")} + args);
    if (!cli.waitForFinished(60000)) {
        return {};
    }
    return {cli.exitCode(), cli.readAllStandardOutput(), QString::fromUtf8(cli.readAllStandardError())};
}

} // namespace

TEST(LayoutCli, JsonHasPagesBlocksLinesAndBoxes)
{
    const CliRun r = layout({QStringLiteral("--json"), QStringLiteral("--pages"), QStringLiteral("2-3"),
                             test::corpus("ilo-sse-asia-final-evaluation-summary.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonArray pages = root.value(QStringLiteral("pages")).toArray();
    ASSERT_EQ(pages.size(), 2);
    const QJsonObject page = pages.at(0).toObject();
    EXPECT_EQ(page.value(QStringLiteral("number")).toInt(), 2);
    EXPECT_NEAR(page.value(QStringLiteral("width")).toDouble(), 595, 1);
    EXPECT_TRUE(page.value(QStringLiteral("furniture")).isArray());
    EXPECT_TRUE(page.value(QStringLiteral("tables")).isArray());
    const QJsonArray blocks = page.value(QStringLiteral("blocks")).toArray();
    ASSERT_FALSE(blocks.isEmpty());
    bool secondColumn = false;
    for (const QJsonValue &v : blocks) {
        const QJsonObject b = v.toObject();
        const QJsonArray box = b.value(QStringLiteral("bbox")).toArray();
        ASSERT_EQ(box.size(), 4);
        EXPECT_LT(box.at(0).toDouble(), box.at(2).toDouble());
        EXPECT_LT(box.at(1).toDouble(), box.at(3).toDouble());
        EXPECT_FALSE(b.value(QStringLiteral("text")).toString().isEmpty());
        secondColumn = secondColumn || b.value(QStringLiteral("column")).toInt() == 1;
        const QJsonArray lines = b.value(QStringLiteral("lines")).toArray();
        ASSERT_FALSE(lines.isEmpty());
        const QJsonObject line = lines.at(0).toObject();
        EXPECT_GT(line.value(QStringLiteral("font_size")).toDouble(), 4);
        EXPECT_EQ(line.value(QStringLiteral("bbox")).toArray().size(), 4);
    }
    EXPECT_TRUE(secondColumn);
}

TEST(LayoutCli, PlainTextIsTheReadingOrder)
{
    const CliRun r = layout({test::corpus("ilo-enhance-newsletter.pdf")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(r.out);
    EXPECT_TRUE(text.startsWith(QStringLiteral("ENHANCE Newsletter\n\nMid-Term Evaluation\n\n")));
    EXPECT_LT(text.indexOf(QStringLiteral("As ENHANCE passes halfway mark")),
              text.indexOf(QStringLiteral("Implementation agreements in the three")));
    EXPECT_EQ(text.count(QLatin1Char('\f')), 3); // four pages
}

TEST(LayoutCli, BadPageRangeIsAUsageError)
{
    const CliRun r =
        layout({QStringLiteral("--pages"), QStringLiteral("seven"), test::corpus("ilo-enhance-newsletter.pdf")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--pages takes a page range")));
}
