#pragma once

#include "ExportRecord.h"

namespace evalreview {

/// A PDF report: a cover, a summary table, then one page per recommendation with its response,
/// actions, donor comments and follow-up. Written to a temporary file and renamed into place.
class PdfReportExporter
{
public:
    static ExportResult write(const QList<ExportRecord> &records, const QString &title, const QString &path,
                              const CancelCheck &cancelled = {});
    /// The report as HTML for QTextDocument (exposed for tests).
    static QString reportHtml(const QList<ExportRecord> &records, const QString &title);
};

} // namespace evalreview
