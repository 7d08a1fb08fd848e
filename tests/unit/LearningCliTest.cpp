// lessons, themes, recurring, indicators on the seed documents: the evaluation summary's lessons
// and good practices with their pages, and the themes of its ten recommendations against the
// expectation written by hand (tests/data/themes).
#include "Sqlite.h"
#include "SqliteLibraryStore.h"
#include "ThemeStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

QJsonObject cli(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(EVALREVIEW_CLI), args + QStringList{QStringLiteral("--json")});
    if (!p.waitForFinished(120000)) {
        return {};
    }
    if (exitCode) {
        *exitCode = p.exitCode();
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QString corpus(const char *name)
{
    return QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/") + QLatin1String(name);
}

class LearningCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_library = s_dir->filePath(QStringLiteral("seed.evalreview"));
        int exit = -1;
        cli({QStringLiteral("import"), QStringLiteral("--library"), s_library,
             corpus("ilo-sse-asia-final-evaluation-summary.pdf"), corpus("ilo-pe4dw-management-response.pdf")},
            &exit);
        ASSERT_EQ(exit, 0);
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    QJsonObject run(const QString &command, const QStringList &more = {}, int *exitCode = nullptr)
    {
        return cli(QStringList{command, QStringLiteral("--library"), s_library} + more, exitCode);
    }
    static QTemporaryDir *s_dir;
    static QString s_library;
};

QTemporaryDir *LearningCli::s_dir = nullptr;
QString LearningCli::s_library;

} // namespace

TEST_F(LearningCli, TheEvaluationSummarysLessonsAndGoodPracticesAreListedWithTheirPages)
{
    int exit = -1;
    const QJsonArray lessons = run(QStringLiteral("lessons"), {}, &exit)[QStringLiteral("lessons")].toArray();
    ASSERT_EQ(exit, 0);
    QStringList learned;
    QStringList practices;
    for (const QJsonValue &v : lessons) {
        EXPECT_EQ(v[QStringLiteral("file_name")].toString(),
                  QStringLiteral("ilo-sse-asia-final-evaluation-summary.pdf"));
        // Page 3 or 4 of the summary, with a region on it.
        EXPECT_GE(v[QStringLiteral("page")].toInt(), 3) << v[QStringLiteral("text")].toString().toStdString();
        EXPECT_LE(v[QStringLiteral("page")].toInt(), 4);
        const QJsonArray region = v[QStringLiteral("region")].toArray();
        ASSERT_EQ(region.size(), 4);
        EXPECT_LT(region[0].toDouble(), region[2].toDouble());
        EXPECT_LT(region[1].toDouble(), region[3].toDouble());
        (v[QStringLiteral("kind")].toString() == QLatin1String("lesson_learned") ? learned : practices)
            << v[QStringLiteral("text")].toString().simplified();
    }
    ASSERT_EQ(learned.size(), 6);
    ASSERT_EQ(practices.size(), 4);
    EXPECT_EQ(learned.constFirst(), QStringLiteral("Tripartite approach is effective in leveraging the potential of "
                                                   "the SSE to address unmet needs."));
    EXPECT_TRUE(practices.constFirst().startsWith(QStringLiteral("The online capacity-building workshop")));

    // Searched with accents and case folded, words in any order.
    const QJsonArray found = run(QStringLiteral("lessons"),
                                 {QStringLiteral("--search"), QStringLiteral("STRATÉGIE")})[QStringLiteral("lessons")]
                                 .toArray();
    EXPECT_TRUE(found.isEmpty()); // French word, English text: not the same word
    const QJsonArray risk = run(QStringLiteral("lessons"), {QStringLiteral("--search"),
                                                            QStringLiteral("strategy RISK")})[QStringLiteral("lessons")]
                                .toArray();
    ASSERT_EQ(risk.size(), 1);
    EXPECT_TRUE(risk[0][QStringLiteral("text")].toString().startsWith(QStringLiteral("Establishing a risk")));
    // The good practice about the capacity-building workshop carries the capacity development theme.
    const QJsonArray capacity =
        run(QStringLiteral("lessons"), {QStringLiteral("--theme"), QStringLiteral("capacity"), QStringLiteral("--kind"),
                                        QStringLiteral("good_practice")})[QStringLiteral("lessons")]
            .toArray();
    ASSERT_FALSE(capacity.isEmpty());
    EXPECT_TRUE(capacity[0][QStringLiteral("text")].toString().startsWith(QStringLiteral("The online capacity")));
    run(QStringLiteral("lessons"), {QStringLiteral("--kind"), QStringLiteral("nonsense")}, &exit);
    EXPECT_EQ(exit, 2);

    // Exported as CSV: a header and one row each, with the page.
    const QString csv = s_dir->filePath(QStringLiteral("lessons.csv"));
    run(QStringLiteral("lessons"), {QStringLiteral("--csv"), csv}, &exit);
    ASSERT_EQ(exit, 0);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // so that spreadsheets read UTF-8
    const QStringList csvLines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(csvLines.size(), 11);
    EXPECT_EQ(csvLines.at(0), QStringLiteral("document,file,kind,page,text,themes"));
    EXPECT_TRUE(csvLines.at(1).contains(QStringLiteral(",Good practice,3,"))) << csvLines.at(1).toStdString();
}

TEST_F(LearningCli, ThemesOfTheTenRecommendationsMatchTheHandWrittenExpectation)
{
    QFile f(QStringLiteral(EVALREVIEW_TEST_DATA "/themes/ilo-sse-asia-recommendation-themes.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject expected =
        QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("themes_by_code")].toObject();
    ASSERT_EQ(expected.size(), 10);

    auto store = SqliteLibraryStore::openReadOnly(s_library);
    sql::Statement st = store->database().prepare(
        QStringLiteral("SELECT r.id, r.code FROM recommendations r JOIN documents d ON d.id = r.document_id"
                       " WHERE d.file_name = 'ilo-sse-asia-final-evaluation-summary.pdf' ORDER BY r.ordinal"));
    ThemeStore themes(store->database());
    int seen = 0;
    while (st.next()) {
        const QString code = st.text(1);
        ASSERT_TRUE(expected.contains(code)) << code.toStdString();
        QStringList want;
        for (const QJsonValue &v : expected[code].toArray()) {
            want << v.toString();
        }
        QStringList got;
        for (const ThemeTag &t : themes.tagsOf(QStringLiteral("recommendation"), st.integer(0))) {
            EXPECT_EQ(t.status, tag_status::Suggested);
            got << t.themeKey;
        }
        want.sort();
        got.sort();
        EXPECT_EQ(got, want) << "recommendation " << code.toStdString();
        ++seen;
    }
    EXPECT_EQ(seen, 10);
}

TEST_F(LearningCli, ThemesAreCountedExportedImportedConfirmedAndRemoved)
{
    int exit = -1;
    const QJsonArray counts = run(QStringLiteral("themes"), {}, &exit)[QStringLiteral("themes")].toArray();
    ASSERT_EQ(exit, 0);
    ASSERT_EQ(counts.size(), 22);
    QJsonObject me;
    for (const QJsonValue &v : counts) {
        if (v[QStringLiteral("key")].toString() == QLatin1String("me")) {
            me = v.toObject();
        }
    }
    EXPECT_GE(me[QStringLiteral("recommendations")].toInt(), 4);
    EXPECT_GE(me[QStringLiteral("documents")].toInt(), 1);

    const QString csv = s_dir->filePath(QStringLiteral("themes.csv"));
    run(QStringLiteral("themes"), {QStringLiteral("--export"), csv}, &exit);
    ASSERT_EQ(exit, 0);
    QFile exported(csv);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("key,group,label,keywords_en,keywords_fr,keywords_es\n")));
    EXPECT_EQ(ThemeStore::parseCsv(text, nullptr).size(), 22);

    // The reviewer's taxonomy: one theme of their own.
    const QString mine = s_dir->filePath(QStringLiteral("mine.csv"));
    QFile w(mine);
    ASSERT_TRUE(w.open(QIODevice::WriteOnly));
    w.write("key,group,label,keywords_en,keywords_fr,keywords_es\n"
            "knowledge,own,\"Knowledge, learning\",knowledge management,gestion des connaissances,"
            "gestión del conocimiento\n");
    w.close();
    run(QStringLiteral("themes"), {QStringLiteral("--import"), mine}, &exit);
    ASSERT_EQ(exit, 0);
    const QJsonArray after = run(QStringLiteral("themes"))[QStringLiteral("themes")].toArray();
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after[0][QStringLiteral("label")].toString(), QStringLiteral("Knowledge, learning"));
    EXPECT_EQ(after[0][QStringLiteral("recommendations")].toInt(), 2); // recommendations 4 and 7

    qint64 id = 0;
    {
        auto store = SqliteLibraryStore::openReadOnly(s_library);
        sql::Statement st = store->database().prepare(
            QStringLiteral("SELECT r.id FROM recommendations r JOIN documents d ON d.id = r.document_id"
                           " WHERE d.file_name = 'ilo-sse-asia-final-evaluation-summary.pdf' AND r.code = '4'"));
        ASSERT_TRUE(st.next());
        id = st.integer(0);
    }
    ASSERT_GT(id, 0);
    const QStringList target{QStringLiteral("--recommendation"), QString::number(id)};
    QJsonObject tags = run(QStringLiteral("themes"),
                           QStringList{QStringLiteral("--remove"), QStringLiteral("knowledge")} + target, &exit);
    ASSERT_EQ(exit, 0);
    EXPECT_EQ(tags[QStringLiteral("tags")][0][QStringLiteral("status")].toString(), QStringLiteral("removed"));
    run(QStringLiteral("themes"), {QStringLiteral("--suggest")}, &exit);
    ASSERT_EQ(exit, 0);
    tags = run(QStringLiteral("themes"), target);
    EXPECT_EQ(tags[QStringLiteral("tags")][0][QStringLiteral("status")].toString(), QStringLiteral("removed"));
    EXPECT_EQ(run(QStringLiteral("themes"))[QStringLiteral("themes")][0][QStringLiteral("recommendations")].toInt(), 1);
    tags =
        run(QStringLiteral("themes"), QStringList{QStringLiteral("--confirm"), QStringLiteral("knowledge")} + target);
    EXPECT_EQ(tags[QStringLiteral("tags")][0][QStringLiteral("status")].toString(), QStringLiteral("confirmed"));
    run(QStringLiteral("themes"), QStringList{QStringLiteral("--confirm"), QStringLiteral("nope")} + target, &exit);
    EXPECT_EQ(exit, 1);
    run(QStringLiteral("themes"), {QStringLiteral("--confirm"), QStringLiteral("knowledge")}, &exit);
    EXPECT_EQ(exit, 2);

    // Back to the default taxonomy for the other tests.
    run(QStringLiteral("themes"), {QStringLiteral("--import"), csv}, &exit);
    ASSERT_EQ(exit, 0);
}

TEST_F(LearningCli, RecurringGroupsAndIndicatorsAnswer)
{
    int exit = -1;
    const QJsonObject groups = run(QStringLiteral("recurring"), {QStringLiteral("--compute")}, &exit);
    ASSERT_EQ(exit, 0);
    // The two seed documents are of different programmes: nothing they recommend is the same.
    for (const QJsonValue &g : groups[QStringLiteral("groups")].toArray()) {
        EXPECT_GE(g[QStringLiteral("documents")].toInt(), 2);
    }
    run(QStringLiteral("recurring"), {QStringLiteral("--group"), QStringLiteral("999999")}, &exit);
    EXPECT_EQ(exit, 1);

    const QJsonObject in =
        run(QStringLiteral("indicators"), {QStringLiteral("--today"), QStringLiteral("2026-01-01")}, &exit);
    ASSERT_EQ(exit, 0);
    const QJsonObject total = in[QStringLiteral("total")].toObject();
    EXPECT_GE(total[QStringLiteral("recommendations")].toInt(), 10);
    const QJsonArray byDocument = in[QStringLiteral("by_document")].toArray();
    ASSERT_EQ(byDocument.size(), 2);
    for (const QJsonValue &d : byDocument) {
        EXPECT_LE(d[QStringLiteral("not_actionable")].toInt(), d[QStringLiteral("responses")].toInt());
        if (d[QStringLiteral("group")].toString().contains(QLatin1String("Social and Solidarity"))) {
            // An evaluation report: recommendations without management responses.
            EXPECT_EQ(d[QStringLiteral("responses")].toInt(), 0);
        } else {
            EXPECT_GT(d[QStringLiteral("responses")].toInt(), 0);
        }
    }
    QStringList organisations;
    for (const QJsonValue &o : in[QStringLiteral("by_organisation")].toArray()) {
        organisations << o[QStringLiteral("group")].toString();
    }
    // the response prints "ILO" in its subtitle; the summary names its organisation nowhere in its
    // metadata, so it is counted without one
    EXPECT_EQ(organisations, (QStringList{QString(), QStringLiteral("ILO")}));
    QStringList years;
    for (const QJsonValue &y : in[QStringLiteral("by_year")].toArray()) {
        years << y[QStringLiteral("group")].toString();
    }
    EXPECT_TRUE(years.contains(QStringLiteral("2021"))) << years.join(QLatin1Char(',')).toStdString();

    // --csv: the same figures as a table, all first, then a line per document, organisation, year, owner.
    const QString csvPath = s_dir->filePath(QStringLiteral("indicators.csv"));
    run(QStringLiteral("indicators"),
        {QStringLiteral("--today"), QStringLiteral("2026-01-01"), QStringLiteral("--csv"), csvPath}, &exit);
    ASSERT_EQ(exit, 0);
    QFile csvFile(csvPath);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csvFile.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("Grouping,Group,Recommendations,")));
    EXPECT_TRUE(lines.at(1).startsWith(
        QStringLiteral("All,All recommendations,%1,").arg(total[QStringLiteral("recommendations")].toInt())));
    EXPECT_EQ(lines.size(), 1 + 1 + byDocument.size() + organisations.size() + years.size() +
                                in[QStringLiteral("by_owner")].toArray().size());
    run(QStringLiteral("indicators"), {QStringLiteral("--from"), QStringLiteral("2026-13-01")}, &exit);
    EXPECT_EQ(exit, 2);
}
