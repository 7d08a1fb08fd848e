#include "BackupController.h"

#include "LibraryRestore.h"
#include "LibrarySession.h"
#include "LibraryStoreFactory.h"
#include "MainWindow.h"
#include "StoreResult.h"
#include "UserMessages.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace evalreview {

namespace {
BackupController::FileChooser &fileChooser()
{
    static BackupController::FileChooser chooser;
    return chooser;
}
} // namespace

void BackupController::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

BackupController::BackupController(MainWindow &window, LibrarySession &session, QObject *parent)
    : QObject(parent), m_window(window), m_session(session)
{}

BackupController::~BackupController()
{
    m_future.waitForFinished();
}

QWidget *BackupController::parentWidget() const
{
    return &m_window;
}

void BackupController::chooseBackup()
{
    if (!m_session.isOpen()) {
        return;
    }
    QString path;
    if (fileChooser()) {
        path = fileChooser()(false);
    } else {
        const QFileInfo library(m_session.path());
        const QString suggested = library.absoluteDir().filePath(
            QStringLiteral("%1-%2.evalreview")
                .arg(library.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
        path = QFileDialog::getSaveFileName(parentWidget(), tr("Back up the library to"), suggested,
                                            tr("EvalReview libraries (*.evalreview)"));
    }
    if (!path.isEmpty()) {
        backUpTo(path);
    }
}

bool BackupController::backUpTo(const QString &path)
{
    if (m_running || !m_session.isOpen()) {
        return false;
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_session.path()).absoluteFilePath()) {
        messages::show(parentWidget(), messages::Kind::Warning, tr("Backup not written"),
                       tr("A backup cannot replace the library itself; choose another file."));
        return false;
    }
    m_running = true;
    const QString library = m_session.path();
    m_future = QtConcurrent::run([this, library, path] {
        // This thread's own connection.
        const QString error =
            guarded([&library, &path] { openLibraryStore(library, true)->backupTo(path); }).errorString();
        QMetaObject::invokeMethod(this, [this, error, path] {
            m_running = false;
            if (error.isEmpty()) {
                messages::show(parentWidget(), messages::Kind::Information, tr("Library backed up"),
                               tr("The library was backed up to %1.").arg(path));
            } else {
                messages::show(parentWidget(), messages::Kind::Error, tr("Backup failed"), error);
            }
            Q_EMIT backupFinished(error);
        });
    });
    return true;
}

void BackupController::chooseRestore()
{
    if (!m_session.isOpen()) {
        return;
    }
    if (m_session.isTeamLibrary()) {
        messages::show(parentWidget(), messages::Kind::Information, tr("Restore from backup"),
                       tr("A team library is restored on its server by the server's administrator; a local copy "
                          "saved from it can be opened as a library file."));
        return;
    }
    QString path;
    if (fileChooser()) {
        path = fileChooser()(true);
    } else {
        path = QFileDialog::getOpenFileName(parentWidget(), tr("Restore the library from"),
                                            QFileInfo(m_session.path()).absolutePath(),
                                            tr("EvalReview libraries (*.evalreview);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        const auto answer = QMessageBox::question(
            parentWidget(), tr("Restore from backup"),
            tr("The library will be replaced by the backup %1. The current library is kept as %2. Continue?")
                .arg(path, restore::keptAsidePath(m_session.path())));
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    if (!path.isEmpty()) {
        restoreFrom(path);
    }
}

bool BackupController::restoreFrom(const QString &path)
{
    if (!m_session.isOpen()) {
        return false;
    }
    const QString busy = m_running      ? tr("A backup is still being written; restore when it has finished.")
                         : m_busyReason ? m_busyReason()
                                        : QString();
    if (!busy.isEmpty()) {
        messages::show(parentWidget(), messages::Kind::Warning, tr("Backup not restored"), busy);
        return false;
    }
    const QString library = m_session.path();
    const StoreResult<QString> staged = restore::stage(path, library);
    if (!staged) {
        messages::show(parentWidget(), messages::Kind::Error, tr("Backup not restored"), staged.errorString());
        return false;
    }
    if (m_beforeClose) {
        m_beforeClose();
    }
    m_session.close();
    const StoreResult<void> committed = restore::commit(staged.value(), library);
    m_window.openLibrary(library); // the restored library, or the unchanged one after a failure
    if (!committed) {
        messages::show(parentWidget(), messages::Kind::Error, tr("Backup not restored"), committed.errorString());
        return false;
    }
    messages::show(parentWidget(), messages::Kind::Information, tr("Library restored"),
                   tr("The library was restored from %1. The previous library is kept as %2.")
                       .arg(path, restore::keptAsidePath(library)));
    Q_EMIT restored();
    return true;
}

} // namespace evalreview
