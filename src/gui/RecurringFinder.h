#pragma once

#include <QObject>

#include <atomic>
#include <memory>

class QAction;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace evalreview {

class LibrarySession;

/// Find Recurring Recommendations: computes the groups of recurring recommendations of the whole
/// library again (RecurringStore::compute) on the library's writer, as `recurring --compute` does.
/// While it runs the action is disabled and a busy bar with Cancel shows in the window's status
/// bar, which then tells what was found; cancelled, the groups stay as they were. Disabled where groups cannot be
/// stored (a read-only library, a team library's viewer).
class RecurringFinder : public QObject
{
    Q_OBJECT
public:
    RecurringFinder(LibrarySession &session, QStatusBar &statusBar, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    /// The busy bar in the status bar, shown while the groups are computed, and its Cancel.
    QProgressBar *busyIndicator() const { return m_busy; }
    QToolButton *cancelButton() const { return m_cancel; }
    bool isRunning() const { return m_running; }

    /// Computes the groups (nothing when they are being computed already or cannot be stored).
    void find();
    /// Stops the computation under way (or queued): nothing is stored.
    void cancel();
    /// Enables the action for the open library.
    void updateAction();

Q_SIGNALS:
    /// The groups are stored: `groups` groups of `grouped` recommendations in all.
    void found(qint64 groups, qint64 grouped);
    /// The computation was cancelled: the groups are as they were.
    void cancelled();
    /// They could not be (the window said why).
    void failed();

private:
    LibrarySession &m_session;
    QStatusBar &m_statusBar;
    QAction *m_action = nullptr;
    QProgressBar *m_busy = nullptr;
    QToolButton *m_cancel = nullptr;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_stop; ///< asked by the computation on the writer thread
};

} // namespace evalreview
