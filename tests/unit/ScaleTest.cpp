// Synthetic libraries (reproducible, sound, indexed exactly as the triggers would) and the query
// plans of search and the list queries (indexes, never a scan of a large table).
#include "RecommendationQuery.h"
#include "SearchSql.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"
#include "SyntheticLibrary.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <utility>

using namespace evalreview;

namespace {

/// The rows of a query, each as its first `columns` values joined by '|'.
QStringList rows(sql::Database &db, const QString &sql, int columns = 1)
{
    QStringList out;
    sql::Statement st = db.prepare(sql);
    while (st.next()) {
        QStringList cols;
        for (int i = 0; i < columns; ++i) {
            cols << (st.isNull(i) ? QStringLiteral("<null>") : st.text(i));
        }
        out << cols.join(QLatin1Char('|'));
    }
    return out;
}

QStringList plan(sql::Database &db, const QString &sql)
{
    QStringList out;
    sql::Statement st = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    while (st.next()) {
        out << st.text(3);
    }
    return out;
}

const char *const kTables[] = {"documents",        "pages",   "recommendations", "responses",        "actions",
                               "donor_comments",   "records", "anchors",         "cross_references", "followups",
                               "followup_history", "tags",    "notes",           "search_index"};

class ScaleTest : public ::testing::Test
{
protected:
    std::unique_ptr<SqliteLibraryStore> synth(const QString &name, qint64 n, quint64 seed, bool triggers = false)
    {
        SynthOptions o;
        o.recommendations = n;
        o.seed = seed;
        o.indexThroughTriggers = triggers;
        const QString path = m_dir.filePath(name);
        const SynthReport r = SyntheticLibrary(o).createAt(path);
        EXPECT_EQ(r.recommendations, n);
        return SqliteLibraryStore::open(path);
    }
    QStringList counts(SqliteLibraryStore &s)
    {
        QStringList out;
        for (const char *t : kTables) {
            out << rows(s.database(), QStringLiteral("SELECT '%1', count(*) FROM %1").arg(QLatin1String(t)), 2);
        }
        return out;
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ScaleTest, SynthIsReproducibleAndSound)
{
    auto a = synth(QStringLiteral("a.db"), 300, 42);
    auto b = synth(QStringLiteral("b.db"), 300, 42);
    auto c = synth(QStringLiteral("c.db"), 300, 43);
    EXPECT_TRUE(a->check().ok()) << a->check().problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(counts(*a), counts(*b));
    const QString first =
        QStringLiteral("SELECT d.sha256, d.kind, d.title, d.imported_at, r.code, r.section, r.text, s.category, s.text"
                       " FROM recommendations r JOIN documents d ON d.id = r.document_id LEFT JOIN responses s"
                       " ON s.recommendation_id = r.id ORDER BY r.id LIMIT 25");
    EXPECT_EQ(rows(a->database(), first, 9), rows(b->database(), first, 9));
    EXPECT_NE(rows(a->database(), first, 9), rows(c->database(), first, 9));
    EXPECT_EQ(rows(a->database(), first, 9).size(), 25);
    const QString history = QStringLiteral("SELECT * FROM followup_history ORDER BY id LIMIT 25");
    EXPECT_EQ(rows(a->database(), history, 7), rows(b->database(), history, 7));

    const LibraryStats s = a->stats();
    EXPECT_EQ(s.recommendations, 300);
    EXPECT_GT(s.documents, 4);
    EXPECT_GT(s.actions, s.recommendations / 2);
    EXPECT_GT(s.donorComments, 0);
    EXPECT_GT(s.followups, 0);
    // Several numbering styles, every response category and several donors.
    EXPECT_GE(rows(a->database(), QStringLiteral("SELECT DISTINCT category FROM responses WHERE category IS NOT NULL"))
                  .size(),
              6);
    EXPECT_GE(rows(a->database(), QStringLiteral("SELECT DISTINCT donor FROM donor_comments")).size(), 3);
    EXPECT_FALSE(rows(a->database(), QStringLiteral("SELECT code FROM recommendations WHERE code GLOB '[A-Z]*[0-9]'"))
                     .isEmpty());
    EXPECT_FALSE(
        rows(a->database(), QStringLiteral("SELECT code FROM recommendations WHERE code GLOB '[0-9]*.[0-9]*[a-z]'"))
            .isEmpty());
    // The index answers searches on the generated text.
    EXPECT_FALSE(a->search(QStringLiteral("project"), 10).hits.isEmpty());
}

TEST_F(ScaleTest, SetBasedIndexEqualsTheTriggers)
{
    auto bulk = synth(QStringLiteral("bulk.db"), 200, 5, false);
    auto triggers = synth(QStringLiteral("triggers.db"), 200, 5, true);
    const QString index = QStringLiteral(
        "SELECT rowid, source_type, source_id, document_id, page_no, body FROM search_index ORDER BY rowid");
    const QStringList expected = rows(triggers->database(), index, 6);
    EXPECT_GT(expected.size(), 200);
    EXPECT_EQ(rows(bulk->database(), index, 6), expected);
    const QString counts = QStringLiteral("SELECT id, donor_comment_count FROM recommendations ORDER BY id");
    EXPECT_EQ(rows(bulk->database(), counts, 2), rows(triggers->database(), counts, 2));
    const QString triggerSql =
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
    EXPECT_EQ(rows(bulk->database(), triggerSql, 2), rows(triggers->database(), triggerSql, 2));
}

TEST_F(ScaleTest, SearchUsesTheFullTextIndex)
{
    auto s = synth(QStringLiteral("plan.db"), 100, 1);
    const QStringList window = plan(s->database(), search_sql::window());
    ASSERT_EQ(window.size(), 1) << window.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(window.first().startsWith(QLatin1String("SCAN search_index VIRTUAL TABLE INDEX")));
    EXPECT_TRUE(window.first().contains(QLatin1Char('M'))) << window.first().toStdString(); // MATCH in the index

    const QStringList detail = plan(s->database(), search_sql::detail());
    const QString all = detail.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QLatin1String("SCAN search_index VIRTUAL TABLE INDEX"))) << all.toStdString();
    // One row by rowid (FTS5 index string "0:="), never a second MATCH per hit.
    EXPECT_TRUE(detail.first().endsWith(QLatin1String("INDEX 0:="))) << all.toStdString();
    for (const QString &line : detail) {
        if (line.startsWith(QLatin1String("SCAN")) && !line.contains(QLatin1String("VIRTUAL TABLE INDEX"))) {
            ADD_FAILURE() << "search scans a table: " << line.toStdString();
        }
    }
    EXPECT_TRUE(all.contains(QLatin1String("SEARCH d USING INTEGER PRIMARY KEY"))) << all.toStdString();
}

TEST_F(ScaleTest, ListQueriesUseIndexes)
{
    auto s = synth(QStringLiteral("list.db"), 100, 1);
    // The document list counts each document's records through the per-document indexes.
    const QStringList documents =
        plan(s->database(),
             QStringLiteral("SELECT d.id, (SELECT count(*) FROM recommendations r WHERE r.document_id = d.id),"
                            " (SELECT count(*) FROM records x WHERE x.document_id = d.id) FROM documents d"));
    const QString all = documents.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QLatin1String("recommendations_document"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("records_document"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QLatin1String("SCAN r"))) << all.toStdString();
    EXPECT_FALSE(all.contains(QLatin1String("SCAN x"))) << all.toStdString();
}

namespace {

/// Every statement run on a connection while a callable runs, with its bound values written in.
class StatementLog
{
public:
    explicit StatementLog(sql::Database &db) : m_db(db)
    {
        sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, &StatementLog::traced, this);
    }
    ~StatementLog() { sqlite3_trace_v2(m_db.handle(), 0, nullptr, nullptr); }
    QStringList take() { return std::exchange(m_sql, {}); }

private:
    static int traced(unsigned, void *self, void *statement, void *)
    {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        if (sql) {
            const QString text = QString::fromUtf8(sql);
            sqlite3_free(sql);
            // Left out: pragmas, the plans themselves and the search index's own statements ("-- ...").
            if (!text.startsWith(QLatin1String("PRAGMA")) && !text.startsWith(QLatin1String("EXPLAIN")) &&
                !text.startsWith(QLatin1String("--"))) {
                static_cast<StatementLog *>(self)->m_sql << text;
            }
        }
        return 0;
    }
    sql::Database &m_db;
    QStringList m_sql;
};

} // namespace

TEST_F(ScaleTest, FilterPagingAndFacetQueriesUseIndexes)
{
    auto s = synth(QStringLiteral("facets.db"), 3000, 1); // enough for a word in more than 2,000 of them
    sql::Database &db = s->database();
    RecommendationQuery q(db);
    auto one = [](auto set) {
        RecommendationFilter f;
        set(f);
        return f;
    };
    const std::vector<std::pair<const char *, RecommendationFilter>> filters = {
        {"none", {}},
        {"document", one([](RecommendationFilter &f) { f.documentId = 1; })},
        {"section", one([](RecommendationFilter &f) { f.section = QStringLiteral("Ghana"); })},
        {"priority", one([](RecommendationFilter &f) { f.priority = QStringLiteral("High"); })},
        {"category", one([](RecommendationFilter &f) { f.responseCategory = QStringLiteral("accepted"); })},
        {"donor", one([](RecommendationFilter &f) { f.donor = QStringLiteral("SECO"); })},
        {"status", one([](RecommendationFilter &f) { f.status = QStringLiteral("completed"); })},
        {"not started", one([](RecommendationFilter &f) { f.status = QStringLiteral("not_started"); })},
        {"overdue", one([](RecommendationFilter &f) { f.overdueOnly = true; })},
        {"commented", one([](RecommendationFilter &f) { f.withDonorComment = true; })},
        {"common word", one([](RecommendationFilter &f) { f.text = QStringLiteral("project"); })},
        {"rare word", one([](RecommendationFilter &f) { f.text = QStringLiteral("businesswomen"); })},
        {"word and donor", one([](RecommendationFilter &f) {
             f.text = QStringLiteral("project");
             f.donor = QStringLiteral("SECO");
         })},
    };
    {
        // The document list reads its covering index only, never the rows with their extraction JSON.
        StatementLog log(db);
        s->documents();
        const QStringList statements = log.take();
        ASSERT_EQ(statements.size(), 1);
        const QString all = plan(db, statements.first()).join(QLatin1Char('\n'));
        EXPECT_TRUE(all.contains(QLatin1String("SCAN d USING COVERING INDEX documents_list"))) << all.toStdString();
    }
    const qint64 everything = q.count({});
    for (const auto &[name, filter] : filters) {
        StatementLog log(db);
        const qint64 n = q.count(filter);
        q.estimate(filter);
        const QList<RecommendationRow> first =
            q.rows(filter, 0, 20, RecommendationSort::DocumentOrder, Qt::AscendingOrder, n);
        if (!first.isEmpty()) {
            q.rowsAfter(filter, first.last(), 20, RecommendationSort::DocumentOrder, Qt::AscendingOrder, n);
            q.rowsAfter(filter, first.last(), 20, RecommendationSort::Status, Qt::DescendingOrder, n);
        }
        for (Facet facet :
             {Facet::Document, Facet::Section, Facet::Priority, Facet::ResponseCategory, Facet::Donor, Facet::Status}) {
            q.facetValues(facet, filter);
        }
        const QStringList statements = log.take();
        ASSERT_FALSE(statements.isEmpty()) << name;
        if (!filter.text.isEmpty() && filter.donor.isEmpty()) { // a new text (with the donor: the same, kept)
            // The text criterion reads the words index (one row per recommendation) by MATCH.
            const auto words = std::find_if(statements.begin(), statements.end(), [](const QString &st) {
                return st.contains(QLatin1String("FROM recommendation_words WHERE recommendation_words MATCH"));
            });
            ASSERT_NE(words, statements.end()) << name;
            const QString wordsPlan = plan(db, *words).join(QLatin1Char('\n'));
            EXPECT_TRUE(wordsPlan.contains(QRegularExpression(QStringLiteral("VIRTUAL TABLE INDEX \\d+:M"))))
                << wordsPlan.toStdString();
        }
        for (const QString &statement : statements) {
            const QString all = plan(db, statement).join(QLatin1Char('\n'));
            // A table read from end to end shows as "SCAN x" with no index after it.
            static const QRegularExpression fullScan(QStringLiteral("(^|\n)SCAN \\w+(\n|$)"));
            // The overdue criterion, when collected or counted, reads its index only, never the rows.
            if (statement.contains(QLatin1String("FROM followups WHERE due_date <"))) {
                EXPECT_TRUE(all.contains(QLatin1String("COVERING INDEX followups_due_open"))) << all.toStdString();
            }
            // The estimate's sample is the one table it reads through (1,024 constant rows).
            QString scanned = all;
            scanned.remove(QStringLiteral("SCAN sample\n"));
            EXPECT_FALSE(scanned.contains(fullScan)) << name << ": " << statement.left(300).toStdString() << "\n"
                                                     << all.toStdString();
            // Without a selective criterion the keyset condition seeks in the document-order index
            // and the page needs no sort of the whole list.
            const bool selective = !filter.donor.isEmpty() || !filter.section.isEmpty() || !filter.priority.isEmpty() ||
                                   filter.documentId > 0 || n * 50 < everything;
            if (!selective && statement.contains(QLatin1String("(r.document_id, r.ordinal, r.id) >"))) {
                EXPECT_TRUE(all.contains(QRegularExpression(QStringLiteral(
                    "SEARCH r USING INDEX recommendations_(document|with_comments) \\(document_id>\\?\\)"))))
                    << name << "\n"
                    << all.toStdString();
                EXPECT_FALSE(all.contains(QLatin1String("TEMP B-TREE FOR ORDER BY"))) << name << "\n"
                                                                                      << all.toStdString();
            }
        }
    }
}
