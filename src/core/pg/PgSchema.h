#pragma once

#include <QString>
#include <QStringList>

namespace evalreview::pg {

class Connection;

/// The team library's schema on a PostgreSQL server: the tables of the SQLite library, a
/// `version` per record people edit, the audit log, full-text columns, and the roles that the
/// server enforces (grants and row-level security). Versioned in `schema_version`.
namespace schema {

int currentVersion();

/// The group roles, from most to least allowed: admin, manager, evaluator, donor, viewer.
QStringList roleNames();
/// "evalreview_donor" for "donor".
QString groupRole(const QString &role);

/// The version a database holds (0 when it holds no team library yet).
int installedVersion(Connection &db);

struct InitOutcome
{
    int fromVersion = 0;
    int toVersion = 0;
};

/// Creates the group roles when missing and applies the missing migrations, each in its own
/// transaction (under an advisory lock, so two admins running it at once do not collide). Running
/// it again changes nothing. Needs a superuser, or the database's owner with CREATEROLE.
/// Throws StoreError; a database of a newer schema is refused with a sentence. `upToVersion` stops
/// at an older version (a library as an older EvalReview left it, for tests of an upgrade).
InitOutcome initialize(Connection &db, int upToVersion = currentVersion());

} // namespace schema

} // namespace evalreview::pg
