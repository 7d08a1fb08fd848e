#pragma once

#include <QtGlobal>

#include <atomic>

namespace evalreview {
class SqliteLibraryStore;
}

namespace evalreview::pg {

class Connection;

struct CopyOutcome
{
    qint64 documents = 0;
    qint64 rows = 0; ///< rows copied, of every table
};

/// Moving a library between a library file and a team library, with their ids: the
/// documents with their pages and records, the reviewer data (follow-ups with their history,
/// tags and notes, links, corrections with their history), the theme taxonomy with the theme tags,
/// and the recurring recommendation groups with a reviewer's splits. The taxonomy copied takes the
/// place of the one the receiving library was created with. Indexes (full text, text matching) and
/// counts are rebuilt by the side that receives the rows. The team library's own tables (its
/// members and audit log) and the records' versions stay on the server.
namespace library_copy {

/// Copies the library file `from` into the team library on `to`, in one transaction. The team
/// library must hold no documents and no follow-ups yet. Needs the database's owner (it sets the
/// tables' id sequences). Throws StoreError; nothing is copied then. `cancel`, when given, is
/// looked at between rows: once set, the copy stops with a StoreError and nothing is copied.
CopyOutcome toServer(SqliteLibraryStore &from, Connection &to, const std::atomic_bool *cancel = nullptr);

/// Copies the team library on `from`, as one snapshot, into the new, empty library file `to`.
/// Throws StoreError.
CopyOutcome fromServer(Connection &from, SqliteLibraryStore &to);

} // namespace library_copy

} // namespace evalreview::pg
