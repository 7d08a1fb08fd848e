#pragma once

#include "ExportRecord.h"
#include "IndicatorQuery.h"
#include "LessonQuery.h"

namespace evalreview {

/// RFC 4180 CSV in UTF-8 (with BOM so spreadsheets detect the encoding), CRLF line ends.
/// A cell starting with = + - @ tab or carriage return is prefixed with ' so that no spreadsheet
/// evaluates it as a formula. The file is written atomically.
class CsvExporter
{
public:
    static QString escapeCell(const QString &cell);
    static QByteArray render(const QList<ExportRecord> &records);
    static ExportResult write(const QList<ExportRecord> &records, const QString &path,
                              const CancelCheck &cancelled = {});
    /// Lessons learned, good practices and conclusions: document, file, kind, page, text, themes.
    static QByteArray renderLessons(const QList<LessonRow> &rows);
    /// Follow-up indicators: a line for all the recommendations, then one per document,
    /// organisation, year and owner, in the columns of indicatorHeaders() (IndicatorExport.h).
    static QByteArray renderIndicators(const Indicators &indicators);
};

/// Prefixes ' to a cell a spreadsheet would run as a formula.
QString neutralizeFormula(const QString &cell);

/// Refuses an export target that exists and is no regular file: a device, a FIFO, a socket or a
/// folder (writing "to" /dev/null would replace it with a file).
ExportResult checkExportTarget(const QString &path);

/// Writes `bytes` to `path` through QSaveFile (a temporary file of an unpredictable name, created
/// exclusively beside the target, renamed over it). When `cancelled` says so before the commit, nothing
/// is committed and the target is unchanged.
ExportResult writeAtomically(const QString &path, const QByteArray &bytes, const CancelCheck &cancelled = {});

} // namespace evalreview
