// Learning across evaluations on both backends: theme tags suggested at import, confirmed and
// removed, counted and kept through a new taxonomy read from CSV; lessons, good practices and
// conclusions with their pages and themes; follow-up indicators (the donor-comment classifier in
// SQLite, in the program on a team library); recurring groups computed, opened and split.
#include "../common/IndicatorLibrary.h"
#include "../unit/TestLibrary.h"
#include "BothStores.h"
#include "IndicatorQuery.h"
#include "LessonQuery.h"
#include "RecurringGroups.h"
#include "Sqlite.h"
#include "ThemeStore.h"

#include <QJsonArray>

namespace evalreview::testing {

namespace {

const QString kRecommendation = QStringLiteral("recommendation");
const QString kReviewer = QStringLiteral("reviewer");

QJsonArray sourceOn(int page)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("bbox"), QJsonArray{0.1, 0.2, 0.6, 0.3}}}};
}

/// The sample document whose first recommendation speaks of women and decent work, with a lesson
/// (plain and with its page region: listed once), a good practice and a conclusion.
ImportPayload learningPayload(char sha = 'l')
{
    ImportPayload p = samplePayload(shaOf(sha), 2);
    QJsonArray recs = p.extraction.value(QStringLiteral("recommendations")).toArray();
    QJsonObject first = recs.at(0).toObject();
    first.insert(QStringLiteral("text"), QStringLiteral("Training for women entrepreneurs in decent work"));
    recs.replace(0, first);
    p.extraction.insert(QStringLiteral("recommendations"), recs);
    const QString lesson = QStringLiteral("Gender equality needs its own budget line");
    p.extraction.insert(QStringLiteral("lessons_learned"), QJsonArray{lesson});
    p.extraction.insert(
        QStringLiteral("lessons_learned_sources"),
        QJsonArray{QJsonObject{{QStringLiteral("text"), lesson}, {QStringLiteral("source"), sourceOn(2)}}});
    p.extraction.insert(QStringLiteral("good_practices"), QJsonArray{QStringLiteral("Committees met every month")});
    p.extraction.insert(QStringLiteral("conclusions"), QJsonArray{QStringLiteral("The programme was relevant")});
    return p;
}

QHash<QString, QString> statusByTheme(ThemeStore &themes, const QString &type, qint64 id)
{
    QHash<QString, QString> out;
    for (const ThemeTag &t : themes.tagsOf(type, id)) {
        out.insert(t.themeKey, t.status);
    }
    return out;
}

} // namespace

class BothLearningTest : public BothStoresTest
{
protected:
    sql::Database &db() { return store().database(); }

    qint64 recommendationId(const QString &code, qint64 documentId)
    {
        sql::Statement st =
            db().prepare(QStringLiteral("SELECT id FROM recommendations WHERE code = ? AND document_id = ?"));
        st.bind(1, code).bind(2, documentId);
        return st.next() ? st.integer(0) : 0;
    }

    /// The ids of a recommendation's actions, in their order.
    QList<qint64> actionIds(qint64 recommendationId)
    {
        sql::Statement st =
            db().prepare(QStringLiteral("SELECT id FROM actions WHERE recommendation_id = ? ORDER BY ordinal"));
        st.bind(1, recommendationId);
        QList<qint64> out;
        while (st.next()) {
            out << st.integer(0);
        }
        return out;
    }
};

TEST_P(BothLearningTest, ThemeTagsAreSuggestedAtImportKeptThroughSuggestionsAndCounted)
{
    const ImportOutcome out = store().importDocument(learningPayload());
    ASSERT_EQ(out.status, ImportOutcome::Status::Imported) << out.message.toStdString();
    const qint64 g1 = recommendationId(QStringLiteral("G1"), out.documentId);
    const qint64 g2 = recommendationId(QStringLiteral("G2"), out.documentId);
    ThemeStore themes(db());
    ASSERT_EQ(themes.themes().size(), ThemeStore::defaultThemes().size());

    // The import suggested the tags: none for "Strengthen tripartite dialogue".
    QStringList keys;
    for (const ThemeTag &t : themes.tagsOf(kRecommendation, g1)) {
        keys << t.themeKey;
        EXPECT_EQ(t.status, tag_status::Suggested);
        EXPECT_FALSE(t.keyword.isEmpty());
    }
    EXPECT_EQ(keys, (QStringList{QStringLiteral("sdg8"), QStringLiteral("gender"), QStringLiteral("capacity")}));
    EXPECT_TRUE(themes.tagsOf(kRecommendation, g2).isEmpty());

    EXPECT_TRUE(themes.setStatus(kRecommendation, g1, QStringLiteral("capacity"), tag_status::Removed, kReviewer));
    EXPECT_TRUE(themes.setStatus(kRecommendation, g1, QStringLiteral("sdg5"), tag_status::Confirmed, kReviewer));
    EXPECT_FALSE(themes.setStatus(kRecommendation, g1, QStringLiteral("nope"), tag_status::Confirmed, kReviewer));
    EXPECT_FALSE(themes.setStatus(kRecommendation, 999999, QStringLiteral("sdg5"), tag_status::Confirmed, kReviewer));
    EXPECT_GT(themes.suggest(), 0);
    QHash<QString, QString> status = statusByTheme(themes, kRecommendation, g1);
    EXPECT_EQ(status.value(QStringLiteral("capacity")), tag_status::Removed);
    EXPECT_EQ(status.value(QStringLiteral("sdg5")), tag_status::Confirmed);
    EXPECT_EQ(status.value(QStringLiteral("sdg8")), tag_status::Suggested);
    EXPECT_GT(themes.suggest(out.documentId), 0);
    EXPECT_EQ(statusByTheme(themes, kRecommendation, g1), status);

    // Counts leave removed tags out; the lesson on gender counts as a lesson.
    QHash<QString, ThemeCount> counts;
    for (const ThemeCount &c : themes.counts()) {
        counts.insert(c.key, c);
    }
    ASSERT_EQ(counts.size(), ThemeStore::defaultThemes().size());
    EXPECT_EQ(counts.value(QStringLiteral("capacity")).recommendations, 0);
    EXPECT_EQ(counts.value(QStringLiteral("sdg5")).recommendations, 1);
    EXPECT_EQ(counts.value(QStringLiteral("sdg5")).confirmed, 1);
    EXPECT_EQ(counts.value(QStringLiteral("sdg8")).recommendations, 1);
    EXPECT_EQ(counts.value(QStringLiteral("sdg8")).documents, 1);
    EXPECT_EQ(counts.value(QStringLiteral("gender")).lessons, 1);
    EXPECT_EQ(counts.value(QStringLiteral("sdg1")).recommendations, 0);
    EXPECT_EQ(counts.value(QStringLiteral("sdg1")).documents, 0);

    // The taxonomy out as CSV and back in with one theme kept and one of the reviewer's own: the tags
    // of themes gone go with them, the kept one's decision stays, the new one is suggested.
    QString error;
    const QList<Theme> written = ThemeStore::parseCsv(ThemeStore::toCsv(themes.themes()), &error);
    ASSERT_EQ(written.size(), ThemeStore::defaultThemes().size()) << error.toStdString();
    QList<Theme> mine;
    for (const Theme &t : written) {
        if (t.key == QLatin1String("sdg5")) {
            mine << t;
        }
    }
    const QList<Theme> added = ThemeStore::parseCsv(
        QStringLiteral("key,group,label,keywords_en,keywords_fr,keywords_es\n"
                       "social_dialogue,own,\"Social dialogue, tripartite\",tripartite*; social dialogue,,\n"),
        &error);
    ASSERT_EQ(added.size(), 1) << error.toStdString();
    mine << added;
    themes.replaceThemes(mine);
    const QList<Theme> now = themes.themes();
    ASSERT_EQ(now.size(), 2);
    EXPECT_EQ(now.at(1).label, QStringLiteral("Social dialogue, tripartite"));
    EXPECT_EQ(statusByTheme(themes, kRecommendation, g1),
              (QHash<QString, QString>{{QStringLiteral("sdg5"), tag_status::Confirmed}}));
    EXPECT_EQ(statusByTheme(themes, kRecommendation, g2),
              (QHash<QString, QString>{{QStringLiteral("social_dialogue"), tag_status::Suggested}}));
    EXPECT_TRUE(ThemeStore::toCsv(now).contains(QStringLiteral("\"Social dialogue, tripartite\"")));
}

TEST_P(BothLearningTest, ARecommendationsTagsComeWithThoseOfItsActionsInTheirOrder)
{
    // G1 has three actions: "Hire" (no theme), one without a code on women and water, one coded "3.a"
    // on forests and farmers; G2's one action is on women.
    ImportPayload p = learningPayload();
    QJsonArray recs = p.extraction.value(QStringLiteral("recommendations")).toArray();
    QJsonObject first = recs.at(0).toObject();
    first.insert(QStringLiteral("actions"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                        {QStringLiteral("text"), QStringLiteral("Hire")}},
                            QJsonObject{{QStringLiteral("text"), QStringLiteral("Support women in water committees")}},
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("3.a")},
                                        {QStringLiteral("text"), QStringLiteral("Protect the forest with farmers")}}});
    recs.replace(0, first);
    QJsonObject second = recs.at(1).toObject();
    second.insert(QStringLiteral("actions"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                         {QStringLiteral("text"), QStringLiteral("Hire women")}}});
    recs.replace(1, second);
    p.extraction.insert(QStringLiteral("recommendations"), recs);
    const ImportOutcome out = store().importDocument(p);
    ASSERT_EQ(out.status, ImportOutcome::Status::Imported) << out.message.toStdString();
    const qint64 g1 = recommendationId(QStringLiteral("G1"), out.documentId);
    const qint64 g2 = recommendationId(QStringLiteral("G2"), out.documentId);
    const QList<qint64> a = actionIds(g1);
    ASSERT_EQ(a.size(), 3);

    // Each tag as "whose: theme status", whose being the recommendation or "action N".
    const auto lines = [](const QList<ThemeTag> &tags) {
        QStringList out;
        for (const ThemeTag &t : tags) {
            const QString whose =
                t.targetType == QLatin1String("action") ? QStringLiteral("action ") + t.actionNumber : t.targetType;
            out << QStringLiteral("%1 %2: %3 %4").arg(whose).arg(t.targetId).arg(t.themeKey, t.status);
        }
        return out;
    };
    ThemeStore themes(db());
    const QString s = tag_status::Suggested;
    const auto rec = [](const QString &key, qint64 id, const QString &status) {
        return QStringLiteral("recommendation %1: %2 %3").arg(id).arg(key, status);
    };
    const auto act = [](const QString &number, qint64 id, const QString &key, const QString &status) {
        return QStringLiteral("action %1 %2: %3 %4").arg(number).arg(id).arg(key, status);
    };
    const QList<ThemeTag> tags = themes.tagsOfRecommendation(g1);
    EXPECT_EQ(lines(tags), (QStringList{rec(QStringLiteral("sdg8"), g1, s), rec(QStringLiteral("gender"), g1, s),
                                        rec(QStringLiteral("capacity"), g1, s),
                                        act(QStringLiteral("2"), a.at(1), QStringLiteral("sdg6"), s),
                                        act(QStringLiteral("2"), a.at(1), QStringLiteral("gender"), s),
                                        act(QStringLiteral("3.a"), a.at(2), QStringLiteral("sdg2"), s),
                                        act(QStringLiteral("3.a"), a.at(2), QStringLiteral("sdg15"), s)}));
    ASSERT_EQ(tags.size(), 7);
    EXPECT_EQ(tags.at(0).themeLabel, QStringLiteral("SDG 8 Decent work and economic growth"));
    EXPECT_EQ(tags.at(0).keyword, QStringLiteral("entrepreneur*"));
    EXPECT_TRUE(tags.at(0).actionText.isEmpty());
    EXPECT_EQ(tags.at(3).actionText, QStringLiteral("Support women in water committees"));
    EXPECT_EQ(tags.at(3).keyword, QStringLiteral("water"));
    const QList<qint64> b = actionIds(g2);
    ASSERT_EQ(b.size(), 1);
    EXPECT_EQ(lines(themes.tagsOfRecommendation(g2)),
              QStringList{act(QStringLiteral("1"), b.at(0), QStringLiteral("gender"), s)});

    // Deciding an action's tag changes that action's only; a deleted action's tags are not listed.
    EXPECT_TRUE(themes.setStatus(QStringLiteral("action"), a.at(1), QStringLiteral("gender"), tag_status::Confirmed,
                                 kReviewer, s));
    EXPECT_TRUE(
        themes.setStatus(QStringLiteral("action"), a.at(1), QStringLiteral("sdg6"), tag_status::Removed, kReviewer, s));
    sql::Statement del = db().prepare(QStringLiteral("UPDATE actions SET deleted = NOT deleted WHERE id = ?"));
    del.bind(1, a.at(2));
    del.run();
    EXPECT_EQ(lines(themes.tagsOfRecommendation(g1)),
              (QStringList{rec(QStringLiteral("sdg8"), g1, s), rec(QStringLiteral("gender"), g1, s),
                           rec(QStringLiteral("capacity"), g1, s),
                           act(QStringLiteral("2"), a.at(1), QStringLiteral("sdg6"), tag_status::Removed),
                           act(QStringLiteral("2"), a.at(1), QStringLiteral("gender"), tag_status::Confirmed)}));
    EXPECT_TRUE(themes.tagsOfRecommendation(999999).isEmpty());
}

TEST_P(BothLearningTest, OfTwoReviewersDecidingOneThemeTagTheLaterIsToldAndChangesNothing)
{
    const ImportOutcome out = store().importDocument(learningPayload());
    ASSERT_EQ(out.status, ImportOutcome::Status::Imported) << out.message.toStdString();
    const qint64 g1 = recommendationId(QStringLiteral("G1"), out.documentId);
    auto colleague = openLibraryStore(m_location);
    ASSERT_TRUE(colleague);
    // Both see "gender" suggested; Ben confirms it first, then Ana's removal arrives.
    ThemeStore(colleague->database())
        .setStatus(kRecommendation, g1, QStringLiteral("gender"), tag_status::Confirmed, QStringLiteral("Ben"),
                   tag_status::Suggested);
    ThemeStore themes(db());
    try {
        themes.setStatus(kRecommendation, g1, QStringLiteral("gender"), tag_status::Removed, QStringLiteral("Ana"),
                         tag_status::Suggested);
        FAIL() << "a decision made over a colleague's was saved";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.reason(), StoreError::Reason::Conflict);
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("Ben marked the theme \u201cGender\u201d as "
                                                          "confirmed at ")))
            << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("your choice (removed) was not saved")))
            << e.message().toStdString();
    }
    EXPECT_EQ(statusByTheme(themes, kRecommendation, g1).value(QStringLiteral("gender")), tag_status::Confirmed);
    // The same decision twice is no conflict, nor is one made on what was seen last.
    EXPECT_TRUE(themes.setStatus(kRecommendation, g1, QStringLiteral("gender"), tag_status::Confirmed,
                                 QStringLiteral("Ana"), tag_status::Suggested));
    EXPECT_TRUE(themes.setStatus(kRecommendation, g1, QStringLiteral("gender"), tag_status::Removed,
                                 QStringLiteral("Ana"), tag_status::Confirmed));
    EXPECT_EQ(statusByTheme(themes, kRecommendation, g1).value(QStringLiteral("gender")), tag_status::Removed);
}

TEST_P(BothLearningTest, LessonsGoodPracticesAndConclusionsAreListedWithTheirPagesAndThemes)
{
    const ImportOutcome out = store().importDocument(learningPayload());
    ASSERT_EQ(out.status, ImportOutcome::Status::Imported) << out.message.toStdString();
    const ImportOutcome other = store().importDocument(samplePayload(shaOf('m'), 1));
    ASSERT_EQ(other.status, ImportOutcome::Status::Imported) << other.message.toStdString();
    LessonQuery lessons(db());
    const QList<LessonRow> all = lessons.list();
    ASSERT_EQ(all.size(), 3);
    QHash<QString, LessonRow> byKind;
    for (const LessonRow &r : all) {
        EXPECT_EQ(r.documentId, out.documentId);
        EXPECT_EQ(r.documentTitle, QStringLiteral("Sample management response"));
        byKind.insert(r.kind, r);
    }
    const LessonRow lesson = byKind.value(QStringLiteral("lesson_learned"));
    EXPECT_EQ(lesson.text, QStringLiteral("Gender equality needs its own budget line"));
    EXPECT_EQ(lesson.page, 2);
    EXPECT_DOUBLE_EQ(lesson.region[0], 0.1);
    EXPECT_DOUBLE_EQ(lesson.region[3], 0.3);
    EXPECT_TRUE(lesson.themes.contains(QStringLiteral("gender")));
    EXPECT_EQ(lesson.themes.size(), lesson.themeLabels.size());
    EXPECT_EQ(byKind.value(QStringLiteral("good_practice")).text, QStringLiteral("Committees met every month"));
    EXPECT_EQ(byKind.value(QStringLiteral("good_practice")).page, 0);
    EXPECT_EQ(byKind.value(QStringLiteral("conclusion")).text, QStringLiteral("The programme was relevant"));

    LessonFilter filter;
    filter.search = QStringLiteral("BUDGET gend");
    ASSERT_EQ(lessons.list(filter).size(), 1);
    filter = {};
    filter.kind = QStringLiteral("good_practice");
    ASSERT_EQ(lessons.list(filter).size(), 1);
    filter = {};
    filter.theme = QStringLiteral("gender");
    ASSERT_EQ(lessons.list(filter).size(), 1);
    EXPECT_EQ(lessons.list(filter).constFirst().kind, QStringLiteral("lesson_learned"));
    filter = {};
    filter.documentId = other.documentId;
    EXPECT_TRUE(lessons.list(filter).isEmpty());
    filter.documentId = out.documentId;
    EXPECT_EQ(lessons.list(filter).size(), 3);

    // A tag the reviewer removed leaves the lesson's themes.
    ThemeStore themes(db());
    EXPECT_TRUE(themes.setStatus(QStringLiteral("record"), lesson.id, QStringLiteral("gender"), tag_status::Removed,
                                 kReviewer));
    filter = {};
    filter.theme = QStringLiteral("gender");
    EXPECT_TRUE(lessons.list(filter).isEmpty());
}

TEST_P(BothLearningTest, IndicatorsAreCountedAsWorkedOutByHand)
{
    ASSERT_TRUE(buildIndicatorLibrary(store()));
    const Indicators in = IndicatorQuery(db()).compute(QDate(2026, 6, 1));
    EXPECT_EQ(in.total.recommendations, 6);
    EXPECT_EQ(in.total.responses, 5);
    EXPECT_EQ(in.total.notActionable, 4);
    EXPECT_EQ(in.total.accepted, 4);
    EXPECT_EQ(in.total.acceptedImplemented, 3);
    EXPECT_EQ(in.total.due, 4);
    EXPECT_EQ(in.total.closed, 3);
    EXPECT_EQ(in.total.overdue, 1);
    EXPECT_EQ(in.total.openDonorRequests, 2); // b2 and a2: open and asked about; c1's comment is deleted
    ASSERT_TRUE(in.total.medianResponseDays().has_value());
    EXPECT_EQ(*in.total.medianResponseDays(), 131.0);
    ASSERT_EQ(in.responseTimes.size(), 1);
    EXPECT_EQ(in.responseTimes.constFirst().evaluation, QStringLiteral("Evaluation of WFP school meals"));
    EXPECT_EQ(in.responseTimes.constFirst().days, 131);
    ASSERT_EQ(in.overdueByOwner.size(), 1);
    EXPECT_EQ(in.overdueByOwner.constFirst().owner, QStringLiteral("Ana"));
    EXPECT_EQ(in.overdueByOwner.constFirst().overdue, 1);

    QStringList organisations;
    for (const IndicatorRow &r : in.byOrganisation) {
        organisations << r.group;
    }
    EXPECT_EQ(organisations, (QStringList{QStringLiteral("UNDP"), QStringLiteral("WFP")}));
    QStringList years;
    for (const IndicatorRow &r : in.byYear) {
        years << r.group;
    }
    EXPECT_EQ(years, (QStringList{QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025")}));
    ASSERT_EQ(in.byDocument.size(), 3);
    QHash<QString, IndicatorRow> byDocument;
    for (const IndicatorRow &r : in.byDocument) {
        byDocument.insert(r.group, r);
    }
    const IndicatorRow wfp = byDocument.value(QStringLiteral("WFP management response"));
    EXPECT_EQ(wfp.recommendations, 3);
    EXPECT_EQ(wfp.openDonorRequests, 1);
    EXPECT_EQ(wfp.overdue, 1);
    EXPECT_EQ(byDocument.value(QStringLiteral("UNDP management response")).openDonorRequests, 1);

    // The period of 2025: a1 (closed in it), a2 and b1 (closed after it) were due.
    const Indicators year = IndicatorQuery(db()).compute(QDate(2026, 6, 1), QDate(2025, 1, 1), QDate(2025, 12, 31));
    EXPECT_EQ(year.total.due, 3);
    EXPECT_EQ(year.total.closed, 1);

    // Restricted to the UNDP recommendations: two of them, no response time.
    sql::Statement st = db().prepare(QStringLiteral("SELECT id FROM recommendations WHERE code LIKE 'b%'"));
    QSet<qint64> undp;
    while (st.next()) {
        undp.insert(st.integer(0));
    }
    IndicatorQuery restricted(db());
    restricted.restrictTo(undp);
    const Indicators some = restricted.compute(QDate(2026, 6, 1));
    EXPECT_EQ(some.total.recommendations, 2);
    EXPECT_EQ(some.total.openDonorRequests, 1);
    EXPECT_TRUE(some.responseTimes.isEmpty());
}

TEST_P(BothLearningTest, RecurringGroupsAreComputedOpenedAndSplit)
{
    QList<qint64> documents;
    for (const char c : {'a', 'b', 'c'}) {
        ImportPayload p = samplePayload(shaOf(c), 2);
        p.title = QStringLiteral("Evaluation %1").arg(QLatin1Char(c));
        const ImportOutcome out = store().importDocument(p);
        ASSERT_EQ(out.status, ImportOutcome::Status::Imported) << out.message.toStdString();
        documents << out.documentId;
    }
    db().exec(QStringLiteral("DELETE FROM links"));
    RecurringStore recurring(db());
    RecurringReport report = recurring.compute();
    // "Strengthen tripartite dialogue number N" twice in each document: one group of six in three.
    EXPECT_EQ(report.recommendations, 6);
    EXPECT_EQ(report.groups, 1);
    EXPECT_EQ(report.grouped, 6);
    QList<RecurringGroup> groups = recurring.groups();
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.constFirst().documents, 3);
    EXPECT_EQ(groups.constFirst().members, 6);
    EXPECT_TRUE(groups.constFirst().label.startsWith(QStringLiteral("Strengthen tripartite dialogue")));
    EXPECT_EQ(recurring.groups(2, 1).size(), 1);
    EXPECT_EQ(recurring.groups(2, 0).size(), 0);
    EXPECT_TRUE(recurring.groups(4).isEmpty());
    const qint64 groupId = groups.constFirst().id;
    ASSERT_TRUE(recurring.group(groupId).has_value());
    EXPECT_EQ(recurring.group(groupId)->members, 6);
    EXPECT_FALSE(recurring.group(groupId + 1000).has_value());

    const QList<RecurringMember> members = recurring.members(groupId);
    ASSERT_EQ(members.size(), 6);
    EXPECT_EQ(members.constFirst().documentTitle, QStringLiteral("Evaluation a"));
    EXPECT_EQ(members.constFirst().code, QStringLiteral("G1"));
    EXPECT_GT(members.constFirst().similarity, 0.5);
    const qint64 out = members.constFirst().recommendationId;
    EXPECT_EQ(recurring.groupOf(out), groupId);

    EXPECT_TRUE(recurring.split(out, kReviewer));
    EXPECT_FALSE(recurring.split(out, kReviewer)); // no longer in a group
    EXPECT_FALSE(recurring.groupOf(out).has_value());
    EXPECT_EQ(recurring.members(groupId).size(), 5);
    EXPECT_EQ(recurring.group(groupId)->members, 5);
    EXPECT_EQ(recurring.group(groupId)->documents, 3);
    sql::Statement splits = db().prepare(
        QStringLiteral("SELECT count(*), min(created_by) FROM recurring_splits WHERE recommendation_id = ?"));
    splits.bind(1, out);
    ASSERT_TRUE(splits.next());
    EXPECT_EQ(splits.integer(0), 5);
    EXPECT_EQ(splits.text(1), kReviewer);

    // Computed again, the split one stays out.
    report = recurring.compute();
    EXPECT_EQ(report.grouped, 5);
    EXPECT_FALSE(recurring.groupOf(out).has_value());
    groups = recurring.groups();
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.constFirst().members, 5);

    // Splitting until one document is left drops the group.
    for (const RecurringMember &m : recurring.members(groups.constFirst().id)) {
        if (m.documentId != documents.at(2)) {
            EXPECT_TRUE(recurring.split(m.recommendationId, kReviewer));
        }
    }
    EXPECT_TRUE(recurring.groups().isEmpty());
}

TEST_P(BothLearningTest, ManyTagsAndGroupMembersAreAllWritten)
{
    // More tags and group members than one batch of rows: 3 documents of the same 110
    // recommendations on decent work.
    for (const char c : {'x', 'y', 'z'}) {
        ImportPayload p = samplePayload(shaOf(c), 110);
        QJsonArray recs = p.extraction.value(QStringLiteral("recommendations")).toArray();
        for (qsizetype i = 0; i < recs.size(); ++i) {
            QJsonObject o = recs.at(i).toObject();
            // Two words of its own per place in the list: the same recommendation in each document.
            QString name;
            for (qsizetype k = i + 26 * 26; k > 0; k /= 26) {
                name += QChar(u'a' + int(k % 26));
            }
            o.insert(QStringLiteral("text"),
                     QStringLiteral("Promote decent work for %1ville and %1shire cooperatives").arg(name));
            recs.replace(i, o);
        }
        p.extraction.insert(QStringLiteral("recommendations"), recs);
        p.extraction.remove(QStringLiteral("cross_references"));
        const ImportOutcome out = store().importDocument(p);
        ASSERT_EQ(out.status, ImportOutcome::Status::Imported) << out.message.toStdString();
    }
    ThemeStore themes(db());
    EXPECT_GE(themes.suggest(), 330);
    for (const ThemeCount &c : themes.counts()) {
        if (c.key == QLatin1String("sdg8")) {
            EXPECT_EQ(c.recommendations, 330);
            EXPECT_EQ(c.documents, 3);
        }
    }
    db().exec(QStringLiteral("DELETE FROM links"));
    RecurringStore recurring(db());
    const RecurringReport report = recurring.compute();
    EXPECT_EQ(report.groups, 110);
    EXPECT_EQ(report.grouped, 330);
    const QList<RecurringGroup> groups = recurring.groups();
    ASSERT_EQ(groups.size(), 110);
    for (const RecurringGroup &g : groups) {
        EXPECT_EQ(recurring.members(g.id).size(), 3);
        EXPECT_EQ(g.documents, 3);
    }
    sql::Statement members =
        db().prepare(QStringLiteral("SELECT count(DISTINCT recommendation_id) FROM recurring_members"));
    ASSERT_TRUE(members.next());
    EXPECT_EQ(members.integer(0), 330);
}

INSTANTIATE_TEST_SUITE_P(Backends, BothLearningTest, ::testing::Values(Backend::Sqlite, Backend::PostgreSql),
                         backendName);

} // namespace evalreview::testing
