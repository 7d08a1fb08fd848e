// Roles enforced by the server: each login connects with its own password and issues its own SQL,
// as any program could; grants and row-level security decide what it may change.
#include "DocumentSharing.h"
#include "LibraryStoreFactory.h"
#include "PgTestSupport.h"
#include "RecurringGroups.h"
#include "Sqlite.h"
#include "ThemeStore.h"

using namespace evalreview;
using namespace evalreview::testing;

namespace {

class PgRoleTest : public PgTest
{
protected:
    void SetUp() override
    {
        PgTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        library = freshLibrary();
        admin.emplace(pg::Connection::open(library));
        seed = Seed::into(*admin);
    }

    /// True when the server refuses `sql` for lack of permission (grants or row-level security).
    static bool refused(pg::Connection &db, const QString &sql, const QVariantList &params = {})
    {
        try {
            db.exec(sql, params);
            return false;
        } catch (const pg::ServerError &e) {
            EXPECT_TRUE(e.isPermissionDenied()) << e.message().toStdString();
            EXPECT_EQ(e.reason(), StoreError::Reason::Denied);
            return e.isPermissionDenied();
        }
    }

    QString commentText(qint64 id)
    {
        return admin->exec(QStringLiteral("SELECT text FROM donor_comments WHERE id = $1"), {id}).text(0, 0);
    }

    QString followupStatus()
    {
        return admin->exec(QStringLiteral("SELECT status FROM followups WHERE id = $1"), {seed.followupId}).text(0, 0);
    }

    pg::ServerAddress library;
    std::optional<pg::Connection> admin;
    Seed seed;
};

} // namespace

TEST_F(PgRoleTest, ADonorWritesItsOwnOrganisationsCommentsOnly)
{
    const QString donor = addUser(*admin, QStringLiteral("seco"), QStringLiteral("donor"), QStringLiteral("SECO"));
    sql::Database adminSql = programStatementsOn(*admin);
    sharing::share(adminSql, {seed.documentId}, QStringLiteral("SECO"));
    pg::Connection seco = connectAs(library, donor);
    EXPECT_EQ(seco.currentUser(), donor);

    // Reads every comment, changes its own.
    EXPECT_EQ(seco.exec(QStringLiteral("SELECT count(*) FROM donor_comments")).integer(0, 0), 2);
    EXPECT_EQ(seco.exec(QStringLiteral("UPDATE donor_comments SET text = $2 WHERE id = $1"),
                        {seed.secoCommentId, QStringLiteral("Agreed; SECO funds the survey.")})
                  .affectedRows(),
              1);
    EXPECT_EQ(commentText(seed.secoCommentId), QStringLiteral("Agreed; SECO funds the survey."));
    EXPECT_EQ(seco.exec(QStringLiteral("INSERT INTO donor_comments(recommendation_id, ordinal, donor, text) "
                                       "VALUES ($1, 3, 'SECO', 'A second thought.')"),
                        {seed.recommendationId})
                  .affectedRows(),
              1);

    // Another organisation's comment is out of its reach: not updated, not deleted, not written.
    EXPECT_EQ(
        seco.exec(QStringLiteral("UPDATE donor_comments SET text = 'Hijacked' WHERE id = $1"), {seed.noradCommentId})
            .affectedRows(),
        0);
    EXPECT_EQ(
        seco.exec(QStringLiteral("UPDATE donor_comments SET text = 'Hijacked' WHERE donor = 'NORAD'")).affectedRows(),
        0);
    EXPECT_EQ(
        seco.exec(QStringLiteral("DELETE FROM donor_comments WHERE id = $1"), {seed.noradCommentId}).affectedRows(), 0);
    EXPECT_TRUE(refused(seco,
                        QStringLiteral("INSERT INTO donor_comments(recommendation_id, ordinal, donor, text) "
                                       "VALUES ($1, 4, 'NORAD', 'In NORAD''s name.')"),
                        {seed.recommendationId}));
    // Nor can it hand its own comment over to another organisation.
    EXPECT_TRUE(
        refused(seco, QStringLiteral("UPDATE donor_comments SET donor = 'NORAD' WHERE id = $1"), {seed.secoCommentId}));
    EXPECT_EQ(commentText(seed.noradCommentId), QStringLiteral("Needs a budget."));
}

TEST_F(PgRoleTest, ADonorChangesNoFollowUpStatus)
{
    const QString donor = addUser(*admin, QStringLiteral("norad"), QStringLiteral("donor"), QStringLiteral("NORAD"));
    sql::Database adminSql = programStatementsOn(*admin);
    sharing::share(adminSql, {seed.documentId}, QStringLiteral("NORAD"));
    pg::Connection norad = connectAs(library, donor);
    EXPECT_TRUE(
        refused(norad, QStringLiteral("UPDATE followups SET status = 'completed' WHERE id = $1"), {seed.followupId}));
    EXPECT_TRUE(refused(norad, QStringLiteral("UPDATE followups SET status = 'completed'")));
    EXPECT_TRUE(refused(norad,
                        QStringLiteral("INSERT INTO followup_history(followup_id, field, new_value) "
                                       "VALUES ($1, 'status', 'completed')"),
                        {seed.followupId}));
    EXPECT_TRUE(refused(norad, QStringLiteral("DELETE FROM followups")));
    EXPECT_TRUE(refused(norad, QStringLiteral("UPDATE recommendations SET verified = true")));
    EXPECT_TRUE(refused(norad, QStringLiteral("DELETE FROM documents")));
    EXPECT_TRUE(refused(norad, QStringLiteral("SELECT * FROM audit_log")));
    EXPECT_EQ(followupStatus(), QStringLiteral("in_progress"));

    // Its notes on a follow-up: its own organisation's only.
    EXPECT_EQ(norad
                  .exec(QStringLiteral("INSERT INTO notes(followup_id, author, text, organisation) "
                                       "VALUES ($1, $2, 'Budget confirmed.', 'NORAD')"),
                        {seed.followupId, donor})
                  .affectedRows(),
              1);
    EXPECT_TRUE(refused(norad,
                        QStringLiteral("INSERT INTO notes(followup_id, text, organisation) "
                                       "VALUES ($1, 'As SECO.', 'SECO')"),
                        {seed.followupId}));
    EXPECT_TRUE(refused(norad, QStringLiteral("INSERT INTO notes(followup_id, text) VALUES ($1, 'As staff.')"),
                        {seed.followupId}));
}

TEST_F(PgRoleTest, AViewerWritesNothing)
{
    const QString viewer = addUser(*admin, QStringLiteral("viewer"), QStringLiteral("viewer"));
    pg::Connection v = connectAs(library, viewer);
    EXPECT_EQ(v.exec(QStringLiteral("SELECT count(*) FROM recommendations")).integer(0, 0), 1);
    EXPECT_EQ(v.exec(QStringLiteral("SELECT count(*) FROM donor_comments")).integer(0, 0), 2);
    EXPECT_TRUE(refused(v, QStringLiteral("UPDATE followups SET status = 'completed'")));
    EXPECT_TRUE(refused(v, QStringLiteral("UPDATE donor_comments SET text = 'x'")));
    EXPECT_TRUE(refused(v,
                        QStringLiteral("INSERT INTO donor_comments(recommendation_id, ordinal, donor, text) "
                                       "VALUES ($1, 5, 'SECO', 'x')"),
                        {seed.recommendationId}));
    EXPECT_TRUE(refused(v, QStringLiteral("INSERT INTO notes(followup_id, text) VALUES ($1, 'x')"), {seed.followupId}));
    EXPECT_TRUE(refused(v, QStringLiteral("UPDATE recommendations SET text = 'x'")));
    EXPECT_TRUE(refused(v, QStringLiteral("DELETE FROM documents")));
    EXPECT_TRUE(refused(v, QStringLiteral("INSERT INTO audit_log(table_name, operation) VALUES ('x', 'INSERT')")));
    EXPECT_TRUE(refused(v, QStringLiteral("INSERT INTO members(login, role) VALUES ('x', 'admin')")));
    EXPECT_EQ(followupStatus(), QStringLiteral("in_progress"));
}

TEST_F(PgRoleTest, AnEvaluatorReviewsAndAManagerImports)
{
    const QString evaluator = addUser(*admin, QStringLiteral("eval"), QStringLiteral("evaluator"));
    const QString manager = addUser(*admin, QStringLiteral("manager"), QStringLiteral("manager"));
    pg::Connection e = connectAs(library, evaluator);
    EXPECT_EQ(e.exec(QStringLiteral("UPDATE followups SET status = 'completed' WHERE id = $1"), {seed.followupId})
                  .affectedRows(),
              1);
    EXPECT_EQ(
        e.exec(QStringLiteral("UPDATE recommendations SET verified = true WHERE id = $1"), {seed.recommendationId})
            .affectedRows(),
        1);
    EXPECT_EQ(e.exec(QStringLiteral("UPDATE donor_comments SET text = 'Corrected reading.' WHERE id = $1"),
                     {seed.noradCommentId})
                  .affectedRows(),
              1);
    EXPECT_TRUE(refused(e, QStringLiteral("DELETE FROM documents")));

    pg::Connection m = connectAs(library, manager);
    EXPECT_EQ(m.exec(QStringLiteral("INSERT INTO documents(file_name, sha256, kind, source_format) "
                                    "VALUES ('b.pdf', $1, 'other', 'pdf')"),
                     {QString(64, QLatin1Char('b'))})
                  .affectedRows(),
              1);
    EXPECT_EQ(m.exec(QStringLiteral("DELETE FROM documents WHERE file_name = 'b.pdf'")).affectedRows(), 1);
    EXPECT_TRUE(refused(m, QStringLiteral("INSERT INTO members(login, role) VALUES ('x', 'admin')")));
}

TEST_F(PgRoleTest, UserAddRefusesABadRequestAndChangesNothing)
{
    const auto roles = [this] { return admin->exec(QStringLiteral("SELECT count(*) FROM pg_roles")).integer(0, 0); };
    const qint64 before = roles();
    const QString problem = pg::users::problemWith({QStringLiteral("anna"), QStringLiteral("superuser"), {}, {}});
    EXPECT_EQ(problem,
              QStringLiteral("Unknown role \"superuser\"; use one of: admin, manager, evaluator, donor, viewer."));
    EXPECT_THROW(pg::users::add(*admin, {QStringLiteral("anna"), QStringLiteral("superuser"), {}, {}}), StoreError);
    EXPECT_FALSE(pg::users::problemWith({QStringLiteral("anna"), QStringLiteral("donor"), {}, {}}).isEmpty());
    EXPECT_FALSE(pg::users::problemWith({QStringLiteral("Anna; DROP"), QStringLiteral("viewer"), {}, {}}).isEmpty());
    EXPECT_FALSE(pg::users::problemWith({QStringLiteral("pg_anna"), QStringLiteral("viewer"), {}, {}}).isEmpty());
    EXPECT_EQ(roles(), before);

    const QString viewer = addUser(*admin, QStringLiteral("anna"), QStringLiteral("viewer"));
    try {
        pg::users::add(*admin, {viewer, QStringLiteral("admin"), {}, {}});
        FAIL() << "added twice";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("A user named %1 already exists").arg(viewer)))
            << e.message().toStdString();
    }
    EXPECT_EQ(roles(), before + 1);
    EXPECT_EQ(admin->exec(QStringLiteral("SELECT role FROM members WHERE login = $1"), {viewer}).text(0, 0),
              QStringLiteral("viewer"));
}

TEST_F(PgRoleTest, AnAdminAddsUsers)
{
    const QString adminLogin = addUser(*admin, QStringLiteral("boss"), QStringLiteral("admin"));
    pg::Connection boss = connectAs(library, adminLogin);
    const QString donor = addUser(boss, QStringLiteral("sdc"), QStringLiteral("donor"), QStringLiteral("SDC"));
    const pg::Result row =
        admin->exec(QStringLiteral("SELECT role, organisation, added_by FROM members WHERE login = $1"), {donor});
    ASSERT_EQ(row.rows(), 1);
    EXPECT_EQ(row.text(0, 0), QStringLiteral("donor"));
    EXPECT_EQ(row.text(0, 1), QStringLiteral("SDC"));
    EXPECT_EQ(row.text(0, 2), adminLogin);
    EXPECT_EQ(connectAs(library, donor).exec(QStringLiteral("SELECT evalreview_organisation()")).text(0, 0),
              QStringLiteral("SDC"));
}

TEST_F(PgRoleTest, AnEvaluatorTagsThemesAndGroupsRecurringRecommendationsAViewerDoesNot)
{
    const QString evaluator = addUser(*admin, QStringLiteral("eval"), QStringLiteral("evaluator"));
    const QString viewer = addUser(*admin, QStringLiteral("viewer"), QStringLiteral("viewer"));
    const QString recommendation = QStringLiteral("recommendation");
    {
        auto store = openLibraryStore(library.withUser(evaluator).url);
        ASSERT_TRUE(store);
        ThemeStore themes(store->database());
        EXPECT_GE(themes.suggest(), 0);
        EXPECT_TRUE(themes.setStatus(recommendation, seed.recommendationId, QStringLiteral("gender"),
                                     tag_status::Confirmed, evaluator));
        RecurringStore recurring(store->database());
        EXPECT_EQ(recurring.compute().recommendations, 1);
        EXPECT_TRUE(recurring.groups().isEmpty());
        // The taxonomy is the administrator's.
        try {
            themes.replaceThemes(ThemeStore::defaultThemes().mid(0, 1));
            ADD_FAILURE() << "an evaluator replaced the taxonomy";
        } catch (const StoreError &e) {
            EXPECT_EQ(e.reason(), StoreError::Reason::Denied) << e.what();
        }
    }
    EXPECT_EQ(admin->exec(QStringLiteral("SELECT updated_by FROM theme_tags WHERE status = 'confirmed'")).text(0, 0),
              evaluator);
    auto store = openLibraryStore(library.withUser(viewer).url);
    ASSERT_TRUE(store);
    ThemeStore themes(store->database());
    QStringList confirmed;
    for (const ThemeTag &t : themes.tagsOf(recommendation, seed.recommendationId)) {
        if (t.status == tag_status::Confirmed) {
            confirmed << t.themeKey;
        }
    }
    EXPECT_EQ(confirmed, QStringList{QStringLiteral("gender")});
    for (const auto &write : std::initializer_list<std::function<void()>>{
             [&] {
                 themes.setStatus(recommendation, seed.recommendationId, QStringLiteral("gender"), tag_status::Removed,
                                  viewer);
             },
             [&] { RecurringStore(store->database()).compute(); }}) {
        try {
            write();
            ADD_FAILURE() << "a viewer wrote";
        } catch (const StoreError &e) {
            EXPECT_EQ(e.reason(), StoreError::Reason::Denied) << e.what();
        }
    }
}
