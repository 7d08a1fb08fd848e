#include "LibraryStoreFactory.h"

#include "SqliteLibraryStore.h"

#ifdef EVALREVIEW_HAS_POSTGRESQL
#include "PgChangeFeed.h"
#include "PgLibraryStore.h"
#include "PgSqlBackend.h"
#endif

namespace evalreview {

bool isTeamLibrary(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::unique_ptr<LibraryStore> openLibraryStore(const QString &location, bool readOnly)
{
    if (isTeamLibrary(location)) {
#ifdef EVALREVIEW_HAS_POSTGRESQL
        pg::enableTeamLibraryConnections(); // the query classes then reach the server too
        return pg::PgLibraryStore::open(pg::ServerAddress::parse(location));
#else
        throw StoreError(StoreError::Reason::CannotOpen,
                         QStringLiteral("This build of EvalReview has no support for team libraries on a "
                                        "PostgreSQL server, so %1 cannot be opened.")
                             .arg(location));
#endif
    }
    if (location.trimmed().isEmpty()) {
        throw StoreError(StoreError::Reason::CannotOpen, QStringLiteral("No library was named."));
    }
    if (readOnly) {
        return SqliteLibraryStore::openReadOnly(location);
    }
    return SqliteLibraryStore::open(location);
}

std::unique_ptr<LibraryChangeFeed> watchLibraryChanges(const QString &location, QObject *parent)
{
#ifdef EVALREVIEW_HAS_POSTGRESQL
    if (isTeamLibrary(location)) {
        return std::make_unique<pg::PgChangeFeed>(pg::ServerAddress::parse(location), parent);
    }
#else
    Q_UNUSED(location);
    Q_UNUSED(parent);
#endif
    return nullptr;
}

void useTeamLibraryPassword(const QString &location, const QString &password)
{
#ifdef EVALREVIEW_HAS_POSTGRESQL
    pg::rememberPassword(pg::ServerAddress::parse(location), password);
#else
    Q_UNUSED(location);
    Q_UNUSED(password);
#endif
}

} // namespace evalreview
