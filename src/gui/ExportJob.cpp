#include "ExportJob.h"

#include "CsvExporter.h"
#include "ExportQuery.h"
#include "HtmlExporter.h"
#include "IndicatorQuery.h"
#include "LibraryStoreFactory.h"
#include "PdfReportExporter.h"
#include "RecommendationQuery.h"
#include "StoreResult.h"
#include "XlsxExporter.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace evalreview {

namespace {

std::function<void()> &beforeCommitHook()
{
    static std::function<void()> hook;
    return hook;
}

} // namespace

ExportJob::ExportJob(QObject *parent) : QObject(parent) {}

void ExportJob::setBeforeCommitHook(std::function<void()> hook)
{
    beforeCommitHook() = std::move(hook);
}

ExportJob::~ExportJob()
{
    m_cancelled = true;
    m_future.waitForFinished();
}

QString ExportJob::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool ExportJob::hasIndicators(ExportFormat format)
{
    return format == ExportFormat::Xlsx || format == ExportFormat::Pdf;
}

void ExportJob::start(const ExportRequest &request)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_future = QtConcurrent::run([this, request] {
        QStringList notes;
        const ExportResult result = run(request, notes);
        const bool cancelled = m_cancelled || (!result.ok() && result.reason() == ExportError::Cancelled);
        const QString error = cancelled ? QString() : result.errorString();
        QMetaObject::invokeMethod(this, [this, error, cancelled, notes] {
            m_running = false;
            Q_EMIT finished(error, cancelled, notes);
        });
    });
}

ExportResult ExportJob::run(const ExportRequest &request, QStringList &notes)
{
    QList<ExportRecord> records;
    std::optional<Indicators> indicators;
    const StoreResult<void> read = guarded([&] {
        // This thread's own connection; an export only reads.
        auto store = openLibraryStore(request.libraryPath, true);
        RecommendationQuery query(store->database());
        const qint64 total = query.count(request.filter);
        constexpr int kPage = 200;
        for (qint64 offset = 0; offset < total && !m_cancelled; offset += kPage) {
            for (const RecommendationRow &row : query.rows(request.filter, offset, kPage)) {
                if (m_cancelled) {
                    break;
                }
                if (const auto detail = query.detail(row.id)) {
                    records.append(*detail);
                }
            }
            QMetaObject::invokeMethod(this, [this, n = int(records.size()), total] { Q_EMIT progress(n, int(total)); });
        }
        if (hasIndicators(request.format) && !m_cancelled && !records.isEmpty()) {
            QSet<qint64> ids;
            for (const ExportRecord &r : std::as_const(records)) {
                ids.insert(r.id);
            }
            IndicatorQuery query(store->database());
            query.restrictTo(ids);
            const QDate today = request.today.isValid() ? request.today : QDate::currentDate();
            indicators = query.compute(today, request.period.start(today), request.period.end(today));
        }
    });
    if (!read) {
        return Failure{ExportError::Library, read.errorString()};
    }
    if (m_cancelled) {
        return exportCancelled();
    }
    if (records.isEmpty()) {
        return Failure{ExportError::Nothing,
                       tr("No recommendation matches the current filters, so there is nothing to export.")};
    }
    // A cancel while the file is written leaves the target as it was: nothing is committed.
    const CancelCheck cancelled = [this, hook = beforeCommitHook()] {
        if (hook) {
            hook();
        }
        return m_cancelled.load();
    };
    switch (request.format) {
    case ExportFormat::Csv:
        return CsvExporter::write(records, request.path, cancelled);
    case ExportFormat::Xlsx:
        return XlsxExporter::write(records, request.path, cancelled, indicators ? &*indicators : nullptr);
    case ExportFormat::Html:
        return HtmlExporter::write(records, request.title, request.path, cancelled, &notes);
    case ExportFormat::Pdf:
        return PdfReportExporter::write(records, request.title, request.path, cancelled,
                                        indicators ? &*indicators : nullptr);
    }
    return {};
}

} // namespace evalreview
