// server init on a real server: tables, roles, versions, audit and full text.
#include "DocumentSharing.h"
#include "LibraryStoreFactory.h"
#include "PgTestSupport.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"
#include "ThemeStore.h"

#include <QTemporaryDir>

#include <array>
#include <optional>
#include <thread>
#include <vector>

using namespace evalreview;
using namespace evalreview::testing;

namespace {

class PgSchemaTest : public PgTest
{};

qint64 count(pg::Connection &db, const QString &sql, const QVariantList &params = {})
{
    return db.exec(sql, params).integer(0, 0);
}

} // namespace

TEST_F(PgSchemaTest, InitIsIdempotent)
{
    pg::Connection db = pg::Connection::open(freshDatabase());
    const pg::schema::InitOutcome first = pg::schema::initialize(db);
    EXPECT_EQ(first.fromVersion, 0);
    EXPECT_EQ(first.toVersion, pg::schema::currentVersion());
    const qint64 tables = count(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    const qint64 policies = count(db, QStringLiteral("SELECT count(*) FROM pg_policies"));
    const qint64 triggers = count(db, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal"));

    const pg::schema::InitOutcome second = pg::schema::initialize(db);
    EXPECT_EQ(second.fromVersion, pg::schema::currentVersion());
    EXPECT_EQ(second.toVersion, pg::schema::currentVersion());
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")), tables);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM pg_policies")), policies);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")), triggers);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM schema_version")), pg::schema::currentVersion());

    for (const QString &table : {QStringLiteral("documents"),
                                 QStringLiteral("pages"),
                                 QStringLiteral("recommendations"),
                                 QStringLiteral("responses"),
                                 QStringLiteral("actions"),
                                 QStringLiteral("donor_comments"),
                                 QStringLiteral("records"),
                                 QStringLiteral("cross_references"),
                                 QStringLiteral("anchors"),
                                 QStringLiteral("followups"),
                                 QStringLiteral("followup_history"),
                                 QStringLiteral("tags"),
                                 QStringLiteral("notes"),
                                 QStringLiteral("links"),
                                 QStringLiteral("corrections"),
                                 QStringLiteral("correction_history"),
                                 QStringLiteral("audit_log"),
                                 QStringLiteral("members"),
                                 QStringLiteral("themes"),
                                 QStringLiteral("theme_tags"),
                                 QStringLiteral("recurring_groups"),
                                 QStringLiteral("recurring_members"),
                                 QStringLiteral("recurring_splits")}) {
        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = $1"), {table}), 1)
            << table.toStdString();
    }
    for (const QString &role : pg::schema::roleNames()) {
        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1 AND NOT rolcanlogin"),
                        {pg::schema::groupRole(role)}),
                  1)
            << role.toStdString();
    }
    EXPECT_EQ(
        db.exec(QStringLiteral("SELECT pg_has_role('evalreview_admin', 'evalreview_viewer', 'MEMBER')")).text(0, 0),
        QStringLiteral("t"));
    // The default taxonomy once, however often init runs.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM themes")), ThemeStore::defaultThemes().size());
    // A second database on the same server finds the roles there and sets up all the same.
    pg::Connection other = pg::Connection::open(freshDatabase());
    EXPECT_EQ(pg::schema::initialize(other).toVersion, pg::schema::currentVersion());
}

TEST_F(PgSchemaTest, ANewerSchemaIsRefused)
{
    pg::Connection db = pg::Connection::open(freshLibrary());
    db.exec(QStringLiteral("INSERT INTO schema_version(version) VALUES ($1)"), {pg::schema::currentVersion() + 1});
    try {
        pg::schema::initialize(db);
        FAIL() << "a newer schema was accepted";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.reason(), StoreError::Reason::TooNew);
        EXPECT_TRUE(e.message().contains(QLatin1String("newer version of EvalReview"))) << e.message().toStdString();
    }
}

TEST_F(PgSchemaTest, KeepsDonorCommentCountsAndUnlinksRemovedRecords)
{
    pg::Connection db = pg::Connection::open(freshLibrary());
    const Seed s = Seed::into(db);
    EXPECT_EQ(count(db, QStringLiteral("SELECT donor_comment_count FROM recommendations WHERE id = $1"),
                    {s.recommendationId}),
              2);
    db.exec(QStringLiteral("DELETE FROM donor_comments WHERE id = $1"), {s.noradCommentId});
    EXPECT_EQ(count(db, QStringLiteral("SELECT donor_comment_count FROM recommendations WHERE id = $1"),
                    {s.recommendationId}),
              1);
    db.exec(QStringLiteral("INSERT INTO corrections(target_type, target_id, field, value) "
                           "VALUES ('recommendation', $1, 'text', 'corrected')"),
            {s.recommendationId});
    db.exec(QStringLiteral("DELETE FROM documents WHERE id = $1"), {s.documentId});
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM corrections WHERE target_id IS NULL")), 1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM followups WHERE recommendation_id IS NULL")), 1);
}

TEST_F(PgSchemaTest, AStaleVersionUpdatesNothing)
{
    const pg::ServerAddress library = freshLibrary();
    pg::Connection admin = pg::Connection::open(library);
    const Seed s = Seed::into(admin);
    const QString evaluator = addUser(admin, QStringLiteral("eval"), QStringLiteral("evaluator"));
    pg::Connection first = connectAs(library, evaluator);
    pg::Connection second = connectAs(library, evaluator);

    // Both read the follow-up at version 1; the first saves, the second's save finds it changed.
    const QString read = QStringLiteral("SELECT version FROM followups WHERE id = $1");
    const qint64 seenByFirst = first.exec(read, {s.followupId}).integer(0, 0);
    const qint64 seenBySecond = second.exec(read, {s.followupId}).integer(0, 0);
    ASSERT_EQ(seenByFirst, 1);
    ASSERT_EQ(seenBySecond, 1);
    const QString save = QStringLiteral("UPDATE followups SET status = $3 WHERE id = $1 AND version = $2 RETURNING "
                                        "version");
    const pg::Result saved = first.exec(save, {s.followupId, seenByFirst, QStringLiteral("completed")});
    ASSERT_EQ(saved.rows(), 1);
    EXPECT_EQ(saved.integer(0, 0), 2);
    const pg::Result stale = second.exec(save, {s.followupId, seenBySecond, QStringLiteral("not_started")});
    EXPECT_EQ(stale.rows(), 0);
    EXPECT_EQ(stale.affectedRows(), 0);
    EXPECT_EQ(
        admin.exec(QStringLiteral("SELECT status, version FROM followups WHERE id = $1"), {s.followupId}).text(0, 0),
        QStringLiteral("completed"));

    // The server raises the version on every real change, whatever the client sets, and on no other.
    admin.exec(QStringLiteral("UPDATE followups SET note = 'n', version = 1 WHERE id = $1"), {s.followupId});
    EXPECT_EQ(admin.exec(read, {s.followupId}).integer(0, 0), 3);
    admin.exec(QStringLiteral("UPDATE followups SET note = 'n' WHERE id = $1"), {s.followupId});
    EXPECT_EQ(admin.exec(read, {s.followupId}).integer(0, 0), 3);
    // A new comment changes the recommendation's count, not its version.
    admin.exec(QStringLiteral("INSERT INTO donor_comments(recommendation_id, ordinal, donor, text) "
                              "VALUES ($1, 3, 'SDC', 'Noted.')"),
               {s.recommendationId});
    EXPECT_EQ(admin.exec(QStringLiteral("SELECT version FROM recommendations WHERE id = $1"), {s.recommendationId})
                  .integer(0, 0),
              1);
}

TEST_F(PgSchemaTest, TheAuditLogRecordsTheDatabaseUser)
{
    const pg::ServerAddress library = freshLibrary();
    pg::Connection admin = pg::Connection::open(library);
    const Seed s = Seed::into(admin);
    const QString evaluator = addUser(admin, QStringLiteral("eval"), QStringLiteral("evaluator"));
    const QString donor = addUser(admin, QStringLiteral("seco"), QStringLiteral("donor"), QStringLiteral("SECO"));
    {
        sql::Database adminSql = programStatementsOn(admin);
        sharing::share(adminSql, {s.documentId}, QStringLiteral("SECO"));
    }
    connectAs(library, evaluator)
        .exec(QStringLiteral("UPDATE followups SET status = 'completed' WHERE id = $1"), {s.followupId});
    connectAs(library, donor)
        .exec(QStringLiteral("UPDATE donor_comments SET text = 'Agreed, with a plan.' WHERE id = $1"),
              {s.secoCommentId});

    const pg::Result followup = admin.exec(
        QStringLiteral("SELECT db_user, login, old_row->>'status', new_row->>'status', changed_at <= now() "
                       "FROM audit_log WHERE table_name = 'followups' AND operation = 'UPDATE' AND row_key = $1"),
        {QString::number(s.followupId)});
    ASSERT_EQ(followup.rows(), 1);
    EXPECT_EQ(followup.text(0, 0), evaluator);
    EXPECT_EQ(followup.text(0, 1), evaluator);
    EXPECT_EQ(followup.text(0, 2), QStringLiteral("in_progress"));
    EXPECT_EQ(followup.text(0, 3), QStringLiteral("completed"));
    EXPECT_EQ(followup.text(0, 4), QStringLiteral("t"));

    const pg::Result comment =
        admin.exec(QStringLiteral("SELECT db_user, new_row->>'text' FROM audit_log WHERE table_name = 'donor_comments' "
                                  "AND operation = 'UPDATE' AND row_key = $1"),
                   {QString::number(s.secoCommentId)});
    ASSERT_EQ(comment.rows(), 1);
    EXPECT_EQ(comment.text(0, 0), donor);
    EXPECT_EQ(comment.text(0, 1), QStringLiteral("Agreed, with a plan."));
    // The seed's inserts are there too, under the superuser, and no row for the count alone.
    EXPECT_GE(admin
                  .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE db_user = $1 AND operation = 'INSERT'"),
                        {TestCluster::superuser()})
                  .integer(0, 0),
              4);
    EXPECT_EQ(admin
                  .exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'recommendations' "
                                       "AND operation = 'UPDATE'"))
                  .integer(0, 0),
              0);
}

TEST_F(PgSchemaTest, FullTextFoldsAccents)
{
    pg::Connection db = pg::Connection::open(freshLibrary());
    const Seed s = Seed::into(db);
    db.exec(QStringLiteral("INSERT INTO pages(document_id, page_no, text) VALUES ($1, 1, $2)"),
            {s.documentId, QStringLiteral("La sécurité alimentaire au Sahel")});
    const QString query = QStringLiteral("SELECT count(*) FROM pages WHERE search @@ "
                                         "plainto_tsquery('evalreview_simple', $1)");
    EXPECT_EQ(db.exec(query, {QStringLiteral("securite")}).integer(0, 0), 1);
    EXPECT_EQ(db.exec(query, {QStringLiteral("SÉCURITÉ alimentaire")}).integer(0, 0), 1);
    EXPECT_EQ(db.exec(query, {QStringLiteral("nutrition")}).integer(0, 0), 0);
    EXPECT_EQ(db.exec(QStringLiteral("SELECT count(*) FROM donor_comments WHERE search @@ "
                                     "plainto_tsquery('evalreview_simple', 'budget')"))
                  .integer(0, 0),
              1);
}

// Version 9: each text is indexed by the stems of its language; a search finds other forms of its
// words in English, French and Spanish texts, and codes and words of no language as typed.
TEST_F(PgSchemaTest, SearchFindsOtherFormsOfAWordInEachLanguage)
{
    const pg::ServerAddress library = freshLibrary();
    pg::Connection db = pg::Connection::open(library);
    const Seed s = Seed::into(db);
    const QString page = QStringLiteral("INSERT INTO pages(document_id, page_no, text) VALUES ($1, $2, $3)");
    db.exec(page, {s.documentId, 2,
                   QStringLiteral("The evaluations of the programme should be shared with the "
                                  "partners.")});
    db.exec(page, {s.documentId, 3,
                   QStringLiteral("Les recommandations de l'évaluation sont adressées aux "
                                  "partenaires et au bureau.")});
    db.exec(page, {s.documentId, 4,
                   QStringLiteral("Las recomendaciones del informe se presentan a los socios y "
                                  "al comité.")});
    db.exec(page, {s.documentId, 5, QStringLiteral("ILO/GEN/07 SDG-F Sahel")});
    const auto config = [&db](int pageNo) {
        return db
            .exec(QStringLiteral("SELECT evalreview_text_config(text)::text FROM pages WHERE page_no = $1"), {pageNo})
            .text(0, 0);
    };
    EXPECT_EQ(config(2), QStringLiteral("evalreview_english"));
    EXPECT_EQ(config(3), QStringLiteral("evalreview_french"));
    EXPECT_EQ(config(4), QStringLiteral("evalreview_spanish"));
    EXPECT_EQ(config(5), QStringLiteral("evalreview_simple"));

    auto store = openLibraryStore(library.url);
    ASSERT_TRUE(store);
    const auto pagesFound = [&store](const QString &query) {
        QList<int> pages;
        for (const SearchHit &h : store->search(query, 20).hits) {
            if (h.sourceType == QLatin1String("page")) {
                pages << h.page;
            }
        }
        std::sort(pages.begin(), pages.end());
        return pages;
    };
    EXPECT_EQ(pagesFound(QStringLiteral("evaluation")), (QList<int>{2, 3}));         // evaluations, l'évaluation
    EXPECT_EQ(pagesFound(QStringLiteral("share")), QList<int>{2});                   // shared
    EXPECT_EQ(pagesFound(QStringLiteral("recommandation")), QList<int>{3});          // recommandations
    EXPECT_EQ(pagesFound(QStringLiteral("adresser")), QList<int>{3});                // adressées
    EXPECT_EQ(pagesFound(QStringLiteral("recomendación")), QList<int>{4});           // recomendaciones
    EXPECT_EQ(pagesFound(QStringLiteral("\"informe se presenta\"")), QList<int>{4}); // a phrase, stemmed
    EXPECT_EQ(pagesFound(QStringLiteral("evalu*")), (QList<int>{2, 3}));             // evaluations, évaluation
    EXPECT_EQ(pagesFound(QStringLiteral("ILO/GEN/07")), QList<int>{5});              // a code as typed
    EXPECT_EQ(pagesFound(QStringLiteral("evaluation NOT programme")), QList<int>{3});
}

TEST_F(PgSchemaTest, TwoInitsAtOnceBothSucceed)
{
    const pg::ServerAddress library = freshDatabase();
    std::array<std::optional<pg::schema::InitOutcome>, 2> outcomes;
    std::array<QString, 2> errors;
    std::vector<std::thread> admins;
    for (size_t i = 0; i < outcomes.size(); ++i) {
        admins.emplace_back([&, i] {
            try {
                pg::Connection db = pg::Connection::open(library);
                outcomes[i] = pg::schema::initialize(db);
            } catch (const StoreError &e) {
                errors[i] = e.message();
            }
        });
    }
    for (std::thread &t : admins) {
        t.join();
    }
    for (size_t i = 0; i < outcomes.size(); ++i) {
        ASSERT_TRUE(outcomes[i].has_value()) << errors[i].toStdString();
        EXPECT_EQ(outcomes[i]->toVersion, pg::schema::currentVersion());
    }
    pg::Connection db = pg::Connection::open(library);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM schema_version")), pg::schema::currentVersion());
}

// Grants are given to the tables that exist when they are granted: a later migration that adds a
// table without its grants fails here.
TEST_F(PgSchemaTest, EveryTableIsGrantedAndTheSharedOnesArePoliced)
{
    pg::Connection db = pg::Connection::open(freshLibrary());
    const QString tablesWhere = QStringLiteral(
        "SELECT coalesce(string_agg(c.relname, ',' ORDER BY c.relname), '') FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND ");
    EXPECT_EQ(db.exec(tablesWhere + QStringLiteral("NOT has_table_privilege('evalreview_viewer', c.oid, 'SELECT')"))
                  .text(0, 0),
              QStringLiteral("audit_log"));
    EXPECT_EQ(db.exec(tablesWhere + QStringLiteral("NOT has_table_privilege('evalreview_admin', c.oid, 'INSERT')"))
                  .text(0, 0),
              QStringLiteral("schema_version"));
    EXPECT_EQ(
        db.exec(tablesWhere + QStringLiteral("c.relrowsecurity")).text(0, 0),
        QStringLiteral("actions,anchors,audit_log,correction_history,corrections,cross_references,document_shares,"
                       "documents,donor_comments,followup_history,followups,links,notes,pages,recommendations,"
                       "records,recurring_groups,recurring_members,recurring_splits,responses,tags,theme_tags"));
    // A donor is kept to what is shared with it on every table of the library's records.
    EXPECT_EQ(db.exec(tablesWhere + QStringLiteral("c.relrowsecurity AND NOT EXISTS (SELECT FROM pg_policy p WHERE "
                                                   "p.polrelid = c.oid AND NOT p.polpermissive AND "
                                                   "'evalreview_donor'::regrole = ANY(p.polroles))"))
                  .text(0, 0),
              QStringLiteral("audit_log"));
}

// Version 6: the learning tables of the library file's version 8, the same default taxonomy, and
// who may write what.
TEST_F(PgSchemaTest, TheLearningTablesHoldTheDefaultTaxonomyOfTheLibraryFile)
{
    const pg::ServerAddress library = freshLibrary();
    pg::Connection admin = pg::Connection::open(library);
    QStringList server;
    const pg::Result themes =
        admin.exec(QStringLiteral("SELECT id, key, grp, label, keywords_en, keywords_fr, keywords_es, ordinal "
                                  "FROM themes ORDER BY id"));
    for (int r = 0; r < themes.rows(); ++r) {
        QStringList row;
        for (int c = 0; c < themes.columns(); ++c) {
            row << themes.text(r, c);
        }
        server << row.join(QLatin1Char('|'));
    }
    QTemporaryDir dir;
    auto file = SqliteLibraryStore::open(dir.filePath(QStringLiteral("library.evalreview")));
    QStringList local;
    sql::Statement st = file->database().prepare(QStringLiteral(
        "SELECT id, key, grp, label, keywords_en, keywords_fr, keywords_es, ordinal FROM themes ORDER BY id"));
    while (st.next()) {
        QStringList row;
        for (int c = 0; c < 8; ++c) {
            row << st.text(c);
        }
        local << row.join(QLatin1Char('|'));
    }
    EXPECT_GT(server.size(), 17);
    EXPECT_EQ(server.join(QLatin1Char('\n')).toStdString(), local.join(QLatin1Char('\n')).toStdString());

    const Seed s = Seed::into(admin);
    const QString evaluator = addUser(admin, QStringLiteral("eval"), QStringLiteral("evaluator"));
    const QString manager = addUser(admin, QStringLiteral("manager"), QStringLiteral("manager"));
    const QString viewer = addUser(admin, QStringLiteral("viewer"), QStringLiteral("viewer"));
    const QString donor = addUser(admin, QStringLiteral("seco"), QStringLiteral("donor"), QStringLiteral("SECO"));
    const QString administrator = addUser(admin, QStringLiteral("admin"), QStringLiteral("admin"));
    {
        sql::Database adminSql = programStatementsOn(admin);
        sharing::share(adminSql, {s.documentId}, QStringLiteral("SECO"));
    }

    // An evaluator confirms a tag, records a group and splits a recommendation off it.
    pg::Connection asEvaluator = connectAs(library, evaluator);
    const qint64 tag =
        asEvaluator
            .exec(QStringLiteral("INSERT INTO theme_tags(theme_id, target_type, target_id, document_id,"
                                 " status, updated_by) SELECT id, 'recommendation', $1, $2, "
                                 "'confirmed', current_user FROM themes WHERE key = 'sdg2' RETURNING id"),
                  {s.recommendationId, s.documentId})
            .integer(0, 0);
    EXPECT_GT(tag, 0);
    const qint64 other = admin
                             .exec(QStringLiteral("INSERT INTO recommendations(document_id, ordinal, code, text) "
                                                  "VALUES ($1, 2, 'G2', 'Monitor food security.') RETURNING id"),
                                   {s.documentId})
                             .integer(0, 0);
    const qint64 group = asEvaluator
                             .exec(QStringLiteral("INSERT INTO recurring_groups(label, documents, members) "
                                                  "VALUES ('Food security monitoring', 1, 2) RETURNING id"))
                             .integer(0, 0);
    asEvaluator.exec(QStringLiteral("INSERT INTO recurring_members(group_id, recommendation_id, similarity) "
                                    "VALUES ($1, $2, 0.9), ($1, $3, 0.9)"),
                     {group, s.recommendationId, other});
    asEvaluator.exec(QStringLiteral("INSERT INTO recurring_splits(recommendation_id, other_id, created_by) "
                                    "VALUES ($1, $2, current_user)"),
                     {other, s.recommendationId});
    asEvaluator.exec(QStringLiteral("DELETE FROM recurring_members WHERE recommendation_id = $1"), {other});
    // A manager is an evaluator too.
    connectAs(library, manager).exec(QStringLiteral("UPDATE theme_tags SET status = 'removed' WHERE id = $1"), {tag});
    EXPECT_EQ(admin.exec(QStringLiteral("SELECT version FROM theme_tags WHERE id = $1"), {tag}).integer(0, 0), 2);
    // The taxonomy is the admin's.
    const auto refused = [](pg::Connection &db, const QString &sql) {
        try {
            db.exec(sql);
        } catch (const pg::ServerError &e) {
            return e.isPermissionDenied();
        }
        return false;
    };
    EXPECT_TRUE(refused(asEvaluator, QStringLiteral("UPDATE themes SET label = 'Hunger' WHERE key = 'sdg2'")));
    connectAs(library, administrator)
        .exec(QStringLiteral("UPDATE themes SET keywords_en = keywords_en || '; irrigation' WHERE key = 'sdg2'"));
    connectAs(library, administrator)
        .exec(QStringLiteral("INSERT INTO themes(key, grp, label, ordinal) VALUES ('youth', 'own', 'Youth', 99)"));
    EXPECT_EQ(count(admin, QStringLiteral("SELECT version FROM themes WHERE key = 'sdg2'")), 2);
    // Viewers and donors read, and write nothing of it.
    for (const QString &reader : {viewer, donor}) {
        pg::Connection db = connectAs(library, reader);
        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM theme_tags")), 1) << reader.toStdString();
        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM recurring_members")), 1) << reader.toStdString();
        EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM recurring_splits")), 1) << reader.toStdString();
        EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM themes")), 17) << reader.toStdString();
        EXPECT_TRUE(refused(db, QStringLiteral("UPDATE theme_tags SET status = 'confirmed'"))) << reader.toStdString();
        EXPECT_TRUE(refused(db, QStringLiteral("DELETE FROM recurring_groups"))) << reader.toStdString();
        EXPECT_TRUE(refused(db, QStringLiteral("DELETE FROM recurring_splits"))) << reader.toStdString();
        EXPECT_TRUE(refused(db, QStringLiteral("UPDATE themes SET label = ''"))) << reader.toStdString();
    }
    // Every change of the taxonomy, a tag or a split is in the audit log under its author.
    EXPECT_EQ(count(admin,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'theme_tags' AND db_user = $1"),
                    {evaluator}),
              1);
    EXPECT_EQ(count(admin,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'theme_tags' AND db_user = $1 "
                                   "AND new_row->>'status' = 'removed'"),
                    {manager}),
              1);
    EXPECT_EQ(count(admin,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'themes' AND db_user = $1"),
                    {administrator}),
              2);
    EXPECT_EQ(count(admin,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'recurring_splits' "
                                   "AND db_user = $1"),
                    {evaluator}),
              1);

    // A removed recommendation takes its tags, memberships and splits with it; a theme its tags.
    admin.exec(QStringLiteral("DELETE FROM recommendations WHERE id = $1"), {s.recommendationId});
    EXPECT_EQ(count(admin, QStringLiteral("SELECT count(*) FROM theme_tags")), 0);
    EXPECT_EQ(count(admin, QStringLiteral("SELECT count(*) FROM recurring_members")), 0);
    EXPECT_EQ(count(admin, QStringLiteral("SELECT count(*) FROM recurring_splits")), 0);
    admin.exec(QStringLiteral("INSERT INTO theme_tags(theme_id, target_type, target_id, document_id) "
                              "SELECT id, 'recommendation', $1, $2 FROM themes WHERE key = 'youth'"),
               {other, s.documentId});
    admin.exec(QStringLiteral("DELETE FROM themes WHERE key = 'youth'"));
    EXPECT_EQ(count(admin, QStringLiteral("SELECT count(*) FROM theme_tags")), 0);
}
