#pragma once

#include <QObject>

class QAction;
class QProgressBar;
class QStatusBar;

namespace evalreview {

class LibrarySession;

/// Find Recurring Recommendations: computes the groups of recurring recommendations of the whole
/// library again (RecurringStore::compute) on the library's writer, as `recurring --compute` does.
/// The computation cannot be interrupted; while it runs the action is disabled and a busy bar
/// shows in the window's status bar, which then tells what was found. Disabled where groups cannot be stored (a
/// read-only library, a team library's viewer).
class RecurringFinder : public QObject
{
    Q_OBJECT
public:
    RecurringFinder(LibrarySession &session, QStatusBar &statusBar, QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    /// The busy bar in the status bar, shown while the groups are computed.
    QProgressBar *busyIndicator() const { return m_busy; }
    bool isRunning() const { return m_running; }

    /// Computes the groups (nothing when they are being computed already or cannot be stored).
    void find();
    /// Enables the action for the open library.
    void updateAction();

Q_SIGNALS:
    /// The groups are stored: `groups` groups of `grouped` recommendations in all.
    void found(qint64 groups, qint64 grouped);
    /// They could not be (the window said why).
    void failed();

private:
    LibrarySession &m_session;
    QStatusBar &m_statusBar;
    QAction *m_action = nullptr;
    QProgressBar *m_busy = nullptr;
    bool m_running = false;
};

} // namespace evalreview
