// Learning across evaluations in the core: theme keywords on word boundaries with accents folded,
// the taxonomy's CSV, suggestions that keep a reviewer's decisions, recurring groups and splits,
// follow-up indicators.
#include "FollowUpStore.h"
#include "IndicatorQuery.h"
#include "LessonQuery.h"
#include "RecurringGroups.h"
#include "Schema.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"
#include "TestLibrary.h"
#include "ThemeStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

QStringList themeKeys(const ThemeMatcher &matcher, const QList<Theme> &themes, const QString &text)
{
    QStringList out;
    for (const auto &[index, keyword] : matcher.match(text)) {
        out << themes.at(index).key;
    }
    return out;
}

Theme theme(const QString &key, const QStringList &en, const QStringList &fr = {}, const QStringList &es = {})
{
    Theme t;
    t.key = key;
    t.label = key;
    t.keywordsEn = en;
    t.keywordsFr = fr;
    t.keywordsEs = es;
    return t;
}

} // namespace

TEST(ThemeMatcher, MatchesWholeWordsAndPhrasesWithAccentsFolded)
{
    const QList<Theme> themes{
        theme(QStringLiteral("sdg8"), {QStringLiteral("decent work"), QStringLiteral("job")},
              {QStringLiteral("travail décent"), QStringLiteral("emploi*")}),
        theme(QStringLiteral("disability"), {QStringLiteral("disabilit*")}, {}, {QStringLiteral("discapacidad*")}),
        theme(QStringLiteral("sdg13"), {QStringLiteral("sustainable development"), QStringLiteral("climat*")}),
        theme(QStringLiteral("gender"), {QStringLiteral("women's empowerment")})};
    const ThemeMatcher m(themes);
    EXPECT_EQ(themeKeys(m, themes, QStringLiteral("Promote DECENT   work for all")),
              QStringList{QStringLiteral("sdg8")});
    EXPECT_EQ(themeKeys(m, themes, QStringLiteral("Promouvoir le travail decent et l'EMPLOIS des jeunes")),
              QStringList{QStringLiteral("sdg8")});
    EXPECT_TRUE(themeKeys(m, themes, QStringLiteral("jobless growth and decentralised work")).isEmpty());
    EXPECT_EQ(themeKeys(m, themes, QStringLiteral("Persons with disabilities")),
              QStringList{QStringLiteral("disability")});
    EXPECT_EQ(themeKeys(m, themes, QStringLiteral("personas con discapacidades")),
              QStringList{QStringLiteral("disability")});
    EXPECT_TRUE(themeKeys(m, themes, QStringLiteral("the sustainability of the project")).isEmpty());
    EXPECT_EQ(themeKeys(m, themes, QStringLiteral("changement climatique")), QStringList{QStringLiteral("sdg13")});
    EXPECT_EQ(themeKeys(m, themes, QStringLiteral("Women’s empowerment")), QStringList{QStringLiteral("gender")});
    EXPECT_EQ(themeKeys(m, themes, QStringLiteral("job; climate; disability")),
              (QStringList{QStringLiteral("sdg8"), QStringLiteral("disability"), QStringLiteral("sdg13")}));
}

TEST(ThemeStore, DefaultTaxonomyHasTheSdgsAndCrossCuttingThemesInThreeLanguages)
{
    const QList<Theme> themes = ThemeStore::defaultThemes();
    QStringList keys;
    for (const Theme &t : themes) {
        keys << t.key;
        EXPECT_FALSE(t.keywordsEn.isEmpty()) << t.key.toStdString();
        EXPECT_FALSE(t.keywordsFr.isEmpty()) << t.key.toStdString();
        EXPECT_FALSE(t.keywordsEs.isEmpty()) << t.key.toStdString();
    }
    for (int i = 1; i <= 17; ++i) {
        EXPECT_TRUE(keys.contains(QStringLiteral("sdg%1").arg(i))) << i;
    }
    for (const char *k : {"gender", "disability", "environment", "capacity", "me"}) {
        EXPECT_TRUE(keys.contains(QLatin1String(k))) << k;
    }
    // The CSV written is read back the same.
    QString error;
    const QList<Theme> again = ThemeStore::parseCsv(ThemeStore::toCsv(themes), &error);
    ASSERT_EQ(again.size(), themes.size()) << error.toStdString();
    for (qsizetype i = 0; i < themes.size(); ++i) {
        EXPECT_EQ(again.at(i).label, themes.at(i).label);
        EXPECT_EQ(again.at(i).keywords(), themes.at(i).keywords());
    }
    EXPECT_TRUE(ThemeStore::parseCsv(QStringLiteral("a,b\n1,2\n"), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}

TEST(ThemeStore, SuggestionsKeepTheReviewersDecisions)
{
    QTemporaryDir dir;
    auto store = SqliteLibraryStore::open(dir.filePath(QStringLiteral("lib.evalreview")));
    ASSERT_EQ(store->database().userVersion(), Schema::currentVersion());
    ImportPayload p = evalreview::testing::samplePayload(evalreview::testing::shaOf('a'), 2);
    ASSERT_EQ(store->importDocument(p).status, ImportOutcome::Status::Imported);
    ThemeStore themes(store->database());
    // "Strengthen tripartite dialogue" says nothing of a theme; donor comments are not tagged.
    sql::Statement rec = store->database().prepare(QStringLiteral("SELECT id FROM recommendations ORDER BY id"));
    ASSERT_TRUE(rec.next());
    const qint64 id = rec.integer(0);
    EXPECT_TRUE(themes.tagsOf(QStringLiteral("recommendation"), id).isEmpty());

    store->database().exec(
        QStringLiteral(
            "UPDATE recommendations SET text = 'Training for women entrepreneurs in decent work' WHERE id = %1")
            .arg(id));
    themes.suggest();
    QList<ThemeTag> tags = themes.tagsOf(QStringLiteral("recommendation"), id);
    QStringList keys;
    for (const ThemeTag &t : tags) {
        keys << t.themeKey;
        EXPECT_EQ(t.status, tag_status::Suggested);
    }
    EXPECT_EQ(keys, (QStringList{QStringLiteral("sdg8"), QStringLiteral("gender"), QStringLiteral("capacity")}));

    EXPECT_TRUE(themes.setStatus(QStringLiteral("recommendation"), id, QStringLiteral("capacity"), tag_status::Removed,
                                 QStringLiteral("reviewer")));
    EXPECT_TRUE(themes.setStatus(QStringLiteral("recommendation"), id, QStringLiteral("sdg5"), tag_status::Confirmed,
                                 QStringLiteral("reviewer")));
    EXPECT_FALSE(themes.setStatus(QStringLiteral("recommendation"), id, QStringLiteral("nope"), tag_status::Confirmed,
                                  QStringLiteral("reviewer")));
    themes.suggest();
    QHash<QString, QString> status;
    for (const ThemeTag &t : themes.tagsOf(QStringLiteral("recommendation"), id)) {
        status.insert(t.themeKey, t.status);
    }
    EXPECT_EQ(status.value(QStringLiteral("capacity")), tag_status::Removed);
    EXPECT_EQ(status.value(QStringLiteral("sdg5")), tag_status::Confirmed);
    EXPECT_EQ(status.value(QStringLiteral("sdg8")), tag_status::Suggested);

    // Counts leave removed tags out.
    for (const ThemeCount &c : themes.counts()) {
        if (c.key == QLatin1String("capacity")) {
            EXPECT_EQ(c.recommendations, 0);
        }
        if (c.key == QLatin1String("sdg5")) {
            EXPECT_EQ(c.recommendations, 1);
            EXPECT_EQ(c.confirmed, 1);
        }
    }

    // A taxonomy of one theme: tags of themes gone go with them, the kept one's decisions stay.
    QList<Theme> only{ThemeStore::defaultThemes().at(4)}; // sdg5
    ASSERT_EQ(only.constFirst().key, QStringLiteral("sdg5"));
    themes.replaceThemes(only);
    tags = themes.tagsOf(QStringLiteral("recommendation"), id);
    ASSERT_EQ(tags.size(), 1);
    EXPECT_EQ(tags.constFirst().status, tag_status::Confirmed);
    EXPECT_TRUE(store->check().ok());
}

TEST(RecurringGroups, GroupsSimilarRecommendationsOfDifferentDocumentsOnly)
{
    const std::vector<RecurringInput> input{
        {1, 10, QStringLiteral("Develop and implement a knowledge management strategy for the programme")},
        {2, 20, QStringLiteral("Develop and implement a knowledge-management strategy for the programme.")},
        {3, 30, QStringLiteral("Développer et mettre en œuvre une stratégie de gestion des connaissances")},
        {4, 30, QStringLiteral("The programme should develop and implement a knowledge management strategy")},
        {5, 10, QStringLiteral("Develop and implement a knowledge management strategy for the programme")},
        {6, 40, QStringLiteral("Strengthen the sustainability of the project with an exit strategy")},
        {7, 50, QStringLiteral("Improve the design and implementation of the budget")},
        {8, 60, QStringLiteral("Improve the budget design and its implementation")},
    };
    RecurringOptions options;
    options.threshold = 0.5;
    std::vector<FoundGroup> groups = findRecurringGroups(input, options);
    ASSERT_EQ(groups.size(), 2u);
    std::vector<qint64> first;
    for (const auto &[id, similarity] : groups[0].members) {
        first.push_back(id);
        EXPECT_GE(similarity, 0.5);
    }
    EXPECT_EQ(first, (std::vector<qint64>{1, 2, 4, 5}));
    EXPECT_EQ(groups[0].documents, 3);
    EXPECT_EQ(groups[1].members.size(), 2u);
    EXPECT_EQ(groups[1].members[0].first, 7);

    // Two recommendations of one document only are no recurring group; pairs kept apart are not joined.
    const std::vector<RecurringInput> same{input[0], input[4]};
    EXPECT_TRUE(findRecurringGroups(same, options).empty());
    QSet<std::pair<qint64, qint64>> apart{{7, 8}};
    groups = findRecurringGroups(input, options, apart);
    EXPECT_EQ(groups.size(), 1u);
}

TEST(RecurringGroups, ASplitMemberStaysOutWhenGroupsAreComputedAgain)
{
    QTemporaryDir dir;
    auto store = SqliteLibraryStore::open(dir.filePath(QStringLiteral("lib.evalreview")));
    for (const char c : {'a', 'b', 'c'}) {
        ImportPayload p = evalreview::testing::samplePayload(evalreview::testing::shaOf(c), 2);
        p.title = QStringLiteral("Evaluation %1").arg(QLatin1Char(c));
        ASSERT_EQ(store->importDocument(p).status, ImportOutcome::Status::Imported);
    }
    sql::Database &db = store->database();
    db.exec(QStringLiteral("DELETE FROM links"));
    RecurringStore recurring(db);
    RecurringReport report = recurring.compute();
    // "Strengthen tripartite dialogue number N", twice in each document: the same words (numbers are
    // not compared), so one group of six seen in three documents.
    EXPECT_EQ(report.recommendations, 6);
    QList<RecurringGroup> groups = recurring.groups();
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.constFirst().documents, 3);
    EXPECT_EQ(groups.constFirst().members, 6);
    const QList<RecurringMember> members = recurring.members(groups.constFirst().id);
    ASSERT_EQ(members.size(), 6);
    const qint64 out = members.constFirst().recommendationId;
    EXPECT_TRUE(recurring.split(out, QStringLiteral("reviewer")));
    EXPECT_FALSE(recurring.groupOf(out).has_value());
    EXPECT_EQ(recurring.members(groups.constFirst().id).size(), 5);
    recurring.compute();
    EXPECT_FALSE(recurring.groupOf(out).has_value());
    groups = recurring.groups();
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.constFirst().members, 5);
    EXPECT_TRUE(store->check().ok());
}

TEST(RecurringGroups, ACancelledComputationLeavesTheGroupsAsTheyWere)
{
    QTemporaryDir dir;
    auto store = SqliteLibraryStore::open(dir.filePath(QStringLiteral("lib.evalreview")));
    for (const char c : {'a', 'b'}) {
        ImportPayload p = evalreview::testing::samplePayload(evalreview::testing::shaOf(c), 2);
        p.title = QStringLiteral("Evaluation %1").arg(QLatin1Char(c));
        ASSERT_EQ(store->importDocument(p).status, ImportOutcome::Status::Imported);
    }
    sql::Database &db = store->database();
    db.exec(QStringLiteral("DELETE FROM links"));
    RecurringStore recurring(db);
    ASSERT_EQ(recurring.compute().groups, 1);
    const QList<RecurringGroup> before = recurring.groups();
    ASSERT_EQ(before.size(), 1);

    // Asked at once, and asked later (after the comparisons): nothing stored either way.
    for (const int answerYesAfter : {0, 1}) {
        RecurringOptions options;
        int asked = 0;
        options.cancelled = [&asked, answerYesAfter] { return asked++ >= answerYesAfter; };
        const RecurringReport report = recurring.compute(options);
        EXPECT_TRUE(report.cancelled);
        EXPECT_EQ(report.groups, 0);
        EXPECT_GT(asked, answerYesAfter);
        const QList<RecurringGroup> after = recurring.groups();
        ASSERT_EQ(after.size(), 1);
        EXPECT_EQ(after.constFirst().id, before.constFirst().id);
        EXPECT_EQ(after.constFirst().members, before.constFirst().members);
    }
    RecurringOptions never;
    never.cancelled = [] { return false; };
    const RecurringReport report = recurring.compute(never);
    EXPECT_FALSE(report.cancelled);
    EXPECT_EQ(report.groups, 1);
}

TEST(Indicators, ActionabilityClosureOverdueAndImplementationAreCounted)
{
    QTemporaryDir dir;
    auto store = SqliteLibraryStore::open(dir.filePath(QStringLiteral("lib.evalreview")));
    ImportPayload p = evalreview::testing::samplePayload(evalreview::testing::shaOf('a'), 3);
    p.fileName = QStringLiteral("undp-sample-response.pdf");
    p.extraction.insert(QStringLiteral("subtitle"), QStringLiteral("UNDP management response"));
    p.extraction.insert(QStringLiteral("date"), QStringLiteral("2024-03-15"));
    ASSERT_EQ(store->importDocument(p).status, ImportOutcome::Status::Imported);
    sql::Database &db = store->database();
    // The sample's actions ("Hire") name no responsible unit and no time frame: one is completed.
    db.exec(QStringLiteral("UPDATE actions SET responsible = 'Country office', time_frame = 'Q3 2024'"
                           " WHERE id = (SELECT min(id) FROM actions)"));
    sql::Statement ids = db.prepare(QStringLiteral("SELECT id FROM recommendations ORDER BY id"));
    QList<qint64> rec;
    while (ids.next()) {
        rec << ids.integer(0);
    }
    ASSERT_EQ(rec.size(), 3);
    FollowUpStore followUps(db);
    // 1: due 2025-06-30, completed (now); 2: due 2025-03-31, open, owner Ana; 3: due 2027-01-31, open.
    followUps.set(rec[0], FollowUpField::DueDate, QStringLiteral("2025-06-30"), QStringLiteral("t"));
    followUps.set(rec[0], FollowUpField::Status, QStringLiteral("completed"), QStringLiteral("t"));
    followUps.set(rec[1], FollowUpField::DueDate, QStringLiteral("2025-03-31"), QStringLiteral("t"));
    followUps.set(rec[1], FollowUpField::Owner, QStringLiteral("Ana"), QStringLiteral("t"));
    followUps.set(rec[2], FollowUpField::DueDate, QStringLiteral("2027-01-31"), QStringLiteral("t"));

    const QDate today(2026, 6, 1);
    const Indicators all = IndicatorQuery(db).compute(today, QDate(2025, 1, 1), QDate(2099, 12, 31));
    EXPECT_EQ(all.total.recommendations, 3);
    EXPECT_EQ(all.total.responses, 3);
    EXPECT_EQ(all.total.notActionable, 2);
    EXPECT_EQ(all.total.accepted, 3);
    EXPECT_EQ(all.total.acceptedImplemented, 1);
    EXPECT_EQ(all.total.due, 3);
    EXPECT_EQ(all.total.closed, 1);
    EXPECT_EQ(all.total.overdue, 1);
    EXPECT_EQ(all.total.openDonorRequests, 2); // "SECO would like to know more" on the two open ones
    ASSERT_EQ(all.overdueByOwner.size(), 1);
    EXPECT_EQ(all.overdueByOwner.constFirst().owner, QStringLiteral("Ana"));
    ASSERT_EQ(all.byOrganisation.size(), 1);
    EXPECT_EQ(all.byOrganisation.constFirst().group, QStringLiteral("UNDP"));
    ASSERT_EQ(all.byYear.size(), 1);
    EXPECT_EQ(all.byYear.constFirst().group, QStringLiteral("2024"));
    ASSERT_EQ(all.byDocument.size(), 1);
    EXPECT_EQ(all.byDocument.constFirst().notActionable, 2);

    // The period of 2025: two were due in it, neither closed by its end (the completion is later).
    const Indicators year = IndicatorQuery(db).compute(today, QDate(2025, 1, 1), QDate(2025, 12, 31));
    EXPECT_EQ(year.total.due, 2);
    EXPECT_EQ(year.total.closed, 0);

    // The evaluation the response answers, dated: the days between the two.
    ImportPayload evaluation = evalreview::testing::samplePayload(evalreview::testing::shaOf('b'), 1);
    evaluation.kind = QStringLiteral("evaluation_report");
    evaluation.title = QStringLiteral("Sample evaluation");
    evaluation.extraction.insert(QStringLiteral("kind"), evaluation.kind);
    evaluation.extraction.insert(QStringLiteral("period"),
                                 QJsonObject{{QStringLiteral("end"), QStringLiteral("2023-12")}});
    const qint64 evaluationId = store->importDocument(evaluation).documentId;
    db.exec(QStringLiteral("DELETE FROM links"));
    db.exec(QStringLiteral("INSERT INTO links(from_type, from_id, to_type, to_id, relation, created_at)"
                           " SELECT 'recommendation', %1, 'recommendation', id, 'answers', '2024-03-15'"
                           " FROM recommendations WHERE document_id = %2")
                .arg(rec[0])
                .arg(evaluationId));
    const Indicators linked = IndicatorQuery(db).compute(today);
    ASSERT_EQ(linked.responseTimes.size(), 1);
    EXPECT_EQ(linked.responseTimes.constFirst().days, 75); // 2023-12-31 to 2024-03-15
    EXPECT_EQ(linked.responseTimes.constFirst().evaluation, QStringLiteral("Sample evaluation"));

    EXPECT_EQ(IndicatorQuery::documentDate(QStringLiteral("{\"period\":{\"end\":\"2021-06\"}}")), QDate(2021, 6, 30));
    EXPECT_EQ(IndicatorQuery::organisationOf(QStringLiteral("{}"), QStringLiteral("x.pdf"),
                                             QStringLiteral("WFP management response")),
              QStringLiteral("WFP"));
    EXPECT_EQ(IndicatorQuery::organisationOf(QStringLiteral("{}"), QStringLiteral("x.pdf"),
                                             QStringLiteral("Evaluation of UN-Women's work")),
              QStringLiteral("UN-Women"));
    EXPECT_EQ(IndicatorQuery::organisationOf(QStringLiteral("{\"organisation\":\"Acme\"}"), QStringLiteral("x.pdf"),
                                             QStringLiteral("WFP")),
              QStringLiteral("Acme"));
    // the file name's first part where the document prints it
    EXPECT_EQ(IndicatorQuery::organisationOf(QStringLiteral("{\"subtitle\":\"Mid-term evaluation - ILO response\"}"),
                                             QStringLiteral("ilo-mr.pdf"), QStringLiteral("Decent work")),
              QStringLiteral("ILO"));
    // no acronym: roman numerals, a title in capitals throughout, a file name the document does not print
    EXPECT_TRUE(
        IndicatorQuery::organisationOf(QStringLiteral("{}"), QStringLiteral("x.pdf"), QStringLiteral("Phase II review"))
            .isEmpty());
    EXPECT_TRUE(IndicatorQuery::organisationOf(QStringLiteral("{}"), QStringLiteral("final-report.pdf"),
                                               QStringLiteral("MANAGEMENT RESPONSE"))
                    .isEmpty());
}
