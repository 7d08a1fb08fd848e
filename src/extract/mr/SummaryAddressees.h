#pragma once

#include "RowReader.h"

namespace evalreview::extract::mr {

/// How many recommendations of one report a summary says go to one addressee ("Five are addressed
/// to the Executive Director, and one to the legislative bodies"; "dix recommandations adressées au
/// Conseil d'administration"; "seis están dirigidas a la Junta Ejecutiva").
struct AddresseeCount
{
    int count = 0;
    QString addressee; ///< as printed, without its article
};

/// The counts stated in a passage of text, in order (English, French, Spanish; figures or number
/// words up to twenty).
QList<AddresseeCount> addresseeCounts(const QString &text);

/// Recommendations whose row or paragraph names no addressee take it from the summary of their
/// section (the text that follows the section's title, or the symbol it ends with, up to the next
/// section's), when the counts leave no doubt: the records that name theirs are taken off the
/// counts, and exactly one addressee is left whose count is the number of records without one.
void addresseesFromSummaries(QList<Recommendation> &recs, const QString &documentText);

} // namespace evalreview::extract::mr
