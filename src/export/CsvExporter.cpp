#include "CsvExporter.h"

#include "IndicatorExport.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <sys/stat.h>

namespace evalreview {

ExportResult checkExportTarget(const QString &path)
{
    struct stat info = {};
    // stat, not lstat: a link to a device is a device
    if (::stat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISREG(info.st_mode)) {
        return Failure{ExportError::CannotWrite,
                       S_ISDIR(info.st_mode)
                           ? QStringLiteral("%1 is a folder; choose a file name to export to.").arg(path)
                           : QStringLiteral("%1 is no ordinary file (a device, a pipe or a socket); choose a file "
                                            "name to export to.")
                                 .arg(path)};
    }
    return {};
}

QString neutralizeFormula(const QString &cell)
{
    if (cell.isEmpty()) {
        return cell;
    }
    // Compatibility forms ("＝", "＋", "﹣", "＠") count as what they stand for: some spreadsheets
    // read them so.
    const QString first = cell.left(cell.at(0).isHighSurrogate() ? 2 : 1).normalized(QString::NormalizationForm_KC);
    const QChar c = first.isEmpty() ? QChar() : first.at(0);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
        c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
        return QLatin1Char('\'') + cell;
    }
    return cell;
}

QString CsvExporter::escapeCell(const QString &cell)
{
    QString v = neutralizeFormula(cell);
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char('\''))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray CsvExporter::render(const QList<ExportRecord> &records)
{
    const QStringList donors = donorsOf(records);
    QByteArray out("\xEF\xBB\xBF");
    auto appendRow = [&out](const QStringList &cells) {
        QStringList escaped;
        escaped.reserve(cells.size());
        for (const QString &c : cells) {
            escaped << escapeCell(c);
        }
        out += escaped.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    };
    appendRow(exportHeaders(donors));
    for (const ExportRecord &r : records) {
        appendRow(exportCells(r, donors));
    }
    return out;
}

ExportResult CsvExporter::write(const QList<ExportRecord> &records, const QString &path, const CancelCheck &cancelled)
{
    return writeAtomically(path, render(records), cancelled);
}

ExportResult writeAtomically(const QString &path, const QByteArray &bytes, const CancelCheck &cancelled)
{
    if (const ExportResult target = checkExportTarget(path); !target) {
        return target;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString())};
    }
    const bool written = file.write(bytes) == bytes.size();
    if (cancelled && cancelled()) {
        file.cancelWriting(); // the temporary file goes; the target stays as it was
        return exportCancelled();
    }
    const QString why = file.errorString();
    if (!written) {
        file.cancelWriting();
    }
    if (!written || !file.commit()) {
        // "The disk is full" only when it is: the folder has less room than the file needs.
        const QStorageInfo volume(QFileInfo(path).absolutePath());
        if (volume.isValid() && volume.bytesAvailable() < bytes.size() + 65536) {
            return Failure{ExportError::CannotWrite,
                           QStringLiteral("The disk is full: %1 could not be saved; the earlier file is unchanged.")
                               .arg(QFileInfo(path).fileName())};
        }
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 could not be saved (%2); the earlier file is unchanged.")
                           .arg(QFileInfo(path).fileName(), file.errorString().isEmpty() ? why : file.errorString())};
    }
    return {};
}

QByteArray CsvExporter::renderLessons(const QList<LessonRow> &rows)
{
    QByteArray bytes("\xEF\xBB\xBF"); // so that spreadsheets read UTF-8
    const auto line = [&bytes](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells) {
            escaped << escapeCell(c);
        }
        bytes += escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line({QStringLiteral("document"), QStringLiteral("file"), QStringLiteral("kind"), QStringLiteral("page"),
          QStringLiteral("text"), QStringLiteral("themes")});
    for (const LessonRow &r : rows) {
        line({r.documentTitle, r.fileName, LessonQuery::kindLabel(r.kind),
              r.page > 0 ? QString::number(r.page) : QString(), r.text, r.themeLabels.join(QStringLiteral("; "))});
    }
    return bytes;
}

QByteArray CsvExporter::renderIndicators(const Indicators &indicators)
{
    QByteArray bytes("\xEF\xBB\xBF"); // so that spreadsheets read UTF-8
    const auto line = [&bytes](const QStringList &cells) {
        QStringList escaped;
        for (const QString &c : cells) {
            escaped << escapeCell(c);
        }
        bytes += escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(indicatorHeaders());
    for (const IndicatorLine &l : indicatorLines(indicators)) {
        line(indicatorCells(l, indicators));
    }
    return bytes;
}

} // namespace evalreview
