#pragma once

namespace evalreview::sql {
class Database;
}

namespace evalreview::pg {

class Connection;

/// Lets sql::Database open team libraries: a postgresql:// location then gives a connection to
/// the server that runs the program's statements (with "?" parameters) there, so the queries of
/// the window and the command line work on either kind of library. Safe to call more than once.
void enableTeamLibraryConnections();

/// Runs `db`'s statements on `connection`, which must outlive it: the program's statements then
/// take part in the transaction of `connection` (an import's). Sets the session's time zone to
/// UTC, as every connection of a team library has it.
void runOn(sql::Database &db, Connection &connection);

} // namespace evalreview::pg
