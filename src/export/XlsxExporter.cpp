#include "XlsxExporter.h"

#include "CsvExporter.h"
#include "IndicatorExport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>

#include <unistd.h>
#include <xlsxwriter.h>

namespace evalreview {

namespace {

constexpr qsizetype kMaxSheetName = 31; // characters (code points), Excel's limit
constexpr qsizetype kMaxCell = 32767;   // characters in a cell, Excel's limit

/// `text` cut to at most `most` code points (never between the halves of a surrogate pair).
QString leftCodePoints(const QString &text, qsizetype most)
{
    const QList<uint> points = text.toUcs4();
    if (points.size() <= most) {
        return text;
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), most);
}

QString stripApostrophes(QString name)
{
    // Excel refuses a sheet name that starts or ends with an apostrophe.
    while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')) || name != name.trimmed()) {
        name = name.trimmed();
        if (name.startsWith(QLatin1Char('\''))) {
            name.remove(0, 1);
        }
        if (name.endsWith(QLatin1Char('\''))) {
            name.chop(1);
        }
    }
    return name;
}

} // namespace

QString XlsxExporter::sheetName(const QString &section, const QStringList &taken)
{
    QString base = section;
    for (QChar &c : base) {
        if (c.category() == QChar::Other_Control || QStringView(u"[]:*?/\\").contains(c)) {
            c = QLatin1Char(' ');
        }
    }
    base = stripApostrophes(base.simplified());
    if (base.isEmpty()) {
        base = QStringLiteral("Other");
    }
    if (base.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0) {
        base = QStringLiteral("History (section)"); // Excel keeps "History" for itself
    }
    base = stripApostrophes(leftCodePoints(base, kMaxSheetName));
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = stripApostrophes(leftCodePoints(base, kMaxSheetName - suffix.size())) + suffix;
    }
    return name;
}

QString XlsxExporter::fitCell(const QString &text)
{
    if (text.size() <= kMaxCell && text.toUcs4().size() <= kMaxCell) {
        return text;
    }
    const qsizetype total = text.toUcs4().size();
    const QString mark =
        QStringLiteral(" […] (cut here: %1 more characters; the whole text is in EvalReview and in the "
                       "CSV export)");
    const QString kept = leftCodePoints(text, kMaxCell - mark.size() - 8);
    return kept + mark.arg(total - kept.toUcs4().size());
}

namespace {

const QString kWorkFolderPrefix = QStringLiteral("evalreview-xlsx-");

/// Removes the work folders that exports killed before their clean-up left behind: this user's,
/// untouched for an hour (no export takes that long; a running one keeps its folder fresh).
void sweepKilledExports()
{
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList folders = QDir(QDir::tempPath())
                                      .entryInfoList({kWorkFolderPrefix + QLatin1Char('*')},
                                                     QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        if (folder.ownerId() == ::geteuid() && folder.lastModified().toUTC() < stale) {
            QDir(folder.absoluteFilePath()).removeRecursively();
        }
    }
}

} // namespace

ExportResult XlsxExporter::write(const QList<ExportRecord> &records, const QString &path, const CancelCheck &cancelled,
                                 const Indicators *indicators)
{
    if (const ExportResult target = checkExportTarget(path); !target) {
        return target;
    }
    // libxlsxwriter writes to a file it names: a private folder of this export's (unpredictable name,
    // readable by the user only); the bytes then go through the atomic writer like every export.
    sweepKilledExports();
    const QTemporaryDir work(QDir::tempPath() + QLatin1Char('/') + kWorkFolderPrefix + QStringLiteral("XXXXXX"));
    if (!work.isValid()) {
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 cannot be written: no temporary folder.").arg(QFileInfo(path).fileName())};
    }
    const QString temp = work.filePath(QStringLiteral("workbook.xlsx"));
    const QByteArray tempName = QFile::encodeName(temp);
    lxw_workbook *book = workbook_new(tempName.constData());
    if (!book) {
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 cannot be written.").arg(QFileInfo(path).fileName())};
    }
    // Whatever goes wrong half-way leaves the target as it was.
    const auto abandon = [&](const QString &why) -> ExportResult {
        workbook_close(book);
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 could not be written: %2.").arg(QFileInfo(path).fileName(), why)};
    };
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
        if (!sheet) {
            return abandon(QStringLiteral("the sheet name \"%1\" was refused").arg(name));
        }
        for (int c = 0; c < headers.size(); ++c) {
            if (const lxw_error e =
                    worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), header)) {
                return abandon(QString::fromUtf8(lxw_strerror(e)));
            }
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
                const QByteArray cell = fitCell(cells.at(c)).toUtf8();
                if (const lxw_error e = worksheet_write_string(sheet, row, lxw_col_t(c), cell.constData(), wrap)) {
                    return abandon(QString::fromUtf8(lxw_strerror(e)));
                }
            }
            ++row;
        }
    }
    if (indicators) {
        const QString name = sheetName(QStringLiteral("Indicators"), taken);
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.toUtf8().constData());
        if (!sheet) {
            return abandon(QStringLiteral("the sheet name \"%1\" was refused").arg(name));
        }
        lxw_format *percent = workbook_add_format(book);
        format_set_num_format(percent, "0%");
        const QStringList columns = indicatorHeaders();
        for (int c = 0; c < columns.size(); ++c) {
            if (const lxw_error e =
                    worksheet_write_string(sheet, 0, lxw_col_t(c), columns.at(c).toUtf8().constData(), header)) {
                return abandon(QString::fromUtf8(lxw_strerror(e)));
            }
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c == 1 ? 48 : 14, nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 2);
        lxw_row_t row = 1;
        for (const IndicatorLine &line : indicatorLines(*indicators)) {
            const QStringList cells = indicatorCells(line, *indicators);
            for (int c = 0; c < cells.size(); ++c) {
                lxw_error e = LXW_NO_ERROR;
                if (cells.at(c).isEmpty()) {
                    continue; // nothing to divide by, no date: an empty cell, not a zero
                }
                if (const std::optional<double> number = indicatorNumber(line, c)) {
                    e = worksheet_write_number(sheet, row, lxw_col_t(c), *number,
                                               indicatorColumnIsShare(c) ? percent : nullptr);
                } else {
                    e = worksheet_write_string(sheet, row, lxw_col_t(c), fitCell(cells.at(c)).toUtf8().constData(),
                                               nullptr);
                }
                if (e) {
                    return abandon(QString::fromUtf8(lxw_strerror(e)));
                }
            }
            ++row;
        }
    }
    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR) {
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 could not be saved: %2.")
                           .arg(QFileInfo(path).fileName(), QString::fromUtf8(lxw_strerror(err)))};
    }
    QFile written(temp);
    if (!written.open(QIODevice::ReadOnly)) {
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 could not be saved.").arg(QFileInfo(path).fileName())};
    }
    return writeAtomically(path, written.readAll(), cancelled);
}

} // namespace evalreview
