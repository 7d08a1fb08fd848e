#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>

class QDockWidget;
class QLabel;
class QMenu;

namespace evalreview {

class BackupController;
class DashboardView;
class DisagreementView;
class ExportDialog;
class LibrarySession;
class LinkChainPanel;
struct FollowUpFlags;
class MainWindow;
class RecommendationsPanel;
struct DashboardPick;

/// The follow-up views of the workbench, composed into the main window: the disagreement view and
/// the dashboard (docks below the table), the linked chain with the due-date, overdue and stale
/// flags of the selection (a dock beside), File > Export…, Back Up Library… and Restore From
/// Backup…. Derived due dates are stored when a library is opened or documents are imported.
class FollowUpViews : public QObject
{
    Q_OBJECT
public:
    FollowUpViews(MainWindow &window, LibrarySession &session, RecommendationsPanel &table, QObject *parent = nullptr);
    ~FollowUpViews() override;

    /// Adds Export…, Back Up Library… and Restore From Backup… to the File menu.
    void addFileActions(QMenu *file);

    /// Opens the export dialog (non-modal) for the table's current filter.
    ExportDialog *showExportDialog();
    ExportDialog *exportDialog() const;

    DisagreementView *disagreements() const { return m_disagreements; }
    DashboardView *dashboard() const { return m_dashboard; }
    LinkChainPanel *linkChain() const { return m_chain; }
    BackupController *backup() const { return m_backup; }
    QLabel *flagsLabel() const { return m_flags; }
    QDockWidget *disagreementDock() const { return m_disagreementDock; }
    QDockWidget *dashboardDock() const { return m_dashboardDock; }

    /// Sets the table's filters to what a dashboard click picked.
    void applyPick(const DashboardPick &pick);
    /// True while derived due dates are being stored in the background.
    bool isDerivingDueDates() const { return m_deriving; }

Q_SIGNALS:
    /// The background pass over due dates has finished (`stored` dates were added).
    void dueDatesDerived(int stored);

private:
    void libraryChanged();
    void deriveDueDates();
    void showSelection(qint64 recommendationId);
    void showFlags(const FollowUpFlags &flags, int months);

    MainWindow &m_window;
    LibrarySession &m_session;
    RecommendationsPanel &m_table;
    DisagreementView *m_disagreements = nullptr;
    DashboardView *m_dashboard = nullptr;
    LinkChainPanel *m_chain = nullptr;
    QLabel *m_flags = nullptr;
    qint64 m_flagsOf = 0; ///< the recommendation whose flags are shown or being read
    QDockWidget *m_disagreementDock = nullptr;
    QDockWidget *m_dashboardDock = nullptr;
    BackupController *m_backup = nullptr;
    QPointer<ExportDialog> m_exportDialog;
    QFuture<void> m_derivation;
    std::atomic<bool> m_cancelDerivation = false;
    bool m_deriving = false;
    bool m_deriveAgain = false;
};

} // namespace evalreview
