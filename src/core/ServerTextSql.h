#pragma once

#include <QString>
#include <QVariantList>

namespace evalreview {

class SearchQuery;

/// The full-text expressions of a team library (PostgreSQL tsquery over the stored tsvectors,
/// accents folded by the library's text configuration). Values become "?" parameters appended to
/// `binds`; nothing typed is ever spliced into the SQL.
namespace server_text {

/// A tsquery for `query`: NOT binds tightest, then AND, then OR (as in the library file's search);
/// a prefix ("strengt*") matches its completions, a "phrase" its words in order. Empty when
/// nothing searchable is left.
QString tsquery(const SearchQuery &query, QVariantList &binds);

/// A criterion on recommendations `r` whose text, with its response, actions and donors'
/// comments, matches `query`: each word or phrase may be in any of them.
QString recommendationCriterion(const SearchQuery &query, QVariantList &binds);

} // namespace server_text

} // namespace evalreview
