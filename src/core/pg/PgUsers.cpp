#include "PgUsers.h"

#include "PgConnection.h"
#include "PgSchema.h"

#include <QRegularExpression>

namespace evalreview::pg::users {

QString problemWith(const NewUser &user)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_.@-]{0,62}$"));
    if (!name.match(user.name).hasMatch()) {
        return QStringLiteral("A user name is 1 to 63 lower-case letters, digits, '_', '.', '@' or '-', starting with "
                              "a letter or '_'; \"%1\" is not one.")
            .arg(user.name);
    }
    if (user.name.startsWith(QLatin1String("pg_")) || user.name.startsWith(QLatin1String("evalreview_"))) {
        return QStringLiteral("User names starting with pg_ or evalreview_ are kept for the server's own roles.");
    }
    if (!schema::roleNames().contains(user.role)) {
        return QStringLiteral("Unknown role \"%1\"; use one of: %2.")
            .arg(user.role, schema::roleNames().join(QStringLiteral(", ")));
    }
    if (user.role == QLatin1String("donor") && user.organisation.trimmed().isEmpty()) {
        return QStringLiteral("A donor needs its organisation (--organisation), as its comments name it.");
    }
    if (user.role != QLatin1String("donor") && !user.organisation.isEmpty()) {
        return QStringLiteral("Only a donor has an organisation; leave out --organisation for a %1.").arg(user.role);
    }
    if (user.password && user.password->isEmpty()) {
        return QStringLiteral("The new user's password is empty.");
    }
    return {};
}

void add(Connection &db, const NewUser &user)
{
    const QString problem = problemWith(user);
    if (!problem.isEmpty()) {
        throw StoreError(StoreError::Reason::Generic, problem);
    }
    if (schema::installedVersion(db) == 0) {
        throw StoreError(StoreError::Reason::NotFound,
                         QStringLiteral("%1/%2 holds no team library yet: run evalreview-cli server init first.")
                             .arg(db.address().server(), db.address().database));
    }
    Transaction tx(db);
    if (db.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {user.name}).rows() > 0) {
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("A user named %1 already exists on the server at %2.")
                             .arg(user.name, db.address().server()));
    }
    // CREATE ROLE takes no parameters: the name is quoted by libpq and the password sent hashed.
    QString create = QStringLiteral("CREATE ROLE %1 LOGIN").arg(db.quoteIdentifier(user.name));
    if (user.role == QLatin1String("admin")) {
        create += QStringLiteral(" CREATEROLE");
    }
    if (user.password) {
        create += QStringLiteral(" PASSWORD ") + db.quoteLiteral(db.encryptPassword(user.name, *user.password));
    }
    db.exec(create);
    db.exec(QStringLiteral("GRANT %1 TO %2")
                .arg(db.quoteIdentifier(schema::groupRole(user.role)), db.quoteIdentifier(user.name)));
    db.exec(QStringLiteral("INSERT INTO members(login, role, organisation) VALUES ($1, $2, $3)"),
            {user.name, user.role, user.organisation.isEmpty() ? QVariant() : QVariant(user.organisation.trimmed())});
    tx.commit();
}

} // namespace evalreview::pg::users
