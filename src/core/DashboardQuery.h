#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace evalreview {

namespace sql {
class Database;
}

/// How many recommendations of one group (a section, a due quarter) have one value (a response
/// category, a follow-up status).
struct GroupCount
{
    QString group; ///< "" for recommendations without a section / due date
    QString value;
    qint64 count = 0;
};

/// Completions recorded in one month, and the share of all recommendations closed by its end.
struct ClosurePoint
{
    QDate month; ///< first day of the month
    qint64 closed = 0;
    qint64 closedSoFar = 0;
    double rate = 0; ///< closedSoFar / all recommendations
};

struct DonorActivity
{
    QString donor;
    qint64 comments = 0;
    qint64 openRequests = 0; ///< comments that ask for something or disagree, on records not yet closed
};

/// Every figure of the dashboard, read at once (on a reader thread).
struct DashboardFigures
{
    qint64 recommendations = 0;
    qint64 overdue = 0;
    qint64 stale = 0;
    QList<GroupCount> acceptanceBySection;
    QList<GroupCount> statusByDueQuarter;
    QList<ClosurePoint> closureOverTime;
    QList<DonorActivity> donorActivity;
};

/// The aggregates of the dashboard, each one GROUP BY query over indexed columns.
class DashboardQuery
{
public:
    explicit DashboardQuery(sql::Database &db);

    QList<GroupCount> acceptanceBySection();
    /// Follow-up status by the quarter of the due date ("2025-Q3"); records without a due date in group "".
    QList<GroupCount> statusByDueQuarter();
    /// Not completed and due before `today`.
    qint64 overdueCount(const QDate &today);
    /// Open records with no reviewer update for `months` months (the import counts as the first update).
    qint64 staleCount(const QDate &today, int months);
    QList<ClosurePoint> closureOverTime();
    QList<DonorActivity> donorActivity();
    qint64 recommendationCount();

    /// Every figure, with `today` for the overdue and stale counts.
    DashboardFigures all(const QDate &today, int staleMonths);

    /// The first and last day of a quarter label of statusByDueQuarter().
    static std::pair<QDate, QDate> quarterRange(const QString &quarter);

private:
    /// donorActivity() on a team library: the comments' stances worked out in the program.
    QList<DonorActivity> serverDonorActivity();

    sql::Database &m_db;
};

} // namespace evalreview
