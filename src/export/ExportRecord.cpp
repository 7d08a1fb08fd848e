#include "ExportRecord.h"

namespace evalreview {

QString exportDueDate(const ExportRecord &record)
{
    return record.followUp.dueDate.isValid() ? record.followUp.dueDate.toString(Qt::ISODate) : QString();
}

Anchor exportRegion(const ExportRecord &record)
{
    return record.anchorsFor(QStringLiteral("text")).value(0);
}

QStringList donorsOf(const QList<ExportRecord> &records)
{
    QStringList donors;
    for (const ExportRecord &r : records) {
        for (const DonorCommentDetail &c : r.donorComments) {
            if (!donors.contains(c.donor)) {
                donors << c.donor;
            }
        }
    }
    return donors;
}

QString responseCategoryLabel(const QString &category)
{
    if (category.isEmpty()) {
        return {};
    }
    QString label = category;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    label[0] = label.at(0).toUpper();
    return label;
}

QStringList reviewMarks(const ExportRecord &r)
{
    bool edited = !r.extracted.isEmpty();
    for (const ActionDetail &a : r.actions) {
        edited = edited || a.added || !a.extracted.isEmpty();
    }
    for (const DonorCommentDetail &c : r.donorComments) {
        edited = edited || c.added || !c.extracted.isEmpty();
    }
    QStringList marks;
    if (r.added) {
        marks << QStringLiteral("added");
    }
    if (edited) {
        marks << QStringLiteral("edited");
    }
    if (r.verified) {
        marks << QStringLiteral("verified");
    }
    return marks;
}

QStringList exportHeaders(const QStringList &donors)
{
    QStringList h{QStringLiteral("Document"), QStringLiteral("Section"),        QStringLiteral("Code"),
                  QStringLiteral("Title"),    QStringLiteral("Recommendation"), QStringLiteral("Addressed to"),
                  QStringLiteral("Priority"), QStringLiteral("Resources"),      QStringLiteral("Timing"),
                  QStringLiteral("Response"), QStringLiteral("Response text"),  QStringLiteral("Actions")};
    for (const QString &d : donors) {
        h << QStringLiteral("%1 comments").arg(d);
    }
    h << QStringLiteral("Status") << QStringLiteral("Owner") << QStringLiteral("Due date") << QStringLiteral("Note")
      << QStringLiteral("Page") << QStringLiteral("Review");
    return h;
}

QStringList exportCells(const ExportRecord &r, const QStringList &donors)
{
    QStringList actions;
    int n = 0;
    for (const ActionDetail &a : r.actions) {
        ++n;
        QString line = QStringLiteral("%1. %2").arg(a.code.isEmpty() ? QString::number(n) : a.code, a.text);
        if (!a.timeFrame.isEmpty()) {
            line += QStringLiteral(" [%1]").arg(a.timeFrame);
        }
        if (!a.responsible.isEmpty()) {
            line += QStringLiteral(" (%1)").arg(a.responsible);
        }
        if (!a.status.isEmpty()) {
            line += QStringLiteral(" — status: %1").arg(a.status);
        }
        actions << line;
    }
    QStringList cells{r.documentTitle, r.section,
                      r.code,          r.title,
                      r.text,          r.addressedTo.join(QStringLiteral("; ")),
                      r.priority,      r.resourceImplications,
                      r.timing,        responseCategoryLabel(r.responseCategory),
                      r.responseText,  actions.join(QLatin1Char('\n'))};
    for (const QString &d : donors) {
        QStringList texts;
        for (const DonorCommentDetail &c : r.donorComments) {
            if (c.donor == d) {
                texts << c.text;
            }
        }
        cells << texts.join(QLatin1Char('\n'));
    }
    cells << followup_status::label(r.followUp.status) << r.followUp.owner << exportDueDate(r) << r.followUp.note
          << (r.page > 0 ? QString::number(r.page) : QString()) << reviewMarks(r).join(QStringLiteral(", "));
    return cells;
}

Failure<ExportError> exportCancelled()
{
    return {ExportError::Cancelled, QStringLiteral("The export was cancelled; nothing was written.")};
}

} // namespace evalreview
