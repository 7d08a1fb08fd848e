#pragma once

#include "IndicatorQuery.h"
#include "ThemeStore.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace evalreview {

class ChartTable;
class LibrarySession;

/// Themes and follow-up indicators of the library: a bar chart of recommendations per theme (with
/// its figures as a table for the keyboard and screen readers), the closure rate of what was due,
/// the share of accepted recommendations implemented, responses not actionable, and overdue
/// follow-ups by owner. Read on the library's reader thread when shown or when the library changed.
class LearningDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit LearningDashboard(LibrarySession &session, QWidget *parent = nullptr);

    void reload();
    void invalidate();
    bool isLoading() const;

    QChartView *themeChart() const { return m_themes; }
    ChartTable *themeTable() const { return m_themeTable; }
    QLabel *indicators() const { return m_indicators; }
    QTableWidget *overdueByOwner() const { return m_owners; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Figures
    {
        QList<ThemeCount> themes;
        Indicators indicators;
    };
    void showFigures(const Figures &figures);

    LibrarySession &m_session;
    QChartView *m_themes = nullptr;
    ChartTable *m_themeTable = nullptr;
    QLabel *m_indicators = nullptr;
    QTableWidget *m_owners = nullptr;
    bool m_dirty = true;
};

} // namespace evalreview
