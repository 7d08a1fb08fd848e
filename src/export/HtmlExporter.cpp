#include "HtmlExporter.h"

#include "CsvExporter.h"
#include "PageCropper.h"

#include <QBuffer>
#include <QDateTime>

namespace evalreview {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString field(const QString &label, const QString &value)
{
    if (value.isEmpty()) {
        return {};
    }
    return QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(label), esc(value));
}

QString imageData(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString recordHtml(const ExportRecord &r, PageCropper *cropper)
{
    QString html = QStringLiteral("<section class=\"record\" id=\"rec-%1\"><h2>%2 %3</h2>")
                       .arg(esc(r.code), esc(r.code), esc(r.title.isEmpty() ? r.section : r.title));
    html += QStringLiteral("<p class=\"source\">%1, page %2</p>")
                .arg(esc(r.documentTitle), r.page > 0 ? QString::number(r.page) : QStringLiteral("—"));
    if (const QStringList marks = reviewMarks(r); !marks.isEmpty()) {
        html += QStringLiteral("<p class=\"review\">Review: %1</p>").arg(esc(marks.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("<blockquote>%1</blockquote><dl>").arg(esc(r.text));
    html += field(QStringLiteral("Section"), r.section);
    html += field(QStringLiteral("Addressed to"), r.addressedTo.join(QStringLiteral("; ")));
    html += field(QStringLiteral("Priority"), r.priority);
    html += field(QStringLiteral("Timing"), r.timing);
    html += field(QStringLiteral("Management response"),
                  responseCategoryLabel(r.responseCategory) +
                      (r.responseText.isEmpty() ? QString() : QStringLiteral(": ") + r.responseText));
    html += QStringLiteral("</dl>");
    if (!r.actions.isEmpty()) {
        html += QStringLiteral("<h3>Actions</h3><ol>");
        for (const ActionDetail &a : r.actions) {
            html += QStringLiteral("<li>%1").arg(esc(a.text));
            QStringList facts{a.timeFrame, a.responsible, a.status};
            facts.removeAll(QString());
            if (!facts.isEmpty()) {
                html += QStringLiteral(" <small>(%1)</small>").arg(esc(facts.join(QStringLiteral(" – "))));
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    for (const DonorCommentDetail &c : r.donorComments) {
        html += QStringLiteral("<h3>%1 comments</h3><p>%2</p>").arg(esc(c.donor), esc(c.text));
    }
    html += QStringLiteral("<h3>Follow-up</h3><dl>");
    html += field(QStringLiteral("Status"), followup_status::label(r.followUp.status));
    html += field(QStringLiteral("Owner"), r.followUp.owner);
    html += field(QStringLiteral("Due date"), exportDueDate(r));
    html += field(QStringLiteral("Note"), r.followUp.note);
    html += QStringLiteral("</dl>");
    const Anchor region = exportRegion(r);
    if (cropper && region.page > 0) {
        const QImage crop = cropper->crop(r.sourcePath, r.sourceSha256, region);
        if (!crop.isNull()) {
            html += QStringLiteral("<figure><img alt=\"Source region on page %1\" src=\"%2\"><figcaption>Source: "
                                   "page %1</figcaption></figure>")
                        .arg(region.page)
                        .arg(imageData(crop));
        } else if (const QString why = cropper->unavailable(r.sourcePath); !why.isEmpty()) {
            html += QStringLiteral("<p class=\"source\">No page image: %1</p>").arg(esc(why));
        }
    }
    return html + QStringLiteral("</section>\n");
}

} // namespace

QByteArray HtmlExporter::render(const QList<ExportRecord> &records, const QString &title, PageCropper *cropper)
{
    QString html =
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title><style>"
            "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
            ".record{border-top:1px solid #ccc;padding:1em 0}.source{color:#666}"
            "blockquote{background:#f6f6f6;margin:0;padding:.6em 1em}dt{font-weight:bold;float:left;width:12em}"
            "dd{margin-left:12em}img{max-width:100%;border:1px solid #ddd}</style></head><body>")
            .arg(esc(title));
    html += QStringLiteral("<h1>%1</h1><p>%2 recommendations, exported %3.</p>\n")
                .arg(esc(title))
                .arg(records.size())
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (const ExportRecord &r : records) {
        html += recordHtml(r, cropper);
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

ExportResult HtmlExporter::write(const QList<ExportRecord> &records, const QString &title, const QString &path,
                                 const CancelCheck &cancelled, QStringList *notes)
{
    PageCropper cropper;
    const QByteArray html = render(records, title, &cropper);
    if (notes) {
        *notes = cropper.problems();
    }
    return writeAtomically(path, html, cancelled);
}

} // namespace evalreview
