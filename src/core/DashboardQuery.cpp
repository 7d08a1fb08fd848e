#include "DashboardQuery.h"

#include "Disagreement.h"
#include "FollowUpSql.h"
#include "Model.h"
#include "Sqlite.h"

namespace evalreview {

namespace {

QList<GroupCount> groupCounts(sql::Database &db, const QString &sqlText)
{
    sql::Statement st = db.prepare(sqlText);
    QList<GroupCount> out;
    while (st.next()) {
        out.append({st.text(0), st.text(1), st.integer(2)});
    }
    return out;
}

constexpr auto kOpen = "coalesce(f.status, 'not_started') NOT IN " EVALREVIEW_SQL_CLOSED_STATUSES;

} // namespace

DashboardQuery::DashboardQuery(sql::Database &db) : m_db(db)
{
    registerFollowUpFunctions(m_db);
}

qint64 DashboardQuery::recommendationCount()
{
    sql::Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM recommendations"));
    return st.next() ? st.integer(0) : 0;
}

DashboardFigures DashboardQuery::all(const QDate &today, int staleMonths)
{
    DashboardFigures f;
    f.recommendations = recommendationCount();
    f.overdue = overdueCount(today);
    f.stale = staleCount(today, staleMonths);
    f.acceptanceBySection = acceptanceBySection();
    f.statusByDueQuarter = statusByDueQuarter();
    f.closureOverTime = closureOverTime();
    f.donorActivity = donorActivity();
    return f;
}

QList<GroupCount> DashboardQuery::acceptanceBySection()
{
    return groupCounts(m_db, QStringLiteral("SELECT coalesce(r.section, ''), coalesce(rs.category, ''), count(*)"
                                            " FROM recommendations r LEFT JOIN responses rs"
                                            " ON rs.recommendation_id = r.id GROUP BY 1, 2 ORDER BY 1, 2"));
}

QList<GroupCount> DashboardQuery::statusByDueQuarter()
{
    // The due date as ISO text on both backends (a date column on a team library's server).
    return groupCounts(
        m_db, QStringLiteral(
                  "SELECT quarter, status, count(*) FROM (SELECT CASE WHEN f.due_date IS NULL THEN ''"
                  " ELSE substr(CAST(f.due_date AS TEXT), 1, 4) || '-Q' ||"
                  " CAST((CAST(substr(CAST(f.due_date AS TEXT), 6, 2) AS INTEGER) + 2) / 3 AS TEXT) END AS quarter,"
                  " coalesce(f.status, 'not_started') AS status"
                  " FROM recommendations r LEFT JOIN followups f ON f.recommendation_id = r.id) q"
                  " GROUP BY quarter, status ORDER BY quarter = '', quarter, status"));
}

qint64 DashboardQuery::overdueCount(const QDate &today)
{
    sql::Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM followups f WHERE f.due_date < ?"
                                                    " AND f.recommendation_id IS NOT NULL AND %1")
                                         .arg(QLatin1String(kOpen)));
    st.bind(1, today.toString(Qt::ISODate));
    return st.next() ? st.integer(0) : 0;
}

qint64 DashboardQuery::staleCount(const QDate &today, int months)
{
    // The last reviewer change (history), else the import, older than the cut-off.
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM recommendations r JOIN documents d ON d.id = r.document_id"
                       " LEFT JOIN followups f ON f.recommendation_id = r.id WHERE %1 AND"
                       " coalesce((SELECT max(h.changed_at) FROM followup_history h WHERE h.followup_id = f.id),"
                       " d.imported_at) < ?")
            .arg(QLatin1String(kOpen)));
    st.bind(1, today.addMonths(-months).startOfDay(Qt::UTC).toString(Qt::ISODate));
    return st.next() ? st.integer(0) : 0;
}

QList<ClosurePoint> DashboardQuery::closureOverTime()
{
    // A record counts as closed in the month of its last change to completed, if it is completed now.
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT substr(CAST(closed_at AS TEXT), 1, 7), count(*) FROM ("
                       " SELECT max(h.changed_at) AS closed_at FROM followups f"
                       " JOIN followup_history h ON h.followup_id = f.id"
                       " WHERE f.status = 'completed' AND f.recommendation_id IS NOT NULL AND h.field = 'status'"
                       " AND h.new_value = 'completed' GROUP BY f.id) closed"
                       " GROUP BY 1 ORDER BY 1"));
    const qint64 total = recommendationCount();
    QList<ClosurePoint> out;
    qint64 soFar = 0;
    while (st.next()) {
        ClosurePoint p;
        p.month = QDate::fromString(st.text(0) + QStringLiteral("-01"), Qt::ISODate);
        p.closed = st.integer(1);
        soFar += p.closed;
        p.closedSoFar = soFar;
        p.rate = total > 0 ? double(soFar) / double(total) : 0;
        out.append(p);
    }
    return out;
}

QList<DonorActivity> DashboardQuery::donorActivity()
{
    if (m_db.isServer()) {
        return serverDonorActivity();
    }
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT c.donor, count(*), sum(donor_stance(c.text) > 0 AND %1)"
                       " FROM donor_comments c LEFT JOIN followups f ON f.recommendation_id = c.recommendation_id"
                       " GROUP BY c.donor ORDER BY c.donor")
            .arg(QLatin1String(kOpen)));
    QList<DonorActivity> out;
    while (st.next()) {
        out.append({st.text(0), st.integer(1), st.integer(2)});
    }
    return out;
}

QList<DonorActivity> DashboardQuery::serverDonorActivity()
{
    // The wording classifier runs here, not in the server: each donor's distinct comment texts once,
    // with how many of them sit on open and on closed records.
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT c.donor, c.text, count(*), count(*) FILTER (WHERE %1)"
                       " FROM donor_comments c LEFT JOIN followups f ON f.recommendation_id = c.recommendation_id"
                       " GROUP BY c.donor, c.text ORDER BY c.donor")
            .arg(QLatin1String(kOpen)));
    QList<DonorActivity> out;
    while (st.next()) {
        if (out.isEmpty() || out.last().donor != st.text(0)) {
            out.append({st.text(0), 0, 0});
        }
        DonorActivity &a = out.last();
        a.comments += st.integer(2);
        if (donorStance(st.text(1)) != DonorStance::Agrees) {
            a.openRequests += st.integer(3);
        }
    }
    return out;
}

std::pair<QDate, QDate> DashboardQuery::quarterRange(const QString &quarter)
{
    const int year = quarter.left(4).toInt();
    const int q = quarter.mid(6).toInt();
    if (year <= 0 || q < 1 || q > 4) {
        return {};
    }
    const QDate first(year, (q - 1) * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

} // namespace evalreview
