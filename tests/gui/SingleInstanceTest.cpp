// Opening documents from the file manager: a second launch of the app hands its files to the window
// already open on the library, which asks first and then imports them; a launch for another library
// is declined (it opens its own window); a socket left behind by a program that ended does not stop
// the next launch from becoming the first.
#include "SingleInstance.h"

#include "AppSettings.h"
#include "GuiTestSupport.h"
#include "ImportController.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "OpenFilesQuestion.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace evalreview;
using namespace evalreview::guitest;

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secondLaunchHandsTwoPdfsToTheRunningWindow();
    void declinedQuestionImportsNothing();
    void launchForAnotherLibraryIsDeclined();
    void socketLeftBehindIsTakenOver();

private:
    /// Runs the app as a later launch on the test library; its exit code (-1: it did not end).
    int launch(const QStringList &files);
    /// Becomes the running window's instance (on the test's own socket name).
    void listen();

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SingleInstance> m_instance;
    QList<QStringList> m_asked;
    bool m_answer = true;
};

void SingleInstanceTest::initTestCase()
{
    // A socket of this test's own, inherited by the launches: never a window the user has open.
    qputenv("EVALREVIEW_INSTANCE_NAME", "evalreview-test-" + QByteArray::number(QCoreApplication::applicationPid()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewSingleInstanceTest"));
    settings::setReviewerName(QStringLiteral("Test Reviewer"));
    open_files_question::setAsker([this](QWidget *, const QStringList &files, open_files_question::Answer answer) {
        m_asked << files;
        answer(m_answer);
    });
}

void SingleInstanceTest::init()
{
    static int n = 0;
    m_library = m_dir.filePath(QStringLiteral("library%1.evalreview").arg(++n));
    m_asked.clear();
    m_answer = true;
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(guitest::openLibrary(*m_window, m_library));
}

void SingleInstanceTest::cleanup()
{
    m_instance.reset();
    m_window.reset();
}

int SingleInstanceTest::launch(const QStringList &files)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(EVALREVIEW_APP), QStringList{QStringLiteral("--library"), m_library} + files);
    if (!app.waitForStarted(10000)) {
        return -1;
    }
    // The window answers from this event loop, so wait without blocking it.
    QElapsedTimer clock;
    clock.start();
    while (app.state() != QProcess::NotRunning && clock.elapsed() < 30000) {
        QTest::qWait(20);
    }
    if (app.state() != QProcess::NotRunning) {
        app.kill();
        app.waitForFinished();
        return -1;
    }
    return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
}

void SingleInstanceTest::listen()
{
    m_instance = std::make_unique<SingleInstance>();
    QCOMPARE(m_instance->start(m_library, {}), SingleInstance::Role::First);
    connect(m_instance.get(), &SingleInstance::filesReceived, m_window.get(), &MainWindow::openFiles);
}

void SingleInstanceTest::secondLaunchHandsTwoPdfsToTheRunningWindow()
{
    listen();
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    MessageLog log;

    const QStringList pdfs{corpusFile("ilo-enhance-newsletter.pdf"),
                           corpusFile("ilo-sse-asia-final-evaluation-summary.pdf")};
    QCOMPARE(launch(pdfs), 0); // handed over: the later launch ends at once, without a window of its own

    QTRY_COMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first(), pdfs);
    QCOMPARE(open_files_question::text(pdfs), QStringLiteral("Import these 2 documents into the library?"));
    QVERIFY(finished.wait(120000) || finished.size() == 1);
    const QList<FileImportResult> results = finished.first().first().value<QList<FileImportResult>>();
    QCOMPARE(results.size(), 2);
    QCOMPARE(m_window->session()->store()->documents().size(), 2);
}

void SingleInstanceTest::declinedQuestionImportsNothing()
{
    m_answer = false;
    m_window->openFiles({corpusFile("ilo-enhance-newsletter.pdf")});
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(!m_window->importController()->isRunning());
    QTest::qWait(100);
    QCOMPARE(m_window->session()->store()->documents().size(), 0);
}

void SingleInstanceTest::launchForAnotherLibraryIsDeclined()
{
    listen();
    QSignalSpy received(m_instance.get(), &SingleInstance::filesReceived);
    // The later launch blocks while it asks, so it asks from another thread.
    std::atomic<SingleInstance::Role> role = SingleInstance::Role::First;
    std::thread later([&role, this] {
        SingleInstance other;
        role = other.start(m_dir.filePath(QStringLiteral("other.evalreview")),
                           {corpusFile("ilo-enhance-newsletter.pdf")}, 10000);
    });
    QTRY_VERIFY_WITH_TIMEOUT(role != SingleInstance::Role::First, 20000);
    later.join();
    QCOMPARE(role.load(), SingleInstance::Role::Alone); // it opens its own window, without listening
    QCOMPARE(received.size(), 0);
    QVERIFY(m_asked.isEmpty());
}

void SingleInstanceTest::socketLeftBehindIsTakenOver()
{
    // A socket file nobody listens on, as a program that was killed leaves it.
    const QString name = SingleInstance::defaultName();
    const QByteArray path = QDir::temp().filePath(name).toLocal8Bit();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::copy(path.begin(), path.end(), address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(QString::fromLocal8Bit(path)));

    m_instance = std::make_unique<SingleInstance>();
    QCOMPARE(m_instance->start(m_library, {}), SingleInstance::Role::First);
    QSignalSpy received(m_instance.get(), &SingleInstance::filesReceived);
    QCOMPARE(launch({}), 0); // no files: the running window is only brought forward
    QCOMPARE(received.size(), 1);
    QVERIFY(received.first().first().toStringList().isEmpty());
}

QTEST_MAIN(SingleInstanceTest)
#include "SingleInstanceTest.moc"
