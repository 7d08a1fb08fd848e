// evalreview-cli server init and user add against the test cluster.
#include "PgTestSupport.h"

#include <QProcess>

using namespace evalreview;
using namespace evalreview::testing;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(EVALREVIEW_CLI), args);
    p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (p.waitForFinished(60000)) {
        r.exitCode = p.exitCode();
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

class PgCliTest : public PgTest
{};

} // namespace

TEST_F(PgCliTest, ServerInitSetsUpOnceAndSaysSo)
{
    const pg::ServerAddress library = freshDatabase();
    const QString where = QStringLiteral("127.0.0.1:%1/%2").arg(cluster().port()).arg(library.database);
    const CliRun first =
        cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--library"), library.url});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, QStringLiteral("The team library at %1 is set up (schema version %2), with the roles admin, "
                                        "manager, evaluator, donor, viewer.")
                             .arg(where)
                             .arg(pg::schema::currentVersion()));
    const CliRun again =
        cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--library"), library.url});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out, QStringLiteral("The team library at %1 was already set up (schema version %2); its roles are "
                                        "in place.")
                             .arg(where)
                             .arg(pg::schema::currentVersion()));
}

TEST_F(PgCliTest, UserAddCreatesALoginOrRefusesWithTheValidRoles)
{
    const pg::ServerAddress library = freshLibrary();
    pg::Connection admin = pg::Connection::open(library);
    const auto roleCount = [&admin] {
        return admin.exec(QStringLiteral("SELECT count(*) FROM pg_roles")).integer(0, 0);
    };
    const qint64 before = roleCount();

    const CliRun bad =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--library"), library.url,
             QStringLiteral("--name"), QStringLiteral("cli_anna"), QStringLiteral("--role"), QStringLiteral("owner")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err, QStringLiteral("Unknown role \"owner\"; use one of: admin, manager, evaluator, donor, viewer."));
    EXPECT_EQ(roleCount(), before);

    const CliRun noOrganisation =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--library"), library.url,
             QStringLiteral("--name"), QStringLiteral("cli_anna"), QStringLiteral("--role"), QStringLiteral("donor")});
    EXPECT_EQ(noOrganisation.exitCode, 2);
    EXPECT_EQ(roleCount(), before);

    const CliRun added =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--library"), library.url,
             QStringLiteral("--name"), QStringLiteral("cli_anna"), QStringLiteral("--role"), QStringLiteral("donor"),
             QStringLiteral("--organisation"), QStringLiteral("SECO"), QStringLiteral("--password-stdin")},
            "anna's secret\n");
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(added.out, QStringLiteral("cli_anna can now log in to the team library at 127.0.0.1:%1/%2 as donor of "
                                        "SECO.")
                             .arg(cluster().port())
                             .arg(library.database));
    EXPECT_EQ(roleCount(), before + 1);
    cluster().rememberPassword(QStringLiteral("cli_anna"), QStringLiteral("anna's secret"));
    pg::Connection anna = connectAs(library, QStringLiteral("cli_anna"));
    EXPECT_EQ(anna.exec(QStringLiteral("SELECT evalreview_organisation()")).text(0, 0), QStringLiteral("SECO"));

    const CliRun twice =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--library"), library.url,
             QStringLiteral("--name"), QStringLiteral("cli_anna"), QStringLiteral("--role"), QStringLiteral("viewer")});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.startsWith(QLatin1String("A user named cli_anna already exists"))) << twice.err.toStdString();
}

TEST_F(PgCliTest, AServerThatCannotBeReachedIsASentence)
{
    const CliRun r = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--library"),
                          QStringLiteral("postgresql://127.0.0.1:1/team")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(QLatin1String("The team library server at 127.0.0.1:1 cannot be reached: ")))
        << r.err.toStdString();
    const CliRun file = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--library"),
                             QStringLiteral("/tmp/library.evalreview")});
    EXPECT_EQ(file.exitCode, 2);
    const CliRun other =
        cli({QStringLiteral("stats"), QStringLiteral("--library"), QStringLiteral("postgresql://x/y")});
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_TRUE(other.err.startsWith(QLatin1String("Team libraries on a PostgreSQL server can so far only be set up")))
        << other.err.toStdString();
}
