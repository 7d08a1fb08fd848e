#pragma once

#include <QString>

#include <atomic>

namespace evalreview {

/// What copying a library file to a team library moved.
struct TeamLibraryCopyOutcome
{
    qint64 documents = 0;
    qint64 rows = 0; ///< rows copied, of every table (documents, records and reviewer data)
};

/// Copies the library file at `file` (read through a read-only connection of its own) into the
/// empty team library at `address` (postgresql://host[:port]/database[?user=name]), in one
/// transaction on the server: the documents with their records and all reviewer data, with their
/// ids. Meant for a worker thread: connecting may take seconds. Throws StoreError with a sentence
/// when the file cannot be read, the server cannot be reached or refuses the login, the team
/// library already holds documents or reviewer data, the user is not the database's owner, the
/// copy was cancelled (`cancel` set, looked at between rows) or this build has no PostgreSQL
/// support; nothing is copied then.
TeamLibraryCopyOutcome copyLibraryToServer(const QString &file, const QString &address,
                                           const std::atomic_bool *cancel = nullptr);

} // namespace evalreview
