#pragma once

#include "ExportRecord.h"
#include "IndicatorQuery.h"

namespace evalreview {

/// An XLSX workbook with one sheet per section (one "All" sheet when there are no sections), a bold
/// frozen header row and wrapped text, and with `indicators` an "Indicators" sheet last: the
/// follow-up indicators of the exported recommendations, all of them and by document,
/// organisation, year and owner (counts as numbers, shares as percentages). Every text cell is
/// written as a literal string, so nothing in a document can become a formula. Written to a
/// temporary file and renamed into place.
class XlsxExporter
{
public:
    static ExportResult write(const QList<ExportRecord> &records, const QString &path,
                              const CancelCheck &cancelled = {}, const Indicators *indicators = nullptr);
    /// A valid, unique sheet name: at most 31 characters, none of []:*?/\ or control characters,
    /// no apostrophe at either end, not Excel's own "History".
    static QString sheetName(const QString &section, const QStringList &taken);
    /// A cell's text within Excel's 32,767 characters: a longer text is cut with a mark that says
    /// so and how much was left out (never dropped).
    static QString fitCell(const QString &text);
};

} // namespace evalreview
