#pragma once

#include "IndicatorQuery.h"
#include "IndicatorTableModel.h"
#include "ThemeStore.h"

#include <QWidget>

#include <functional>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace evalreview {

class ChartTable;
class LibrarySession;
class PeriodChooser;

/// Themes and follow-up indicators of the library: a bar chart of recommendations per theme (with
/// its figures as a table for the keyboard and screen readers), the closure rate of what was due
/// in the period chosen, the share of accepted recommendations implemented, responses not
/// actionable, overdue follow-ups by owner, and the indicators by document, organisation, year or
/// owner in a sortable table. Read on the library's reader thread when shown, when the library
/// changed, and (the indicators only) when another period is chosen.
class LearningDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit LearningDashboard(LibrarySession &session, QWidget *parent = nullptr);

    void reload();
    void invalidate();
    bool isLoading() const;

    /// The day "today" is for the periods and for overdue; by default the current date (tests).
    void setToday(const QDate &today);
    /// The indicators shown (of the whole library, for the period chosen).
    const Indicators &figures() const { return m_figures; }

    /// Asks where to write the indicators shown as CSV (all, then by document, organisation, year
    /// and owner) and writes them there on a worker thread.
    void exportCsv();
    /// Replaces the file dialog of exportCsv() (tests); nullptr restores it.
    using FileChooser = std::function<QString(QWidget *parent)>;
    static void setFileChooser(FileChooser chooser);

    QChartView *themeChart() const { return m_themes; }
    ChartTable *themeTable() const { return m_themeTable; }
    QLabel *indicators() const { return m_indicators; }
    QTableWidget *overdueByOwner() const { return m_owners; }
    PeriodChooser *periodChooser() const { return m_period; }
    QComboBox *groupingCombo() const { return m_grouping; }
    QTableView *groupTable() const { return m_groupTable; }
    IndicatorTableModel *groupModel() const { return m_groupModel; }
    QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    /// An export finished: `message` says where it was written, or why it was not.
    void exported(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readThemes();
    void readIndicators();
    void showThemes(const QList<ThemeCount> &counts);
    void showIndicators(const Indicators &indicators);
    void showGroups();
    void periodChosen();
    QDate today() const;

    LibrarySession &m_session;
    QChartView *m_themes = nullptr;
    ChartTable *m_themeTable = nullptr;
    QLabel *m_indicators = nullptr;
    QTableWidget *m_owners = nullptr;
    PeriodChooser *m_period = nullptr;
    QProgressBar *m_busy = nullptr;
    QComboBox *m_grouping = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_groupTable = nullptr;
    IndicatorTableModel *m_groupModel = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    Indicators m_figures;
    QDate m_today;
    bool m_dirty = true;
};

} // namespace evalreview
