#include "ResponsePatterns.h"

#include <QRegularExpression>

namespace evalreview::extract::mr {

namespace {

enum class MetaField
{
    AddressedTo,
    Priority,
    Resources,
    Timing
};

/// "Label:" of the trailer of a recommendation cell, in English, French and Spanish.
const QRegularExpression &metaLabel()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:(addressed to|recommendation to|directed to|responsible|adress[ée]e?s? [àa]|"
                       "destinataires?|dirigid[ao]s? a)|"
                       "(priority(?: level)?|priorit[ée]|prioridad)|"
                       "(resources?,?\\s+implications?|implications? (?:en|de) ressources|"
                       "implicaciones? (?:de|en) recursos|resources? required)|"
                       "(timing|time ?frame|timeline|calendrier|[ée]ch[ée]ancier|plazo|calendario))"
                       "\\s*(?:\\([^)]{0,40}\\))?\\s*:"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString cleanValue(const QString &v)
{
    static const QRegularExpression edge(QStringLiteral("^[\\s,;.]+|[\\s,;.]+$"));
    return QString(v).remove(edge).simplified();
}

} // namespace

RecommendationMeta parseRecommendationMeta(const QString &text)
{
    RecommendationMeta meta;
    struct Hit
    {
        MetaField field;
        qsizetype start, valueStart;
    };
    QList<Hit> hits;
    auto it = metaLabel().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        for (int g = 1; g <= 4; ++g) {
            if (m.capturedStart(g) >= 0) {
                hits.append({static_cast<MetaField>(g - 1), m.capturedStart(), m.capturedEnd()});
                break;
            }
        }
    }
    // The trailer is the run of labels at the end; a label in the middle of the prose is prose.
    while (hits.size() > 1 && hits[1].start - hits[0].valueStart > 200) {
        hits.removeFirst();
    }
    if (hits.isEmpty() || (hits.size() == 1 && text.size() - hits[0].valueStart > 200)) {
        return meta;
    }
    meta.start = hits.first().start;
    for (int i = 0; i < hits.size(); ++i) {
        const qsizetype end = i + 1 < hits.size() ? hits[i + 1].start : text.size();
        const QString value = cleanValue(text.mid(hits[i].valueStart, end - hits[i].valueStart));
        switch (hits[i].field) {
        case MetaField::AddressedTo:
            for (const QString &part : value.split(QRegularExpression(QStringLiteral("[,;]")))) {
                if (!part.trimmed().isEmpty()) {
                    meta.addressedTo.append(part.trimmed());
                }
            }
            break;
        case MetaField::Priority:
            meta.priority = value;
            break;
        case MetaField::Resources:
            meta.resourceImplications = value;
            break;
        case MetaField::Timing:
            meta.timing = value;
            break;
        }
    }
    return meta;
}

QString leadTitle(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon > 120) {
        return {};
    }
    const QString lead = text.left(colon).simplified();
    static const QRegularExpression sentence(QStringLiteral("[.!?;]\\s"));
    if (lead.split(QLatin1Char(' ')).size() > 14 || sentence.match(lead).hasMatch() ||
        metaLabel().match(text.left(colon + 1)).capturedStart() == 0) {
        return {};
    }
    return lead;
}

QStringList referencedCodes(const QString &text, const QStringList &knownIds)
{
    auto canonical = [&](const QString &code) -> QString {
        QString c = code;
        if (c.endsWith(QLatin1Char('.'))) {
            c.chop(1);
        }
        for (const QString &id : knownIds) {
            if (id.compare(c, Qt::CaseInsensitive) == 0) {
                return id;
            }
        }
        return {};
    };
    QList<std::pair<qsizetype, QString>> found;
    // "recommendation Nr. 3", "recommendations 2 and 4", "recommandation n° 5", "recomendación 1"
    static const QRegularExpression named(
        QStringLiteral(
            "\\brecom(?:m|)(?:e|a)nda(?:tion|ción|cion)s?\\s+(?:(?:nr|no|n°|nº|n|number|num|#)\\.?\\s*)?"
            "([A-Z]{0,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)(?![\\d\\w])"
            "((?:\\s*(?:,|and|&|et|y)\\s*(?:(?:nr|no|n°|nº)\\.?\\s*)?[A-Z]{0,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?\\b)*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression codeInList(QStringLiteral("[A-Z]{0,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?"),
                                               QRegularExpression::CaseInsensitiveOption);
    auto it = named.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        found.append({m.capturedStart(1), canonical(m.captured(1))});
        auto more = codeInList.globalMatch(m.captured(2));
        while (more.hasNext()) {
            const auto c = more.next();
            found.append({m.capturedStart(2) + c.capturedStart(), canonical(c.captured())});
        }
    }
    // A code with letters is unambiguous on its own: "see comments above on V2".
    static const QRegularExpression token(
        QStringLiteral("(?<![\\w.])([A-Za-z]{1,3}\\d{1,3}(?:\\.\\d{1,2})*[a-z]?)(?!\\w)"));
    auto t = token.globalMatch(text);
    while (t.hasNext()) {
        const auto m = t.next();
        if (knownIds.contains(m.captured(1))) {
            found.append({m.capturedStart(1), m.captured(1)});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &[pos, id] : found) {
        if (!id.isEmpty() && !out.contains(id)) {
            out.append(id);
        }
    }
    return out;
}

} // namespace evalreview::extract::mr
