// server, user: setting up a team library on a PostgreSQL server and adding its users.
#include "CliCommon.h"
#include "Commands.h"
#include "DocumentSharing.h"
#include "PgConnection.h"
#include "PgLibraryCopy.h"
#include "PgLibraryStore.h"
#include "PgSchema.h"
#include "PgUsers.h"
#include "SqliteLibraryStore.h"
#include "StoreResult.h"

#include <QFileInfo>
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

/// server copy: a library file to the team library (--from), or the team library to a new file (--to).
int copyLibrary(const pg::ServerAddress &address, const QString &from, const QString &to)
{
    if (from.isEmpty() == to.isEmpty()) {
        printError(QStringLiteral("server copy needs either --from FILE (a library file to copy to the server) or "
                                  "--to FILE (a new file for a local copy) (see: evalreview-cli server --help)."));
        return Usage;
    }
    const QString where = QStringLiteral("%1/%2").arg(address.server(), address.database);
    auto server = pg::PgLibraryStore::open(address);
    if (!to.isEmpty()) {
        if (QFileInfo::exists(to)) {
            printError(QStringLiteral("%1 already exists; name a new file for the local copy.").arg(to));
            return Failed;
        }
        server->backupTo(to);
        printLine(QStringLiteral("The team library at %1 is saved as %2.").arg(where, to));
        return Ok;
    }
    if (!QFileInfo::exists(from)) {
        printError(QStringLiteral("There is no library at %1.").arg(from));
        return Failed;
    }
    auto file = SqliteLibraryStore::openReadOnly(from);
    const pg::CopyOutcome outcome = pg::library_copy::toServer(*file, server->connection());
    printLine(QStringLiteral("Copied %1 documents (%2 rows with the reviewer data) from %3 to the team library at %4.")
                  .arg(outcome.documents)
                  .arg(outcome.rows)
                  .arg(from, where));
    return Ok;
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
                                  "CREATEROLE; then add people with evalreview-cli user add.\n\n"
                                  "server copy --from FILE copies the library file FILE (documents, records and\n"
                                  "all reviewer data, with their ids) into the empty team library named by\n"
                                  "--library; run it as the database's owner. server copy --to FILE saves a\n"
                                  "local copy of the team library as the new library file FILE."),
                   false, false);
    const QCommandLineOption library = serverLibraryOption();
    cl.parser.addOption(library);
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("copy: the library file to copy to the server."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("copy: the new library file to save the team library in."),
                                QStringLiteral("FILE"));
    cl.parser.addOption(from);
    cl.parser.addOption(to);
    cl.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init or copy"));
    int code = Ok;
    if (!cl.parse(args, code, 1, 1)) {
        return code;
    }
    const QString action = cl.parser.positionalArguments().constFirst();
    if (action != QLatin1String("init") && action != QLatin1String("copy")) {
        printError(QStringLiteral("Unknown action \"%1\"; server knows: init, copy.").arg(action));
        return Usage;
    }
    const auto address = serverAddress(cl.parser, library, QStringLiteral("server"));
    if (!address) {
        return Usage;
    }
    if (action == QLatin1String("copy")) {
        return copyLibrary(*address, cl.parser.value(from), cl.parser.value(to));
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
                                  "  donor      reads the documents shared with its organisation (evalreview-cli\n"
                                  "             share); writes only its organisation's comments and notes\n"
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
    if (user.role == QLatin1String("donor")) {
        printLine(QStringLiteral("%1 reads the documents shared with %2 (evalreview-cli share add --organisation %2).")
                      .arg(user.name, user.organisation.trimmed()));
    }
    return Ok;
}

namespace {

/// The document ids of --document (repeated or comma-separated); empty with the error printed.
std::optional<QList<qint64>> documentIds(const QStringList &values)
{
    QList<qint64> ids;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                printError(QStringLiteral("\"%1\" is no document number (see: evalreview-cli list or stats).")
                               .arg(part.trimmed()));
                return std::nullopt;
            }
            ids << id;
        }
    }
    return ids;
}

int listShares(sql::Database &db)
{
    const QList<DocumentShare> shares = sharing::list(db);
    if (shares.isEmpty()) {
        printLine(QStringLiteral("No document is shared with a donor organisation."));
        return Ok;
    }
    for (const DocumentShare &s : shares) {
        printLine(QStringLiteral("%1\t%2\t%3\t%4 by %5")
                      .arg(s.documentId)
                      .arg(s.organisation, s.documentTitle, s.sharedAt.toString(Qt::ISODate), s.sharedBy));
    }
    return Ok;
}

} // namespace

int runShare(const QStringList &args)
{
    CommandLine cl(QStringLiteral("share"),
                   QStringLiteral("Decides what each donor reads in a team library.\n\n"
                                  "A donor's login reads only the documents shared with its organisation, with\n"
                                  "their recommendations, responses, actions, comments and follow-up; the server\n"
                                  "enforces it. Managers and admins share:\n"
                                  "  share add --organisation ORG --document ID[,ID...]   (or --all documents)\n"
                                  "  share remove --organisation ORG --document ID[,ID...] (or --all)\n"
                                  "  share list\n"
                                  "ORG is the organisation given to the donor's login (user add --organisation)."),
                   false, false);
    const QCommandLineOption library = serverLibraryOption();
    const QCommandLineOption organisation(QStringLiteral("organisation"), QStringLiteral("The donor organisation."),
                                          QStringLiteral("ORG"));
    const QCommandLineOption document(QStringLiteral("document"),
                                      QStringLiteral("A document's number (repeat, or separate with commas)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Every document of the library."));
    cl.parser.addOptions({library, organisation, document, all});
    cl.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, remove or list"));
    int code = Ok;
    if (!cl.parse(args, code, 1, 1)) {
        return code;
    }
    const QString action = cl.parser.positionalArguments().constFirst();
    const QStringList actions{QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("list")};
    if (!actions.contains(action)) {
        printError(QStringLiteral("Unknown action \"%1\"; share knows: add, remove, list.").arg(action));
        return Usage;
    }
    const auto ids = documentIds(cl.parser.values(document));
    if (!ids) {
        return Usage;
    }
    if (action != QLatin1String("list") &&
        (cl.parser.value(organisation).trimmed().isEmpty() || ids->isEmpty() == !cl.parser.isSet(all))) {
        printError(QStringLiteral("share %1 needs --organisation and either --document or --all (see: evalreview-cli "
                                  "share --help).")
                       .arg(action));
        return Usage;
    }
    const auto address = serverAddress(cl.parser, library, QStringLiteral("share"));
    if (!address) {
        return Usage;
    }
    auto store = pg::PgLibraryStore::open(*address);
    sql::Database &db = store->database();
    if (action == QLatin1String("list")) {
        return listShares(db);
    }
    const QString org = cl.parser.value(organisation).trimmed();
    if (action == QLatin1String("add")) {
        const int added = sharing::share(db, *ids, org, cl.parser.isSet(all));
        printLine(QStringLiteral("Shared %1 more %2 with %3.")
                      .arg(added)
                      .arg(QLatin1String(added == 1 ? "document" : "documents"), org));
    } else {
        const int removed = sharing::unshare(db, *ids, org, cl.parser.isSet(all));
        printLine(QStringLiteral("%1 no longer reads %2.").arg(org, counted(removed, "document", "documents")));
    }
    if (!sharing::donorOrganisations(db).contains(org)) {
        printLine(QStringLiteral("No donor login has the organisation %1 yet (evalreview-cli user add --role donor "
                                 "--organisation %1).")
                      .arg(org));
    }
    return Ok;
}

} // namespace evalreview::cli
