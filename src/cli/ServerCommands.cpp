// server, user: setting up a team library on a PostgreSQL server and adding its users.
#include "CliCommon.h"
#include "Commands.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "PgUsers.h"
#include "StoreResult.h"

#include <QTextStream>

#include <cstdio>

namespace evalreview::cli {

namespace {

QCommandLineOption serverLibraryOption()
{
    return {QStringLiteral("library"),
            QStringLiteral("The team library: postgresql://host[:port]/database[?user=name]. The password comes "
                           "from ~/.pgpass or PGPASSWORD, never from the address."),
            QStringLiteral("URL")};
}

/// The server address of --library, or empty with the usage error printed.
std::optional<pg::ServerAddress> serverAddress(const QCommandLineParser &parser, const QCommandLineOption &library,
                                               const QString &command)
{
    const QString url = parser.value(library);
    if (url.isEmpty() || !pg::ServerAddress::isServerUrl(url)) {
        printError(
            QStringLiteral("%1 needs --library postgresql://host[:port]/database (see: evalreview-cli %1 --help).")
                .arg(command));
        return std::nullopt;
    }
    const StoreResult<pg::ServerAddress> address = guarded([&url] { return pg::ServerAddress::parse(url); });
    if (!address) {
        printError(address.errorString());
        return std::nullopt;
    }
    return address.value();
}

} // namespace

int runServer(const QStringList &args)
{
    CommandLine cl(QStringLiteral("server"),
                   QStringLiteral("Sets up a team library on a PostgreSQL server.\n\n"
                                  "server init creates the library's tables in the database named by --library\n"
                                  "(which must exist: createdb NAME), upgrades an older one, and creates the group\n"
                                  "roles evalreview_admin, evalreview_manager, evalreview_evaluator,\n"
                                  "evalreview_donor and evalreview_viewer with their rights. Running it again\n"
                                  "changes nothing. Run it as a superuser, or as the database's owner with\n"
                                  "CREATEROLE; then add people with evalreview-cli user add."),
                   false, false);
    const QCommandLineOption library = serverLibraryOption();
    cl.parser.addOption(library);
    cl.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init"));
    int code = Ok;
    if (!cl.parse(args, code, 1, 1)) {
        return code;
    }
    const QString action = cl.parser.positionalArguments().constFirst();
    if (action != QLatin1String("init")) {
        printError(QStringLiteral("Unknown action \"%1\"; server knows: init.").arg(action));
        return Usage;
    }
    const auto address = serverAddress(cl.parser, library, QStringLiteral("server"));
    if (!address) {
        return Usage;
    }
    pg::Connection db = pg::Connection::open(*address);
    const pg::schema::InitOutcome outcome = pg::schema::initialize(db);
    const QString where = QStringLiteral("%1/%2").arg(address->server(), address->database);
    if (outcome.fromVersion == outcome.toVersion) {
        printLine(QStringLiteral("The team library at %1 was already set up (schema version %2); its roles are in "
                                 "place.")
                      .arg(where)
                      .arg(outcome.toVersion));
    } else if (outcome.fromVersion == 0) {
        printLine(QStringLiteral("The team library at %1 is set up (schema version %2), with the roles %3.")
                      .arg(where)
                      .arg(outcome.toVersion)
                      .arg(pg::schema::roleNames().join(QStringLiteral(", "))));
    } else {
        printLine(QStringLiteral("The team library at %1 was upgraded from schema version %2 to %3.")
                      .arg(where)
                      .arg(outcome.fromVersion)
                      .arg(outcome.toVersion));
    }
    return Ok;
}

int runUser(const QStringList &args)
{
    CommandLine cl(QStringLiteral("user"),
                   QStringLiteral("Adds a person to a team library on a PostgreSQL server.\n\n"
                                  "user add creates a login for NAME on the server and gives it a role:\n"
                                  "  admin      users and documents, and everything a manager does\n"
                                  "  manager    imports, follow-up and corrections\n"
                                  "  evaluator  follow-up review, corrections and verification\n"
                                  "  donor      reads the library; writes only its organisation's comments and notes\n"
                                  "  viewer     reads the library\n"
                                  "The server enforces the roles, whatever program connects. Run it as a superuser\n"
                                  "or an admin. The password is set only with --password-stdin; otherwise the login\n"
                                  "works as the server's pg_hba.conf allows (or set one with psql's \\password)."),
                   false, false);
    const QCommandLineOption library = serverLibraryOption();
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The new login's name (lower case)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(
        QStringLiteral("role"), QStringLiteral("Its role: %1.").arg(pg::schema::roleNames().join(QStringLiteral(", "))),
        QStringLiteral("R"));
    const QCommandLineOption organisation(
        QStringLiteral("organisation"),
        QStringLiteral("A donor's organisation, as its comments name it (SECO, NORAD, ...)."), QStringLiteral("ORG"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the new login's password from the first line of "
                                                          "standard input."));
    cl.parser.addOptions({library, name, role, organisation, passwordStdin});
    cl.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add"));
    int code = Ok;
    if (!cl.parse(args, code, 1, 1)) {
        return code;
    }
    const QString action = cl.parser.positionalArguments().constFirst();
    if (action != QLatin1String("add")) {
        printError(QStringLiteral("Unknown action \"%1\"; user knows: add.").arg(action));
        return Usage;
    }
    pg::NewUser user{cl.parser.value(name), cl.parser.value(role), cl.parser.value(organisation), std::nullopt};
    if (user.name.isEmpty() || user.role.isEmpty()) {
        printError(QStringLiteral("user add needs --name and --role (see: evalreview-cli user --help)."));
        return Usage;
    }
    if (cl.parser.isSet(passwordStdin)) {
        QTextStream in(stdin);
        user.password = in.readLine();
    }
    if (const QString problem = pg::users::problemWith(user); !problem.isEmpty()) {
        printError(problem);
        return Usage;
    }
    const auto address = serverAddress(cl.parser, library, QStringLiteral("user"));
    if (!address) {
        return Usage;
    }
    pg::Connection db = pg::Connection::open(*address);
    pg::users::add(db, user);
    printLine(QStringLiteral("%1 can now log in to the team library at %2/%3 as %4%5.")
                  .arg(user.name, address->server(), address->database, user.role,
                       user.organisation.isEmpty() ? QString() : QStringLiteral(" of ") + user.organisation));
    return Ok;
}

} // namespace evalreview::cli
