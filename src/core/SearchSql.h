#pragma once

#include <QString>

/// The statements of SqliteLibraryStore::search(), named for the query-plan regression test.
namespace evalreview::search_sql {

/// ?1 = MATCH expression: rowid and rank of the newest matches, bounded by the ranking window.
QString window();
/// ?1 = rowid: one hit's source, stored text, document title and recommendation (no MATCH).
QString detail();
/// ?1, ?2 = first and last possible folded word: the indexed words in that range and the number
/// of rows holding each (temp.search_vocabulary, an fts5vocab table over search_index).
QString completions();

} // namespace evalreview::search_sql
