#pragma once

struct sqlite3;

namespace evalreview {

/// Registers evalreview_rank(search_index) on a connection: a BM25 score (negated, lower is
/// better, like FTS5's bm25()) from each phrase's frequency in the row and the row's length.
///
/// It leaves out the inverse document frequency: FTS5's bm25() computes it by reading every
/// match of every phrase in the whole index, which for a common word costs more than the bounded
/// ranking window it serves. Within one query every phrase then weighs the same.
void registerSearchRank(sqlite3 *db);

} // namespace evalreview
