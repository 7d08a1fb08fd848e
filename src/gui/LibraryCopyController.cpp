#include "LibraryCopyController.h"

#include "LibrarySession.h"
#include "LibraryStoreFactory.h"
#include "MainWindow.h"
#include "QuestionBox.h"
#include "StoreResult.h"
#include "TeamLibraryCopy.h"
#include "TeamLibraryDialog.h"
#include "UserMessages.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QMetaObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace evalreview {

namespace {

LibraryCopyController::OpenQuestion &openQuestion()
{
    static LibraryCopyController::OpenQuestion question;
    return question;
}

} // namespace

void LibraryCopyController::setOpenQuestion(OpenQuestion question)
{
    openQuestion() = std::move(question);
}

LibraryCopyController::LibraryCopyController(MainWindow &window, LibrarySession &session, QObject *parent)
    : QObject(parent), m_window(window), m_session(session)
{
    m_action = new QAction(tr("Cop&y Library to Server…"), this);
    m_action->setObjectName(QStringLiteral("actionCopyToServer"));
    m_action->setStatusTip(tr("Copy the open library file, with all its reviewer data, into an empty team library"));
    connect(m_action, &QAction::triggered, this, &LibraryCopyController::chooseTarget);
    connect(&m_session, &LibrarySession::opened, this, &LibraryCopyController::updateAction);
    updateAction();
}

LibraryCopyController::~LibraryCopyController()
{
    m_cancel = true;
    m_future.waitForFinished();
}

void LibraryCopyController::updateAction()
{
    m_action->setEnabled(!m_running && m_session.isOpen() && !m_session.isTeamLibrary());
}

void LibraryCopyController::chooseTarget()
{
    if (m_running || !m_session.isOpen() || m_session.isTeamLibrary()) {
        return;
    }
    TeamLibraryDialog dialog(QString(), &m_window);
    dialog.setPurpose(tr("Copy Library to Server"), tr("&Copy"),
                      tr("The library %1 is copied, with all its reviewer data, into a team library that holds "
                         "nothing yet. Only the owner of the team library's database can do this; the library "
                         "file stays as it is.")
                          .arg(QFileInfo(m_session.path()).fileName()));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const StoreResult<void> remembered =
        guarded([&dialog] { useTeamLibraryPassword(dialog.address(), dialog.password()); });
    if (!remembered) {
        messages::show(&m_window, messages::Kind::Error, tr("Library not copied"), remembered.errorString());
        return;
    }
    copyTo(dialog.address());
}

bool LibraryCopyController::copyTo(const QString &address)
{
    if (m_running || !m_session.isOpen() || m_session.isTeamLibrary()) {
        return false;
    }
    const QString file = m_session.path();
    m_running = true;
    m_cancel = false;
    updateAction();

    m_progress = new QProgressDialog(&m_window);
    m_progress->setObjectName(QStringLiteral("copyProgress"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowTitle(tr("Copy Library to Server"));
    m_progress->setLabelText(tr("Copying %1 to the team library %2…\nThe copy is one step on the server: if you "
                                "cancel it, nothing is copied.")
                                 .arg(QFileInfo(file).fileName(), MainWindow::teamLibraryName(address)));
    m_progress->setRange(0, 0); // how long it takes is not known
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &LibraryCopyController::cancel);
    m_progress->show();
    m_window.statusBar()->showMessage(
        tr("Copying the library to the team library %1…").arg(MainWindow::teamLibraryName(address)));

    // The reviewer's last edits go with the copy: it starts once the window's writer has stored them.
    m_session.afterQueuedWrites([self = QPointer<LibraryCopyController>(this), file, address] {
        if (self) {
            self->startCopy(file, address);
        }
    });
    return true;
}

void LibraryCopyController::startCopy(const QString &file, const QString &address)
{
    m_future = QtConcurrent::run([this, file, address] {
        qint64 documents = 0;
        // The file through a read-only connection of this thread's own; the server's connection too.
        const QString error =
            guarded([&] { documents = copyLibraryToServer(file, address, &m_cancel).documents; }).errorString();
        QMetaObject::invokeMethod(
            this, [this, file, address, error, documents] { copyEnded(file, address, error, documents); });
    });
}

void LibraryCopyController::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancel = true;
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling the copy…"));
    }
    m_window.statusBar()->showMessage(tr("Cancelling the copy…"));
}

void LibraryCopyController::copyEnded(const QString &file, const QString &address, const QString &error,
                                      qint64 documents)
{
    m_running = false;
    const bool cancelled = m_cancel.exchange(false);
    if (m_progress) {
        m_progress->close();
    }
    updateAction();
    if (!error.isEmpty()) {
        if (cancelled) {
            m_window.statusBar()->showMessage(tr("The copy was cancelled; nothing was copied to the team library."),
                                              5000);
        } else {
            m_window.statusBar()->clearMessage();
            messages::show(&m_window, messages::Kind::Error, tr("Library not copied"), error);
        }
        Q_EMIT finished(error);
        return;
    }
    m_window.statusBar()->showMessage(
        tr("The library was copied to the team library %1.").arg(MainWindow::teamLibraryName(address)), 5000);
    const QString text = tr("%n document(s) of %1, with all the reviewer data, are now in the team library %2. "
                            "Open the team library now?",
                            nullptr, int(documents))
                             .arg(QFileInfo(file).fileName(), MainWindow::teamLibraryName(address));
    auto answer = [window = QPointer<MainWindow>(&m_window), address](bool open) {
        if (open && window) {
            window->openLibrary(address);
        }
    };
    if (openQuestion()) {
        openQuestion()(&m_window, text, answer);
    } else {
        auto *box =
            new QMessageBox(QMessageBox::Question, tr("Library copied"), text, QMessageBox::NoButton, &m_window);
        QPushButton *open = box->addButton(tr("&Open Team Library"), QMessageBox::AcceptRole);
        QPushButton *stay = box->addButton(tr("&Keep This Library Open"), QMessageBox::RejectRole);
        question_box::open(box, open, stay, answer);
    }
    Q_EMIT finished(QString());
}

} // namespace evalreview
