#pragma once

#include <QString>

/// The statements of SqliteLibraryStore::search(), named for the query-plan regression test.
namespace evalreview::search_sql {

/// ?1 = MATCH expression: rowid and rank of the newest matches, bounded by the ranking window.
QString window();
/// ?1 = MATCH expression, ?2 = rowid: one hit's source, snippet, document title and recommendation.
QString detail();

} // namespace evalreview::search_sql
