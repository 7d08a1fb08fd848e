#include "RowReader.h"

#include "ResponsePatterns.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace evalreview::extract::mr {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

CellText cellText(const TableRow &row, int column, const LineJoiner &joiner)
{
    if (column < 0 || column >= row.cells.size()) {
        return {};
    }
    // a dash or "n/a" alone marks a cell left empty on purpose
    static const QRegularExpression blank(QStringLiteral("^(?:[\u2014\u2013-]+|n/?a|s\\.?o\\.?|\\.{3})$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (blank.match(row.cells[column].text().trimmed()).hasMatch()) {
        return {};
    }
    return CellText(row.cells[column].lines, row.page, joiner);
}

Provenance rowSource(const TableRow &row)
{
    Provenance p;
    for (const TableCell &c : row.cells) {
        for (const TextLine &l : c.lines) {
            if (!l.text().trimmed().isEmpty()) {
                p.add(l.page > 0 ? l.page : row.page, l.box);
            }
        }
    }
    return p;
}

/// A code printed at the start of the recommendation text when the table has no code column:
/// "3.1a Strengthen ...", "Recommendation 4: ...".
qsizetype leadingCode(const QString &text, QString &code)
{
    static const QRegularExpression lead(
        QStringLiteral("^(?:(?:recommendation|recommandation|recomendaci[oó]n|rec\\.)\\s*)?"
                       "([A-Z]{0,3}\\d{1,2}(?:\\.\\d{1,2})*[a-z]?)[.:)]?\\s+(?=\\S)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = lead.match(text);
    if (!m.hasMatch()) {
        return 0;
    }
    code = m.captured(1);
    return m.capturedEnd();
}

/// The values of a column beside the action column (time frame, responsible unit, status,
/// comments): one per action where the cell lists as many items as there are actions, otherwise
/// the whole cell for each action.
void assignColumn(QList<Action> &actions, const CellText &cell, QString Action::*field)
{
    if (cell.isEmpty() || actions.isEmpty()) {
        return;
    }
    const QList<ListItem> items = findListItems(cell.text(), cell.lineStarts());
    for (qsizetype i = 0; i < actions.size(); ++i) {
        actions[i].*field = items.size() == actions.size() && actions.size() > 1
                                ? cell.slice(items[i].textStart, items[i].end).text
                                : cell.all().text;
    }
}

/// The actions of a row, with the time frame, responsible unit, status and comments of their
/// columns.
/// "Responsible: Operations Unit. Timeline: March 2026" written in the action's own text: the
/// labelled values go to their fields and leave the text (English, French, Spanish labels).
void takeLabelledFields(Action &a)
{
    static const QRegularExpression label(
        QStringLiteral("\\b(responsible(?: units?)?|responsable|lead|unit[eé]? responsable|unidad responsable|"
                       "time ?frame|timeline|deadline|due date|[eé]ch[eé]ance|calendrier|d[eé]lai|plazo|"
                       "fecha l[ií]mite|calendario|status|statut|[eé]tat|estado)\\s*:\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression responsible(QStringLiteral("^(respons|lead|unit|unidad)"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression status(QStringLiteral("^(status|statut|[eé]tat|estado)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<QRegularExpressionMatch> labels;
    for (auto it = label.globalMatch(a.text.text); it.hasNext();) {
        labels.append(it.next());
    }
    if (labels.isEmpty() || labels.first().capturedStart() == 0) {
        return; // no label, or a text that is all labels: nothing is the action's own text
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const auto &m = labels[i];
        const qsizetype end = i + 1 < labels.size() ? labels[i + 1].capturedStart() : a.text.text.size();
        QString value = a.text.text.mid(m.capturedEnd(), end - m.capturedEnd()).trimmed();
        while (value.endsWith(QLatin1Char('.')) || value.endsWith(QLatin1Char(';')) ||
               value.endsWith(QLatin1Char(','))) {
            value.chop(1);
        }
        QString Action::*field = responsible.match(m.captured(1)).hasMatch() ? &Action::responsible
                                 : status.match(m.captured(1)).hasMatch()    ? &Action::status
                                                                             : &Action::timeFrame;
        if ((a.*field).isEmpty()) {
            a.*field = value;
        }
    }
    a.text.text = a.text.text.left(labels.first().capturedStart()).trimmed();
}

QList<Action> rowActions(const TableRow &row, const ColumnMap &map, const LineJoiner &joiner, Piece *intro)
{
    QList<Action> actions = splitActions(cellText(row, map.action, joiner), intro);
    for (Action &a : actions) {
        takeLabelledFields(a);
    }
    assignColumn(actions, cellText(row, map.timeFrame, joiner), &Action::timeFrame);
    assignColumn(actions, cellText(row, map.responsible, joiner), &Action::responsible);
    assignColumn(actions, cellText(row, map.status, joiner), &Action::status);
    assignColumn(actions, cellText(row, map.comments, joiner), &Action::comments);
    return actions;
}

void appendDonorComments(const TableRow &row, const ColumnMap &map, const LineJoiner &joiner, Recommendation &out)
{
    for (const ColumnMap::Donor &d : map.donors) {
        const Piece comment = cellText(row, d.column, joiner).all();
        if (!comment.isEmpty()) {
            out.donorComments.append({d.name, comment});
        }
    }
}

} // namespace

bool continuesRecommendation(const TableRow &row, const ColumnMap &map)
{
    auto empty = [&](int column) {
        return column < 0 || column >= row.cells.size() || row.cells[column].text().trimmed().isEmpty();
    };
    bool more = !empty(map.action) || !empty(map.response);
    for (const ColumnMap::Donor &d : map.donors) {
        more = more || !empty(d.column);
    }
    return empty(map.code) && empty(map.recommendation) && more;
}

void readContinuationRow(const TableRow &row, const ColumnMap &map, const LineJoiner &joiner, Recommendation &into)
{
    const Piece response = cellText(row, map.response, joiner).all();
    if (!response.isEmpty()) {
        into.responseText.text = QString(into.responseText.text + QLatin1Char(' ') + response.text).trimmed();
        into.responseText.source.merge(response.source);
        if (into.responseCategory.isEmpty()) {
            into.responseCategory = responseCategory(into.responseText.text);
        }
    }
    into.actions += rowActions(row, map, joiner, nullptr);
    appendDonorComments(row, map, joiner, into);
    into.source.mergeOtherPages(rowSource(row));
}

QList<Action> splitActions(const CellText &cell, Piece *intro)
{
    QList<Action> actions;
    if (cell.isEmpty()) {
        return actions;
    }
    const QList<ListItem> items = findListItems(cell.text(), cell.lineStarts());
    if (items.isEmpty()) {
        actions.append({QString(), cell.all(), {}, {}, {}});
        return actions;
    }
    if (intro) {
        *intro = cell.slice(0, items.first().markerStart);
    }
    for (const ListItem &item : items) {
        Action a;
        a.id = item.label;
        a.text = cell.slice(item.textStart, item.end);
        if (!a.text.isEmpty()) {
            actions.append(a);
        }
    }
    return actions;
}

bool readRecommendationRow(const TableRow &row, const ColumnMap &map, const LineJoiner &joiner, Recommendation &out)
{
    const CellText code = cellText(row, map.code, joiner);
    const CellText rec = cellText(row, map.recommendation, joiner);
    out.id = code.text().simplified();
    // a narrow code column breaks its codes over lines ("SA" over "1"): short pieces join up
    if (out.id.contains(QLatin1Char(' ')) && map.code >= 0 && row.cells[map.code].lines.size() > 1) {
        const QList<TextLine> &pieces = row.cells[map.code].lines;
        constexpr qsizetype kMaxPiece = 3;
        if (std::all_of(pieces.begin(), pieces.end(), [](const TextLine &l) { return l.text().size() <= kMaxPiece; })) {
            out.id.remove(QLatin1Char(' '));
        }
    }
    if (out.id.endsWith(QLatin1Char('.'))) {
        out.id.chop(1);
    }
    if (!out.id.isEmpty() && !isRecommendationCode(out.id)) {
        return false; // a note or sub-heading written in the code column
    }
    qsizetype textStart = 0;
    if (out.id.isEmpty()) {
        textStart = leadingCode(rec.text(), out.id);
    }
    if (out.id.isEmpty() && rec.isEmpty()) {
        return false;
    }
    const RecommendationMeta meta = parseRecommendationMeta(rec.text());
    out.text = rec.slice(textStart, meta.start >= 0 ? meta.start : rec.text().size());
    out.title = leadTitle(out.text.text);
    out.addressedTo = meta.addressedTo;
    out.priority = meta.priority;
    out.resourceImplications = meta.resourceImplications;
    out.timing = meta.timing;

    out.responseText = cellText(row, map.response, joiner).all();
    out.responseCategory = answerCategory(cellText(row, map.acceptance, joiner).text());
    if (out.responseCategory.isEmpty()) {
        out.responseCategory = responseCategory(out.responseText.text);
    }
    out.actions = rowActions(row, map, joiner, &out.actionsIntro);
    appendDonorComments(row, map, joiner, out);
    if (out.id.isEmpty() && out.responseText.isEmpty() && out.actions.isEmpty() && out.donorComments.isEmpty()) {
        return false; // text in the recommendation column alone, unnumbered and unanswered: a note, not a record
    }
    // the record's region is its code and recommendation cells, where its text is printed (the
    // response, actions and comments have their own regions); on the pages the row runs on to
    // without them, the row's part there
    out.source = code.all().source;
    out.source.merge(rec.all().source);
    out.source.mergeOtherPages(rowSource(row));
    return true;
}

QList<const Piece *> Recommendation::referenceTexts() const
{
    QList<const Piece *> out{&text, &responseText, &actionsIntro};
    for (const Action &a : actions) {
        out.append(&a.text);
    }
    for (const DonorComment &c : donorComments) {
        out.append(&c.text);
    }
    return out;
}

QJsonObject Recommendation::toJson() const
{
    QJsonArray actionArray;
    for (const Action &a : actions) {
        QJsonObject o{{QStringLiteral("id"), orNull(a.id)},
                      {QStringLiteral("text"), a.text.text},
                      {QStringLiteral("time_frame"), orNull(a.timeFrame)},
                      {QStringLiteral("responsible"), orNull(a.responsible)},
                      {QStringLiteral("source"), a.text.source.toJson()}};
        if (!a.status.isEmpty()) {
            o.insert(QStringLiteral("status"), a.status);
        }
        if (!a.comments.isEmpty()) {
            o.insert(QStringLiteral("comments"), a.comments);
        }
        actionArray.append(o);
    }
    QJsonArray comments;
    for (const DonorComment &c : donorComments) {
        comments.append(QJsonObject{{QStringLiteral("donor"), c.donor},
                                    {QStringLiteral("text"), c.text.text},
                                    {QStringLiteral("source"), c.text.source.toJson()}});
    }
    QJsonObject o{
        {QStringLiteral("id"), orNull(id)},
        {QStringLiteral("section"), orNull(section)},
        {QStringLiteral("title"), orNull(title)},
        {QStringLiteral("text"), orNull(text.text)},
        {QStringLiteral("addressed_to"),
         addressedTo.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(addressedTo))},
        {QStringLiteral("priority"), orNull(priority)},
        {QStringLiteral("resource_implications"), orNull(resourceImplications)},
        {QStringLiteral("timing"), orNull(timing)},
        {QStringLiteral("response_category"), orNull(responseCategory)},
        {QStringLiteral("response_text"), orNull(responseText.text)},
        {QStringLiteral("actions"), actionArray},
        {QStringLiteral("donor_comments"), comments},
        {QStringLiteral("source"), source.toJson()},
        {QStringLiteral("sources"), QJsonObject{{QStringLiteral("text"), text.source.toJson()},
                                                {QStringLiteral("response_text"), responseText.source.toJson()}}},
    };
    if (!actionsIntro.isEmpty()) {
        o.insert(QStringLiteral("actions_intro"), actionsIntro.text);
    }
    return o;
}

} // namespace evalreview::extract::mr
