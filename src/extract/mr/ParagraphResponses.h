#pragma once

#include "RowReader.h"

namespace evalreview::extract::mr {

/// Responses written as paragraphs of the body, one per recommendation: "22. Recommendation 1.
/// UNFPA supports … This recommendation is fully accepted." or "Recommandation n° 2, adressée au
/// Conseil : …". The paragraph is the response when it states management's position (or does
/// not read as a recommendation), else the recommendation's text. The section is the
/// enumerated heading above ("A. Review of …"); ", addressed to X" gives `addressed_to`. Lines
/// inside tables are left to the table reader.
QList<Recommendation> readParagraphResponses(const DocumentContent &content, const LineJoiner &joiner);

/// Adds `more` to `into`: a record with the id of one in `into` and the same section (compared
/// by words, as a title may wrap or be abridged differently in a table) fills the fields that
/// one lacks; the others are appended, taking the section name `into` uses for theirs.
void mergeResponses(QList<Recommendation> &into, QList<Recommendation> more);

} // namespace evalreview::extract::mr
