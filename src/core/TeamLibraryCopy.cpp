#include "TeamLibraryCopy.h"

#include "LibraryStore.h"
#include "SqliteLibraryStore.h"

#include <QFileInfo>

#ifdef EVALREVIEW_HAS_POSTGRESQL
#include "PgLibraryCopy.h"
#include "PgLibraryStore.h"
#endif

namespace evalreview {

TeamLibraryCopyOutcome copyLibraryToServer(const QString &file, const QString &address, const std::atomic_bool *cancel)
{
#ifdef EVALREVIEW_HAS_POSTGRESQL
    if (!QFileInfo::exists(file)) {
        throw StoreError(StoreError::Reason::NotFound, QStringLiteral("There is no library at %1.").arg(file));
    }
    auto from = SqliteLibraryStore::openReadOnly(file);
    const pg::ServerAddress server = pg::ServerAddress::parse(address);
    auto to = pg::PgLibraryStore::open(server);
    try {
        const pg::CopyOutcome copied = pg::library_copy::toServer(*from, to->connection(), cancel);
        return {copied.documents, copied.rows};
    } catch (const StoreError &e) {
        if (e.reason() != StoreError::Reason::Denied) {
            throw;
        }
        // It sets the tables' id sequences and replaces the theme taxonomy: the owner's rights.
        throw StoreError(StoreError::Reason::Denied,
                         QStringLiteral("Only the owner of the database %1 on %2 can copy a library into it; "
                                        "nothing was copied.")
                             .arg(server.database, server.server()));
    }
#else
    Q_UNUSED(file);
    Q_UNUSED(cancel);
    throw StoreError(StoreError::Reason::CannotOpen,
                     QStringLiteral("This build of EvalReview has no support for team libraries on a PostgreSQL "
                                    "server, so nothing can be copied to %1.")
                         .arg(address));
#endif
}

} // namespace evalreview
