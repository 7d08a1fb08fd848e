#pragma once

#include "DashboardQuery.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>

class QBarSet;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace evalreview {

class ChartTable;
class LibrarySession;

/// What a click on the dashboard asks the recommendations table to show.
struct DashboardPick
{
    QString section;
    QString responseCategory;
    QString status;
    QString donor;
    bool overdue = false;
    QDate dueFrom; ///< a due quarter (both set), or
    QDate dueTo;
    bool withoutDueDate = false; ///< the "no due date" bar
    QString dueLabel;            ///< "2025-Q3", "No due date"
};

/// Charts of the library's follow-up: acceptance mix by section / country, follow-up status by due
/// quarter, closure rate over time, and per donor the comments and open requests; with the
/// overdue and stale counts. Every figure is one GROUP BY query (DashboardQuery), read on the
/// library's reader thread. A click on a bar asks the table to filter for it. Reloads when shown or
/// when the library changes while shown. "Show as Tables" shows the same figures as tables, for the
/// keyboard and screen readers.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(LibrarySession &session, QWidget *parent = nullptr);

    /// Reads the figures again on the library's reader (the charts keep theirs until the new
    /// ones come; a busy bar shows meanwhile).
    void reload();
    /// Whether a reload has not answered yet.
    bool isLoading() const;
    /// Marks the figures out of date; they are read again when the view is next shown.
    void invalidate();

    QChartView *acceptanceChart() const { return m_acceptance; }
    QChartView *statusChart() const { return m_status; }
    QChartView *closureChart() const { return m_closure; }
    QChartView *donorChart() const { return m_donors; }
    QLabel *summary() const { return m_summary; }
    /// The bar set of one series by its label (e.g. "Accepted"), for tests and scripting.
    QBarSet *barSet(QChartView *chart, const QString &label) const;
    /// The table of a chart's figures (shown by "Show as Tables").
    ChartTable *tableOf(QChartView *chart) const { return m_tables.value(chart); }

Q_SIGNALS:
    void filterRequested(const DashboardPick &pick);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFigures(const DashboardFigures &figures, int staleMonths);
    void drawNext();
    void addPage(const QList<QWidget *> &four);
    void mirror(QChartView *chart);
    void fillAcceptance(const QList<GroupCount> &counts);
    void fillStatus(const QList<GroupCount> &counts);
    void fillClosure(const QList<ClosurePoint> &points);
    void fillDonors(const QList<DonorActivity> &donors);

    LibrarySession &m_session;
    QLabel *m_summary = nullptr;
    QPushButton *m_overdue = nullptr;
    QChartView *m_acceptance = nullptr;
    QChartView *m_status = nullptr;
    QChartView *m_closure = nullptr;
    QChartView *m_donors = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_asTables = nullptr;
    QStackedWidget *m_pages = nullptr; ///< the charts, or their figures as tables
    QHash<QChartView *, ChartTable *> m_tables;
    QList<std::function<void()>> m_drawing; ///< the charts still to draw, one per event-loop turn
    bool m_dirty = true;
};

} // namespace evalreview
