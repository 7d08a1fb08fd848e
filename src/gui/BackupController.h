#pragma once

#include <QFuture>
#include <QObject>

#include <functional>

class QWidget;

namespace evalreview {

class MainWindow;
class LibrarySession;

/// File > Back Up Library… (VACUUM INTO on a worker thread with its own connection, atomically
/// renamed into place) and File > Restore From Backup… (the backup is checked first; then the
/// library is closed, kept aside as <library>.before-restore, the backup copied into place and
/// the library reopened).
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(MainWindow &window, LibrarySession &session, QObject *parent = nullptr);
    ~BackupController() override;

    /// Asks for the file, then backs up in the background.
    void chooseBackup();
    /// Asks for the backup and a confirmation, then restores.
    void chooseRestore();

    /// Backs up to `path` in the background; backupFinished() tells the outcome.
    bool backUpTo(const QString &path);
    /// Restores from `path` now; false with a message shown when it could not.
    bool restoreFrom(const QString &path);
    bool isRunning() const { return m_running; }

    /// Replaces the file dialogs and the confirmation (tests): returns the chosen file, or "" to cancel.
    using FileChooser = std::function<QString(bool restore)>;
    static void setFileChooser(FileChooser chooser);
    /// Called before the library is closed for a restore (background writers finish first).
    void setBeforeClose(std::function<void()> wait) { m_beforeClose = std::move(wait); }
    /// Asked before a restore: a sentence saying why it must wait (an export or import still reading
    /// the library), or "" when it may go ahead. A restore is refused, not queued, while it says so.
    void setBusyReason(std::function<QString()> reason) { m_busyReason = std::move(reason); }

Q_SIGNALS:
    void backupFinished(const QString &error);
    void restored();

private:
    QWidget *parentWidget() const;

    MainWindow &m_window;
    LibrarySession &m_session;
    QFuture<void> m_future;
    bool m_running = false;
    std::function<void()> m_beforeClose;
    std::function<QString()> m_busyReason;
};

} // namespace evalreview
