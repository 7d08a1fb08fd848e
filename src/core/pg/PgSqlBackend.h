#pragma once

namespace evalreview::pg {

/// Lets sql::Database open team libraries: a postgresql:// location then gives a connection to
/// the server that runs the program's statements (with "?" parameters) there, so the queries of
/// the window and the command line work on either kind of library. Safe to call more than once.
void enableTeamLibraryConnections();

} // namespace evalreview::pg
