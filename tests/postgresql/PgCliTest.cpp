// evalreview-cli server init and user add against the test cluster.
#include "PgTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

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
                                        "SECO.\ncli_anna reads the documents shared with SECO (evalreview-cli "
                                        "share add --organisation SECO).")
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

TEST_F(PgCliTest, ShareAddsListsAndRemovesWhatADonorReads)
{
    const pg::ServerAddress library = freshLibrary();
    pg::Connection admin = pg::Connection::open(library);
    const Seed seed = Seed::into(admin);
    const QString id = QString::number(seed.documentId);
    const auto share = [&library](QStringList args) {
        return cli(QStringList{QStringLiteral("share")} + args + QStringList{QStringLiteral("--library"), library.url});
    };
    const CliRun added = share({QStringLiteral("add"), QStringLiteral("--organisation"), QStringLiteral("SECO"),
                                QStringLiteral("--document"), id});
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(added.out, QStringLiteral("Shared 1 more document with SECO.\nNo donor login has the organisation SECO "
                                        "yet (evalreview-cli user add --role donor --organisation SECO)."));
    const CliRun listed = share({QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.startsWith(QStringLiteral("%1\tSECO\tManagement response\t").arg(id)))
        << listed.out.toStdString();

    // Bad requests change nothing.
    const CliRun unknown = share({QStringLiteral("add"), QStringLiteral("--organisation"), QStringLiteral("NORAD"),
                                  QStringLiteral("--document"), QStringLiteral("%1,4242").arg(id)});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err, QStringLiteral("The team library has no document 4242; nothing was shared."));
    const CliRun noDocument = share({QStringLiteral("add"), QStringLiteral("--organisation"), QStringLiteral("NORAD")});
    EXPECT_EQ(noDocument.exitCode, 2);
    const CliRun notANumber = share({QStringLiteral("add"), QStringLiteral("--organisation"), QStringLiteral("NORAD"),
                                     QStringLiteral("--document"), QStringLiteral("first")});
    EXPECT_EQ(notANumber.exitCode, 2);
    EXPECT_EQ(admin.exec(QStringLiteral("SELECT count(*) FROM document_shares")).integer(0, 0), 1);

    const CliRun removed = share(
        {QStringLiteral("remove"), QStringLiteral("--organisation"), QStringLiteral("SECO"), QStringLiteral("--all")});
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(removed.out.startsWith(QStringLiteral("SECO no longer reads 1 document.")))
        << removed.out.toStdString();
    EXPECT_EQ(share({QStringLiteral("list")}).out, QStringLiteral("No document is shared with a donor organisation."));
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
    const CliRun lessons =
        cli({QStringLiteral("lessons"), QStringLiteral("--library"), QStringLiteral("postgresql://127.0.0.1:1/team")});
    EXPECT_EQ(lessons.exitCode, 1);
    EXPECT_TRUE(lessons.err.startsWith(QLatin1String("The team library server at 127.0.0.1:1 cannot be reached: ")))
        << lessons.err.toStdString();
    const CliRun stats =
        cli({QStringLiteral("stats"), QStringLiteral("--library"), QStringLiteral("postgresql://127.0.0.1:1/team")});
    EXPECT_EQ(stats.exitCode, 1);
    EXPECT_TRUE(stats.err.startsWith(QLatin1String("The team library server at 127.0.0.1:1 cannot be reached: ")))
        << stats.err.toStdString();
}

TEST_F(PgCliTest, ImportStatsCheckAndSearchTakeATeamLibrary)
{
    // The same document imported into a library file and into a team library: the same counts and
    // the same search hits.
    const pg::ServerAddress library = freshLibrary();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("library.evalreview"));
    const QString docx = QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-pe4dw-management-response.docx");
    QList<QJsonObject> stats;
    QList<QStringList> hits;
    for (const QString &location : {file, library.url}) {
        const QStringList lib{QStringLiteral("--library"), location};
        const CliRun imported = cli(QStringList{QStringLiteral("import")} + lib + QStringList{docx});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        EXPECT_TRUE(imported.out.startsWith(QLatin1String("imported"))) << imported.out.toStdString();
        const CliRun again = cli(QStringList{QStringLiteral("import")} + lib + QStringList{docx});
        EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
        EXPECT_FALSE(again.out.startsWith(QLatin1String("imported"))) << again.out.toStdString();
        const CliRun checked = cli(QStringList{QStringLiteral("check")} + lib);
        EXPECT_EQ(checked.exitCode, 0) << checked.out.toStdString() << checked.err.toStdString();
        const CliRun counted = cli(QStringList{QStringLiteral("stats"), QStringLiteral("--json")} + lib);
        ASSERT_EQ(counted.exitCode, 0) << counted.err.toStdString();
        stats << QJsonDocument::fromJson(counted.out.toUtf8()).object();
        const CliRun found = cli(QStringList{QStringLiteral("search"), QStringLiteral("--json"),
                                             QStringLiteral("--limit"), QStringLiteral("1000")} +
                                 lib + QStringList{QStringLiteral("decent work")});
        ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
        QStringList sources;
        for (const QJsonValue &h :
             QJsonDocument::fromJson(found.out.toUtf8()).object().value(QLatin1String("hits")).toArray()) {
            sources << QStringLiteral("%1 %2")
                           .arg(h[QLatin1String("source_type")].toString())
                           .arg(h[QLatin1String("page")].toInt());
        }
        sources.sort();
        hits << sources;
    }
    for (const char *key : {"documents", "pages", "recommendations", "actions", "donor_comments", "records"}) {
        EXPECT_EQ(stats[0].value(QLatin1String(key)), stats[1].value(QLatin1String(key))) << key;
    }
    // The follow-up and reading commands give the same on both: a status recorded, the list
    // filtered by it, the recommendation exported with it.
    QStringList listed, exported;
    for (const QString &location : {file, library.url}) {
        const QStringList lib{QStringLiteral("--library"), location};
        const CliRun set =
            cli(QStringList{QStringLiteral("followup"), QStringLiteral("--document"), QStringLiteral("1"),
                            QStringLiteral("--code"), QStringLiteral("1"), QStringLiteral("--status"),
                            QStringLiteral("in_progress"), QStringLiteral("--author"), QStringLiteral("Ama")} +
                lib);
        EXPECT_EQ(set.exitCode, 0) << set.err.toStdString();
        const CliRun list =
            cli(QStringList{QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("in_progress")} + lib);
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        listed << list.out;
        const QString csv = dir.filePath(QStringLiteral("export-%1.csv").arg(exported.size()));
        const CliRun out = cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                           QStringLiteral("--out"), csv} +
                               lib);
        EXPECT_EQ(out.exitCode, 0) << out.err.toStdString();
        QFile f(csv);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        exported << QString::fromUtf8(f.readAll());
    }
    EXPECT_TRUE(listed[0].endsWith(QLatin1String("\n1 recommendation"))) << listed[0].toStdString();
    EXPECT_TRUE(listed[0].contains(QLatin1String("In progress"))) << listed[0].toStdString();
    EXPECT_EQ(listed[0], listed[1]);
    EXPECT_TRUE(exported[0].contains(QLatin1String("in_progress")) ||
                exported[0].contains(QLatin1String("In progress")));
    EXPECT_EQ(exported[0], exported[1]);
    EXPECT_GT(stats[1].value(QLatin1String("recommendations")).toInt(), 0);
    EXPECT_FALSE(hits[0].isEmpty());
    EXPECT_EQ(hits[0], hits[1]);
}

TEST_F(PgCliTest, LessonsThemesRecurringAndIndicatorsTakeATeamLibrary)
{
    // The same document in a library file and in a team library: the learning commands say the same.
    const pg::ServerAddress library = freshLibrary();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("library.evalreview"));
    const QString docx = QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-pe4dw-management-response.docx");
    const QList<QStringList> commands{
        {QStringLiteral("themes"), QStringLiteral("--json")},
        {QStringLiteral("lessons"), QStringLiteral("--json")},
        {QStringLiteral("recurring"), QStringLiteral("--compute"), QStringLiteral("--json")},
        {QStringLiteral("indicators"), QStringLiteral("--json"), QStringLiteral("--today"),
         QStringLiteral("2026-06-01")}};
    QList<QStringList> outputs;
    for (const QString &location : {file, library.url}) {
        const QStringList lib{QStringLiteral("--library"), location};
        const CliRun imported = cli(QStringList{QStringLiteral("import")} + lib + QStringList{docx});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        QStringList said;
        for (const QStringList &command : commands) {
            const CliRun r = cli(command + lib);
            EXPECT_EQ(r.exitCode, 0) << command.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
            said << r.out;
        }
        outputs << said;
    }
    ASSERT_EQ(outputs.size(), 2);
    for (qsizetype i = 0; i < commands.size(); ++i) {
        EXPECT_FALSE(outputs[0][i].isEmpty()) << commands[i].constFirst().toStdString();
        EXPECT_EQ(QJsonDocument::fromJson(outputs[0][i].toUtf8()), QJsonDocument::fromJson(outputs[1][i].toUtf8()))
            << commands[i].constFirst().toStdString() << "\n"
            << outputs[0][i].toStdString() << "\n"
            << outputs[1][i].toStdString();
    }
    const QJsonArray themes =
        QJsonDocument::fromJson(outputs[1][0].toUtf8()).object().value(QLatin1String("themes")).toArray();
    EXPECT_FALSE(themes.isEmpty()) << outputs[1][0].toStdString();
}
