#include "ParagraphResponses.h"

#include "ResponsePatterns.h"
#include "TableRegions.h"
#include "TextFold.h"
#include "common/DocLines.h"
#include "common/TextTools.h"

#include <QRegularExpression>
#include <QSet>

namespace evalreview::extract::mr {

namespace {

/// "12. Recommendation 4, addressed to legislative bodies. " on folded text: the paragraph
/// number is optional; group 1 is the code, group 2 the addressee.
const QRegularExpression &paragraphStart()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:\\d{1,3}\\.\\s+)?(?:recommendation|recommandation|recomendacion)\\s+(?:n[°o]\\.?\\s*)?"
        "([a-z]{0,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)"
        "(?:\\s*,\\s*(?:addressed to|adressee?s? (?:a|au|aux)|dirigid[ao]s? (?:a|al))\\s+([^.:;]{2,80}))?"
        "\\s*[.:]\\s+(?=\\S)"));
    return re;
}

/// Modal wording of a recommendation ("should", "devrait", "debería"): such a paragraph is the
/// recommendation itself, not management's answer.
bool readsAsRecommendation(const QString &folded)
{
    static const QRegularExpression re(QStringLiteral("\\b(?:should|devrai(?:en)?t|deberian?)\\b"));
    return re.match(folded).hasMatch();
}

TextLine textLine(const DocLine &d)
{
    TextLine t;
    t.words = d.words;
    t.box = d.box;
    t.fontSize = d.fontSize;
    t.bold = d.bold;
    t.page = d.page;
    return t;
}

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\d]+"));
    QSet<QString> out;
    for (auto it = word.globalMatch(fold(text)); it.hasNext();) {
        out.insert(it.next().captured(0));
    }
    return out;
}

/// Two section names for the same part: the same words, give or take a few.
bool sameSection(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() && b.isEmpty();
    }
    const QSet<QString> wa = wordsOf(a);
    const QSet<QString> wb = wordsOf(b);
    const auto common = QSet<QString>(wa).intersect(wb).size();
    const auto all = QSet<QString>(wa).unite(wb).size();
    constexpr double kSameWords = 0.8;
    return all > 0 && double(common) / double(all) >= kSameWords;
}

} // namespace

QList<Recommendation> readParagraphResponses(const DocumentContent &content, const LineJoiner &joiner)
{
    QList<TableRegion> tables;
    for (const Table &t : content.tables) {
        tables.append(TableRegion(t));
    }
    const DocLines doc(content);
    QList<DocLine> flow;
    for (const DocLine &d : doc.lines()) {
        if (std::none_of(tables.begin(), tables.end(),
                         [&](const TableRegion &r) { return r.contains(d.page, d.box); })) {
            flow.append(d);
        }
    }
    QList<Recommendation> out;
    QString section;
    for (qsizetype i = 0; i < flow.size(); ++i) {
        const QString &text = flow[i].text;
        if (const QString heading = text::withoutEnumerator(text); !heading.isEmpty() && flow[i].bold) {
            QStringList parts{heading};
            // A wrapped heading goes on in bold lines that start no paragraph of their own.
            while (i + 1 < flow.size() && flow[i + 1].bold && !text::opensNumberedParagraph(flow[i + 1].text) &&
                   text::withoutEnumerator(flow[i + 1].text).isEmpty()) {
                parts.append(flow[++i].text);
            }
            section = simplified(parts.join(QLatin1Char(' ')));
            continue;
        }
        const auto m = paragraphStart().match(fold(text));
        if (!m.hasMatch()) {
            continue;
        }
        QList<TextLine> lines{textLine(flow[i])};
        while (lines.first().words.size() > 0) { // the label's words are cut off; the rest is the value
            const qsizetype used = text.size() - lines.first().text().size();
            if (used >= m.capturedEnd()) {
                break;
            }
            lines.first().words.removeFirst();
        }
        qsizetype j = i + 1;
        for (; j < flow.size(); ++j) {
            const QString &next = flow[j].text;
            if (text::opensNumberedParagraph(next) || paragraphStart().match(fold(next)).hasMatch() ||
                (flow[j].bold && !flow[i].bold) || (!text::withoutEnumerator(next).isEmpty() && flow[j].bold)) {
                break;
            }
            lines.append(textLine(flow[j]));
        }
        Recommendation r;
        r.id = text.mid(m.capturedStart(1), m.capturedLength(1)).toUpper();
        r.section = section;
        if (m.capturedLength(2) > 0) {
            r.addressedTo.append(text.mid(m.capturedStart(2), m.capturedLength(2)).trimmed());
        }
        const Piece body = CellText(lines, flow[i].page, joiner).all();
        const QString category = responseCategory(body.text);
        if (!category.isEmpty() || !readsAsRecommendation(fold(body.text))) {
            r.responseText = body;
            r.responseCategory = category;
        } else {
            r.text = body;
        }
        r.source.merge(body.source);
        out.append(r);
        i = j - 1;
    }
    return out;
}

void mergeResponses(QList<Recommendation> &into, QList<Recommendation> more)
{
    for (Recommendation &m : more) {
        const auto same = std::find_if(into.begin(), into.end(), [&](const Recommendation &r) {
            return r.id == m.id && sameSection(r.section, m.section);
        });
        if (same == into.end()) {
            const auto named = std::find_if(into.begin(), into.end(),
                                            [&](const Recommendation &r) { return sameSection(r.section, m.section); });
            if (named != into.end()) {
                m.section = named->section;
            }
            into.append(m);
            continue;
        }
        Recommendation &r = *same;
        if (r.text.isEmpty()) {
            r.text = m.text;
        }
        if (r.responseText.isEmpty()) {
            r.responseText = m.responseText;
        }
        if (r.responseCategory.isEmpty()) {
            r.responseCategory = m.responseCategory;
        }
        if (r.addressedTo.isEmpty()) {
            r.addressedTo = m.addressedTo;
        }
        r.source.merge(m.source);
    }
}

} // namespace evalreview::extract::mr
