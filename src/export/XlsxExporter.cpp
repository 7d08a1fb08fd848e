#include "XlsxExporter.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <cstdio>
#include <xlsxwriter.h>

namespace evalreview {

QString XlsxExporter::sheetName(const QString &section, const QStringList &taken)
{
    QString base = section.trimmed();
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) {
        base.replace(bad, QLatin1Char(' '));
    }
    base = base.simplified();
    if (base.isEmpty()) {
        base = QStringLiteral("Other");
    }
    base = base.left(31);
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - int(suffix.size())) + suffix;
    }
    return name;
}

ExportResult XlsxExporter::write(const QList<ExportRecord> &records, const QString &path, const CancelCheck &cancelled)
{
    const QString temp = path + QStringLiteral(".partial");
    const QByteArray tempName = QFile::encodeName(temp);
    lxw_workbook *book = workbook_new(tempName.constData());
    if (!book) {
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 cannot be written.").arg(QFileInfo(path).fileName())};
    }
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bg_color(header, 0xDDE6F0);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    // Group by section, keeping the order sections first appear in.
    QStringList order;
    QMap<QString, QList<ExportRecord>> bySection;
    for (const ExportRecord &r : records) {
        const QString key = r.section.isEmpty() ? QStringLiteral("All") : r.section;
        if (!bySection.contains(key)) {
            order << key;
        }
        bySection[key].append(r);
    }
    if (order.isEmpty()) {
        order << QStringLiteral("All");
    }
    const QStringList donors = donorsOf(records);
    const QStringList headers = exportHeaders(donors);
    QStringList taken;
    for (const QString &section : order) {
        const QString name = sheetName(section, taken);
        taken << name;
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        for (int c = 0; c < headers.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), header);
            const bool wide =
                headers.at(c) == QLatin1String("Recommendation") || headers.at(c).endsWith(QLatin1String("comments")) ||
                headers.at(c).startsWith(QLatin1String("Response text")) || headers.at(c) == QLatin1String("Actions");
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), wide ? 60 : 16, nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        lxw_row_t row = 1;
        for (const ExportRecord &r : bySection.value(section)) {
            const QStringList cells = exportCells(r, donors);
            for (int c = 0; c < cells.size(); ++c) {
                worksheet_write_string(sheet, row, lxw_col_t(c), cells.at(c).toUtf8().constData(), wrap);
            }
            ++row;
        }
    }
    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR) {
        QFile::remove(temp);
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 could not be saved: %2.")
                           .arg(QFileInfo(path).fileName(), QString::fromUtf8(lxw_strerror(err)))};
    }
    if (cancelled && cancelled()) {
        QFile::remove(temp);
        return exportCancelled();
    }
    if (std::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 could not be saved.").arg(QFileInfo(path).fileName())};
    }
    return {};
}

} // namespace evalreview
