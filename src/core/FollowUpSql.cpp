#include "FollowUpSql.h"

#include "Disagreement.h"
#include "Sqlite.h"

#include <sqlite3.h>

namespace evalreview {

namespace {

QString textArgument(sqlite3_value *value)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return bytes ? QString::fromUtf8(bytes, sqlite3_value_bytes(value)) : QString();
}

void donorStanceFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_int(context, static_cast<int>(donorStance(textArgument(argv[0]))));
}

void qualifiedResponseFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_int(context, isQualifiedResponse(textArgument(argv[0])) ? 1 : 0);
}

} // namespace

void registerFollowUpFunctions(sql::Database &db)
{
    if (db.isServer()) {
        return; // a team library's queries classify the rows they read in the program instead
    }
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    sqlite3_create_function(db.handle(), "donor_stance", 1, flags, nullptr, donorStanceFunction, nullptr, nullptr);
    sqlite3_create_function(db.handle(), "qualified_response", 1, flags, nullptr, qualifiedResponseFunction, nullptr,
                            nullptr);
}

} // namespace evalreview
