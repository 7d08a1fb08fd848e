// The libpq wrapper: addresses, parameters, transactions and the sentences of its failures.
#include "PgTestSupport.h"

using namespace evalreview;
using namespace evalreview::testing;

TEST(PgAddress, ReadsHostPortDatabaseAndUser)
{
    const pg::ServerAddress a =
        pg::ServerAddress::parse(QStringLiteral("postgresql://db.example.org:6543/team?user=anna"));
    EXPECT_EQ(a.host, QStringLiteral("db.example.org"));
    EXPECT_EQ(a.port, 6543);
    EXPECT_EQ(a.database, QStringLiteral("team"));
    EXPECT_EQ(a.user, QStringLiteral("anna"));
    EXPECT_EQ(a.server(), QStringLiteral("db.example.org:6543"));
    const pg::ServerAddress b = pg::ServerAddress::parse(QStringLiteral("postgres://server/evalreview"));
    EXPECT_EQ(b.port, 5432);
    EXPECT_TRUE(b.user.isEmpty());
    EXPECT_TRUE(pg::ServerAddress::isServerUrl(QStringLiteral("postgresql://x/y")));
    EXPECT_FALSE(pg::ServerAddress::isServerUrl(QStringLiteral("/home/anna/library.evalreview")));
}

TEST(PgAddress, RefusesAPasswordOrAMissingDatabase)
{
    for (const QString &url : {QStringLiteral("postgresql://anna:secret@server/team"),
                               QStringLiteral("postgresql://server/team?user=anna&password=secret")}) {
        try {
            pg::ServerAddress::parse(url);
            ADD_FAILURE() << "accepted " << url.toStdString();
        } catch (const StoreError &e) {
            EXPECT_TRUE(e.message().contains(QLatin1String("~/.pgpass"))) << e.message().toStdString();
        }
    }
    EXPECT_THROW(pg::ServerAddress::parse(QStringLiteral("postgresql://server")), StoreError);
    EXPECT_THROW(pg::ServerAddress::parse(QStringLiteral("postgresql://server:99999/team")), StoreError);
}

TEST(PgConnectionFailure, AnUnreachableServerIsNamedInASentence)
{
    try {
        pg::Connection::open(pg::ServerAddress::parse(QStringLiteral("postgresql://127.0.0.1:1/team?user=anna")));
        FAIL() << "connected to port 1";
    } catch (const pg::ServerError &e) {
        EXPECT_EQ(e.reason(), StoreError::Reason::CannotOpen);
        EXPECT_TRUE(e.message().startsWith(QLatin1String("The team library server at 127.0.0.1:1 cannot be reached: ")))
            << e.message().toStdString();
        EXPECT_TRUE(e.message().endsWith(QLatin1Char('.')));
    }
}

class PgConnectionTest : public PgTest
{};

TEST_F(PgConnectionTest, BindsValuesAsParameters)
{
    pg::Connection db = pg::Connection::open(freshDatabase());
    const pg::Result r = db.exec(QStringLiteral("SELECT $1::text, $2::bigint, $3::boolean, $4::text IS NULL"),
                                 {QStringLiteral("l'été \"x\"; DROP TABLE y"), qint64(1) << 40, true, QVariant()});
    ASSERT_EQ(r.rows(), 1);
    EXPECT_EQ(r.text(0, 0), QStringLiteral("l'été \"x\"; DROP TABLE y"));
    EXPECT_EQ(r.integer(0, 1), qint64(1) << 40);
    EXPECT_EQ(r.text(0, 2), QStringLiteral("t"));
    EXPECT_EQ(r.text(0, 3), QStringLiteral("t"));
    EXPECT_EQ(db.currentUser(), TestCluster::superuser());
}

TEST_F(PgConnectionTest, ATransactionWithoutCommitLeavesNothing)
{
    pg::Connection db = pg::Connection::open(freshDatabase());
    db.exec(QStringLiteral("CREATE TABLE t (v integer)"));
    {
        pg::Transaction tx(db);
        db.exec(QStringLiteral("INSERT INTO t VALUES ($1)"), {1});
    }
    {
        pg::Transaction tx(db);
        EXPECT_EQ(db.exec(QStringLiteral("INSERT INTO t VALUES ($1), ($2)"), {2, 3}).affectedRows(), 2);
        tx.commit();
    }
    EXPECT_EQ(db.exec(QStringLiteral("SELECT string_agg(v::text, ',' ORDER BY v) FROM t")).text(0, 0),
              QStringLiteral("2,3"));
}

TEST_F(PgConnectionTest, AFailingStatementBecomesASentence)
{
    pg::Connection db = pg::Connection::open(freshDatabase());
    try {
        db.exec(QStringLiteral("SELECT * FROM no_such_table"));
        FAIL() << "no error";
    } catch (const pg::ServerError &e) {
        EXPECT_EQ(e.sqlState(), QStringLiteral("42P01"));
        EXPECT_EQ(e.message(), QStringLiteral("The team library server at 127.0.0.1:%1 could not do this: relation "
                                              "\"no_such_table\" does not exist.")
                                   .arg(cluster().port()));
    }
}

TEST_F(PgConnectionTest, AWrongPasswordOrAMissingDatabaseIsSaidPlainly)
{
    try {
        pg::Connection::open(cluster().address(QStringLiteral("no_such_database")));
        FAIL() << "connected";
    } catch (const pg::ServerError &e) {
        EXPECT_TRUE(e.message().contains(QLatin1String("has no database \"no_such_database\"")))
            << e.message().toStdString();
    }
    try {
        pg::Connection::open(cluster().address(QStringLiteral("postgres"), QStringLiteral("nobody_known")));
        FAIL() << "connected";
    } catch (const pg::ServerError &e) {
        EXPECT_EQ(e.reason(), StoreError::Reason::CannotOpen);
        EXPECT_TRUE(e.message().startsWith(QLatin1String("The team library server at 127.0.0.1:")))
            << e.message().toStdString();
    }
}
