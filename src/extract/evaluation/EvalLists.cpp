// Lists of an evaluation report: lessons learned, good practices and the criteria headings.
#include "EvaluationParts.h"
#include "TextTools.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace evalreview::extract::evaluation {

namespace {

bool endsSentence(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("[.!?;][\"'”’)]?$"));
    return re.match(t).hasMatch();
}

/// Folded heading text without its number: "5. lecons apprises", "iv. lessons learned".
QString withoutNumber(const QString &folded)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[ivxl]{1,5}\\.|[a-h]\\.)\\s+"));
    return QString(folded).remove(re);
}

bool isListLabel(const QString &folded)
{
    // in English, French and Spanish
    static const QStringList labels = {QStringLiteral("lessons learn"),
                                       QStringLiteral("good practice"),
                                       QStringLiteral("emerging good"),
                                       QStringLiteral("recommendation"),
                                       QStringLiteral("conclusion"),
                                       QStringLiteral("annex"),
                                       QStringLiteral("management response"),
                                       QStringLiteral("main lessons"),
                                       QStringLiteral("lecons"),
                                       QStringLiteral("enseignements"),
                                       QStringLiteral("bonnes pratiques"),
                                       QStringLiteral("recommandation"),
                                       QStringLiteral("reponse de la direction"),
                                       QStringLiteral("lecciones"),
                                       QStringLiteral("buenas practicas"),
                                       QStringLiteral("recomendacion"),
                                       QStringLiteral("anexo"),
                                       QStringLiteral("respuesta de la")};
    const QString bare = withoutNumber(folded);
    for (const QString &l : labels) {
        if (bare.startsWith(l) && bare.split(QLatin1Char(' ')).size() <= 6) {
            return true;
        }
    }
    return false;
}

} // namespace

QJsonArray parseLabelledList(const DocLines &lines, const QStringList &labels, qsizetype from)
{
    QJsonArray out;
    qsizetype label = -1;
    for (qsizetype i = from; i < lines.size() && label < 0; ++i) {
        const QString f = text::fold(lines.at(i).text);
        for (const QString &l : labels) {
            // a label stands alone: "Good practices:", a heading of its own (not the last line of a
            // longer heading such as "Main lessons learned and good practices"), a one-line block
            const bool alone = f.endsWith(QLatin1Char(':')) || (lines.isHeading(i) && lines.startsBlock(i)) ||
                               (lines.startsBlock(i) && (i + 1 >= lines.size() || lines.startsBlock(i + 1)));
            const QString bare = withoutNumber(f); // "5. Leçons apprises"
            if (alone && bare.startsWith(l) && bare.split(QLatin1Char(' ')).size() <= 5) {
                label = i;
                break;
            }
        }
    }
    if (label < 0) {
        return out;
    }
    double indent = -1; // left edge of the items
    qsizetype itemFrom = -1;
    auto flush = [&](qsizetype to) {
        if (itemFrom >= 0 && to > itemFrom) {
            const QString t = text::stripListMarker(lines.join(itemFrom, to));
            if (!t.isEmpty()) {
                out.append(QJsonObject{{QStringLiteral("text"), t},
                                       {QStringLiteral("source"), lines.provenance(itemFrom, to).toJson()}});
            }
        }
        itemFrom = -1;
    };
    qsizetype end = lines.size();
    for (qsizetype i = label + 1; i < lines.size(); ++i) {
        const DocLine &l = lines.at(i);
        const QString f = text::fold(l.text);
        if (isListLabel(f) || lines.isHeading(i)) {
            end = i;
            break;
        }
        if (indent < 0) {
            indent = l.box.x0;
        } else if (l.box.x0 < indent - 0.015 && lines.at(i).column == lines.at(i - 1).column) {
            end = i; // back to the text around the list
            break;
        }
        const bool marker = text::startsWithBullet(l.text) || !text::leadingNumber(l.text).isEmpty();
        const QString prev = i > label + 1 ? lines.at(i - 1).text : QString();
        const bool newItem =
            itemFrom < 0 || marker ||
            (endsSentence(prev) && !l.text.isEmpty() && (l.text.at(0).isUpper() || l.text.at(0).isDigit()));
        if (newItem) {
            flush(i);
            itemFrom = i;
        }
    }
    flush(end);
    return out;
}

QStringList criteriaSections(const DocLines &lines, qsizetype end)
{
    struct Run
    {
        QString text;
        double size;
    };
    QList<Run> runs;
    const qsizetype stop = end < 0 ? lines.size() : end;
    for (qsizetype i = 0; i < stop; ++i) {
        if (!lines.isHeading(i)) {
            continue;
        }
        qsizetype j = i + 1;
        while (j < stop && lines.isHeading(j) && !lines.startsBlock(j) &&
               std::abs(lines.at(j).fontSize - lines.at(i).fontSize) < 0.3) {
            ++j;
        }
        runs.append({lines.join(i, j), lines.at(i).fontSize});
        i = j - 1;
    }
    if (runs.size() < 2) {
        return {};
    }
    runs.removeFirst(); // the document title
    QHash<int, int> bySize;
    for (const Run &r : runs) {
        ++bySize[int(std::lround(r.size * 2))];
    }
    int mode = 0;
    int best = 0;
    for (auto it = bySize.begin(); it != bySize.end(); ++it) {
        if (it.value() > best) {
            best = it.value();
            mode = it.key();
        }
    }
    static const QRegularExpression criteria(
        QStringLiteral("relevan|coheren|validity|design|effective|efficien|impact|sustainab|cross-cutting|gender|"
                       "management|partnership|strategic fit|results"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList all;
    QStringList matching;
    for (const Run &r : runs) {
        if (int(std::lround(r.size * 2)) != mode) {
            continue;
        }
        all << r.text;
        if (criteria.match(r.text).hasMatch()) {
            matching << r.text;
        }
    }
    return matching.size() >= 3 ? matching : all;
}

} // namespace evalreview::extract::evaluation
