// The recommendation list on a synthetic library large enough for the scale paths: a text filter
// matching thousands of recommendations (tested row by row against an in-memory id set) lists and
// counts exactly what the plain SQL over the search index finds, alone and with facets, and sees
// documents added later; the derived due dates are stored in chunks and the pass can be cancelled.
#include "DerivedDueDates.h"
#include "RecommendationQuery.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"
#include "SyntheticLibrary.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

/// The recommendations the text criterion selects, computed the slow way: every matching index row
/// mapped to its recommendation in SQL.
QList<qint64> reference(sql::Database &db, const QString &expression, const QString &extra = {})
{
    sql::Statement st = db.prepare(
        QStringLiteral("SELECT r.id FROM recommendations r WHERE r.id IN (SELECT CASE s.rowid % 8"
                       " WHEN 1 THEN s.rowid / 8 WHEN 2 THEN s.rowid / 8"
                       " WHEN 3 THEN (SELECT a.recommendation_id FROM actions a WHERE a.id = s.rowid / 8)"
                       " WHEN 4 THEN (SELECT c.recommendation_id FROM donor_comments c WHERE c.id = s.rowid / 8) END"
                       " FROM search_index s WHERE search_index MATCH ?)") +
        extra + QStringLiteral(" ORDER BY r.document_id, r.ordinal, r.id"));
    st.bind(1, expression);
    QList<qint64> out;
    while (st.next()) {
        out << st.integer(0);
    }
    return out;
}

/// Every row of the list, a page at a time as the table fetches them (keyset paging).
QList<qint64> listed(RecommendationQuery &q, const RecommendationFilter &f,
                     RecommendationSort sort = RecommendationSort::DocumentOrder,
                     Qt::SortOrder order = Qt::AscendingOrder, int pageSize = 500)
{
    const qint64 total = q.count(f);
    QList<RecommendationRow> page = q.rows(f, 0, pageSize, sort, order, total);
    QList<qint64> out;
    while (!page.isEmpty()) {
        for (const RecommendationRow &row : page) {
            out << row.id;
        }
        page = q.rowsAfter(f, page.last(), pageSize, sort, order, total);
    }
    return out;
}

class ListScaleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SynthOptions o;
        o.recommendations = 4000;
        o.seed = 7;
        path = dir.filePath(QStringLiteral("list.db"));
        SyntheticLibrary(o).createAt(path);
        store = SqliteLibraryStore::open(path);
    }
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<SqliteLibraryStore> store;
};

} // namespace

TEST_F(ListScaleTest, CommonWordListsAndCountsExactlyTheMatches)
{
    RecommendationQuery q(store->database());
    RecommendationFilter f;
    f.text = QStringLiteral("project");
    const QList<qint64> expected = reference(store->database(), RecommendationQuery::textExpression(f.text));
    ASSERT_GT(expected.size(), 2000) << "the word must be common enough for the row-by-row path";
    EXPECT_EQ(q.count(f), expected.size());
    EXPECT_EQ(listed(q, f), expected);

    // With a facet: the same rows as the facet's criterion on the reference.
    f.responseCategory = QStringLiteral("accepted");
    const QList<qint64> accepted =
        reference(store->database(), RecommendationQuery::textExpression(f.text),
                  QStringLiteral(" AND r.id IN (SELECT recommendation_id FROM responses WHERE category = 'accepted')"));
    ASSERT_FALSE(accepted.isEmpty());
    EXPECT_EQ(q.count(f), accepted.size());
    EXPECT_EQ(listed(q, f), accepted);
    // And the facet counts under the text criterion agree with it.
    RecommendationFilter textOnly;
    textOnly.text = f.text;
    qint64 acceptedCount = 0;
    for (const FacetValue &v : q.facetValues(Facet::ResponseCategory, textOnly)) {
        acceptedCount += v.value == QLatin1String("accepted") ? v.count : 0;
    }
    EXPECT_EQ(acceptedCount, accepted.size());
}

TEST_F(ListScaleTest, KeysetPagesListTheSameRowsAsOneLongPage)
{
    storeDerivedDueDates(store->database()); // due dates on some rows, none on others
    RecommendationQuery q(store->database());
    RecommendationFilter accepted;
    accepted.responseCategory = QStringLiteral("accepted");
    for (const RecommendationFilter &f : {RecommendationFilter{}, accepted}) {
        for (int s = int(RecommendationSort::DocumentOrder); s <= int(RecommendationSort::Owner); ++s) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const auto sort = RecommendationSort(s);
                QList<qint64> whole;
                for (const RecommendationRow &row : q.rows(f, 0, 1000000, sort, order)) {
                    whole << row.id;
                }
                ASSERT_EQ(whole.size(), q.count(f));
                EXPECT_EQ(listed(q, f, sort, order, 300), whole) << "sort " << s << " order " << int(order);
            }
        }
    }
}

TEST_F(ListScaleTest, OneCriterionCountedFromItsIndexAndListedDenseEqualsTheRows)
{
    storeDerivedDueDates(store->database());
    RecommendationQuery q(store->database());
    std::vector<RecommendationFilter> filters(7);
    filters[0].responseCategory = QStringLiteral("accepted");
    filters[1].donor = QStringLiteral("SECO");
    filters[2].status = QStringLiteral("completed");
    filters[3].overdueOnly = true;
    filters[3].today = QDate(2030, 1, 1);
    filters[4].status = QStringLiteral("not_started");
    filters[5].priority = QStringLiteral("High");
    filters[6].section = q.facetValues(Facet::Section, {}).value(0).value;
    for (const RecommendationFilter &f : filters) {
        const qint64 n = q.count(f);
        EXPECT_GT(n, 0);
        // Listed a page at a time with the count known (row-by-row tests along the document-order
        // index when dense) and in one query without it (matches collected, then sorted).
        QList<qint64> whole;
        for (const RecommendationRow &row : q.rows(f, 0, 1000000)) {
            whole << row.id;
        }
        EXPECT_EQ(n, whole.size());
        EXPECT_EQ(listed(q, f), whole);
        // The estimate that chooses the plan before the count is known: from a sample of 1,024.
        const qint64 all = q.count({});
        EXPECT_NEAR(double(q.estimate(f)), double(n), 0.05 * double(all)) << n;
    }
}

TEST_F(ListScaleTest, TextMatchesFollowChangesMadeThroughAnotherConnection)
{
    RecommendationQuery q(store->database());
    RecommendationFilter f;
    f.text = QStringLiteral("project");
    const qint64 before = q.count(f);
    {
        auto other = SqliteLibraryStore::open(path);
        sql::Statement st = other->database().prepare(
            QStringLiteral("UPDATE actions SET text = 'nothing to see' WHERE recommendation_id IN"
                           " (SELECT recommendation_id FROM actions ORDER BY id LIMIT 50)"));
        st.run();
        sql::Statement del = other->database().prepare(
            QStringLiteral("DELETE FROM recommendations WHERE id IN (SELECT id FROM recommendations ORDER BY id DESC"
                           " LIMIT 100)"));
        del.run();
    }
    const QList<qint64> expected = reference(store->database(), RecommendationQuery::textExpression(f.text));
    EXPECT_NE(expected.size(), before);
    EXPECT_EQ(q.count(f), expected.size());
    EXPECT_EQ(listed(q, f), expected);
}

TEST_F(ListScaleTest, DueDatesAreStoredInChunksAndThePassCanBeCancelled)
{
    std::atomic<bool> cancel = true;
    EXPECT_EQ(storeDerivedDueDates(store->database(), 0, &cancel), 0);
    cancel = false;
    const int stored = storeDerivedDueDates(store->database(), 0, &cancel);
    EXPECT_GT(stored, kDueDateChunk); // more than one chunk's worth
    EXPECT_EQ(storeDerivedDueDates(store->database()), 0);
    sql::Statement st = store->database().prepare(
        QStringLiteral("SELECT count(*) FROM followups WHERE due_derived = 1 AND due_date IS NOT NULL"));
    ASSERT_TRUE(st.next());
    EXPECT_GE(st.integer(0), stored);
}
