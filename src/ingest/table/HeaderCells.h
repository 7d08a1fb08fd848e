#pragma once

#include "VisualLines.h"

// What the header finders share: how a header cell looks and where a line parts into cells.

namespace evalreview::ingest::table {

/// A piece of a line that could name a column: a few words, opening capitalised (or in lower
/// case inside a drawn row, `inDrawnRow`), no list marker, no clause ending.
bool looksLikeHeaderCell(const Segment &s, bool inDrawnRow = false);

/// A row label ("3.1a", "G1", "12", "Recommendation 4"), alone or opening the text ("Recommendation 2:
/// Extend ..."), marks a body row, not a header.
bool isRowLabel(const QString &text);

/// Whether a cell's text stops on a word that never ends a phrase ("Peer learning between
/// countries to", "Respuesta de la"): a wrapped line of a body cell, not a whole header cell.
bool endsMidPhrase(const QString &text);

/// The gap that parts a line into cells when the page's word space is not known.
double segmentGap(const VisualLine &line, const Page &page);

/// The gap that parts a header line into cells, from the page's word space (0: not known).
double headerCellGap(const VisualLine &line, const Page &page, double wordSpace);

/// Header cells name their columns in a few words; cells holding sentences are a body row.
bool namesColumns(const QStringList &texts);

} // namespace evalreview::ingest::table
