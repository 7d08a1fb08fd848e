// Final narrative reports of joint programmes: cover fields (title, number, organisations,
// provinces, budget, dates), outcomes, outputs, financial status and annexed documents.
#include "DocLines.h"
#include "Extractors.h"
#include "FinalReportParts.h"
#include "TextTools.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace evalreview::extract {

namespace {

/// The lines of the block after a label heading such as "Joint Programme Title"; where that
/// block is a bulleted item, the whole list (one block per item).
std::pair<qsizetype, qsizetype> valueBlockAfter(const DocLines &lines, const QStringList &labels)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString f = text::fold(lines.at(i).text);
        const bool match =
            std::any_of(labels.begin(), labels.end(), [&f](const QString &l) { return f.startsWith(l); });
        if (!match || !lines.isHeading(i)) {
            continue;
        }
        qsizetype from = i + 1;
        while (from < lines.size() && !lines.startsBlock(from)) {
            ++from;
        }
        const bool list = from < lines.size() && text::startsWithBullet(lines.at(from).text);
        qsizetype to = from + 1;
        while (to < lines.size() && (!lines.startsBlock(to) || (list && text::startsWithBullet(lines.at(to).text)))) {
            ++to;
        }
        return {from, std::min(to, lines.size())};
    }
    return {-1, -1};
}

QString labelledValue(const DocLines &lines, const QStringList &labels, int maxPage = 2)
{
    for (const DocLine &l : lines.lines()) {
        if (l.page > maxPage) {
            break;
        }
        if (const auto v = text::valueAfterLabel(l.text, labels); v && !v->isEmpty()) {
            return *v;
        }
    }
    return {};
}

QJsonArray organizations(const DocLines &lines)
{
    static const QRegularExpression acronym(QStringLiteral("\\(([A-Z][A-Za-z&-]{1,12})\\)\\s*$"));
    const auto [from, to] =
        valueBlockAfter(lines, {QStringLiteral("participating un organi"), QStringLiteral("participating organi")});
    QJsonArray out;
    for (qsizetype i = from; from >= 0 && i < to; ++i) {
        const QString t = text::stripListMarker(lines.at(i).text);
        const auto m = acronym.match(t);
        out.append(m.hasMatch() ? m.captured(1) : t);
    }
    return out;
}

QJsonObject budget(const DocLines &lines)
{
    QJsonObject b;
    for (const DocLine &l : lines.lines()) {
        if (l.page > 2) {
            break;
        }
        const QString f = text::fold(l.text);
        const auto v = text::parseNumber(l.text.mid(l.text.indexOf(QLatin1Char(':')) + 1));
        if (!v || !l.text.contains(QLatin1Char(':'))) {
            continue;
        }
        const qint64 amount = qint64(*v);
        if (f.contains(QStringLiteral("fund contribution")) && !b.contains(QStringLiteral("fund"))) {
            b.insert(QStringLiteral("fund"), amount);
        } else if ((f.contains(QStringLiteral("govt")) || f.contains(QStringLiteral("government"))) &&
                   !b.contains(QStringLiteral("government"))) {
            b.insert(QStringLiteral("government"), amount);
        } else if (f.startsWith(QStringLiteral("total")) && !b.contains(QStringLiteral("total"))) {
            b.insert(QStringLiteral("total"), amount);
        }
    }
    return b;
}

QJsonArray outcomes(const DocLines &lines)
{
    static const QRegularExpression re(QStringLiteral("^Outcome\\s+(\\d+)\\s*:\\s*(.*)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    QJsonArray out;
    QStringList seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = re.match(lines.at(i).text);
        if (!m.hasMatch() || seen.contains(m.captured(1))) {
            continue;
        }
        qsizetype j = i + 1;
        while (j < lines.size() && !lines.startsBlock(j) && !re.match(lines.at(j).text).hasMatch()) {
            ++j;
        }
        QString title = lines.join(i, j);
        title.remove(
            QRegularExpression(QStringLiteral("^Outcome\\s+\\d+\\s*:\\s*"), QRegularExpression::CaseInsensitiveOption));
        if (title.isEmpty()) {
            continue;
        }
        seen << m.captured(1);
        out.append(QJsonObject{{QStringLiteral("id"), m.captured(1)},
                               {QStringLiteral("title"), title},
                               {QStringLiteral("source"), lines.provenance(i, j).toJson()}});
    }
    return out;
}

} // namespace

QJsonObject extractFinalReport(const DocumentContent &content)
{
    const DocLines lines(content);
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const auto [tFrom, tTo] =
        valueBlockAfter(lines, {QStringLiteral("joint programme title"), QStringLiteral("programme title"),
                                QStringLiteral("project title")});
    const auto [nFrom, nTo] =
        valueBlockAfter(lines, {QStringLiteral("joint programme number"), QStringLiteral("programme number"),
                                QStringLiteral("project number")});
    static const QRegularExpression atlasRe(QStringLiteral("Atlas Project (?:No|Number|ID)\\.?\\s*:?\\s*(\\d+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString atlas;
    for (const DocLine &l : lines.lines()) {
        if (const auto m = atlasRe.match(l.text); m.hasMatch()) {
            atlas = m.captured(1);
            break;
        }
    }
    QJsonArray provinces;
    for (const QString &p :
         labelledValue(lines, {QStringLiteral("Province(s)"), QStringLiteral("Provinces"), QStringLiteral("Province")})
             .split(QRegularExpression(QStringLiteral("\\s*[,;]\\s*|\\s+and\\s+")), Qt::SkipEmptyParts)) {
        provinces.append(p.trimmed());
    }
    const QString start =
        text::isoDate(labelledValue(lines, {QStringLiteral("Original start date"), QStringLiteral("Start date"),
                                            QStringLiteral("Actual start date")}));
    const QString end =
        text::isoDate(labelledValue(lines, {QStringLiteral("Final end date"), QStringLiteral("Actual end date"),
                                            QStringLiteral("End date"), QStringLiteral("Original end date")}));
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("final_report")},
                       {QStringLiteral("title"), orNull(tFrom >= 0 ? lines.join(tFrom, tTo) : QString())},
                       {QStringLiteral("programme_number"), orNull(nFrom >= 0 ? lines.at(nFrom).text : QString())},
                       {QStringLiteral("atlas_project"), orNull(atlas)},
                       {QStringLiteral("participating_organizations"), organizations(lines)},
                       {QStringLiteral("provinces"), provinces},
                       {QStringLiteral("budget_usd"), budget(lines)},
                       {QStringLiteral("start"), orNull(start)},
                       {QStringLiteral("end"), orNull(end)},
                       {QStringLiteral("outcomes"), outcomes(lines)},
                       {QStringLiteral("outputs"), finalreport::outputsFromResultsTable(content)},
                       {QStringLiteral("financial_status"), finalreport::financialStatus(content)},
                       {QStringLiteral("annex_documents"), finalreport::annexDocumentCount(lines)}};
}

} // namespace evalreview::extract
