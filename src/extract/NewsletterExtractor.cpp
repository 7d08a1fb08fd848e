// Project newsletters: project, country, donor, evaluation facts, section headings and the
// list of upcoming events.
#include "Countries.h"
#include "DocLines.h"
#include "Extractors.h"
#include "NewsletterParts.h"
#include "TextTools.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace evalreview::extract {

namespace {

QString allText(const DocLines &lines)
{
    QStringList t;
    for (const DocLine &l : lines.lines()) {
        t << l.text;
    }
    return text::joinLines(t);
}

QString mostNamedCountry(const QString &text, const QString &funder)
{
    QHash<QString, int> counts;
    QString best;
    for (const QString &c : countries::findAll(text)) {
        const QString canon = countries::canonical(c);
        if (funder.contains(c)) {
            continue; // the donor's country is not the project's
        }
        if (++counts[canon] > counts.value(best)) {
            best = canon;
        }
    }
    return best;
}

QString donor(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(?:[Ff]unding|[Ff]unds?)\\s+(?:is|are|was|were)?\\s*(?:provided|granted)\\s+by\\s+(?:the\\s+)?"
        "([A-Z][\\w.&'’ -]+?)(?=\\s+(?:under|through|with|for)\\b|\\s*[,.;(]|$)|"
        "\\b(?:[Ff]unded|[Ff]inanced|[Ss]upported)\\s+by\\s+(?:the\\s+)?([A-Z][\\w.&'’ "
        "-]+?)(?=\\s+(?:under|through|with|for)\\b|\\s*[,.;(]|$)"));
    const auto m = re.match(text);
    return m.hasMatch() ? (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).trimmed() : QString();
}

QJsonObject evaluationFacts(const DocLines &lines, const QString &all)
{
    QJsonObject e;
    QString opening;
    for (qsizetype i = 0; i < lines.size() && i < 6; ++i) {
        opening += lines.at(i).text + QLatin1Char(' ');
    }
    static const QRegularExpression typeRe(
        QStringLiteral("\\b(mid[\\s-]?term|final|ex[\\s-]?post|interim)\\s+evaluation"),
        QRegularExpression::CaseInsensitiveOption);
    auto t = typeRe.match(opening);
    if (!t.hasMatch()) {
        t = typeRe.match(all);
    }
    e.insert(QStringLiteral("type"),
             t.hasMatch() ? QJsonValue(t.captured(1).toLower().replace(QLatin1Char(' '), QLatin1Char('-')))
                          : QJsonValue());
    static const QString month = QStringLiteral("(?:January|February|March|April|May|June|July|August|September|"
                                                "October|November|December)");
    static const QRegularExpression fieldRe(QStringLiteral("\\bbetween\\s+(") + month +
                                            QStringLiteral("(?:\\s+\\d{4})?\\s+and\\s+") + month +
                                            QStringLiteral("\\s+\\d{4})"));
    const auto f = fieldRe.match(all);
    e.insert(QStringLiteral("fieldwork"), f.hasMatch() ? QJsonValue(f.captured(1)) : QJsonValue());
    static const QRegularExpression interviewsRe(QStringLiteral("\\b(\\d{1,5})\\s+(?:[\\w’']+\\s+){0,2}interviews\\b"));
    if (const auto m = interviewsRe.match(all); m.hasMatch()) {
        e.insert(QStringLiteral("interviews"), m.captured(1).toInt());
    }
    static const QRegularExpression workshopsRe(
        QStringLiteral("\\b(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\\s+((?:[\\w-]+\\s+){0,2})"
                       "workshops?((?:\\s+at\\s+(?:the\\s+)?\\w+\\s+levels?)?)"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = workshopsRe.globalMatch(all); it.hasNext();) {
        const auto m = it.next();
        const QString phrase = (m.captured(2) + m.captured(3)).toLower();
        const auto n = text::parseCount(m.captured(1));
        if (!n) {
            continue;
        }
        if (phrase.contains(QStringLiteral("provincial")) &&
            !e.contains(QStringLiteral("provincial_validation_workshops"))) {
            e.insert(QStringLiteral("provincial_validation_workshops"), *n);
        } else if (phrase.contains(QStringLiteral("national")) && !e.contains(QStringLiteral("national_workshops"))) {
            e.insert(QStringLiteral("national_workshops"), *n);
        }
    }
    return e;
}

} // namespace

QJsonObject extractNewsletter(const DocumentContent &content)
{
    const DocLines lines(content);
    const QString all = allText(lines);
    const newsletter::Headings headings = newsletter::findHeadings(lines);
    QString project = headings.title;
    project.remove(QRegularExpression(QStringLiteral("\\b(newsletter|bulletin|update|news)\\b.*$"),
                                      QRegularExpression::CaseInsensitiveOption));
    project = project.trimmed();
    const QString funder = donor(all);
    const QString country = mostNamedCountry(all, funder);
    QJsonArray sections;
    for (const newsletter::Heading &h : headings.sections) {
        sections.append(h.text);
    }
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("newsletter")},
                    {QStringLiteral("project"), project.isEmpty() ? QJsonValue() : QJsonValue(project)},
                    {QStringLiteral("country"), country.isEmpty() ? QJsonValue() : QJsonValue(country)},
                    {QStringLiteral("donor"), funder.isEmpty() ? QJsonValue() : QJsonValue(funder)},
                    {QStringLiteral("evaluation"), evaluationFacts(lines, all)},
                    {QStringLiteral("sections"), sections}};
    const QJsonArray events = newsletter::upcomingEvents(lines, headings);
    QJsonArray eventTexts;
    for (const QJsonValue &v : events) {
        eventTexts.append(v.toObject().value(QStringLiteral("text")));
    }
    out.insert(QStringLiteral("upcoming_events"), eventTexts);
    out.insert(QStringLiteral("upcoming_events_sources"), events);
    return out;
}

} // namespace evalreview::extract
