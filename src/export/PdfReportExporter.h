#pragma once

#include "ExportRecord.h"
#include "IndicatorQuery.h"

namespace evalreview {

/// A PDF report: a cover, a summary table, with `indicators` a page of follow-up indicators (all the
/// reported recommendations, then by document, organisation, year and owner), then one page per
/// recommendation with its response, actions, donor comments and follow-up. Written to a temporary
/// file and renamed into place.
class PdfReportExporter
{
public:
    static ExportResult write(const QList<ExportRecord> &records, const QString &title, const QString &path,
                              const CancelCheck &cancelled = {}, const Indicators *indicators = nullptr);
    /// The report as HTML for QTextDocument (exposed for tests).
    static QString reportHtml(const QList<ExportRecord> &records, const QString &title,
                              const Indicators *indicators = nullptr);
};

} // namespace evalreview
