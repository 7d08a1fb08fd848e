// Filtered, paged and faceted lists of recommendations.
#include "RecommendationQuery.h"

#include "SearchQuery.h"
#include "Sqlite.h"

#include <QVariant>

namespace evalreview {

namespace {

constexpr auto kFrom = "FROM recommendations r"
                       " LEFT JOIN responses rs ON rs.recommendation_id = r.id"
                       " LEFT JOIN followups f ON f.recommendation_id = r.id";

/// The recommendation a row of the full-text index belongs to (rowid = source id * 8 + type).
constexpr auto kTextMatch =
    "r.id IN (SELECT CASE s.rowid % 8 WHEN 1 THEN s.rowid / 8 WHEN 2 THEN s.rowid / 8"
    " WHEN 3 THEN (SELECT a.recommendation_id FROM actions a WHERE a.id = s.rowid / 8)"
    " WHEN 4 THEN (SELECT c.recommendation_id FROM donor_comments c WHERE c.id = s.rowid / 8) END"
    " FROM search_index s WHERE search_index MATCH ? AND s.rowid % 8 BETWEEN 1 AND 4)";

struct Where
{
    QStringList clauses;
    QVariantList binds;

    void add(const char *clause, const QVariant &value = {})
    {
        clauses << QString::fromUtf8(clause);
        if (value.isValid()) {
            binds << value;
        }
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
    void bindTo(sql::Statement &st, int first = 1) const
    {
        for (int i = 0; i < binds.size(); ++i) {
            st.bind(first + i, binds.at(i));
        }
    }
};

/// The SQL criteria of `filter`, leaving out the one of `skip` (for facet counts).
Where whereOf(const RecommendationFilter &f, std::optional<Facet> skip = std::nullopt)
{
    Where w;
    if (!f.documentKind.isEmpty()) {
        w.add("r.document_id IN (SELECT id FROM documents WHERE kind = ?)", f.documentKind);
    }
    if (!f.programme.isEmpty()) {
        w.add("r.document_id IN (SELECT id FROM documents WHERE programme = ?)", f.programme);
    }
    if (f.documentId > 0 && skip != Facet::Document) {
        w.add("r.document_id = ?", f.documentId);
    }
    if (!f.section.isEmpty() && skip != Facet::Section) {
        w.add("r.section = ?", f.section);
    }
    if (!f.priority.isEmpty() && skip != Facet::Priority) {
        w.add("r.priority = ?", f.priority);
    }
    if (!f.responseCategory.isEmpty() && skip != Facet::ResponseCategory) {
        w.add("r.id IN (SELECT recommendation_id FROM responses WHERE category = ?)", f.responseCategory);
    }
    if (!f.donor.isEmpty() && skip != Facet::Donor) {
        w.add("r.id IN (SELECT recommendation_id FROM donor_comments WHERE donor = ?)", f.donor);
    }
    if (!f.status.isEmpty() && skip != Facet::Status) {
        // Records without a follow-up row are "not started": that case is the complement of the others.
        if (f.status == followup_status::NotStarted) {
            w.add("r.id NOT IN (SELECT recommendation_id FROM followups WHERE status <> 'not_started'"
                  " AND recommendation_id IS NOT NULL)");
        } else {
            w.add("r.id IN (SELECT recommendation_id FROM followups WHERE status = ?)", f.status);
        }
    }
    if (f.overdueOnly) {
        const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
        w.add("r.id IN (SELECT recommendation_id FROM followups WHERE due_date < ?"
              " AND status NOT IN ('completed', 'no_longer_relevant'))",
              today.toString(Qt::ISODate));
    }
    if (f.withDonorComment) {
        w.add("r.donor_comment_count > 0");
    }
    if (f.dueFrom.isValid()) {
        w.add("r.id IN (SELECT recommendation_id FROM followups WHERE due_date >= ?)", f.dueFrom.toString(Qt::ISODate));
    }
    if (f.dueTo.isValid()) {
        w.add("r.id IN (SELECT recommendation_id FROM followups WHERE due_date <= ?)", f.dueTo.toString(Qt::ISODate));
    }
    if (f.withoutDueDate) {
        w.add("r.id NOT IN (SELECT recommendation_id FROM followups WHERE due_date IS NOT NULL"
              " AND recommendation_id IS NOT NULL)");
    }
    const QString expression = RecommendationQuery::textExpression(f.text);
    if (!expression.isEmpty()) {
        w.add(kTextMatch, expression);
    }
    return w;
}

QString orderBy(RecommendationSort sort, Qt::SortOrder order)
{
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString tail = QStringLiteral(", r.document_id, r.ordinal, r.id");
    switch (sort) {
    case RecommendationSort::DocumentOrder:
        return QStringLiteral(" ORDER BY r.document_id") + dir + QStringLiteral(", r.ordinal") + dir +
               QStringLiteral(", r.id") + dir;
    case RecommendationSort::Code:
        return QStringLiteral(" ORDER BY r.code") + dir + tail;
    case RecommendationSort::Section:
        return QStringLiteral(" ORDER BY r.section") + dir + tail;
    case RecommendationSort::Title:
        return QStringLiteral(" ORDER BY coalesce(nullif(r.title, ''), r.text)") + dir + tail;
    case RecommendationSort::Priority:
        return QStringLiteral(" ORDER BY r.priority") + dir + tail;
    case RecommendationSort::Timing:
        return QStringLiteral(" ORDER BY r.timing") + dir + tail;
    case RecommendationSort::ResponseCategory:
        return QStringLiteral(" ORDER BY rs.category") + dir + tail;
    case RecommendationSort::DonorComments:
        return QStringLiteral(" ORDER BY r.donor_comment_count") + dir + tail;
    case RecommendationSort::Status:
        return QStringLiteral(" ORDER BY coalesce(f.status, 'not_started')") + dir + tail;
    case RecommendationSort::DueDate:
        return QStringLiteral(" ORDER BY f.due_date IS NULL, f.due_date") + dir + tail;
    case RecommendationSort::Owner:
        return QStringLiteral(" ORDER BY f.owner") + dir + tail;
    }
    return tail;
}

} // namespace

QString RecommendationQuery::textExpression(const QString &typed)
{
    QString input = typed.trimmed();
    if (input.isEmpty()) {
        return {};
    }
    // While typing, the last word is a prefix ("strengt" finds "strengthen").
    // Words of one or two letters stay whole: as prefixes they would match nearly everything.
    qsizetype start = input.size();
    while (start > 0 && input.at(start - 1).isLetterOrNumber()) {
        --start;
    }
    if (input.size() - start >= 3 && input.count(QLatin1Char('"')) % 2 == 0) {
        input += QLatin1Char('*');
    }
    return SearchQuery(input).ftsExpression();
}

qint64 RecommendationQuery::count(const RecommendationFilter &filter)
{
    const Where w = whereOf(filter);
    sql::Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM recommendations r") + w.sql());
    w.bindTo(st);
    return st.next() ? st.integer(0) : 0;
}

QList<RecommendationRow> RecommendationQuery::rows(const RecommendationFilter &filter, qint64 offset, int limit,
                                                   RecommendationSort sort, Qt::SortOrder order, qint64 matching)
{
    const Where w = whereOf(filter);
    QString where = w.sql();
    if (matching >= 0 && sort == RecommendationSort::DocumentOrder) {
        const qint64 all = count({});
        if (matching * 20 >= all) {
            // Dense: "+r.id" keeps the id lists from driving the loop, so the index order is used.
            where.replace(QLatin1String("r.id IN ("), QLatin1String("+r.id IN ("));
        }
    }
    sql::Statement st = m_db.prepare(
        QStringLiteral(
            "SELECT r.id, r.document_id, r.code, r.section, coalesce(nullif(r.title, ''), substr(r.text, 1, 160)),"
            " r.priority, r.timing, rs.category, r.donor_comment_count, coalesce(f.status, 'not_started'),"
            " f.due_date, f.owner, r.page_no ") +
        QString::fromUtf8(kFrom) + where + orderBy(sort, order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    w.bindTo(st);
    st.bind(int(w.binds.size()) + 1, qint64(limit));
    st.bind(int(w.binds.size()) + 2, offset);
    QList<RecommendationRow> out;
    out.reserve(limit);
    while (st.next()) {
        RecommendationRow row;
        row.id = st.integer(0);
        row.documentId = st.integer(1);
        row.code = st.text(2);
        row.section = st.text(3);
        row.title = st.text(4).simplified();
        row.priority = st.text(5);
        row.timing = st.text(6);
        row.responseCategory = st.text(7);
        row.donorCommentCount = int(st.integer(8));
        row.status = st.text(9);
        row.dueDate = QDate::fromString(st.text(10), Qt::ISODate);
        row.owner = st.text(11);
        row.page = int(st.integer(12));
        out.append(row);
    }
    return out;
}

QList<FacetValue> RecommendationQuery::facetValues(Facet facet, const RecommendationFilter &filter)
{
    const Where w = whereOf(filter, facet);
    // Facets of the joined tables count over the filtered ids, so no join runs over the whole table.
    const QString ids = w.clauses.isEmpty()
                            ? QString()
                            : QStringLiteral(" AND recommendation_id IN (SELECT r.id FROM recommendations r") +
                                  w.sql() + QLatin1Char(')');
    const QString where = w.clauses.isEmpty() ? QStringLiteral(" WHERE ") : w.sql() + QStringLiteral(" AND ");
    QString sql;
    switch (facet) {
    case Facet::Document:
        sql = QStringLiteral("SELECT r.document_id, (SELECT coalesce(nullif(title, ''), file_name) FROM documents"
                             " WHERE id = r.document_id), count(*) FROM recommendations r") +
              w.sql() + QStringLiteral(" GROUP BY r.document_id");
        break;
    case Facet::Section:
        sql = QStringLiteral("SELECT r.section, r.section, count(*) FROM recommendations r") + where +
              QStringLiteral("r.section <> '' GROUP BY r.section");
        break;
    case Facet::Priority:
        sql = QStringLiteral("SELECT r.priority, r.priority, count(*) FROM recommendations r") + where +
              QStringLiteral("r.priority <> '' GROUP BY r.priority");
        break;
    case Facet::ResponseCategory:
        sql = QStringLiteral("SELECT category, category, count(*) FROM responses WHERE category <> ''") + ids +
              QStringLiteral(" GROUP BY category");
        break;
    case Facet::Donor:
        sql = QStringLiteral("SELECT donor, donor, count(DISTINCT recommendation_id) FROM donor_comments WHERE 1") +
              ids + QStringLiteral(" GROUP BY donor");
        break;
    case Facet::Status:
        sql = QStringLiteral("SELECT status, status, count(*) FROM followups WHERE status <> 'not_started'") + ids +
              QStringLiteral(" GROUP BY status");
        break;
    }
    sql += QStringLiteral(" ORDER BY 3 DESC, 2");
    sql::Statement st = m_db.prepare(sql);
    w.bindTo(st);
    QList<FacetValue> out;
    qint64 counted = 0;
    while (st.next()) {
        FacetValue v;
        v.value = st.text(0);
        v.count = st.integer(2);
        counted += v.count;
        switch (facet) {
        case Facet::ResponseCategory:
            v.label = response_category::label(v.value);
            break;
        case Facet::Status:
            v.label = followup_status::label(v.value);
            break;
        default:
            v.label = st.text(1);
        }
        out.append(v);
    }
    if (facet == Facet::Status) {
        // Everything without another status is not started, with or without a follow-up row.
        RecommendationFilter others = filter;
        others.status.clear();
        const qint64 notStarted = count(others) - counted;
        if (notStarted > 0) {
            FacetValue v{followup_status::NotStarted, followup_status::label(followup_status::NotStarted), notStarted};
            auto at = std::find_if(out.begin(), out.end(), [&](const FacetValue &x) { return x.count < notStarted; });
            out.insert(at, v);
        }
    }
    return out;
}

} // namespace evalreview
