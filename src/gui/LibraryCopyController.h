#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>

class QAction;
class QProgressDialog;
class QWidget;

namespace evalreview {

class LibrarySession;
class MainWindow;

/// File > Copy Library to Server…: the open library file, with its documents, records and
/// reviewer data, copied into an empty team library. The copy runs on a worker thread that reads
/// the file through a read-only connection of its own, while a progress dialog (which can cancel
/// it: nothing is copied then) says so; the window keeps working. A failure is one sentence and
/// changes nothing; after a copy the team library can be opened at once.
class LibraryCopyController : public QObject
{
    Q_OBJECT
public:
    LibraryCopyController(MainWindow &window, LibrarySession &session, QObject *parent = nullptr);
    ~LibraryCopyController() override; ///< cancels a copy under way and waits for it

    /// The menu entry: enabled while a library file (not a team library) is open and no copy runs.
    QAction *action() const { return m_action; }

    /// Asks for the team library (its address and password), then copies in the background.
    void chooseTarget();
    /// Copies the open library file into the team library at `address` in the background;
    /// finished() tells the outcome. False when no library file is open or a copy is under way.
    bool copyTo(const QString &address);
    bool isRunning() const { return m_running; }
    /// Stops the copy under way (nothing is copied); its last step, the commit, cannot be stopped.
    void cancel();

    /// "Open the team library now?": `answer` true opens it. Tests replace the question box.
    using OpenQuestion = std::function<void(QWidget *parent, const QString &text, std::function<void(bool)> answer)>;
    static void setOpenQuestion(OpenQuestion question);

Q_SIGNALS:
    /// The copy ended: `error` is "" when it was copied, else the sentence shown.
    void finished(const QString &error);

private:
    void updateAction();
    /// Runs the copy on a worker thread (the window's queued writes are stored by then).
    void startCopy(const QString &file, const QString &address);
    void copyEnded(const QString &file, const QString &address, const QString &error, qint64 documents);

    MainWindow &m_window;
    LibrarySession &m_session;
    QAction *m_action = nullptr;
    QPointer<QProgressDialog> m_progress;
    QFuture<void> m_future;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
};

} // namespace evalreview
