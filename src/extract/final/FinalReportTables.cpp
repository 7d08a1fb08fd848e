// Tables and lists of a final narrative report: financial status, outputs of the results
// framework and the annex's list of documents.
#include "FinalReportParts.h"
#include "TextTools.h"
#include "WordTable.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace evalreview::extract::finalreport {

QJsonArray financialStatus(const DocumentContent &content)
{
    const auto tables = readWordTables(content, [](const QString &band) {
        return band.contains(QStringLiteral("approved")) &&
               (band.contains(QStringLiteral("transferred")) || band.contains(QStringLiteral("disburse")));
    });
    QJsonArray out;
    for (const WordTable &t : tables) {
        QList<QString> field(t.headers.size());
        for (int i = 0; i < t.headers.size(); ++i) {
            const QString h = text::fold(t.headers.at(i));
            if (h.contains(QStringLiteral("approved"))) {
                field[i] = QStringLiteral("approved");
            } else if (h.contains(QStringLiteral("transferred"))) {
                field[i] = QStringLiteral("transferred");
            } else if (h.contains(QStringLiteral("committed"))) {
                field[i] = QStringLiteral("committed");
            } else if (h.contains(QStringLiteral("disburse")) || h.contains(QStringLiteral("spent")) ||
                       h.contains(QStringLiteral("expenditure"))) {
                field[i] = QStringLiteral("disbursed");
            }
        }
        for (const WordRow &row : t.rows) {
            const QString label = row.cells.value(0).text();
            if (label.isEmpty() || row.spanning || !field.value(0).isEmpty()) {
                continue;
            }
            QJsonObject rec{{QStringLiteral("organization"), label}};
            Provenance source = row.cells.at(0).source;
            int amounts = 0;
            for (int i = 1; i < row.cells.size(); ++i) {
                const auto v = text::parseNumber(row.cells.at(i).text());
                if (!field.at(i).isEmpty() && v) {
                    rec.insert(field.at(i), *v);
                    source.merge(row.cells.at(i).source);
                    ++amounts;
                }
            }
            if (amounts >= 2) {
                rec.insert(QStringLiteral("source"), source.toJson());
                out.append(rec);
            }
        }
        if (!out.isEmpty()) {
            break;
        }
    }
    return out;
}

QJsonArray outputsFromResultsTable(const DocumentContent &content)
{
    const auto tables = readWordTables(content, [](const QString &band) {
        return band.contains(QStringLiteral("indicator")) &&
               (band.contains(QStringLiteral("result")) || band.contains(QStringLiteral("output")));
    });
    static const QRegularExpression outputRe(QStringLiteral("^Outputs?\\s+(\\d+(?:\\.\\d+)*)\\s*[:.]\\s*(.*)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression otherLabel(QStringLiteral("^(Outcome|Output)s?\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    QJsonArray out;
    QStringList current;
    QString id;
    Provenance source;
    auto flush = [&] {
        if (!id.isEmpty()) {
            out.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("title"), text::joinLines(current)},
                                   {QStringLiteral("source"), source.toJson()}});
        }
        id.clear();
        current.clear();
        source = Provenance();
    };
    bool lastWasOutput = false; // the row before (possibly at the foot of the previous page) is an output
    bool closedBefore = false;  // a ruling closed the previous page's last row: it does not run on
    for (const WordTable &t : tables) {
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const WordRow &row = t.rows.at(r);
            const WordCell first = row.cells.value(0);
            const QString text = first.text();
            if (const auto m = outputRe.match(text); m.hasMatch()) {
                flush();
                id = m.captured(1);
                current << m.captured(2);
                source = first.source;
                lastWasOutput = true;
            } else if (r == 0 && lastWasOutput && !closedBefore && !text.isEmpty() &&
                       !otherLabel.match(text).hasMatch() && text.at(0).isLower()) {
                current << text; // the cell runs on after the page break
                source.merge(first.source);
            } else {
                lastWasOutput = false;
            }
        }
        closedBefore = t.closedAtFoot;
    }
    flush();
    return out;
}

int annexDocumentCount(const DocLines &lines)
{
    static const QRegularExpression annexHeading(QStringLiteral("^(?:[ivxlc]+\\.\\s*)?annex(?:es)?\\b"));
    qsizetype at = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.isHeading(i) && annexHeading.match(text::fold(lines.at(i).text)).hasMatch()) {
            at = i;
        }
    }
    if (at < 0) {
        return 0;
    }
    // the list of documents: an annex entry naming documents or studies
    qsizetype list = -1;
    for (qsizetype i = at + 1; i < lines.size() && list < 0; ++i) {
        const QString f = text::fold(lines.at(i).text);
        if (f.contains(QStringLiteral("document")) || f.contains(QStringLiteral("studies"))) {
            list = i;
        }
    }
    int expected = 1;
    for (qsizetype i = list + 1; list >= 0 && i < lines.size(); ++i) {
        const QString n = text::leadingNumber(lines.at(i).text);
        if (n.isEmpty() || n.contains(QLatin1Char('.'))) {
            continue;
        }
        if (n.toInt() == expected) {
            ++expected;
        } else if (n.toInt() < expected) {
            break; // the next annex entry starts its numbering again
        }
    }
    return expected - 1;
}

} // namespace evalreview::extract::finalreport
