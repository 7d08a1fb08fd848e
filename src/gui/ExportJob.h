#pragma once

#include "ExportRecord.h"
#include "IndicatorPeriod.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <functional>

namespace evalreview {

enum class ExportFormat
{
    Csv,
    Xlsx,
    Html,
    Pdf,
};

/// One export: which records (a filter, possibly one document), the format and the target file;
/// for a workbook or a report also the period of the closure rate of their follow-up indicators.
struct ExportRequest
{
    QString libraryPath;
    RecommendationFilter filter;
    ExportFormat format = ExportFormat::Csv;
    QString path;
    QString title;
    IndicatorPeriod period;
    QDate today; ///< the day overdue is counted on; invalid: the current date
};

/// Runs an export on a worker thread with its own connection to the library: reads the records
/// (reporting progress, stopping early when cancelled) and writes the file atomically through the
/// exporters. finished() carries an empty error on success or cancel, else a plain sentence, and
/// on success what the file leaves out and why (page images of changed source files).
class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    void start(const ExportRequest &request);
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_running; }

    static QString suffix(ExportFormat format);
    /// Whether the format carries the follow-up indicators of the exported records (an
    /// "Indicators" sheet, a page of the report).
    static bool hasIndicators(ExportFormat format);

    /// Called on the worker thread when the file is written and about to replace its target, just
    /// before the last cancel check (tests hold the job there to cancel it; nullptr removes it).
    static void setBeforeCommitHook(std::function<void()> hook);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const QString &error, bool cancelled, const QStringList &notes);

private:
    ExportResult run(const ExportRequest &request, QStringList &notes);

    std::atomic_bool m_cancelled = false;
    bool m_running = false;
    QFuture<void> m_future;
};

} // namespace evalreview
