#include "PdfReportExporter.h"

#include "CsvExporter.h"
#include "IndicatorExport.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace evalreview {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &value)
{
    return value.isEmpty()
               ? QString()
               : QStringLiteral("<tr><td width=\"25%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString fraction(qint64 part, qint64 whole)
{
    return whole > 0 ? QStringLiteral("%1 of %2 (%3%)").arg(part).arg(whole).arg(qRound(100.0 * part / whole))
                     : QStringLiteral("–");
}

/// The follow-up indicators: what they count, then a table per grouping.
QString indicatorsHtml(const Indicators &in)
{
    QString html = QStringLiteral("<h2 style=\"page-break-before:always\">Follow-up indicators</h2>");
    html += QStringLiteral("<p>Of the recommendations of this report. Closure rate: the follow-ups due from %1, "
                           "and how many of them were completed by its end. Overdue: open and due before %2. "
                           "Not actionable: responses none of whose actions names both a responsible unit and a "
                           "time frame. Implemented: accepted recommendations whose follow-up is completed.</p>")
                .arg(esc(indicatorPeriodText(in)), esc(in.today.toString(Qt::ISODate)));
    const QList<IndicatorLine> lines = indicatorLines(in);
    QString grouping;
    for (const IndicatorLine &line : lines) {
        if (line.grouping != grouping) {
            if (!grouping.isEmpty()) {
                html += QStringLiteral("</table>");
            }
            grouping = line.grouping;
            if (grouping != QLatin1String("All")) {
                html += QStringLiteral("<h3>By %1</h3>").arg(esc(grouping.toLower()));
            }
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"
                                   "<th>%1</th><th>Recommendations</th><th>Not actionable</th>"
                                   "<th>Implemented</th><th>Closure rate</th><th>Overdue</th>"
                                   "<th>Open donor requests</th><th>Median days to response</th></tr>")
                        .arg(grouping == QLatin1String("All") ? QString() : esc(grouping));
        }
        const IndicatorRow &r = line.row;
        const std::optional<double> median = r.medianResponseDays();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>"
                               "<td>%8</td></tr>")
                    .arg(esc(indicatorGroupLabel(line)))
                    .arg(r.recommendations)
                    .arg(fraction(r.notActionable, r.responses), fraction(r.acceptedImplemented, r.accepted),
                         fraction(r.closed, r.due))
                    .arg(r.overdue)
                    .arg(r.openDonorRequests)
                    .arg(median ? QString::number(*median, 'f', 0) : QStringLiteral("–"));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString PdfReportExporter::reportHtml(const QList<ExportRecord> &records, const QString &title,
                                      const Indicators *indicators)
{
    QString html = QStringLiteral("<html><body style=\"font-family:sans-serif\">");
    html += QStringLiteral("<h1 style=\"margin-top:120px\">%1</h1><p>Follow-up report, %2</p><p>%3 recommendations</p>")
                .arg(esc(title), QDate::currentDate().toString(Qt::ISODate))
                .arg(records.size());
    html += QStringLiteral("<h2 style=\"page-break-before:always\">Summary</h2>"
                           "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                           "<tr><th>Code</th><th>Section</th><th>Response</th><th>Status</th><th>Due</th>"
                           "<th>Page</th></tr>");
    for (const ExportRecord &r : records) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(esc(r.code), esc(r.section), esc(responseCategoryLabel(r.responseCategory)),
                         esc(followup_status::label(r.followUp.status)), esc(exportDueDate(r)),
                         r.page > 0 ? QString::number(r.page) : QString());
    }
    html += QStringLiteral("</table>");
    if (indicators) {
        html += indicatorsHtml(*indicators);
    }
    for (const ExportRecord &r : records) {
        html += QStringLiteral("<h2 style=\"page-break-before:always\">Recommendation %1</h2>").arg(esc(r.code));
        html += QStringLiteral("<p><i>%1%2</i></p>")
                    .arg(esc(r.documentTitle), r.page > 0 ? QStringLiteral(", page %1").arg(r.page) : QString());
        if (const QStringList marks = reviewMarks(r); !marks.isEmpty()) {
            html += QStringLiteral("<p>Review: %1</p>").arg(esc(marks.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("<p>%1</p><table cellpadding=\"3\" width=\"100%\">").arg(esc(r.text));
        html += row(QStringLiteral("Section"), r.section);
        html += row(QStringLiteral("Addressed to"), r.addressedTo.join(QStringLiteral("; ")));
        html += row(QStringLiteral("Priority"), r.priority);
        html += row(QStringLiteral("Timing"), r.timing);
        html += row(QStringLiteral("Response"), responseCategoryLabel(r.responseCategory));
        html += row(QStringLiteral("Response text"), r.responseText);
        html += QStringLiteral("</table>");
        if (!r.actions.isEmpty()) {
            html += QStringLiteral("<h3>Actions</h3><ol>");
            for (const ActionDetail &a : r.actions) {
                html += QStringLiteral("<li>%1</li>").arg(esc(a.text));
            }
            html += QStringLiteral("</ol>");
        }
        for (const DonorCommentDetail &c : r.donorComments) {
            html += QStringLiteral("<h3>%1 comments</h3><p>%2</p>").arg(esc(c.donor), esc(c.text));
        }
        html += QStringLiteral("<h3>Follow-up</h3><table cellpadding=\"3\" width=\"100%\">");
        html += row(QStringLiteral("Status"), followup_status::label(r.followUp.status));
        html += row(QStringLiteral("Owner"), r.followUp.owner);
        html += row(QStringLiteral("Due date"), exportDueDate(r));
        html += row(QStringLiteral("Note"), r.followUp.note);
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</body></html>");
}

ExportResult PdfReportExporter::write(const QList<ExportRecord> &records, const QString &title, const QString &path,
                                      const CancelCheck &cancelled, const Indicators *indicators)
{
    // Laid out in memory, then written like every export: a temporary file of an unpredictable name
    // beside the target, checked and renamed over it, so a full disk leaves the earlier file.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("EvalReview"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        QTextDocument doc;
        doc.setHtml(reportHtml(records, title, indicators));
        doc.print(&writer);
    }
    return writeAtomically(path, pdf, cancelled);
}

} // namespace evalreview
