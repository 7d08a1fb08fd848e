// Recommendations marked by a label line in the body of a report: "Recommendation 3" alone on its
// line or followed by the text ("Recommendation 3: Strengthen …", "Recommandation n° 3 – …",
// "Recomendación 3."), as chapters, boxes and two-column briefs print them.
#include "EvaluationParts.h"
#include "SentenceAttributes.h"
#include "TextTools.h"
#include "mr/ResponsePatterns.h"
#include "mr/TableRegions.h"
#include "mr/TextFold.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace evalreview::extract::evaluation {

namespace {

/// The label on folded text; group 1 the code, group 2 what follows it on the line.
const QRegularExpression &labelLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:recommendation|recommandation|recomendacion)\\s+(?:n[°o]\\.?\\s*)?"
                       "([a-z]{0,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)\\s*(?:$|[:.\u2013\u2014-]\\s*(.*)$)"));
    return re;
}

/// A line of a table of contents: dot leaders (a page number alone after the label does not
/// match the label pattern anyway).
bool isContentsLine(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?:\\.\\s?){4,}"));
    return re.match(text).hasMatch();
}

/// "Priority: high", "Timeline: Short term", "Responsibility: …", "Linked to: …", in three
/// languages: the recommendation's attributes, which end its text.
enum class Attribute
{
    None,
    AddressedTo,
    Priority,
    Timing,
    Resources,
    Response,
    Other
};

Attribute attributeOf(const QString &folded, qsizetype *valueStart)
{
    static const QList<std::pair<Attribute, QRegularExpression>> labels = {
        {Attribute::AddressedTo, QRegularExpression(QStringLiteral(
                                     "^(?:(?:recommendation )?addressed to|responsibility|responsible(?: unit)?s?|"
                                     "destinataires?|adressee? a|responsables?|dirigid[ao] a)\\s*:\\s*"))},
        {Attribute::Priority,
         QRegularExpression(QStringLiteral("^(?:priority(?: level)?|priorite|prioridad)\\s*:\\s*"))},
        {Attribute::Timing, QRegularExpression(QStringLiteral("^(?:timeline|time\\s*frame|timing|deadline|calendrier|"
                                                              "echeance|delai|plazo|calendario)\\s*:\\s*"))},
        {Attribute::Resources,
         QRegularExpression(QStringLiteral("^(?:resource implications?|resources?|ressources|recursos)\\s*:\\s*"))},
        // "Management response:", "IEO response:", "Réponse de la direction :": the answer, kept
        {Attribute::Response, QRegularExpression(QStringLiteral(
                                  "^(?:management|[a-z]{2,8}|the [a-z' ]{2,30}) response(?:\\s*\\([^)]*\\))?\\s*:\\s*|"
                                  "^reponse de (?:la direction|l.\\w+)\\s*:\\s*|"
                                  "^respuesta de la (?:administracion|gerencia|direccion)\\s*:\\s*"))},
        {Attribute::Other,
         QRegularExpression(QStringLiteral("^(?:linked to|related to|lie a|vinculad[ao] a|"
                                           "based on|fondee? sur|basad[ao] en|indicators? of achievement|"
                                           "indicateurs? de (?:resultat|realisation)|"
                                           "indicador(?:es)? de logro)\\s*:\\s*"))},
    };
    for (const auto &[attribute, re] : labels) {
        if (const auto m = re.match(folded); m.hasMatch()) {
            *valueStart = m.capturedEnd();
            return attribute;
        }
    }
    return Attribute::None;
}

/// Headings that close a list of recommendations.
bool closesList(const QString &folded)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[ivx]+\\.|\\d+\\.)?\\s*(?:lessons? learn|good practice|conclusions?|annex|appendix|management response|"
        "lecons|bonnes pratiques|annexe|reponse de la direction|lecciones|buenas practicas|anexo|"
        "respuesta de la)"));
    return re.match(folded).hasMatch();
}

/// The chapter's own heading ("5. Recommendations") is no section of its recommendations.
bool namesTheChapter(const QString &folded)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[ivx]+\\.|\\d+\\.)?\\s*(?:key |main )?(?:recommendations?|recommandations?|recomendaciones?)"
        "(?: (?:principales|cles|clave))?\\s*:?$"));
    return re.match(folded).hasMatch();
}

/// A list item under a recommendation: a bullet, "o", "-", "(a)", "a)", "i."
bool opensListItem(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[•▪●–—o\\-➢]\\s|\\(?[a-z]\\)\\s|\\(?[ivx]{1,4}\\)\\s|[a-z]\\.\\s|\\d{1,2}\\.\\d{1,2}\\.?\\s)"));
    return re.match(text).hasMatch();
}

bool endsSentence(const QString &text)
{
    return text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(';')) ||
           text.endsWith(QLatin1Char('?')) || text.endsWith(QLatin1Char('!'));
}

/// Whether a line carries on the sentence of the line above: that line ends mid-sentence and this
/// one opens in lower case (after any quote mark), as a heading never does.
bool carriesSentenceOn(const QString &above, const QString &text)
{
    const auto first = std::find_if(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
    return !above.isEmpty() && !endsSentence(above) && first != text.end() && first->isLower();
}

/// A paragraph "(Addressed to: …, priority …, timeline: …)" after the text: its attributes.
bool opensAttributeTail(const DocLines &lines, qsizetype j)
{
    constexpr int kMaxTailLines = 4;
    if (!lines.at(j).text.startsWith(QLatin1Char('('))) {
        return false;
    }
    qsizetype k = j + 1;
    while (k < lines.size() && k < j + kMaxTailLines && !lines.startsBlock(k)) {
        ++k;
    }
    return labelledTail(lines.join(j, k)).has_value();
}

struct Item
{
    QString id;
    QString section;
    QList<qsizetype> textLines; ///< the label line first when the text follows the label there
    qsizetype labelEnd = 0;     ///< characters of the label on the label line
    RecommendationAttributes attrs;
    QString response;
    QString title; ///< a heading line between an own-line label and the text
    qsizetype label = 0;
    qsizetype end = 0;
};

} // namespace

QList<LabelledRecommendation> findLabelledRecommendations(const DocumentContent &content, const DocLines &lines)
{
    QList<mr::TableRegion> tables;
    for (const Table &t : content.tables) {
        tables.append(mr::TableRegion(t));
    }
    auto inTable = [&](qsizetype i) {
        const DocLine &l = lines.at(i);
        return std::any_of(tables.begin(), tables.end(),
                           [&](const mr::TableRegion &r) { return r.contains(l.page, l.box); });
    };
    // A table's header printed across the page ("Key action(s) Time frame Responsible unit(s)") is
    // no heading of the text.
    QList<QSet<QString>> headerWords;
    for (const Table &t : content.tables) {
        QSet<QString> words;
        for (const QString &h : t.headers) {
            for (const QString &w : mr::fold(h).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                words.insert(w);
            }
        }
        headerWords.append(words);
    }
    auto isTableHeader = [&](const QString &folded) {
        const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return std::any_of(headerWords.begin(), headerWords.end(), [&](const QSet<QString> &header) {
            return !words.isEmpty() &&
                   std::all_of(words.begin(), words.end(), [&](const QString &w) { return header.contains(w); });
        });
    };
    auto isLabel = [&](qsizetype i) -> QRegularExpressionMatch {
        const DocLine &l = lines.at(i);
        const QString folded = mr::fold(l.text);
        auto m = labelLine().match(folded);
        const bool placed = lines.startsBlock(i) || l.bold || lines.isHeading(i) ||
                            (i > 0 && (endsSentence(lines.at(i - 1).text) || inTable(i - 1)));
        if (!m.hasMatch() || !placed || isContentsLine(l.text) || inTable(i)) {
            return {};
        }
        return m;
    };
    // A footnote or a page stamp among the text: set smaller than the text ("43 Two to four per
    // cent", "JIU/REP/2025/2" atop the next page).
    auto attributeOfLine = [&](qsizetype j) {
        qsizetype unused = 0;
        return attributeOf(mr::fold(lines.at(j).text), &unused);
    };
    // "6. Recommendation 1 reads as follows:" before the quoted text
    auto introducesText = [&](qsizetype j, const QString &id) {
        const QString f = mr::fold(lines.at(j).text);
        static const QRegularExpression re(
            QStringLiteral("^(?:\\d{1,3}\\.\\s+)?(?:the |la |el )?(?:recommendation|recommandation|recomendacion)\\s+"
                           "(?:n[°o]\\.?\\s*)?([a-z]{0,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)\\b[^.]{0,60}:$"));
        const auto m = re.match(f);
        return m.hasMatch() && m.captured(1) == mr::fold(id);
    };
    // A short heading-like line under the label: no sentence, a heading, or a line of its own
    // before the text, its introduction or a numbered paragraph.
    auto isTitle = [&](qsizetype j, const QString &id) {
        constexpr int kMaxTitleWords = 12;
        const QString &t = lines.at(j).text;
        if (t.split(QLatin1Char(' ')).size() > kMaxTitleWords || endsSentence(t) || opensListItem(t) ||
            j + 1 >= lines.size()) {
            return false;
        }
        const QString &next = lines.at(j + 1).text;
        if (next.isEmpty() || next.front().isLower()) {
            return false; // the sentence goes on
        }
        return lines.isHeading(j) || lines.startsBlock(j + 1) || introducesText(j + 1, id) ||
               text::opensNumberedParagraph(next);
    };
    auto isStray = [&](qsizetype j, double textSize) {
        constexpr double kSmaller = 0.92;
        const double size = lines.at(j).fontSize;
        return size > 0 && textSize > 0 && size < textSize * kSmaller;
    };
    QList<Item> items;
    QString heading;
    qsizetype headingLine = -2; // the heading's last line
    qsizetype lastEnd = -1;     // the line after the last item
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const DocLine &l = lines.at(i);
        const QString folded = mr::fold(l.text);
        const auto m = isLabel(i);
        if (!m.hasMatch()) {
            const int words = int(l.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            const auto first = std::find_if(l.text.begin(), l.text.end(), [](QChar c) { return c.isLetter(); });
            // a heading opens a block with a capital; its wrapped lines go on from it
            const bool opensLikeAHeading =
                first != l.text.end() && (headingLine == i - 1 || (first->isUpper() && lines.startsBlock(i)));
            if (lines.isHeading(i) && words <= 15 && !endsSentence(l.text) && opensLikeAHeading &&
                !isTableHeader(folded)) {
                // the group a label below falls under; a wrapped heading goes on; the chapter that
                // names the recommendations is no group
                const bool chapter = namesTheChapter(folded);
                heading = chapter                ? QString()
                          : headingLine == i - 1 ? QString(heading + QLatin1Char(' ') + l.text).trimmed()
                                                 : l.text.trimmed();
                headingLine = chapter ? -2 : i;
            }
            continue;
        }
        Item item;
        item.id = l.text.mid(m.capturedStart(1), m.capturedLength(1));
        // A chapter numbered in Roman numerals ("III. Results") is no group of its own: only a
        // section heading ("B. Screening …") also holds a recommendation boxed further down its text.
        static const QRegularExpression chapterNumber(QStringLiteral("^[IVXL]{1,5}\\.\\s"));
        const bool nearHeading = headingLine == i - 1 || !chapterNumber.match(heading).hasMatch();
        if (nearHeading && (headingLine == i - 1 || items.isEmpty() || lastEnd != i)) {
            const QString bare = text::withoutEnumerator(heading);
            item.section = bare.isEmpty() ? heading : bare;
        } else if (!items.isEmpty() && lastEnd == i) {
            item.section = items.last().section; // the group goes on
        }
        // "Recommandation n° 1 : Pérenniser le dispositif" over a paragraph of its own: a title
        const QString rest = l.text.mid(m.capturedStart(2)).trimmed();
        constexpr int kMaxTitleWords = 12;
        const bool inlineTitle = m.capturedLength(2) > 0 && i + 1 < lines.size() && lines.startsBlock(i + 1) &&
                                 rest.split(QLatin1Char(' ')).size() <= kMaxTitleWords && !endsSentence(rest) &&
                                 !carriesSentenceOn(rest, lines.at(i + 1).text) &&
                                 attributeOfLine(i + 1) == Attribute::None && !isLabel(i + 1).hasMatch();
        if (inlineTitle) {
            item.title = rest;
        }
        const bool inlineText = m.capturedLength(2) > 0 && !inlineTitle;
        if (inlineText) {
            item.textLines.append(i);
            item.labelEnd = m.capturedStart(2);
        }
        double textSize = item.textLines.isEmpty() ? 0 : l.fontSize;
        qsizetype j = i + 1;
        Attribute current = Attribute::None;
        QStringList values[7];
        for (; j < lines.size(); ++j) {
            const DocLine &n = lines.at(j);
            const QString f = mr::fold(n.text);
            const bool larger = lines.isLarger(j, 1.15) && !carriesSentenceOn(lines.at(j - 1).text, n.text);
            if (isLabel(j).hasMatch() || (closesList(f) && lines.isHeading(j)) || larger || inTable(j)) {
                break;
            }
            if (isStray(j, textSize)) {
                continue;
            }
            if (!item.textLines.isEmpty() && lines.isHeading(j) && n.text.split(QLatin1Char(' ')).size() <= 15 &&
                !endsSentence(n.text) && !lines.isHeading(j - 1)) {
                break; // a heading over what follows (the next group's title); a title may open the text
            }
            if (text::opensNumberedParagraph(n.text) && endsSentence(lines.at(j - 1).text) && lines.startsBlock(j)) {
                break; // the report's next numbered paragraph
            }
            if (inlineText && current == Attribute::None && lines.startsBlock(j) &&
                lines.at(j - 1).text.endsWith(QLatin1Char('.')) && !opensListItem(n.text) &&
                attributeOfLine(j) == Attribute::None && !opensAttributeTail(lines, j)) {
                break; // a recommendation given in one paragraph after its label ends with it
            }
            qsizetype valueStart = 0;
            if (const Attribute a = attributeOf(f, &valueStart); a != Attribute::None) {
                current = a;
                values[int(a)].append(n.text.mid(valueStart));
                continue;
            }
            if (current != Attribute::None) {
                if (lines.startsBlock(j) && lines.gapBefore(j) > 1.5) {
                    break; // a gap after the attributes ends the item
                }
                values[int(current)].append(n.text);
            } else if (!inlineText && item.textLines.isEmpty() && item.title.isEmpty() && isTitle(j, item.id)) {
                item.title = n.text.trimmed(); // "Recommendation 1" / "Improved planning and coordination"
            } else if (!introducesText(j, item.id)) {
                textSize = item.textLines.isEmpty() ? n.fontSize : textSize;
                item.textLines.append(j);
            }
        }
        auto joined = [&](Attribute a) { return text::joinLines(values[int(a)]).trimmed(); };
        item.attrs.addressedTo = splitAddressees(joined(Attribute::AddressedTo));
        item.attrs.priority = joined(Attribute::Priority);
        item.attrs.timing = joined(Attribute::Timing);
        item.attrs.resources = joined(Attribute::Resources);
        item.response = joined(Attribute::Response);
        if (!item.textLines.isEmpty()) {
            item.label = i;
            item.end = j;
            items.append(item);
            lastEnd = j;
        }
        i = j - 1;
    }
    QList<LabelledRecommendation> out;
    QHash<QString, qsizetype> byId; // the executive summary and the chapter: one record, the fuller text
    for (const Item &item : items) {
        QString text = lines.join(item.textLines);
        if (item.labelEnd > 0) {
            // the label's characters on the first line; the line text is simplified like the join
            text = text.mid(std::min(item.labelEnd, text.size())).trimmed();
        }
        QJsonObject rec =
            recommendationRecord(item.id, item.section, text, item.attrs, lines.provenance(item.textLines).toJson());
        if (!item.title.isEmpty()) {
            rec.insert(QStringLiteral("title"), item.title);
        }
        if (!item.response.isEmpty()) {
            rec.insert(QStringLiteral("response_text"), item.response);
            const QString category = mr::responseCategory(item.response);
            rec.insert(QStringLiteral("response_category"), category.isEmpty() ? QJsonValue() : QJsonValue(category));
        }
        if (const auto seen = byId.constFind(item.id); seen != byId.cend()) {
            if (out.at(*seen).record.value(QStringLiteral("text")).toString().size() < text.size()) {
                out[*seen] = {rec, item.label, item.end};
            }
            continue;
        }
        byId.insert(item.id, out.size());
        out.append({rec, item.label, item.end});
    }
    return out;
}

QJsonArray parseLabelledRecommendations(const DocumentContent &content, const DocLines &lines)
{
    QJsonArray out;
    for (const LabelledRecommendation &r : findLabelledRecommendations(content, lines)) {
        out.append(r.record);
    }
    return out;
}

} // namespace evalreview::extract::evaluation
