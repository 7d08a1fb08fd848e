#include "FollowUpForms.h"

#include "TextTools.h"
#include "mr/TextFold.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace evalreview::extract::progress {

namespace {

enum class Field
{
    None,
    Responsible,
    Status,
    Priority,
    TargetDate
};

/// The label a line opens with (folded text), and where its value starts on the line.
Field labelOf(const QString &folded, qsizetype *valueStart)
{
    static const QList<std::pair<Field, QRegularExpression>> labels = {
        {Field::Responsible,
         QRegularExpression(QStringLiteral(
             "^(?:(?:business unit|department\\(s\\)|departments?|units?|offices?|entity|division)s? responsible|"
             "responsible (?:unit|office|department|entity|division)s?|responsibility|owner|"
             "(?:unite|entite|service)s? responsables?|responsables?|unidad(?:es)? responsables?)\\s*(?::\\s*|$)"))},
        {Field::Status, QRegularExpression(QStringLiteral(
                            "^(?:(?:implementation )?status|statut|etat(?: d.avancement| de (?:la )?mise en "
                            "(?:oe|œ)uvre)?|estado(?: de (?:la )?(?:aplicacion|implementacion))?)\\s*(?::\\s*|$)"))},
        {Field::Priority, QRegularExpression(QStringLiteral("^(?:priority|priorite|prioridad)\\s*(?::\\s*|$)"))},
        {Field::TargetDate,
         QRegularExpression(
             QStringLiteral("^(?:(?:revised |original )?target (?:completion )?date|due date|deadline|completion date|"
                            "date (?:cible|prevue|limite)|echeance|fecha (?:limite|prevista|objetivo)|"
                            "plazo)\\s*(?::\\s*|$)"))},
    };
    for (const auto &[field, re] : labels) {
        if (const auto m = re.match(folded); m.hasMatch()) {
            *valueStart = m.capturedEnd();
            return field;
        }
    }
    return Field::None;
}

/// "C. Supply management", "II. Status of implementation": an enumerated heading, without its
/// enumerator.
QString enumeratedHeading(const DocLine &line)
{
    constexpr int kMaxWords = 12;
    if (line.text.split(QLatin1Char(' ')).size() > kMaxWords || line.text.endsWith(QLatin1Char('.'))) {
        return {};
    }
    return text::withoutEnumerator(line.text);
}

bool sameRow(const DocLine &a, const DocLine &b)
{
    const double ca = (a.box.y0 + a.box.y1) / 2;
    const double cb = (b.box.y0 + b.box.y1) / 2;
    return a.page == b.page && std::abs(ca - cb) < std::max(a.box.height(), b.box.height()) * 0.6;
}

struct Mark
{
    Field field = Field::None;
    bool value = false; ///< the value printed beside a label
    QString text;       ///< a label's value
};

QString withoutLead(QString text)
{
    // the report's paragraph number, and a response label before management's comment
    static const QRegularExpression lead(
        QStringLiteral(
            "^(?:\\d{1,3}\\.\\s+)?(?:(?:management(?:'s)? (?:response|comments?)|r[ée]ponse de la direction|"
            "commentaires? de la direction|respuesta de la (?:administraci[óo]n|direcci[óo]n|gerencia))\\s*:\\s*)?"),
        QRegularExpression::CaseInsensitiveOption);
    return text.remove(lead).trimmed();
}

QString idOf(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:in |au |en el )?(?:paragraph|paragraphe|p[aá]rrafo)\\s+(\\d{1,4}[a-z]?)\\b|"
                       "^(?:recommendation|recommandation|recomendaci[oó]n)\\s+(?:n[°o]\\.?\\s*)?([A-Z]{0,3}\\d{1,3}(?:"
                       "\\.\\d{1,2})*)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    return m.hasMatch() ? (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)) : QString();
}

/// "Table 3. Status of outstanding recommendations": a caption, not a heading.
bool isCaption(const QString &text)
{
    static const QRegularExpression caption(
        QStringLiteral("^(?:table|tableau|cuadro|figure|figura|graphique|gr[aá]fico|chart|box|encadr[ée]|recuadro)\\s+"
                       "[\\dIVX]"),
        QRegularExpression::CaseInsensitiveOption);
    return caption.match(text).hasMatch();
}

/// Where a label printed without a colon ends and its value begins on the same line ("Status
/// Under implementation" read as one line): after the first gap wider than three average
/// characters, a column gap rather than a word space. -1 when the line has none.
qsizetype columnGapAt(const DocLine &line)
{
    qsizetype chars = 0;
    double width = 0;
    for (const Word &w : line.words) {
        chars += w.text.size();
        width += w.box.width();
    }
    if (chars == 0) {
        return -1;
    }
    constexpr double kGapInChars = 3;
    const double minGap = kGapInChars * width / double(chars);
    qsizetype at = 0;
    for (qsizetype k = 1; k < line.words.size(); ++k) {
        at += line.words.at(k - 1).text.size() + 1;
        if (line.words.at(k).box.x0 - line.words.at(k - 1).box.x1 > minGap) {
            return at;
        }
    }
    return -1;
}

/// The label a line opens with, also when its value follows after a column gap without a colon.
Field labelOf(const DocLine &line, qsizetype *valueStart)
{
    const QString folded = mr::fold(line.text);
    if (const Field f = labelOf(folded, valueStart); f != Field::None) {
        return f;
    }
    const qsizetype gap = columnGapAt(line);
    if (gap <= 0 || gap > folded.size()) {
        return Field::None;
    }
    const Field f = labelOf(folded.left(gap).trimmed(), valueStart);
    *valueStart = gap;
    return f;
}

} // namespace

QJsonArray readFollowUpForms(const DocLines &lines)
{
    // 1. Labels and the values printed beside them.
    QList<Mark> marks(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        qsizetype valueStart = 0;
        const Field f = labelOf(lines.at(i), &valueStart);
        constexpr int kMaxLabelWords = 12;
        if (f == Field::None || marks[i].value || lines.at(i).text.split(QLatin1Char(' ')).size() > kMaxLabelWords) {
            continue;
        }
        marks[i].field = f;
        marks[i].text = lines.at(i).text.mid(valueStart).trimmed();
        if (!marks[i].text.isEmpty()) {
            continue;
        }
        // the value in its own column: the lines on the label's row to its right, and the lines
        // below them in that column until the next label's row
        constexpr qsizetype kReach = 60; // the value column may be read before or after the labels
        for (qsizetype k = std::max<qsizetype>(0, i - kReach); k < std::min(lines.size(), i + kReach); ++k) {
            const DocLine &v = lines.at(k);
            if (k == i || marks[k].value || !sameRow(lines.at(i), v) || v.box.x0 <= lines.at(i).box.x1) {
                continue;
            }
            QStringList parts{v.text};
            marks[k].value = true;
            for (qsizetype n = k + 1; n < lines.size() && lines.at(n).block == v.block; ++n) {
                const bool nextLabelRow =
                    std::any_of(lines.lines().begin() + i + 1, lines.lines().begin() + std::min(lines.size(), i + 6),
                                [&](const DocLine &l) {
                                    qsizetype unused = 0;
                                    return sameRow(l, lines.at(n)) && labelOf(l, &unused) != Field::None;
                                });
                if (nextLabelRow) {
                    break;
                }
                parts.append(lines.at(n).text);
                marks[n].value = true;
            }
            marks[i].text = text::joinLines(parts).trimmed();
            break;
        }
    }
    // 2. Forms: runs of label and value lines with two kinds of label or more, a status or a date.
    struct Form
    {
        qsizetype first = 0, last = 0;
        QMap<Field, QString> fields;
    };
    QList<Form> forms;
    for (qsizetype i = 0; i < lines.size();) {
        if (marks[i].field == Field::None) {
            ++i;
            continue;
        }
        Form form{i, i, {}};
        qsizetype j = i;
        Field lastField = Field::None;
        for (; j < lines.size(); ++j) {
            if (marks[j].field != Field::None) {
                lastField = marks[j].field;
                if (!form.fields.contains(lastField)) {
                    form.fields.insert(lastField, marks[j].text);
                }
            } else if (!marks[j].value) {
                // a value wrapped under "Label: value", right of the labels, with labels after it
                const bool inValueColumn = lines.at(j).box.x0 > lines.at(form.first).box.x0 + 0.05;
                const bool labelsGoOn = j + 1 < lines.size() && marks[j + 1].field != Field::None;
                if (!inValueColumn || !labelsGoOn || lastField == Field::None) {
                    break;
                }
                form.fields[lastField] = text::joinLines({form.fields.value(lastField), lines.at(j).text}).trimmed();
            }
            form.last = j;
        }
        if (form.fields.size() >= 2 &&
            (form.fields.contains(Field::Status) || form.fields.contains(Field::TargetDate))) {
            forms.append(form);
        }
        i = j;
    }
    // 3. Each form's recommendation (the block before it) and comment (the blocks after it, up to
    // the next form's recommendation or a heading).
    // A paragraph's first line: a new block, or a line opening with the report's paragraph number.
    auto opensParagraph = [&](qsizetype i) {
        return lines.startsBlock(i) || text::opensNumberedParagraph(lines.at(i).text);
    };
    // A heading or caption between paragraphs: a block of one short line that ends no sentence
    // ("C. Supply management", "Table 3. Status of outstanding recommendations").
    auto isTitleLine = [&](qsizetype k) {
        constexpr int kMaxWords = 15;
        const DocLine &l = lines.at(k);
        const bool alone = lines.startsBlock(k) && (k + 1 >= lines.size() || lines.startsBlock(k + 1));
        return !enumeratedHeading(l).isEmpty() ||
               (alone && !l.text.isEmpty() && !l.text.front().isLower() && !text::opensNumberedParagraph(l.text) &&
                !l.text.endsWith(QLatin1Char('.')) && !l.text.endsWith(QLatin1Char(':')) &&
                l.text.split(QLatin1Char(' ')).size() <= kMaxWords);
    };
    // The recommendation's paragraph before a form: back to its numbered first line, or to a block
    // that follows a finished sentence (a paragraph set in several fonts is several blocks).
    auto paragraphStart = [&](qsizetype i) {
        auto finished = [&](qsizetype k) {
            const QString &t = lines.at(k).text;
            return t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(':')) || marks[k].field != Field::None ||
                   marks[k].value;
        };
        while (i > 0 && !text::opensNumberedParagraph(lines.at(i).text) &&
               !(lines.startsBlock(i) && (finished(i - 1) || isTitleLine(i - 1)))) {
            --i;
        }
        return i;
    };
    QJsonArray out;
    QString section;
    qsizetype scanned = 0;
    for (qsizetype f = 0; f < forms.size(); ++f) {
        const Form &form = forms[f];
        const qsizetype textFrom = form.first > 0 ? paragraphStart(form.first - 1) : form.first;
        for (; scanned < textFrom; ++scanned) {
            if (const QString h = enumeratedHeading(lines.at(scanned)); !h.isEmpty()) {
                section = h;
            } else if (scanned + 1 == textFrom && isTitleLine(scanned) && !isCaption(lines.at(scanned).text)) {
                // a title line right above a recommendation groups those below it ("Report of
                // the Board of Auditors for the year ended 31 December 2021")
                section = lines.at(scanned).text;
            }
        }
        qsizetype progressEnd = form.last + 1;
        const qsizetype limit = f + 1 < forms.size() ? paragraphStart(forms[f + 1].first - 1) : lines.size();
        while (progressEnd < limit && !(progressEnd > form.last + 1 && isTitleLine(progressEnd)) &&
               !lines.isLarger(progressEnd, 1.15) &&
               (progressEnd == form.last + 1 || !opensParagraph(progressEnd) || f + 1 < forms.size())) {
            ++progressEnd;
        }
        const QString item = withoutLead(lines.join(textFrom, form.first));
        const QString progress = withoutLead(lines.join(form.last + 1, progressEnd));
        auto value = [&](Field field) {
            const QString v = form.fields.value(field);
            return v.isEmpty() ? QJsonValue() : QJsonValue(v);
        };
        const QString id = idOf(item);
        Provenance source = lines.provenance(textFrom, form.first);
        source.merge(lines.provenance(form.first, progressEnd));
        out.append(QJsonObject{{QStringLiteral("id"), id.isEmpty() ? QJsonValue() : QJsonValue(id)},
                               {QStringLiteral("section"), section.isEmpty() ? QJsonValue() : QJsonValue(section)},
                               {QStringLiteral("item"), item},
                               {QStringLiteral("status"), value(Field::Status)},
                               {QStringLiteral("responsible"), value(Field::Responsible)},
                               {QStringLiteral("priority"), value(Field::Priority)},
                               {QStringLiteral("target_date"), value(Field::TargetDate)},
                               {QStringLiteral("progress"), progress.isEmpty() ? QJsonValue() : QJsonValue(progress)},
                               {QStringLiteral("source"), source.toJson()}});
    }
    return out;
}

} // namespace evalreview::extract::progress
