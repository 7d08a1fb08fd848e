#include "DetailHtml.h"

#include "CorrectionStore.h"
#include "DisplayLabels.h"
#include "FieldNames.h"
#include "RecommendationTableModel.h"

#include <QColor>
#include <QCoreApplication>

namespace evalreview::detail_html {

namespace {

/// The detail panes' words, in the context "DetailHtml".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DetailHtml)
};

QString esc(const QString &s)
{
    QString out = s.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

QString link(const QString &target, const QString &label)
{
    return QStringLiteral("<a href=\"src:%1\" style=\"text-decoration:none\">%2</a>").arg(target, label);
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty()) {
        return {};
    }
    return QStringLiteral("<tr><td style=\"color:#555;padding-right:8px\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), esc(value));
}

QString sourceMark(const QList<Anchor> &anchors, const QString &target)
{
    if (anchors.isEmpty()) {
        return {};
    }
    return QStringLiteral(" ") +
           link(target, QStringLiteral("[%1]").arg(Text::tr("p.&nbsp;%1").arg(anchors.first().page)));
}

/// A reviewer's corrections of some fields: each field's value as the import extracted it.
QString extractedNote(const QHash<QString, QString> &extracted, const QStringList &fields)
{
    QStringList lines;
    for (const QString &f : fields) {
        if (extracted.contains(f)) {
            const QString value = extracted.value(f);
            lines << Text::tr("%1: %2").arg(esc(field_names::field(f)),
                                            value.isEmpty() ? Text::tr("(empty)") : esc(value));
        }
    }
    if (lines.isEmpty()) {
        return {};
    }
    return QStringLiteral("<p style=\"color:#777;font-size:small\">✎ %1</p>")
        .arg((lines.size() > 1 ? Text::tr("Edited by a reviewer. Extracted values — %1")
                               : Text::tr("Edited by a reviewer. Extracted value — %1"))
                 .arg(lines.join(QStringLiteral("; "))));
}

} // namespace

QString recommendation(const RecommendationDetail &d)
{
    QString html = QStringLiteral("<p><b>%1</b>%2</p>")
                       .arg(link(QStringLiteral("text"), Text::tr("Recommendation %1").arg(esc(d.code))),
                            d.title.isEmpty() ? QString() : QStringLiteral(" — <b>%1</b>").arg(esc(d.title)));
    html += QStringLiteral("<p>%1%2</p>")
                .arg(esc(d.text), sourceMark(d.anchorsFor(QStringLiteral("text")), QStringLiteral("text")));
    html += QStringLiteral("<table>");
    html += row(Text::tr("Section / country"), d.section);
    html += row(Text::tr("Addressed to"), d.addressedTo.join(QStringLiteral("; ")));
    html += row(Text::tr("Priority"), d.priority);
    html += row(Text::tr("Resources"), d.resourceImplications);
    html += row(Text::tr("Timing"), d.timing);
    html += QStringLiteral("</table>");
    html += extractedNote(d.extracted, {QStringLiteral("code"), QStringLiteral("section"), QStringLiteral("title"),
                                        QStringLiteral("text"), QStringLiteral("addressed_to"),
                                        QStringLiteral("priority"), QStringLiteral("timing")});
    return html;
}

QString response(const RecommendationDetail &d)
{
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(Text::tr("Management response"));
    if (!d.responseCategory.isEmpty()) {
        const QColor c = RecommendationTableModel::categoryColor(d.responseCategory);
        html += QStringLiteral("<p><span style=\"background-color:%1\">&nbsp;%2&nbsp;</span></p>")
                    .arg(c.name(), display::responseCategory(d.responseCategory).toHtmlEscaped());
    }
    if (!d.responseText.isEmpty()) {
        html += QStringLiteral("<p>%1%2</p>")
                    .arg(esc(d.responseText),
                         sourceMark(d.anchorsFor(QStringLiteral("response_text")), QStringLiteral("response_text")));
    } else if (d.responseCategory.isEmpty()) {
        html += QStringLiteral("<p style=\"color:#777\">%1</p>").arg(Text::tr("No response recorded."));
    }
    html += extractedNote(d.extracted, {QStringLiteral("response_category"), QStringLiteral("response_text")});
    if (!d.actions.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(Text::tr("Actions"));
        for (int i = 0; i < d.actions.size(); ++i) {
            const ActionDetail &a = d.actions.at(i);
            const QString number = a.code.isEmpty() ? QString::number(a.number) : a.code;
            html += QStringLiteral("<p>%1 %2%3")
                        .arg(link(QStringLiteral("action:%1").arg(i), esc(number) + QLatin1Char('.')), esc(a.text),
                             sourceMark(a.anchors, QStringLiteral("action:%1").arg(i)));
            QStringList facts;
            if (!a.timeFrame.isEmpty()) {
                facts << Text::tr("Time frame: %1").arg(esc(a.timeFrame));
            }
            if (!a.responsible.isEmpty()) {
                facts << Text::tr("Responsible: %1").arg(esc(a.responsible));
            }
            if (!a.status.isEmpty()) {
                facts << Text::tr("Status: %1").arg(esc(a.status));
            }
            if (!facts.isEmpty()) {
                html +=
                    QStringLiteral("<br><span style=\"color:#555\">%1</span>").arg(facts.join(QStringLiteral(" · ")));
            }
            html += QStringLiteral("</p>");
            html += extractedNote(a.extracted, CorrectionStore::editableFields(RecordType::Action));
        }
    }
    return html;
}

QString donorComments(const RecommendationDetail &d)
{
    if (d.donorComments.isEmpty()) {
        return QStringLiteral("<p><b>%1</b></p><p style=\"color:#777\">%2</p>")
            .arg(Text::tr("Donor comments"), Text::tr("No donor comments."));
    }
    QStringList donors;
    for (const DonorCommentDetail &c : d.donorComments) {
        if (!donors.contains(c.donor)) {
            donors << c.donor;
        }
    }
    QString html = QStringLiteral("<p><b>%1</b></p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>")
                       .arg(Text::tr("Donor comments"));
    for (const QString &donor : donors) {
        html += QStringLiteral("<th align=\"left\" style=\"background-color:#eef\">%1</th>").arg(esc(donor));
    }
    html += QStringLiteral("</tr><tr>");
    for (const QString &donor : donors) {
        html += QStringLiteral("<td valign=\"top\" width=\"%1%\">").arg(100 / donors.size());
        for (int i = 0; i < d.donorComments.size(); ++i) {
            const DonorCommentDetail &c = d.donorComments.at(i);
            if (c.donor == donor) {
                html += QStringLiteral("<p>%1%2</p>")
                            .arg(esc(c.text), sourceMark(c.anchors, QStringLiteral("comment:%1").arg(i)));
                html += extractedNote(c.extracted, CorrectionStore::editableFields(RecordType::DonorComment));
            }
        }
        html += QStringLiteral("</td>");
    }
    html += QStringLiteral("</tr></table>");
    return html;
}

QList<Anchor> anchorsForLink(const RecommendationDetail &d, const QString &target)
{
    if (!target.startsWith(QLatin1String("src:"))) {
        return {};
    }
    const QString what = target.mid(4);
    const int colon = int(what.indexOf(QLatin1Char(':')));
    if (colon < 0) {
        return d.anchorsFor(what);
    }
    const QString kind = what.left(colon);
    const int index = what.mid(colon + 1).toInt();
    if (kind == QLatin1String("action") && index >= 0 && index < d.actions.size()) {
        return d.actions.at(index).anchors;
    }
    if (kind == QLatin1String("comment") && index >= 0 && index < d.donorComments.size()) {
        return d.donorComments.at(index).anchors;
    }
    return {};
}

} // namespace evalreview::detail_html
