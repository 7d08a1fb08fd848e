// Progress reports on an action plan: document symbol, session, date, title, the follow-up
// table and the paragraph number of the draft decision.
#include "AssessedRecommendations.h"
#include "DocLines.h"
#include "Extractors.h"
#include "FollowUpForms.h"
#include "FollowUpTable.h"
#include "TextTools.h"

#include <QRegularExpression>

namespace evalreview::extract {

namespace {

/// The first heading run on the first page that names a report; else the last heading before
/// the first larger heading.
QString reportTitle(const DocLines &lines)
{
    for (qsizetype i = 0; i < lines.size() && lines.at(i).page == 1; ++i) {
        if (!lines.isHeading(i) || lines.isLarger(i, 1.6)) {
            continue;
        }
        qsizetype j = i + 1;
        while (j < lines.size() && !lines.startsBlock(j)) {
            ++j;
        }
        const QString t = lines.join(i, j);
        if (t.contains(QRegularExpression(QStringLiteral("\\breport\\b"), QRegularExpression::CaseInsensitiveOption))) {
            return t;
        }
        i = j - 1;
    }
    return {};
}

int draftDecisionParagraph(const DocLines &lines)
{
    const qsizetype at = lines.find({QStringLiteral("draft decision"), QStringLiteral("projet de décision"),
                                     QStringLiteral("proyecto de decisión")});
    for (qsizetype i = at + 1; at >= 0 && i < lines.size() && i < at + 4; ++i) {
        const QString n = text::leadingNumber(lines.at(i).text);
        if (!n.isEmpty() && !n.contains(QLatin1Char('.'))) {
            return n.toInt();
        }
    }
    return 0;
}

} // namespace

QJsonObject extractProgressReport(const DocumentContent &content)
{
    const DocLines lines(content);
    static const QRegularExpression symbolRe(QStringLiteral("\\b[A-Z]{2,6}\\.\\d{2,4}(?:/[A-Z0-9.()\\-]+)+"));
    static const QRegularExpression sessionRe(QStringLiteral("\\b\\d{1,3}(?:st|nd|rd|th)\\s+Session\\b.*$"));
    QString symbol;
    QString session;
    QString date;
    for (const DocLine &l : lines.lines()) {
        if (l.page > 1) {
            break;
        }
        if (symbol.isEmpty()) {
            symbol = symbolRe.match(l.text).captured();
        }
        if (session.isEmpty()) {
            session = sessionRe.match(l.text).captured();
        }
        if (const auto v = text::valueAfterLabel(l.text, {QStringLiteral("Date"), QStringLiteral("Fecha")});
            v && date.isEmpty()) {
            date = text::isoDate(*v);
        }
    }
    QString asOf;
    QJsonArray items = progress::readFollowUpItems(content, &asOf);
    if (items.isEmpty()) {
        items = progress::readFollowUpForms(lines); // a form per recommendation instead of a table
    }
    if (items.isEmpty()) {
        items = progress::readAssessedRecommendations(content, lines); // or prose under each label
    }
    const QString title = reportTitle(lines);
    const int paragraph = draftDecisionParagraph(lines);
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("progress_report")},
        {QStringLiteral("symbol"), orNull(symbol)},
        {QStringLiteral("session"), orNull(session)},
        {QStringLiteral("date"), orNull(date)},
        {QStringLiteral("title"), orNull(title)},
        {QStringLiteral("progress_as_of"), orNull(asOf)},
        {QStringLiteral("follow_up_items"), items},
        {QStringLiteral("draft_decision_paragraph"), paragraph > 0 ? QJsonValue(paragraph) : QJsonValue()}};
}

} // namespace evalreview::extract
