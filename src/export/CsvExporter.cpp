#include "CsvExporter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace evalreview {

QString neutralizeFormula(const QString &cell)
{
    if (cell.isEmpty()) {
        return cell;
    }
    const QChar c = cell.at(0);
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 cannot be written: %2.").arg(QFileInfo(path).fileName(), file.errorString())};
    }
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
    }
    if (cancelled && cancelled()) {
        file.cancelWriting(); // the temporary file goes; the target stays as it was
        return exportCancelled();
    }
    if (!file.commit()) {
        return Failure{ExportError::CannotWrite,
                       QStringLiteral("%1 could not be saved (is the disk full?); nothing was changed.")
                           .arg(QFileInfo(path).fileName())};
    }
    return {};
}

} // namespace evalreview
