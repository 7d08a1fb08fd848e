#pragma once

#include "PgConnection.h"
#include "PgSchema.h"
#include "PgSqlBackend.h"
#include "PgUsers.h"
#include "Sqlite.h"
#include "TestCluster.h"

#include <QUuid>

#include <gtest/gtest.h>

namespace evalreview::testing {

/// A test on the cluster of this test program: skipped with the reason when PostgreSQL's server
/// programs are missing, failed when they are there but the cluster does not start.
class PgTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        TestCluster &c = TestCluster::instance();
        if (!c.skipReason().isEmpty()) {
            GTEST_SKIP() << c.skipReason().toStdString();
        }
        ASSERT_TRUE(c.error().isEmpty()) << c.error().toStdString();
    }

    static TestCluster &cluster() { return TestCluster::instance(); }

    /// A new, empty database of its own for this test.
    pg::ServerAddress freshDatabase()
    {
        static int counter = 0;
        const QString name = QStringLiteral("t%1_%2").arg(++counter).arg(
            QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name()).toLower().left(40));
        cluster().createDatabase(name);
        return cluster().address(name);
    }

    /// A new database holding a team library (server init done as the superuser).
    pg::ServerAddress freshLibrary()
    {
        const pg::ServerAddress address = freshDatabase();
        pg::Connection db = pg::Connection::open(address);
        pg::schema::initialize(db);
        return address;
    }

    /// Adds a login (roles are shared by the cluster's databases: names are made unique) with a
    /// password in the cluster's password file; returns its name.
    QString addUser(pg::Connection &db, const QString &prefix, const QString &role,
                    const QString &organisation = QString())
    {
        const QString name = prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(8).toLower();
        const QString password = QUuid::createUuid().toString(QUuid::Id128);
        pg::users::add(db, pg::NewUser{name, role, organisation, password});
        cluster().rememberPassword(name, password);
        return name;
    }

    /// A connection of `user` with its own password, to the database of `library`.
    static pg::Connection connectAs(const pg::ServerAddress &library, const QString &user)
    {
        return pg::Connection::open(library.withUser(user));
    }
};

/// The program's statements (sql::Database) on the test's own connection `c`, which must outlive it.
inline sql::Database programStatementsOn(pg::Connection &c)
{
    sql::Database db;
    pg::runOn(db, c);
    return db;
}

/// One recommendation with a SECO and a NORAD comment and a follow-up, written by the superuser.
struct Seed
{
    qint64 documentId = 0;
    qint64 recommendationId = 0;
    qint64 secoCommentId = 0;
    qint64 noradCommentId = 0;
    qint64 followupId = 0;

    static Seed into(pg::Connection &db)
    {
        Seed s;
        s.documentId =
            db.exec(QStringLiteral("INSERT INTO documents(file_name, sha256, kind, title, source_format) "
                                   "VALUES ($1, $2, 'management_response', $3, 'pdf') RETURNING id"),
                    {QStringLiteral("mr.pdf"), QString(64, QLatin1Char('a')), QStringLiteral("Management response")})
                .integer(0, 0);
        s.recommendationId = db.exec(QStringLiteral("INSERT INTO recommendations(document_id, ordinal, code, text) "
                                                    "VALUES ($1, 1, 'G1', $2) RETURNING id"),
                                     {s.documentId, QStringLiteral("Strengthen food security monitoring.")})
                                 .integer(0, 0);
        const QString comment = QStringLiteral("INSERT INTO donor_comments(recommendation_id, ordinal, donor, text) "
                                               "VALUES ($1, $2, $3, $4) RETURNING id");
        s.secoCommentId =
            db.exec(comment, {s.recommendationId, 1, QStringLiteral("SECO"), QStringLiteral("Agreed.")}).integer(0, 0);
        s.noradCommentId =
            db.exec(comment, {s.recommendationId, 2, QStringLiteral("NORAD"), QStringLiteral("Needs a budget.")})
                .integer(0, 0);
        s.followupId = db.exec(QStringLiteral("INSERT INTO followups(recommendation_id, code, status) "
                                              "VALUES ($1, 'G1', 'in_progress') RETURNING id"),
                               {s.recommendationId})
                           .integer(0, 0);
        return s;
    }
};

} // namespace evalreview::testing
