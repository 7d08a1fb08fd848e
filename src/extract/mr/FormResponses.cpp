#include "FormResponses.h"

#include "ColumnMap.h"
#include "ResponsePatterns.h"
#include "TableRegions.h"
#include "TextFold.h"

#include <QRegularExpression>

namespace evalreview::extract::mr {

namespace {

enum class Field
{
    None,
    Text,
    AddressedTo,
    Priority,
    Response,
    KeyActions
};

QRegularExpression label(const char *pattern)
{
    return QRegularExpression(QStringLiteral("^") + QString::fromUtf8(pattern));
}

struct Label
{
    Field field;
    QRegularExpression pattern;
};

/// Labels of the form, matched on folded text (lower case, no accents) at a line start.
const QList<Label> &labels()
{
    static const QList<Label> all{
        // "Evaluation recommendation 1", "Recommandation de l'évaluation 1", "Recomendación de la evaluación 1"
        {Field::Text, label("(?:evaluation\\s+|evaluacion\\s+)?(?:recommendation|recommandation|recomendacion)\\s+"
                            "(?:(?:d.\\s*|de l.\\s*|de la\\s+)(?:evaluation|evaluacion)\\s+)?"
                            "(?:n[°o]\\.?\\s*)?([a-z]{0,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)\\s*[:.\u2013-]?\\s*")},
        {Field::AddressedTo, label("(?:recommendation (?:addressed )?to|addressed to|adressee?s? a|destinataires?|"
                                   "dirigid[ao]s? a)\\s*:\\s*")},
        {Field::Priority, label("(?:priority(?: level)?|priorite|prioridad)(?:\\s*\\([^)]*\\))?\\s*:\\s*")},
        // "Management response:", and "Management response - accept" where the label gives the category
        {Field::Response, label("(?:management response|reponse de la direction|respuesta de la "
                                "(?:administracion|gerencia|direccion))(?:\\s*\\([^)]*\\))?\\s*"
                                "(?::|[\u2013\u2014-](?=\\s*\\p{L}))\\s*")},
        {Field::KeyActions, label("(?:key actions?|actions cles|acciones clave)(?:\\s*\\([^)]*\\))?\\s*:\\s*")},
    };
    return all;
}

bool isGuidance(const QString &folded)
{
    static const QRegularExpression guidance(
        QStringLiteral("do not complete|to be completed by|ne pas (remplir|completer)|no (completar|llenar)"));
    return guidance.match(folded).hasMatch();
}

struct Unit
{
    TextLine line;
    int page;
};

struct FormRecord
{
    Recommendation rec;
    QMap<Field, QList<TextLine>> lines;
    QString categoryLabel; ///< "accept" of "Management response - accept": the label names the category
    int page = 0;
    double y = 0;
};

/// Key-action tables with the place they start.
struct ActionTable
{
    const Table *table;
    ColumnMap map;
    int page;
    double y;
    TableRegion region;
};

/// A line made of the table's header words only: one cell (Word tables give one line per cell),
/// a few side by side ("Responsible unit(s) Status" where the layout splits the header line), or
/// the lower level of a two-level header ("Status Comments" under "Tracking").
bool isHeaderCell(const QString &folded, const QStringList &headers)
{
    QSet<QString> words;
    for (const QString &h : headers) {
        for (const QString &w : fold(h).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            words.insert(w);
        }
    }
    const QStringList lineWords = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return !lineWords.isEmpty() &&
           std::all_of(lineWords.begin(), lineWords.end(), [&](const QString &w) { return words.contains(w); });
}

/// A printed line that repeats the table's header cells ("Key action Time frame ...").
bool isHeaderLine(const QString &folded, const QStringList &headers)
{
    int found = 0, named = 0;
    for (const QString &h : headers) {
        if (h.trimmed().isEmpty()) {
            continue;
        }
        ++named;
        found += folded.contains(fold(h.simplified())) ? 1 : 0;
    }
    return named >= 2 && found * 2 > named;
}

QList<ActionTable> actionTables(const DocumentContent &content)
{
    QList<ActionTable> out;
    for (const Table &t : content.tables) {
        const ColumnMap map = mapColumns(t.headers);
        if (map.action >= 0 && map.recommendation < 0 && (map.timeFrame >= 0 || map.responsible >= 0) &&
            !t.rows.isEmpty()) {
            const TableRow &first = t.rows.first();
            out.append({&t, map, first.page, first.cells.isEmpty() ? 0 : first.cells.first().box.y0, TableRegion(t)});
        }
    }
    return out;
}

/// "Recruit an assistant, 1–3 months – Monitoring Unit": text, time frame, responsible unit.
void splitActionSentence(Action &a)
{
    static const QRegularExpression tail(
        QStringLiteral("^(.*),\\s*([^,]*\\d[^,]*?|[^,]*(?:month|week|year|mois|semaine|an|mes|semana|año)s?)\\s+"
                       "[\u2013\u2014-]\\s+([^,\u2013\u2014]+)$"));
    const auto m = tail.match(a.text.text);
    if (m.hasMatch()) {
        // "by June 2026" gives the date; "d'ici", "avant", "para", "antes de" likewise
        static const QRegularExpression by(QStringLiteral("^(?:by|before|d.ici|avant|para|antes de)\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
        a.text.text = m.captured(1).trimmed();
        a.timeFrame = m.captured(2).trimmed().remove(by);
        a.responsible = m.captured(3).trimmed();
    }
}

QString cellTextOf(const TableRow &row, int column, const LineJoiner &joiner)
{
    if (column < 0 || column >= row.cells.size()) {
        return {};
    }
    return CellText(row.cells[column].lines, row.page, joiner).text().simplified();
}

void addTableActions(FormRecord &form, const ActionTable &t, const LineJoiner &joiner)
{
    int position = static_cast<int>(form.rec.actions.size());
    static const QRegularExpression code(QStringLiteral("^(\\d{1,2}(?:\\.\\d{1,2})+[a-z]?|\\d{1,2}[a-z]?)[.)]?\\s+"));
    for (const TableRow &row : t.table->rows) {
        const CellText cell(row.cells.value(t.map.action).lines, row.page, joiner);
        if (cell.isEmpty() || isGuidance(fold(cell.text()))) {
            continue;
        }
        Action a;
        const auto m = code.match(cell.text());
        a.id = m.hasMatch() ? m.captured(1) : QStringLiteral("%1.%2").arg(form.rec.id).arg(position + 1);
        a.text = cell.slice(m.hasMatch() ? m.capturedEnd() : 0, cell.text().size());
        a.timeFrame = cellTextOf(row, t.map.timeFrame, joiner);
        a.responsible = cellTextOf(row, t.map.responsible, joiner);
        a.status = cellTextOf(row, t.map.status, joiner);
        a.comments = cellTextOf(row, t.map.comments, joiner);
        for (QString *value : {&a.timeFrame, &a.responsible, &a.status, &a.comments}) {
            if (isGuidance(fold(*value))) {
                value->clear(); // template guidance left in the column is no data
            }
        }
        form.rec.actions.append(a);
        ++position;
    }
}

void finish(FormRecord &form, const LineJoiner &joiner)
{
    Recommendation &r = form.rec;
    r.text = CellText(form.lines.value(Field::Text), form.page, joiner).all();
    r.title = leadTitle(r.text.text);
    for (const QString &part :
         CellText(form.lines.value(Field::AddressedTo), form.page, joiner).text().split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty()) {
            r.addressedTo.append(part.trimmed());
        }
    }
    r.priority = CellText(form.lines.value(Field::Priority), form.page, joiner).text().simplified();
    r.responseText = CellText(form.lines.value(Field::Response), form.page, joiner).all();
    r.responseCategory = responseCategory(form.categoryLabel.isEmpty() ? r.responseText.text : form.categoryLabel);
    if (form.lines.contains(Field::KeyActions)) {
        const CellText list(form.lines.value(Field::KeyActions), form.page, joiner);
        QList<Action> listed = splitActions(list);
        for (int i = 0; i < listed.size(); ++i) {
            Action &a = listed[i];
            if (a.id.isEmpty() || !a.id.front().isDigit()) { // bullets and letters: numbered by position
                a.id = QStringLiteral("%1.%2").arg(r.id).arg(r.actions.size() + i + 1);
            }
            splitActionSentence(a);
        }
        r.actions += listed;
    }
    for (const Piece *p : r.referenceTexts()) {
        r.source.merge(p->source);
    }
}

} // namespace

/// A heading over a group of recommendations ("Area 2. Evaluation procedures"): a short bold line
/// of words, not a sentence, that the next recommendation label follows.
bool isGroupHeading(const TextLine &line, const QString &folded)
{
    static const QRegularExpression words(QStringLiteral("\\p{L}{3,}"));
    const auto wordCount = line.words.size();
    // a heading opens capitalised and ends no sentence (a wrapped line of a bold-labelled
    // paragraph does both)
    const QString text = line.text();
    return line.bold && wordCount >= 2 && wordCount <= 12 && !text.isEmpty() && !text.at(0).isLower() &&
           !folded.endsWith(QLatin1Char(':')) && !folded.endsWith(QLatin1Char(',')) &&
           !folded.endsWith(QLatin1Char('.')) && folded.count(words) >= 2;
}

QList<Recommendation> readFormResponses(const DocumentContent &content, const LineJoiner &joiner)
{
    const QList<ActionTable> tables = actionTables(content);
    // The document's lines in reading order, without key-action tables and template guidance.
    QList<TextLine> flow;
    for (const Page &page : content.pages) {
        for (const TextBlock &block : page.blocks) {
            for (TextLine line : block.lines) {
                line.page = page.number;
                const QString folded = fold(line.text());
                const bool inTable = std::any_of(tables.begin(), tables.end(), [&](const ActionTable &t) {
                    const NormRect r = t.region.on(page.number);
                    const bool justAbove = !r.isEmpty() && line.box.y1 <= r.y0 + 0.002 && r.y0 - line.box.y1 < 0.1;
                    return t.region.contains(page.number, line.box) || isHeaderLine(folded, t.table->headers) ||
                           (justAbove && isHeaderCell(folded, t.table->headers));
                });
                if (!inTable && !isGuidance(folded)) {
                    flow.append(line);
                }
            }
        }
    }
    auto labelAt = [&](qsizetype i) -> std::pair<const Label *, QRegularExpressionMatch> {
        const QString folded = fold(flow[i].text());
        for (const Label &l : labels()) {
            if (auto m = l.pattern.match(folded); m.hasMatch()) {
                return {&l, m};
            }
        }
        return {nullptr, {}};
    };
    QList<FormRecord> forms;
    Field field = Field::None;
    QString section;
    for (qsizetype i = 0; i < flow.size(); ++i) {
        const TextLine &line = flow[i];
        const QString text = line.text();
        const auto [label, m] = labelAt(i);
        if (!label) {
            if (i + 1 < flow.size() && isGroupHeading(line, fold(text)) && labelAt(i + 1).first &&
                labelAt(i + 1).first->field == Field::Text) {
                section = text.simplified();
                field = Field::None;
            } else if (field != Field::None && !forms.isEmpty()) {
                forms.last().lines[field].append(line);
            }
            continue;
        }
        if (label->field == Field::Text) {
            FormRecord form;
            form.rec.id = text.mid(m.capturedStart(1), m.capturedLength(1));
            form.rec.section = section;
            form.page = line.page;
            form.y = line.box.y0;
            forms.append(form);
        } else if (forms.isEmpty()) {
            continue;
        }
        field = label->field;
        // The label's own words are cut off; the rest of the line is the value.
        TextLine value = line;
        qsizetype consumed = 0;
        while (!value.words.isEmpty() && consumed < m.capturedEnd()) {
            consumed += value.words.first().text.size() + 1;
            value.words.removeFirst();
        }
        forms.last().lines[field];
        constexpr int kMaxCategoryWords = 3;
        const bool dashLabel = m.captured(0).contains(QRegularExpression(QStringLiteral("[\u2013\u2014-]\\s*$")));
        if (field == Field::Response && dashLabel && !value.words.isEmpty() &&
            value.words.size() <= kMaxCategoryWords && !responseCategory(value.text()).isEmpty()) {
            forms.last().categoryLabel = value.text(); // the response's text follows on the next lines
        } else if (!value.words.isEmpty()) {
            forms.last().lines[field].append(value);
        }
    }
    QList<Recommendation> out;
    for (int i = 0; i < forms.size(); ++i) {
        finish(forms[i], joiner);
        // Key-action tables between this form's label and the next one's belong to it.
        for (const ActionTable &t : tables) {
            const bool after = t.page > forms[i].page || (t.page == forms[i].page && t.y > forms[i].y);
            const bool beforeNext = i + 1 >= forms.size() || t.page < forms[i + 1].page ||
                                    (t.page == forms[i + 1].page && t.y < forms[i + 1].y);
            if (after && beforeNext) {
                addTableActions(forms[i], t, joiner);
            }
        }
        for (const Action &a : std::as_const(forms[i].rec.actions)) {
            forms[i].rec.source.merge(a.text.source);
        }
        out.append(forms[i].rec);
    }
    return out;
}

} // namespace evalreview::extract::mr
