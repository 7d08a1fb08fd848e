// Facet counts: the values each facet takes under the other criteria of a filter.
#include "LessonQuery.h"
#include "Model.h"
#include "RecommendationQuery.h"
#include "RecommendationWhere.h"

#include <algorithm>

namespace evalreview {

QList<FacetValue> RecommendationQuery::facetValues(Facet facet, const RecommendationFilter &filter)
{
    if (facet == Facet::Theme && !libraryHasTable(m_db, QStringLiteral("theme_tags"))) {
        return {}; // a read-only library of a format before themes
    }
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
        sql = QStringLiteral("SELECT donor, donor, count(DISTINCT recommendation_id) FROM donor_comments WHERE 1 = 1") +
              ids + QStringLiteral(" GROUP BY donor");
        break;
    case Facet::Status:
        sql = QStringLiteral(
                  "SELECT status, status, count(*) FROM followups WHERE status IN " EVALREVIEW_SQL_STARTED_STATUSES) +
              ids + QStringLiteral(" GROUP BY status");
        break;
    case Facet::Theme:
        sql = QStringLiteral("SELECT th.key, th.label, count(DISTINCT t.target_id) FROM theme_tags t"
                             " JOIN themes th ON th.id = t.theme_id"
                             " WHERE t.target_type = 'recommendation' AND t.status <> 'removed'") +
              QString(ids).replace(QStringLiteral("recommendation_id IN"), QStringLiteral("t.target_id IN")) +
              QStringLiteral(" GROUP BY th.id");
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
