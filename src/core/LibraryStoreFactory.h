#pragma once

#include "LibraryChangeFeed.h"
#include "LibraryStore.h"

#include <QString>

#include <memory>

namespace evalreview {

/// Whether `location` names a team library on a server (postgresql:// or postgres://) rather
/// than a library file.
bool isTeamLibrary(const QString &location);

/// Opens the library at `location`: the library file at a path (created when missing unless
/// `readOnly`; opened without writing anything when `readOnly`), or the team library on the
/// PostgreSQL server of a postgresql://host[:port]/database[?user=name] address (what a user may
/// change is then up to the server). Throws StoreError with a sentence, also when this build has
/// no PostgreSQL support.
std::unique_ptr<LibraryStore> openLibraryStore(const QString &location, bool readOnly = false);

/// The changes others commit to the library at `location`, as they come: a feed for a team
/// library (its server notifies), none (nullptr) for a library file.
std::unique_ptr<LibraryChangeFeed> watchLibraryChanges(const QString &location, QObject *parent = nullptr);

/// A password the user typed for the team library at `location`, kept in memory for this run only
/// (every connection to it then uses it); never stored. Throws StoreError for a bad address.
void useTeamLibraryPassword(const QString &location, const QString &password);

} // namespace evalreview
