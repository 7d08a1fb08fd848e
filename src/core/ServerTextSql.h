#pragma once

#include "SearchQuery.h"

#include <QString>
#include <QVariantList>

namespace evalreview {

/// The full-text expressions of a team library (PostgreSQL tsquery over the stored tsvectors,
/// accents folded, words matched as typed and by their English, French or Spanish stems). Values become "?" parameters
/// appended to `binds`; nothing typed is ever spliced into the SQL.
namespace server_text {

/// How values are marked in the SQL: "?" (sql::Database's statements) or $N, N being the value's
/// place in `binds` (pg::Connection::exec).
enum class Parameters
{
    Marks,
    Numbered
};

/// One word, prefix or phrase of a query as a tsquery function call; empty when nothing
/// searchable is left of it (a prefix of punctuation).
QString term(const SearchQuery::Part &part, QVariantList &binds, Parameters parameters);

/// A tsquery for `query`: NOT binds tightest, then AND, then OR (as in the library file's search);
/// a prefix ("strengt*") matches its completions, a "phrase" its words in order. Empty when
/// nothing searchable is left.
QString tsquery(const SearchQuery &query, QVariantList &binds, Parameters parameters = Parameters::Marks);

/// A criterion on recommendations `r` whose text, with its response, actions and donors'
/// comments, matches `query`: each word or phrase may be in any of them.
QString recommendationCriterion(const SearchQuery &query, QVariantList &binds);

} // namespace server_text

} // namespace evalreview
