// Recommendations of an evaluation report: numbered items under area headings, each with a
// "(who, priority, timeframe, resources)" parenthesis or labelled attributes.
#include "EvaluationParts.h"
#include "SentenceAttributes.h"
#include "TextTools.h"
#include "mr/TextFold.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace evalreview::extract::evaluation {

namespace {

const QRegularExpression &itemStart()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:Recommendation|Recommandation|Recomendaci[óo]n)\\s+(?:n[°o]\\.?\\s*)?)?"
                       "([A-Z]{0,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)\\s?[.):]\\s+(?=\\S)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &innerLabel()
{
    // "7. Recommendation 7: Develop ..." repeats the number as a label
    static const QRegularExpression re(QStringLiteral("^Recommendation\\s+[A-Z]?\\d+[a-z]?\\s*[:.\\-–]\\s*"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isLevelWord(const QString &w)
{
    static const QRegularExpression re(QStringLiteral("^(very\\s+)?(high|medium|low|moderate|critical|urgent)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(w).hasMatch();
}

bool isTimingWord(const QString &w)
{
    static const QRegularExpression re(
        QStringLiteral("(short|medium|mid|long)[\\s-]*term|immediate|ongoing|continuous|not applicable|"
                       "\\b(19|20)\\d\\d\\b|months?\\b|years?\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(w).hasMatch();
}

bool isEndOfList(const QString &folded)
{
    static const QStringList ends = {
        QStringLiteral("lessons learn"), QStringLiteral("good practice"), QStringLiteral("emerging good practice"),
        QStringLiteral("conclusion"),    QStringLiteral("annex"),         QStringLiteral("management response")};
    for (const QString &e : ends) {
        if (folded.startsWith(e)) {
            return true;
        }
    }
    return false;
}

bool isAreaHeading(const DocLines &lines, qsizetype i)
{
    const QString t = lines.at(i).text;
    if (itemStart().match(t).hasMatch() || t.isEmpty() || !t.at(0).isUpper()) {
        return false;
    }
    const int words = int(t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    return (t.endsWith(QLatin1Char(':')) && words <= 6) || (lines.isHeading(i) && words <= 8);
}

/// Finds the attribute parenthesis: the first "( ... )" whose parts name a level and a timing.
struct Split
{
    QString text;
    RecommendationAttributes attrs;
};

Split splitText(const QString &all)
{
    Split s;
    for (qsizetype open = all.indexOf(QLatin1Char('(')); open >= 0; open = all.indexOf(QLatin1Char('('), open + 1)) {
        int depth = 0;
        qsizetype close = -1;
        for (qsizetype k = open; k < all.size(); ++k) {
            depth += all.at(k) == QLatin1Char('(') ? 1 : (all.at(k) == QLatin1Char(')') ? -1 : 0);
            if (depth == 0) {
                close = k;
                break;
            }
        }
        const QString inner = all.mid(open + 1, close < 0 ? -1 : close - open - 1);
        const RecommendationAttributes a = parseAttributes(inner);
        if (a.found) {
            s.text = all.left(open).trimmed();
            s.attrs = a;
            return s;
        }
    }
    // labelled attributes: "Priority: High; Timeframe: ...; Resources: ...; Addressed to: ..."
    static const QRegularExpression label(
        QStringLiteral("\\b(addressed to|responsible(?: unit)?|priority|time\\s*frame|timing|timeline|"
                       "resource implications?|resources?)\\s*:\\s*([^;\\n]*?)(?=\\s*(?:;|\\.\\s|$|\\b(?:addressed to|"
                       "responsible|priority|time\\s*frame|timing|timeline|resource)))"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype first = -1;
    for (auto it = label.globalMatch(all); it.hasNext();) {
        const auto m = it.next();
        first = first < 0 ? m.capturedStart() : first;
        const QString key = m.captured(1).toLower();
        const QString value = m.captured(2).trimmed();
        s.attrs.found = true;
        if (key.startsWith(QStringLiteral("addressed")) || key.startsWith(QStringLiteral("responsible"))) {
            s.attrs.addressedTo << splitAddressees(value);
        } else if (key.startsWith(QStringLiteral("priority"))) {
            s.attrs.priority = value;
        } else if (key.startsWith(QStringLiteral("resource"))) {
            s.attrs.resources = value;
        } else {
            s.attrs.timing = value;
        }
    }
    s.text = (first >= 0 ? all.left(first) : all).trimmed();
    return s;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

std::optional<LabelledTail> labelledTail(const QString &text)
{
    QString body = text.trimmed();
    while (body.endsWith(QLatin1Char('.'))) {
        body.chop(1);
    }
    if (!body.endsWith(QLatin1Char(')'))) {
        return std::nullopt;
    }
    int depth = 0;
    qsizetype open = -1;
    for (qsizetype k = body.size() - 1; k >= 0; --k) {
        depth += body.at(k) == QLatin1Char(')') ? 1 : (body.at(k) == QLatin1Char('(') ? -1 : 0);
        if (depth == 0) {
            open = k;
            break;
        }
    }
    if (open < 0) {
        return std::nullopt;
    }
    const QString inner = body.mid(open + 1, body.size() - open - 2);
    // mr::fold keeps every character in place, so positions found in it hold in `inner`
    static const QRegularExpression label(QStringLiteral(
        "(?:^|[,;]\\s*)((addressed|directed) to|responsib(le|ility)|destinataires?|adressee? a|dirigid[ao] a|"
        "priority|priorite|prioridad|time\\s*frame|timing|timeline|deadline|echeance|delai|plazo|calendrier|"
        "calendario|resources?|ressources|recursos)\\b\\s*:?\\s*"));
    struct Part
    {
        QString key;
        qsizetype start; ///< of the label's separator
        qsizetype value; ///< of the value
    };
    QList<Part> parts;
    const QString folded = mr::fold(inner);
    for (auto it = label.globalMatch(folded); it.hasNext();) {
        const auto m = it.next();
        parts.append({m.captured(1), m.capturedStart(), m.capturedEnd()});
    }
    constexpr int kMinLabels = 2;
    if (parts.size() < kMinLabels || parts.first().start != 0) {
        return std::nullopt;
    }
    LabelledTail tail;
    tail.text = body.left(open).trimmed();
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const qsizetype end = p + 1 < parts.size() ? parts.at(p + 1).start : inner.size();
        const QString value = inner.mid(parts.at(p).value, end - parts.at(p).value).trimmed();
        const QString &key = parts.at(p).key;
        if (key.startsWith(QStringLiteral("prior"))) {
            tail.attrs.priority = value;
        } else if (key.startsWith(QStringLiteral("resource")) || key.startsWith(QStringLiteral("ressource")) ||
                   key.startsWith(QStringLiteral("recurso"))) {
            tail.attrs.resources = value;
        } else if (key.contains(QStringLiteral(" a")) || key.contains(QStringLiteral(" to")) ||
                   key.startsWith(QStringLiteral("responsib")) || key.startsWith(QStringLiteral("destinataire"))) {
            tail.attrs.addressedTo << splitAddressees(value);
        } else {
            tail.attrs.timing = value;
        }
    }
    tail.attrs.found = true;
    return tail;
}

QJsonObject recommendationRecord(const QString &id, const QString &section, const QString &text,
                                 const RecommendationAttributes &labelled, const QJsonArray &source)
{
    // Where no label or parenthesis names them, the sentence may: "X should, by 2027, …".
    RecommendationAttributes attrs = labelled;
    QString body = text;
    // "… (Dirigida a: X, prioridad alta, plazo: corto plazo)" closing the text
    if (const auto tail = labelledTail(text); tail && !labelled.found) {
        body = tail->text;
        attrs = tail->attrs;
    }
    // bullet glyphs of items inside the text are layout, not words
    static const QRegularExpression bullet(QStringLiteral("(^|\\s)[\u2022\u25aa\u25cf\u25e6\uf0b7\uf0a7]\\s+"));
    body.replace(bullet, QStringLiteral("\\1"));
    const SentenceAttributes said = sentenceAttributes(body);
    if (attrs.addressedTo.isEmpty() && !said.addressee.isEmpty()) {
        attrs.addressedTo = {said.addressee};
    }
    if (attrs.timing.isEmpty()) {
        attrs.timing = said.deadline;
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("section"), orNull(section)},
            {QStringLiteral("title"), QJsonValue()},
            {QStringLiteral("text"), body},
            {QStringLiteral("addressed_to"),
             attrs.addressedTo.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(attrs.addressedTo))},
            {QStringLiteral("priority"), orNull(attrs.priority)},
            {QStringLiteral("resource_implications"), orNull(attrs.resources)},
            {QStringLiteral("timing"), orNull(attrs.timing)},
            {QStringLiteral("response_category"), QJsonValue()},
            {QStringLiteral("response_text"), QJsonValue()},
            {QStringLiteral("actions"), QJsonArray()},
            {QStringLiteral("donor_comments"), QJsonArray()},
            {QStringLiteral("source"), source},
            {QStringLiteral("sources"), QJsonObject{{QStringLiteral("text"), source}}}};
}

RecommendationAttributes parseAttributes(const QString &parenthesis)
{
    RecommendationAttributes a;
    QStringList parts;
    for (const QString &p : parenthesis.split(QLatin1Char(','))) {
        parts << p.simplified();
    }
    int levels = 0;
    int timings = 0;
    qsizetype firstAttr = -1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &p = parts.at(i);
        if (isLevelWord(p)) {
            (levels == 0 ? a.priority : a.resources) = p.toLower();
            ++levels;
        } else if (isTimingWord(p) && p.split(QLatin1Char(' ')).size() <= 3) {
            a.timing = p.toLower();
            ++timings;
        } else {
            continue;
        }
        firstAttr = firstAttr < 0 ? i : firstAttr;
    }
    a.found = levels >= 1 && (timings >= 1 || levels >= 2) && firstAttr > 0;
    if (!a.found) {
        return {};
    }
    for (qsizetype i = 0; i < firstAttr; ++i) {
        QString who = parts.at(i);
        who.remove(QRegularExpression(QStringLiteral("^(and|&)\\s+"), QRegularExpression::CaseInsensitiveOption));
        if (!who.isEmpty()) {
            a.addressedTo << who;
        }
    }
    return a;
}

qsizetype findRecommendationsStart(const DocLines &lines)
{
    // "Recommendations", "5. Key recommendations", "Recommandations principales", "Recomendaciones clave"
    static const QRegularExpression heading(
        QStringLiteral("^(?:\\d{1,2}\\.?\\s*)?(?:key |main |principales |summary of )?"
                       "(?:recommendation|recommandation|recomendacion)"));
    const auto isLabel = [&](qsizetype i) {
        const QString f = text::fold(lines.at(i).text);
        return heading.match(f).hasMatch() && (lines.isHeading(i) || f.split(QLatin1Char(' ')).size() <= 10);
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!isLabel(i)) {
            continue;
        }
        // The label nearest the first item: a chapter "Recommendations, lessons learned ..." may
        // head a "Recommendations" sub-heading.
        qsizetype label = i;
        for (qsizetype k = i + 1; k < lines.size() && k < i + 12; ++k) {
            if (itemStart().match(lines.at(k).text).hasMatch()) {
                return label;
            }
            label = isLabel(k) ? k : label;
        }
    }
    return -1;
}

QJsonArray parseRecommendations(const DocLines &lines, qsizetype start)
{
    QJsonArray out;
    if (start < 0) {
        return out;
    }
    QString section;
    qsizetype itemFrom = -1;
    QString itemId;
    QString itemSection;
    auto flush = [&](qsizetype to) {
        if (itemFrom < 0) {
            return;
        }
        QString all = lines.join(itemFrom, to);
        all.remove(0, itemStart().match(all).capturedLength());
        all.remove(innerLabel());
        const Split s = splitText(all);
        QString t = s.text;
        while (t.endsWith(QLatin1Char('*'))) {
            t.chop(1);
        }
        out.append(
            recommendationRecord(itemId, itemSection, t.trimmed(), s.attrs, lines.provenance(itemFrom, to).toJson()));
        itemFrom = -1;
    };
    const double footnoteSize = lines.bodySize() * 0.93;
    for (qsizetype i = start + 1; i < lines.size(); ++i) {
        const DocLine &l = lines.at(i);
        const QString f = text::fold(l.text);
        if (isEndOfList(f) || (lines.isLarger(i, 1.15) && !itemStart().match(l.text).hasMatch())) {
            flush(i);
            break;
        }
        if (l.fontSize > 0 && l.fontSize < footnoteSize) {
            flush(i); // a footnote below the list
            continue;
        }
        if (const auto m = itemStart().match(l.text); m.hasMatch()) {
            flush(i);
            itemFrom = i;
            itemId = m.captured(1);
            itemSection = section;
            continue;
        }
        if (isAreaHeading(lines, i)) {
            flush(i);
            section = l.text.trimmed();
            section.remove(QRegularExpression(QStringLiteral("\\s*:$")));
        }
    }
    flush(lines.size());
    return out;
}

} // namespace evalreview::extract::evaluation
