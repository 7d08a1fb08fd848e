// evalreview-cli record: a document the extraction reads badly (the seed response printed by
// LibreOffice without borders, portrait) completed by hand, and corrections shown by `list`.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <unistd.h>

namespace {

QJsonObject cli(const QStringList &args, int *exitCode = nullptr, bool json = true)
{
    QProcess p;
    p.start(QStringLiteral(EVALREVIEW_CLI), json ? args + QStringList{QStringLiteral("--json")} : args);
    if (!p.waitForFinished(120000)) {
        return {};
    }
    if (exitCode) {
        *exitCode = p.exitCode();
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonObject listed(const QString &library, const QString &code)
{
    const QJsonArray rows =
        cli({QStringLiteral("list"), QStringLiteral("--library"), library})[QStringLiteral("recommendations")]
            .toArray();
    for (const QJsonValue &v : rows) {
        if (v[QStringLiteral("code")].toString() == code) {
            return v.toObject();
        }
    }
    return {};
}

/// Imports the seed management response printed without borders into `library`: its document id,
/// or "" when the import failed.
QString importSeedResponse(const QString &library)
{
    int exit = -1;
    const QJsonObject imported = cli({QStringLiteral("import"), QStringLiteral("--library"), library,
                                      QStringLiteral(EVALREVIEW_TEST_DATA "/lo-prints/mr-lo-portrait-borderless.pdf")},
                                     &exit);
    return exit == 0
               ? QString::number(imported[QStringLiteral("results")][0][QStringLiteral("document_id")].toInteger())
               : QString();
}

} // namespace

TEST(RecordCli, AMissedRecommendationIsAddedFromItsPageRegionAndCorrected)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("lib.evalreview"));
    const QString lib = QStringLiteral("--library");
    int exit = -1;
    const QString doc = importSeedResponse(library);
    ASSERT_FALSE(doc.isEmpty());
    const QStringList record{QStringLiteral("record")};
    const QStringList target{lib, library, QStringLiteral("--document"), doc};

    const QJsonArray extractedRows =
        cli({QStringLiteral("list"), lib, library})[QStringLiteral("recommendations")].toArray();
    const auto extracted = extractedRows.size();
    // Two recommendations the extraction found, whichever they are, to edit and to delete.
    QStringList codes;
    for (const QJsonValue &v : extractedRows) {
        if (const QString code = v[QStringLiteral("code")].toString(); !code.isEmpty() && !codes.contains(code)) {
            codes << code;
        }
    }
    ASSERT_GE(codes.size(), 2);
    const QString editedCode = codes.at(0), deletedCode = codes.at(1);

    // Recommendation 3 of the seed, in the first column of page 5 (read from the page image),
    // added under a code of the reviewer's own.
    const QJsonObject added =
        cli(record + QStringList{QStringLiteral("add")} + target +
                QStringList{QStringLiteral("--kind"), QStringLiteral("recommendation"), QStringLiteral("--code"),
                            QStringLiteral("R3"), QStringLiteral("--page"), QStringLiteral("5"),
                            QStringLiteral("--region"), QStringLiteral("0.09,0.37,0.335,0.607")},
            &exit);
    ASSERT_EQ(exit, 0);
    EXPECT_EQ(added[QStringLiteral("text")].toString(),
              QStringLiteral("Intervention design: Improve communication with all relevant stakeholders during and "
                             "after intervention design to improve understanding and reduce apprehension. Given the "
                             "complexity of the sectors and the multitude of interventions required, partners need to "
                             "clearly understand the goals of the project and how each intervention keys into the "
                             "larger ecosystem to achieve results. An inadequacy of this information sharing can lead "
                             "to stalling of partners."));
    cli(record + QStringList{QStringLiteral("edit")} + target +
            QStringList{QStringLiteral("--code"), QStringLiteral("R3"), QStringLiteral("--field"),
                        QStringLiteral("response_category"), QStringLiteral("--value"),
                        QStringLiteral("accepted_with_reservations")},
        &exit);
    EXPECT_EQ(exit, 0);
    cli(record + QStringList{QStringLiteral("verify")} + target +
            QStringList{QStringLiteral("--code"), QStringLiteral("R3")},
        &exit);
    EXPECT_EQ(exit, 0);
    const QJsonObject row = listed(library, QStringLiteral("R3"));
    EXPECT_TRUE(row[QStringLiteral("added")].toBool());
    EXPECT_TRUE(row[QStringLiteral("verified")].toBool());
    EXPECT_EQ(row[QStringLiteral("response_category")].toString(), QStringLiteral("accepted_with_reservations"));
    EXPECT_EQ(row[QStringLiteral("page")].toInt(), 5);

    // An extracted recommendation edited: the extracted value stays beside the new one.
    const QJsonObject edited =
        cli(record + QStringList{QStringLiteral("edit")} + target +
                QStringList{QStringLiteral("--code"), editedCode, QStringLiteral("--field"), QStringLiteral("priority"),
                            QStringLiteral("--value"), QStringLiteral("High")},
            &exit);
    ASSERT_EQ(exit, 0);
    EXPECT_TRUE(edited[QStringLiteral("changed")].toBool());
    EXPECT_EQ(edited[QStringLiteral("value")].toString(), QStringLiteral("High"));
    EXPECT_TRUE(listed(library, editedCode)[QStringLiteral("edited")].toBool());

    // Bad input: a sentence, exit status 1 or 2, nothing changed.
    cli(record + QStringList{QStringLiteral("add")} + target +
            QStringList{QStringLiteral("--kind"), QStringLiteral("recommendation"), QStringLiteral("--page"),
                        QStringLiteral("5"), QStringLiteral("--region"), QStringLiteral("0.5,0.5,0.2,0.2")},
        &exit);
    EXPECT_EQ(exit, 2);
    cli(record + QStringList{QStringLiteral("add")} + target +
            QStringList{QStringLiteral("--kind"), QStringLiteral("recommendation"), QStringLiteral("--page"),
                        QStringLiteral("5"), QStringLiteral("--region"), QStringLiteral("0.95,0.95,0.99,0.99")},
        &exit);
    EXPECT_EQ(exit, 1) << "no words in the region";
    cli(record + QStringList{QStringLiteral("edit")} + target +
            QStringList{QStringLiteral("--code"), QStringLiteral("99"), QStringLiteral("--field"),
                        QStringLiteral("text"), QStringLiteral("--value"), QStringLiteral("x")},
        &exit);
    EXPECT_EQ(exit, 1);
    const QJsonArray rows = cli({QStringLiteral("list"), lib, library})[QStringLiteral("recommendations")].toArray();
    EXPECT_EQ(rows.size(), extracted + 1) << "the extracted ones and the one added";

    // Exports carry the corrected values and the marks, and leave deleted records out.
    cli(record + QStringList{QStringLiteral("delete")} + target + QStringList{QStringLiteral("--code"), deletedCode},
        &exit);
    EXPECT_EQ(exit, 0);
    const QString out = dir.filePath(QStringLiteral("export.json"));
    cli({QStringLiteral("export"), lib, library, QStringLiteral("--format"), QStringLiteral("json"),
         QStringLiteral("--out"), out},
        &exit, false);
    ASSERT_EQ(exit, 0);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll())[QStringLiteral("recommendations")].toArray()) {
        byCode.insert(v[QStringLiteral("Code")].toString(), v.toObject());
    }
    EXPECT_EQ(byCode.value(editedCode)[QStringLiteral("Priority")].toString(), QStringLiteral("High"));
    EXPECT_EQ(byCode.value(editedCode)[QStringLiteral("Review")].toString(), QStringLiteral("edited"));
    EXPECT_EQ(byCode.value(QStringLiteral("R3"))[QStringLiteral("Review")].toString(),
              QStringLiteral("added, verified"));
    EXPECT_FALSE(byCode.contains(deletedCode));
}

TEST(CliOutput, CountsOfOneAreInTheSingular)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("lib.evalreview"));
    const QString lib = QStringLiteral("--library");
    int exit = -1;
    const QString doc = importSeedResponse(library);
    ASSERT_FALSE(doc.isEmpty());
    const QString code =
        cli({QStringLiteral("list"), lib, library})[QStringLiteral("recommendations")][0][QStringLiteral("code")]
            .toString();
    ASSERT_FALSE(code.isEmpty());
    cli({QStringLiteral("followup"), lib, library, QStringLiteral("--document"), doc, QStringLiteral("--code"), code,
         QStringLiteral("--status"), QStringLiteral("completed")},
        &exit, false);
    ASSERT_EQ(exit, 0);
    QProcess p;
    p.start(QStringLiteral(EVALREVIEW_CLI),
            {QStringLiteral("list"), lib, library, QStringLiteral("--status"), QStringLiteral("completed")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.last(), QStringLiteral("1 recommendation")); // was "1 recommendations"
}

TEST(CliArguments, MalformedNumbersDatesAndStatusesAreUsageErrorsAndChangeNothing)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("lib.evalreview"));
    const QString lib = QStringLiteral("--library");
    int exit = -1;
    cli({QStringLiteral("import"), lib, library,
         QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-pe4dw-management-response.pdf")},
        &exit);
    ASSERT_EQ(exit, 0);
    const QStringList followup{QStringLiteral("followup"), lib, library, QStringLiteral("--code"),
                               QStringLiteral("G1")};
    const QString before = listed(library, QStringLiteral("G1"))[QStringLiteral("status")].toString();

    // "abc" was read as document 0 before; now it is refused, whatever else is asked.
    for (const QStringList &bad : {QStringList{QStringLiteral("--document"), QStringLiteral("abc"),
                                               QStringLiteral("--status"), QStringLiteral("completed")},
                                   QStringList{QStringLiteral("--document"), QStringLiteral("1"),
                                               QStringLiteral("--status"), QStringLiteral("done-ish")},
                                   QStringList{QStringLiteral("--document"), QStringLiteral("1"),
                                               QStringLiteral("--due"), QStringLiteral("31/12/2025")}}) {
        cli(followup + bad, &exit, false);
        EXPECT_EQ(exit, 2) << bad.join(QLatin1Char(' ')).toStdString();
    }
    cli({QStringLiteral("links"), lib, library, QStringLiteral("--document"), QStringLiteral("x1")}, &exit, false);
    EXPECT_EQ(exit, 2);
    cli({QStringLiteral("record"), QStringLiteral("verify"), lib, library, QStringLiteral("--document"),
         QStringLiteral("1"), QStringLiteral("--id"), QStringLiteral("seven")},
        &exit, false);
    EXPECT_EQ(exit, 2);
    EXPECT_EQ(listed(library, QStringLiteral("G1"))[QStringLiteral("status")].toString(), before);

    // Statuses are taken as the app shows them as well as by key.
    cli(followup + QStringList{QStringLiteral("--document"), QStringLiteral("1"), QStringLiteral("--status"),
                               QStringLiteral("In progress")},
        &exit);
    EXPECT_EQ(exit, 0);
    EXPECT_EQ(listed(library, QStringLiteral("G1"))[QStringLiteral("status")].toString(),
              QStringLiteral("in_progress"));
}

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

} // namespace

TEST(CliArguments, ReadingCommandsNeverWriteAndRefuseWhatIsNoLibrary)
{
    QTemporaryDir dir;
    // Another program's database: tables of its own, user_version 0.
    const QString foreign = dir.filePath(QStringLiteral("contacts.sqlite"));
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                             QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                                            "c.execute('create table people(name text)'); c.commit()"),
                                             foreign});
    ASSERT_TRUE(python.waitForFinished(30000));
    ASSERT_EQ(python.exitCode(), 0);
    const QString empty = dir.filePath(QStringLiteral("empty.evalreview"));
    {
        QFile f(empty);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    for (const QString &file : {foreign, empty}) {
        const QByteArray before = bytesOf(file);
        for (const QString &command :
             {QStringLiteral("check"), QStringLiteral("stats"), QStringLiteral("list"), QStringLiteral("search")}) {
            QStringList args{command, QStringLiteral("--library"), file};
            if (command == QLatin1String("search")) {
                args << QStringLiteral("gender");
            }
            int exit = -1;
            cli(args, &exit, false);
            EXPECT_EQ(exit, 1) << command.toStdString() << " on " << file.toStdString();
        }
        EXPECT_EQ(bytesOf(file), before) << file.toStdString();
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal"))) << file.toStdString();
    }
    // A command that writes refuses another program's database too, and leaves it as it was.
    const QByteArray before = bytesOf(foreign);
    int exit = -1;
    cli({QStringLiteral("import"), QStringLiteral("--library"), foreign,
         QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-sse-asia-final-evaluation-summary.pdf")},
        &exit, false);
    EXPECT_EQ(exit, 1);
    EXPECT_EQ(bytesOf(foreign), before);
}

TEST(CliArguments, ExtractAndLayoutReadDocumentsInTheIsolatedReader)
{
    // A reader that crashes, as a hostile document could make it: the command says so in a
    // sentence and exits 3; before, extract and layout parsed in their own process.
    QTemporaryDir dir;
    const QString reader = dir.filePath(QStringLiteral("crashing-reader"));
    {
        QFile f(reader);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nkill -SEGV $$\n");
    }
    QFile::setPermissions(reader, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString document = QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-pe4dw-management-response.pdf");
    for (const QStringList &args :
         {QStringList{QStringLiteral("extract"), document}, QStringList{QStringLiteral("layout"), document},
          QStringList{QStringLiteral("layout"), QStringLiteral("--json"), document}}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EVALREVIEW_PARSER"), reader);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EVALREVIEW_CLI), args);
        ASSERT_TRUE(p.waitForFinished(60000));
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(p.exitCode(), 3) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(p.readAllStandardOutput().isEmpty());
        EXPECT_TRUE(p.readAllStandardError().contains("could not read this file (its reader stopped unexpectedly)"))
            << args.join(QLatin1Char(' ')).toStdString();
    }
    // The real reader answers each command as before.
    int exit = -1;
    const QJsonObject extracted = cli({QStringLiteral("extract"), document}, &exit, false);
    EXPECT_EQ(exit, 0);
    EXPECT_EQ(extracted[QStringLiteral("kind")].toString(), QStringLiteral("management_response"));
    const QJsonObject layout =
        cli({QStringLiteral("layout"), QStringLiteral("--pages"), QStringLiteral("2"), document}, &exit);
    EXPECT_EQ(exit, 0);
    EXPECT_EQ(layout[QStringLiteral("pages")].toArray().size(), 1);
    cli({QStringLiteral("layout"), QStringLiteral("--pages"), QStringLiteral("900-901"), document}, &exit, false);
    EXPECT_EQ(exit, 2); // pages not in the document: a usage error, as before
}

TEST(CliArguments, ALibraryInAFolderThatCannotBeWrittenIsReadAndNeverChanged)
{
    // The library of a colleague's folder or of read-only media: its folder and file cannot be
    // written by this user (root is made "nobody" for the commands, as file modes do not stop root).
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                          QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    const QString folder = dir.filePath(QStringLiteral("shared"));
    const QString library = folder + QStringLiteral("/team.evalreview");
    int exit = -1;
    cli({QStringLiteral("import"), QStringLiteral("--library"), library,
         QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-pe4dw-management-response.pdf")},
        &exit);
    ASSERT_EQ(exit, 0);
    const QString home = dir.filePath(QStringLiteral("home")); // logs and settings of the user
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto everyone =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    for (const QString &d : {home, out}) {
        ASSERT_TRUE(QDir().mkpath(d));
        QFile::setPermissions(d, everyone);
    }
    const auto readable = QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup;
    QFile::setPermissions(library, readable);
    QFile::setPermissions(folder, readable | QFile::ExeOwner | QFile::ExeOther | QFile::ExeGroup);
    const QByteArray before = bytesOf(library);
    const auto run = [&](const QStringList &args, int &code) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        p.setProcessEnvironment(env);
        if (::geteuid() == 0) {
            p.start(QStringLiteral("setpriv"),
                    QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), QStringLiteral(EVALREVIEW_CLI)} +
                        args);
        } else {
            p.start(QStringLiteral(EVALREVIEW_CLI), args);
        }
        EXPECT_TRUE(p.waitForFinished(60000));
        code = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    };
    const QString lib = QStringLiteral("--library");
    // Before: "The library could not complete the operation (SQLite error 1544)" for every command.
    int code = -1;
    EXPECT_TRUE(run({QStringLiteral("list"), lib, library}, code).contains(QStringLiteral("Strengthen")));
    EXPECT_EQ(code, 0);
    EXPECT_TRUE(run({QStringLiteral("check"), lib, library}, code).contains(QStringLiteral("sound")));
    EXPECT_EQ(code, 0);
    run({QStringLiteral("search"), lib, library, QStringLiteral("gender")}, code);
    EXPECT_EQ(code, 0);
    const QString csv = out + QStringLiteral("/g.csv");
    run({QStringLiteral("export"), lib, library, QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--out"), csv},
        code);
    EXPECT_EQ(code, 0);
    EXPECT_TRUE(QFileInfo(csv).size() > 1000);
    // A command that writes says why it cannot, in a sentence, and changes nothing.
    const QString refused =
        run({QStringLiteral("followup"), lib, library, QStringLiteral("--document"), QStringLiteral("1"),
             QStringLiteral("--code"), QStringLiteral("G1"), QStringLiteral("--status"), QStringLiteral("completed")},
            code);
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(refused.contains(QStringLiteral("is read-only here"))) << refused.toStdString();
    EXPECT_FALSE(refused.contains(QStringLiteral("SQLite"))) << refused.toStdString();
    EXPECT_EQ(bytesOf(library), before);
    QFile::setPermissions(folder, everyone); // for the clean-up
}

TEST(CliArguments, TwoProcessesCreatingOneNewLibraryAtOnceBothSucceed)
{
    // Each round: two imports start together on a library that does not exist yet. Before, one of
    // them could fail with "table documents already exists" (the version was read outside the
    // transaction that creates the tables).
    for (int round = 0; round < 6; ++round) {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("new.evalreview"));
        QProcess first;
        QProcess second;
        const QString cliPath = QStringLiteral(EVALREVIEW_CLI);
        first.start(cliPath,
                    {QStringLiteral("import"), QStringLiteral("--library"), library,
                     QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-sse-asia-final-evaluation-summary.pdf")});
        second.start(cliPath, {QStringLiteral("import"), QStringLiteral("--library"), library,
                               QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-enhance-newsletter.pdf")});
        ASSERT_TRUE(first.waitForFinished(120000));
        ASSERT_TRUE(second.waitForFinished(120000));
        EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();
        EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().toStdString();
        int exit = -1;
        const QJsonObject stats = cli({QStringLiteral("stats"), QStringLiteral("--library"), library}, &exit);
        EXPECT_EQ(exit, 0);
        EXPECT_EQ(stats[QStringLiteral("documents")].toInt(), 2) << round;
    }
}
