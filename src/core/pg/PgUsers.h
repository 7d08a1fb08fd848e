#pragma once

#include <QString>

#include <optional>

namespace evalreview::pg {

class Connection;

/// A person's login on a team library's server.
struct NewUser
{
    QString name;                    ///< the login role's name
    QString role;                    ///< admin, manager, evaluator, donor or viewer (schema::roleNames())
    QString organisation;            ///< a donor's organisation, as its comments name it (SECO, NORAD, …)
    std::optional<QString> password; ///< none: the login works as the server's pg_hba.conf allows
};

namespace users {

/// Empty when `user` can be added; otherwise the sentence saying what is wrong with the request
/// (an unknown role lists the valid ones). Checked before anything is sent to the server.
QString problemWith(const NewUser &user);

/// Creates the LOGIN role, grants it its group role and records it (and a donor's organisation)
/// in `members`, in one transaction: all of it or nothing. An admin's login gets CREATEROLE, so it
/// can add users in turn. Throws StoreError (a name already taken, a refused permission).
void add(Connection &db, const NewUser &user);

} // namespace users

} // namespace evalreview::pg
