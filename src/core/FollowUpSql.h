#pragma once

namespace evalreview {

namespace sql {
class Database;
}

/// Registers the SQL functions the follow-up queries use on a connection (idempotent):
/// `donor_stance(text)` -> 0 agrees, 1 asks for more, 2 disagrees (the wording classifier of
/// Disagreement.h), `qualified_response(category)` -> 1 when the response is not a plain acceptance.
/// A team library's connection gets none: its queries read the rows and classify them in the program.
void registerFollowUpFunctions(sql::Database &db);

} // namespace evalreview
