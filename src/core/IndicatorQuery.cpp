#include "IndicatorQuery.h"

#include "Disagreement.h"
#include "FollowUpSql.h"
#include "Model.h"
#include "Sqlite.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace evalreview {

namespace {

/// The first acronym of a title set in mixed case ("WFP management response", "Evaluation of
/// UN-Women's …"): two to seven capitals, a hyphenated part allowed, no roman numeral. A title
/// in capitals throughout names no acronym this way.
QString acronymIn(const QString &text)
{
    if (!text.contains(QRegularExpression(QStringLiteral("\\p{Ll}")))) {
        return {};
    }
    static const QRegularExpression acronym(QStringLiteral("\\b(\\p{Lu}{2,7}(?:-\\p{Lu}?\\p{L}{1,6})?)\\b"));
    static const QRegularExpression roman(QStringLiteral("^[IVXLC]+$"));
    for (auto it = acronym.globalMatch(text); it.hasNext();) {
        const QString a = it.next().captured(1);
        if (!roman.match(a).hasMatch()) {
            return a;
        }
    }
    return {};
}

QDate parseLooseDate(const QString &text)
{
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression year(QStringLiteral("\\b((?:19|20)\\d{2})\\b"));
    if (const auto m = full.match(text); m.hasMatch()) {
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (const auto m = month.match(text); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    }
    QDate last;
    auto it = year.globalMatch(text);
    while (it.hasNext()) {
        last = QDate(it.next().captured(1).toInt(), 12, 31);
    }
    return last;
}

struct Fact
{
    qint64 documentId = 0;
    QString category;
    bool hasResponse = false;
    bool actionable = false;
    QString status;
    QDate due;
    QDate completed;
    QString owner;
    qint64 openRequests = 0;
};

bool isAccepted(const QString &category)
{
    return category == QLatin1String("accepted") || category == QLatin1String("accepted_with_reservations") ||
           category == QLatin1String("partially_accepted");
}

bool isClosed(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("no_longer_relevant");
}

} // namespace

std::optional<double> IndicatorRow::medianResponseDays() const
{
    if (responseDays.isEmpty()) {
        return std::nullopt;
    }
    QList<qint64> days = responseDays;
    std::sort(days.begin(), days.end());
    const qsizetype middle = days.size() / 2;
    return days.size() % 2 == 1 ? double(days.at(middle)) : (double(days.at(middle - 1)) + double(days.at(middle))) / 2;
}

IndicatorQuery::IndicatorQuery(sql::Database &db) : m_db(db)
{
    registerFollowUpFunctions(m_db);
}

QDate IndicatorQuery::documentDate(const QString &metadataJson)
{
    const QJsonObject m = QJsonDocument::fromJson(metadataJson.toUtf8()).object();
    for (const char *key : {"date", "evaluation_date", "response_date", "end"}) {
        const QDate d = parseLooseDate(m.value(QLatin1String(key)).toString());
        if (d.isValid()) {
            return d;
        }
    }
    const QDate periodEnd =
        parseLooseDate(m.value(QLatin1String("period")).toObject().value(QLatin1String("end")).toString());
    if (periodEnd.isValid()) {
        return periodEnd;
    }
    return {};
}

QString IndicatorQuery::organisationOf(const QString &metadataJson, const QString &fileName, const QString &title)
{
    const QJsonObject m = QJsonDocument::fromJson(metadataJson.toUtf8()).object();
    for (const char *key : {"organization", "organisation", "agency"}) {
        const QString v = m.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty()) {
            return v;
        }
    }
    if (const QString a = acronymIn(title); !a.isEmpty()) {
        return a;
    }
    const QString head = fileName.section(QRegularExpression(QStringLiteral("[-_ .]")), 0, 0).toUpper();
    const QRegularExpression printed(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(head)));
    return head.size() >= 2 && metadataJson.contains(printed) ? head : QString();
}

Indicators IndicatorQuery::compute(const QDate &today, const QDate &from, const QDate &to)
{
    const auto yearOf = [](const QDate &date) { return date.isValid() ? QString::number(date.year()) : QString(); };
    Indicators out;
    out.today = today;
    out.from = from;
    out.to = to.isValid() ? to : today;

    struct Doc
    {
        QString title;
        QString organisation;
        QDate date;
        QString kind;
    };
    QHash<qint64, Doc> docs;
    QList<qint64> docOrder;
    {
        sql::Statement st = m_db.prepare(
            QStringLiteral("SELECT id, title, file_name, metadata, kind FROM documents ORDER BY title, id"));
        while (st.next()) {
            Doc d;
            d.title = st.text(1).isEmpty() ? st.text(2) : st.text(1);
            d.organisation = organisationOf(st.text(3), st.text(2), st.text(1));
            d.date = documentDate(st.text(3));
            d.kind = st.text(4);
            docs.insert(st.integer(0), d);
            docOrder.append(st.integer(0));
        }
    }

    // Donor comments that ask for something or disagree, by recommendation: counted by the SQL
    // function on a library file; on a team library the wording classifier runs here, on each
    // recommendation's distinct comment texts.
    const bool server = m_db.isServer();
    QHash<qint64, qint64> serverRequests;
    if (server) {
        sql::Statement comments =
            m_db.prepare(QStringLiteral("SELECT recommendation_id, text, count(*) FROM donor_comments WHERE NOT deleted"
                                        " GROUP BY recommendation_id, text"));
        while (comments.next()) {
            if (donorStance(comments.text(1)) != DonorStance::Agrees) {
                serverRequests[comments.integer(0)] += comments.integer(2);
            }
        }
    }
    const QString openRequests =
        server ? QStringLiteral("0")
               : QStringLiteral("(SELECT count(*) FROM donor_comments c WHERE c.recommendation_id = r.id"
                                " AND NOT c.deleted AND donor_stance(c.text) > 0)");

    // One row per recommendation: response, actionability, follow-up and when it was completed.
    sql::Statement st = m_db.prepare(
        QStringLiteral(
            "SELECT r.document_id, coalesce(rs.category, ''), rs.recommendation_id IS NOT NULL"
            " AND (rs.category IS NOT NULL OR length(coalesce(rs.text, '')) > 0),"
            " EXISTS (SELECT 1 FROM actions a WHERE a.recommendation_id = r.id AND NOT a.deleted"
            "   AND length(trim(coalesce(a.responsible, ''))) > 0 AND length(trim(coalesce(a.time_frame, ''))) > 0),"
            " coalesce(f.status, 'not_started'), CAST(f.due_date AS TEXT), coalesce(f.owner, ''),"
            " CASE WHEN f.status = 'completed' THEN coalesce((SELECT max(h.changed_at) FROM followup_history h"
            "   WHERE h.followup_id = f.id AND h.field = 'status' AND h.new_value = 'completed'), f.updated_at) END,"
            " %1, r.id"
            " FROM recommendations r LEFT JOIN responses rs ON rs.recommendation_id = r.id"
            " LEFT JOIN followups f ON f.recommendation_id = r.id WHERE NOT r.deleted")
            .arg(openRequests));
    QMap<qint64, IndicatorRow> byDocument;
    QMap<QString, IndicatorRow> byOrganisation;
    QMap<QString, IndicatorRow> byYear;
    QMap<QString, IndicatorRow> byOwner;
    QMap<QString, qint64> overdueByOwner;
    const auto add = [&](IndicatorRow &row, const Fact &f) {
        ++row.recommendations;
        if (f.hasResponse) {
            ++row.responses;
            if (!f.actionable) {
                ++row.notActionable;
            }
        }
        if (isAccepted(f.category)) {
            ++row.accepted;
            if (f.status == QLatin1String("completed")) {
                ++row.acceptedImplemented;
            }
        }
        if (f.due.isValid() && (!out.from.isValid() || f.due >= out.from) && f.due <= out.to) {
            ++row.due;
            if (f.completed.isValid() && f.completed <= out.to) {
                ++row.closed;
            }
        }
        const bool open = !isClosed(f.status);
        if (open && f.due.isValid() && f.due < today) {
            ++row.overdue;
        }
        if (open) {
            row.openDonorRequests += f.openRequests;
        }
    };
    while (st.next()) {
        if (m_only && !m_only->contains(st.integer(9))) {
            continue;
        }
        Fact f;
        f.documentId = st.integer(0);
        f.category = st.text(1);
        f.hasResponse = st.integer(2) != 0;
        f.actionable = st.integer(3) != 0;
        f.status = st.text(4);
        f.due = QDate::fromString(st.text(5).left(10), Qt::ISODate);
        f.owner = st.text(6);
        f.completed = QDate::fromString(st.text(7).left(10), Qt::ISODate);
        f.openRequests = server ? serverRequests.value(st.integer(9)) : st.integer(8);
        const Doc doc = docs.value(f.documentId);
        add(out.total, f);
        IndicatorRow &d = byDocument[f.documentId];
        d.documentId = f.documentId;
        d.group = doc.title;
        add(d, f);
        add(byOrganisation[doc.organisation], f);
        add(byYear[yearOf(doc.date)], f);
        add(byOwner[f.owner], f);
        if (!isClosed(f.status) && f.due.isValid() && f.due < today) {
            ++overdueByOwner[f.owner];
        }
    }
    for (auto it = overdueByOwner.begin(); it != overdueByOwner.end(); ++it) {
        out.overdueByOwner.append({it.key(), it.value()});
    }
    std::stable_sort(out.overdueByOwner.begin(), out.overdueByOwner.end(),
                     [](const OwnerOverdue &a, const OwnerOverdue &b) { return a.overdue > b.overdue; });

    // A management response answers an evaluation when one of its recommendations is linked to one
    // of the evaluation's (links the reviewer did not reject).
    sql::Statement pairs = m_db.prepare(QStringLiteral(
        "SELECT e.document_id, m.document_id, e.id, m.id FROM links l"
        " JOIN recommendations m ON m.id = l.from_id JOIN recommendations e ON e.id = l.to_id"
        " WHERE l.from_type = 'recommendation' AND l.to_type = 'recommendation' AND l.relation = 'answers'"
        " AND l.state <> 'rejected' AND e.document_id <> m.document_id"));
    QSet<std::pair<qint64, qint64>> seen;
    while (pairs.next()) {
        const qint64 evaluationId = pairs.integer(0);
        const qint64 responseId = pairs.integer(1);
        if (m_only && !m_only->contains(pairs.integer(2)) && !m_only->contains(pairs.integer(3))) {
            continue;
        }
        if (seen.contains({evaluationId, responseId})) {
            continue;
        }
        seen.insert({evaluationId, responseId});
        const Doc evaluation = docs.value(evaluationId);
        const Doc response = docs.value(responseId);
        if (!evaluation.date.isValid() || !response.date.isValid()) {
            continue;
        }
        const qint64 days = evaluation.date.daysTo(response.date);
        out.responseTimes.append({evaluationId, evaluation.title, responseId, response.title, days});
        out.total.responseDays.append(days);
        for (const qint64 id : {evaluationId, responseId}) {
            if (byDocument.contains(id)) {
                byDocument[id].responseDays.append(days);
            }
        }
        if (byOrganisation.contains(response.organisation)) {
            byOrganisation[response.organisation].responseDays.append(days);
        }
        if (byYear.contains(yearOf(response.date))) {
            byYear[yearOf(response.date)].responseDays.append(days);
        }
    }
    std::sort(out.responseTimes.begin(), out.responseTimes.end(), [](const ResponseTime &a, const ResponseTime &b) {
        return std::pair(a.evaluationId, a.responseId) < std::pair(b.evaluationId, b.responseId);
    });

    for (const qint64 id : std::as_const(docOrder)) {
        if (byDocument.contains(id)) {
            out.byDocument.append(byDocument.value(id));
        }
    }
    const auto named = [](QMap<QString, IndicatorRow> &rows, QList<IndicatorRow> &into) {
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            it->group = it.key();
            into.append(*it);
        }
    };
    named(byOrganisation, out.byOrganisation);
    named(byYear, out.byYear);
    named(byOwner, out.byOwner);
    return out;
}

} // namespace evalreview
