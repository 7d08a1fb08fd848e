// Evaluation reports and their summaries: title, project code, evaluation type, period,
// countries, criteria sections, recommendations, lessons learned and good practices.
#include "Countries.h"
#include "EvaluationParts.h"
#include "Extractors.h"
#include "TextTools.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace evalreview::extract {

namespace {

QString evaluationType(const QString &text)
{
    static const QList<std::pair<QRegularExpression, QString>> types = {
        {QRegularExpression(QStringLiteral("\\bmid[\\s-]?term\\b|\\bmidterm\\b|mi-parcours|medio t[ée]rmino"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("mid-term")},
        {QRegularExpression(QStringLiteral("\\bex[\\s-]?post\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("ex-post")},
        {QRegularExpression(QStringLiteral("\\binterim\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("interim")},
        {QRegularExpression(QStringLiteral("\\bfinal\\b|\\bfinale\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("final")},
        {QRegularExpression(QStringLiteral("\\bbaseline\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("baseline")}};
    for (const auto &[re, name] : types) {
        if (re.match(text).hasMatch()) {
            return name;
        }
    }
    return {};
}

/// The title: the first run of heading lines; "Final evaluation: X" gives X and the type.
std::pair<QString, QString> titleAndType(const DocLines &lines)
{
    qsizetype i = 0;
    while (i < lines.size() && !lines.isLarger(i, 1.3)) {
        ++i;
    }
    if (i >= lines.size()) {
        return {};
    }
    qsizetype j = i + 1;
    while (j < lines.size() && std::abs(lines.at(j).fontSize - lines.at(i).fontSize) < 0.3 && !lines.startsBlock(j)) {
        ++j;
    }
    QString title = lines.join(i, j);
    QString type;
    const qsizetype colon = title.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString head = title.left(colon);
        if (head.contains(QStringLiteral("evaluation"), Qt::CaseInsensitive) ||
            head.contains(QStringLiteral("review"), Qt::CaseInsensitive)) {
            type = evaluationType(head);
            title = title.mid(colon + 1).trimmed();
        }
    }
    return {title, type};
}

QString firstPagesText(const DocLines &lines, int pages)
{
    QStringList t;
    for (const DocLine &l : lines.lines()) {
        if (l.page <= pages) {
            t << l.text;
        }
    }
    return text::joinLines(t);
}

QJsonValue period(const QString &text)
{
    static const QString date =
        QStringLiteral("((?:\\d{1,2}\\s+)?[A-Z][a-z]{2,9}\\.?\\s+\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?)");
    static const QRegularExpression re(QStringLiteral("(?:period|from)\\s+(?:from\\s+|of\\s+)?") + date +
                                       QStringLiteral("\\s+(?:to|until|through|-|–)\\s+") + date);
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return QJsonValue();
    }
    return QJsonObject{{QStringLiteral("start"), text::isoDate(m.captured(1))},
                       {QStringLiteral("end"), text::isoDate(m.captured(2))}};
}

QJsonArray countryList(const QString &text)
{
    // a parenthesised list after "countries" first: "six countries in Asia (China, Indonesia, ...)"
    static const QRegularExpression listRe(QStringLiteral("countries[^()]{0,40}\\(([^()]{3,300})\\)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    if (const auto m = listRe.match(text); m.hasMatch()) {
        for (QString part :
             m.captured(1).split(QRegularExpression(QStringLiteral("\\s*,\\s*|\\s+and\\s+")), Qt::SkipEmptyParts)) {
            part.remove(
                QRegularExpression(QStringLiteral("^(and|the)\\s+"), QRegularExpression::CaseInsensitiveOption));
            const QString c = countries::canonical(part);
            if (!c.isEmpty() && !found.contains(part.trimmed())) {
                found << part.trimmed();
            }
        }
    }
    if (found.size() < 2) {
        found.clear();
        for (const QString &c : countries::findAll(text)) {
            if (!found.contains(c)) {
                found << c;
            }
        }
    }
    return QJsonArray::fromStringList(found);
}

QJsonArray texts(const QJsonArray &items)
{
    QJsonArray out;
    for (const QJsonValue &v : items) {
        out.append(v.toObject().value(QStringLiteral("text")));
    }
    return out;
}

} // namespace

QJsonObject extractEvaluationReport(const DocumentContent &content)
{
    const DocLines lines(content);
    const auto [title, typeFromTitle] = titleAndType(lines);
    const QString opening = firstPagesText(lines, 2);
    static const QRegularExpression codeRe(QStringLiteral("\\b[A-Z]{2,4}/\\d{2}/\\d{2,3}(?:/[A-Z]{2,4})?\\b"));
    const auto code = codeRe.match(opening);
    const QString type = typeFromTitle.isEmpty() ? evaluationType(opening) : typeFromTitle;

    const qsizetype recStart = evaluation::findRecommendationsStart(lines);
    // in English, French and Spanish
    const QJsonArray lessons = evaluation::parseLabelledList(
        lines,
        {QStringLiteral("lessons learned"), QStringLiteral("lessons learnt"), QStringLiteral("lessons"),
         QStringLiteral("lecons apprises"), QStringLiteral("lecons tirees"), QStringLiteral("enseignements tires"),
         QStringLiteral("lecciones aprendidas")},
        std::max<qsizetype>(0, recStart));
    const QJsonArray practices =
        evaluation::parseLabelledList(lines,
                                      {QStringLiteral("good practices"), QStringLiteral("emerging good practices"),
                                       QStringLiteral("bonnes pratiques"), QStringLiteral("buenas practicas")},
                                      std::max<qsizetype>(0, recStart));

    QJsonObject out;
    out.insert(QStringLiteral("kind"), QStringLiteral("evaluation_report"));
    out.insert(QStringLiteral("title"), title.isEmpty() ? QJsonValue() : QJsonValue(title));
    out.insert(QStringLiteral("project_code"), code.hasMatch() ? QJsonValue(code.captured()) : QJsonValue());
    out.insert(QStringLiteral("evaluation_type"), type.isEmpty() ? QJsonValue() : QJsonValue(type));
    out.insert(QStringLiteral("period"), period(opening));
    out.insert(QStringLiteral("countries"), countryList(opening));
    out.insert(QStringLiteral("criteria_sections"),
               QJsonArray::fromStringList(evaluation::criteriaSections(lines, recStart)));
    // Label lines ("Recommendation 3") where the report has them, else the numbered list under
    // the recommendations heading.
    QJsonArray recommendations = evaluation::parseLabelledRecommendations(content, lines);
    if (recommendations.isEmpty()) {
        recommendations = evaluation::parseRecommendations(lines, recStart);
    }
    evaluation::attachResponseAnnex(content, lines, recStart, recommendations);
    out.insert(QStringLiteral("recommendations"), recommendations);
    out.insert(QStringLiteral("lessons_learned"), texts(lessons));
    out.insert(QStringLiteral("lessons_learned_sources"), lessons);
    out.insert(QStringLiteral("good_practices"), texts(practices));
    out.insert(QStringLiteral("good_practices_sources"), practices);
    return out;
}

} // namespace evalreview::extract
