// The window on a team library (PostgreSQL, a throwaway cluster): File > Connect to Team Library…,
// the recommendations listed and filtered, a follow-up edit stored on the server with the user's
// name in its audit, a write the server refuses shown as a sentence, and a server that does not
// answer leaving the window working, with the library open before still open.
#include "AppSettings.h"
#include "DocumentSharing.h"
#include "FollowUpStore.h"
#include "GuiTestSupport.h"
#include "LearningViews.h"
#include "LibrarySession.h"
#include "LibrarySidebar.h"
#include "LibraryStoreFactory.h"
#include "MainWindow.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "PgUsers.h"
#include "RecommendationQuery.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "RecurringFinder.h"
#include "SearchPanel.h"
#include "ShareDocumentDialog.h"
#include "SqliteLibraryStore.h"
#include "TeamLibraryDialog.h"
#include "TestCluster.h"
#include "ThemeEditorDialog.h"
#include "ThemeStore.h"
#include "ThemeTableModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>

using namespace evalreview;
using namespace evalreview::guitest;
using evalreview::testing::TestCluster;

class TeamLibraryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void theDialogGivesAnAddressWithoutThePassword();
    void theWindowListsAndStoresFollowUpOnTheServer();
    void aWriteTheServerRefusesIsASentence();
    void whatColleaguesSaveShowsWithinTwoSeconds();
    void aSaveOverAColleaguesIsRefusedWithTheirChange();
    void aManagerChoosesTheDonorsThatReadADocument();
    void searchRunsOnTheServerWhileTheWindowAnswers();
    void aServerThatDoesNotAnswerLeavesTheWindowWorking();
    void themesAndRecurringGroupsFollowTheRole();

private:
    /// Opens the team library as a new login of `role`.
    bool openAs(const QString &role);
    QStringList tableCodes() const;
    /// Opens the team library at `address` as File > Connect to Team Library… does (in the
    /// background) and waits until it is open.
    bool openTeamLibrary(const QString &address);

    QString m_library;
    std::unique_ptr<MainWindow> m_window;
};

void TeamLibraryTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewTeamLibraryTest"));
    settings::setReviewerName(QStringLiteral("Test Reviewer"));
    TestCluster &cluster = TestCluster::instance();
    if (!cluster.skipReason().isEmpty()) {
        QSKIP(qPrintable(cluster.skipReason()));
    }
    QVERIFY2(cluster.error().isEmpty(), qPrintable(cluster.error()));
    cluster.createDatabase(QStringLiteral("window"));
    const pg::ServerAddress address = cluster.address(QStringLiteral("window"));
    pg::Connection db = pg::Connection::open(address);
    pg::schema::initialize(db);
    m_library = address.url;
    const ImportOutcome imported = openLibraryStore(m_library)->importDocument(workbenchPayload());
    QCOMPARE(imported.status, ImportOutcome::Status::Imported);
}

void TeamLibraryTest::cleanupTestCase()
{
    TestCluster::shutdown();
}

void TeamLibraryTest::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TeamLibraryTest::cleanup()
{
    m_window.reset();
}

QStringList TeamLibraryTest::tableCodes() const
{
    // The rows are read in the background: what was asked for before has arrived.
    if (!guitest::waitForReads(*m_window)) {
        qWarning("reads not answered");
    }
    const RecommendationTableModel *model = m_window->recommendations()->model();
    QStringList codes;
    for (int row = 0; row < model->rowCount(); ++row) {
        codes << model->index(row, RecommendationTableModel::Code).data().toString();
    }
    return codes;
}

bool TeamLibraryTest::openTeamLibrary(const QString &address)
{
    QSignalSpy opened(m_window->session(), &LibrarySession::opened);
    if (!m_window->openLibrary(address)) {
        return false;
    }
    return (opened.wait(15000) || !opened.isEmpty()) && guitest::waitForReads(*m_window);
}

void TeamLibraryTest::theDialogGivesAnAddressWithoutThePassword()
{
    TeamLibraryDialog dialog(QStringLiteral("postgresql://db.example.org:6543/programme?user=ama"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("host"))->text(), QStringLiteral("db.example.org"));
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 6543);
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("database"))->text(), QStringLiteral("programme"));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("user"))->text(), QStringLiteral("ama"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    QCOMPARE(dialog.password(), QStringLiteral("s3cret"));
    QCOMPARE(dialog.address(), QStringLiteral("postgresql://db.example.org:6543/programme?user=ama"));
    QVERIFY(!dialog.address().contains(QLatin1String("s3cret")));

    TeamLibraryDialog fresh(QStringLiteral("/home/ama/library.evalreview")); // a file: defaults
    QCOMPARE(fresh.findChild<QLineEdit *>(QStringLiteral("host"))->text(), QStringLiteral("localhost"));
    QCOMPARE(fresh.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 5432);
}

void TeamLibraryTest::theWindowListsAndStoresFollowUpOnTheServer()
{
    QVERIFY(openTeamLibrary(m_library));
    QVERIFY(m_window->session()->isTeamLibrary());
    QCOMPARE(m_window->session()->access().role, QStringLiteral("admin")); // the cluster's superuser
    QVERIFY(!m_window->session()->isReadOnly());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("team library")));
    QTRY_COMPARE(tableCodes(),
                 QStringList({QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"), QStringLiteral("V1")}));

    LibrarySession *session = m_window->session();
    const qint64 g2 = session->query().findByCode(QStringLiteral("G2")).value_or(0);
    QVERIFY(g2 > 0);
    QSignalSpy stored(session, &LibrarySession::followUpChanged);
    QSignalSpy failed(session, &LibrarySession::writeFailed);
    session->setFollowUp(g2, FollowUpField::Status, QStringLiteral("in_progress"), QStringLiteral("status of G2"));
    QTRY_COMPARE(stored.size(), 1);
    QCOMPARE(failed.size(), 0);

    // Another connection (a colleague's window) sees it, and the server's audit names the login.
    auto other = openLibraryStore(m_library);
    QCOMPARE(FollowUpStore(other->database()).state(g2).status, QStringLiteral("in_progress"));
    pg::Connection db = pg::Connection::open(pg::ServerAddress::parse(m_library));
    const pg::Result audit = db.exec(QStringLiteral("SELECT login FROM audit_log WHERE table_name = 'followups'"
                                                    " ORDER BY id DESC LIMIT 1"));
    QCOMPARE(audit.rows(), 1);
    QCOMPARE(audit.text(0, 0), TestCluster::superuser());

    RecommendationFilter started;
    started.status = QStringLiteral("in_progress");
    QCOMPARE(session->query().count(started), 1);
    RecommendationFilter text;
    text.text = QStringLiteral("tripartite");
    QCOMPARE(session->query().count(text), 1);
}

void TeamLibraryTest::aWriteTheServerRefusesIsASentence()
{
    // A viewer, whose password is typed (kept in memory only), reads but cannot change anything.
    const QString name = QStringLiteral("viewer_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    {
        pg::Connection admin = pg::Connection::open(pg::ServerAddress::parse(m_library));
        pg::users::add(admin, pg::NewUser{name, QStringLiteral("viewer"), QString(), password});
    }
    const QString viewer = pg::ServerAddress::parse(m_library).withUser(name).url;
    useTeamLibraryPassword(viewer, password);
    QVERIFY(openTeamLibrary(viewer));
    QTRY_COMPARE(tableCodes().size(), 4);

    // The window hides what the role cannot do, and says which role it is.
    auto *badge = m_window->findChild<QLabel *>(QStringLiteral("readOnlyBadge"));
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), QStringLiteral("Role: viewer"));
    QVERIFY(m_window->session()->isReadOnly());
    QVERIFY(!m_window->session()->canImport());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());

    MessageLog shown; // the message the window would show
    LibrarySession *session = m_window->session();
    QSignalSpy failed(session, &LibrarySession::writeFailed);
    const qint64 v1 = session->query().findByCode(QStringLiteral("V1")).value_or(0);
    session->setFollowUp(v1, FollowUpField::Owner, QStringLiteral("ACTRAV"), QStringLiteral("owner of V1"));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("owner of V1"));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("does not let you")), qPrintable(message));
    QVERIFY(message.endsWith(QLatin1Char('.')));
    QTRY_COMPARE(shown.texts.size(), 1);
    QVERIFY2(shown.texts.first().contains(message), qPrintable(shown.texts.first()));
    QCOMPARE(FollowUpStore(session->store()->database()).state(v1).owner, QString());
}

void TeamLibraryTest::whatColleaguesSaveShowsWithinTwoSeconds()
{
    QVERIFY(openTeamLibrary(m_library));
    QTRY_COMPARE(tableCodes().size(), 4);
    const RecommendationTableModel *model = m_window->recommendations()->model();
    const int g3 = int(tableCodes().indexOf(QStringLiteral("G3")));
    const QString before = model->index(g3, RecommendationTableModel::Owner).data().toString();
    QTest::qWait(300); // the window's own reads are done

    // A colleague's window (another connection) saves an owner: this window shows it, unasked.
    auto colleague = openLibraryStore(m_library);
    const qint64 id = RecommendationQuery(colleague->database()).findByCode(QStringLiteral("G3")).value_or(0);
    QVERIFY(FollowUpStore(colleague->database())
                .set(id, FollowUpField::Owner, QStringLiteral("PARDEV"), QStringLiteral("Colleague")));
    QCOMPARE(before, QString());
    QTRY_COMPARE_WITH_TIMEOUT(model->index(g3, RecommendationTableModel::Owner).data().toString(),
                              QStringLiteral("PARDEV"), 2000);

    // A colleague imports a document: the list grows, the reviewer's scope unchanged.
    ImportPayload other = workbenchPayload();
    other.sha256 = QString(64, QLatin1Char('f'));
    other.title = QStringLiteral("Another response");
    QCOMPARE(colleague->importDocument(other).status, ImportOutcome::Status::Imported);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 8, 2000);
}

void TeamLibraryTest::aSaveOverAColleaguesIsRefusedWithTheirChange()
{
    QVERIFY(openTeamLibrary(m_library));
    QTRY_COMPARE(tableCodes().size(), 8);
    LibrarySession *session = m_window->session();
    const qint64 v1 = session->query().findByCode(QStringLiteral("V1")).value_or(0);
    const QString seen = session->followUps().state(v1).note;

    auto colleague = openLibraryStore(m_library);
    QVERIFY(FollowUpStore(colleague->database())
                .set(v1, FollowUpField::Note, QStringLiteral("Budget agreed with the unions"), QStringLiteral("Ben"),
                     seen));

    MessageLog shown;
    QSignalSpy failed(session, &LibrarySession::writeFailed);
    QSignalSpy refreshed(session, &LibrarySession::followUpChanged);
    session->setFollowUp(v1, FollowUpField::Note, QStringLiteral("Waiting for the budget"),
                         QStringLiteral("note of V1"), seen);
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.startsWith(QStringLiteral("Ben changed the note to \u201cBudget agreed with the unions\u201d")),
             qPrintable(message));
    QTRY_VERIFY(!refreshed.isEmpty()); // the panel shows the colleague's note
    QCOMPARE(session->followUps().state(v1).note, QStringLiteral("Budget agreed with the unions"));
    QTRY_COMPARE(shown.texts.size(), 1);
}

void TeamLibraryTest::aManagerChoosesTheDonorsThatReadADocument()
{
    QVERIFY(openTeamLibrary(m_library));
    LibrarySession *session = m_window->session();
    const qint64 documentId = session->store()->documents().constFirst().id;
    const auto sharedWith = [this, documentId] {
        auto store = openLibraryStore(m_library);
        QStringList organisations;
        for (const DocumentShare &s : sharing::list(store->database(), documentId)) {
            organisations << s.organisation;
        }
        return organisations;
    };
    const auto openDialog = [this, documentId]() -> ShareDocumentDialog * {
        auto *sidebar = m_window->findChild<LibrarySidebar *>();
        Q_EMIT sidebar->shareRequested(documentId, QStringLiteral("Management response"));
        auto *dialog = m_window->findChild<ShareDocumentDialog *>();
        if (dialog != nullptr && !QTest::qWaitFor([dialog] {
                return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            })) {
            return nullptr;
        }
        return dialog;
    };

    // A donor organisation typed by name, as its logins will have it.
    ShareDocumentDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("otherOrganisation")), QStringLiteral("SECO"));
    QSignalSpy saved(session, &LibrarySession::sharingChanged);
    dialog->accept();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(sharedWith(), QStringList{QStringLiteral("SECO")});

    // Opened again: SECO is checked; unchecked and saved, the document is no longer shared.
    dialog = openDialog();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("organisations"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->checkState(), Qt::Checked);
    list->item(0)->setCheckState(Qt::Unchecked);
    dialog->accept();
    QTRY_COMPARE(saved.size(), 2);
    QVERIFY(sharedWith().isEmpty());
}

void TeamLibraryTest::searchRunsOnTheServerWhileTheWindowAnswers()
{
    QVERIFY(openTeamLibrary(m_library));
    SearchPanel *search = m_window->searchPanel();
    QSignalSpy results(search, &SearchPanel::resultsShown);
    search->search(QStringLiteral("\"competitive bidding\""));
    QVERIFY(results.isEmpty()); // asked, not waited for
    QTRY_COMPARE(results.size(), 1);
    QVERIFY(!search->hits().isEmpty());
    QVERIFY(search->results()->topLevelItem(0)->text(0).contains(QStringLiteral("[competitive")));
}

void TeamLibraryTest::aServerThatDoesNotAnswerLeavesTheWindowWorking()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("before.evalreview"));
    QCOMPARE(SqliteLibraryStore::open(file)->importDocument(workbenchPayload()).status,
             ImportOutcome::Status::Imported);
    QVERIFY(guitest::openLibrary(*m_window, file));
    QTRY_COMPARE(tableCodes().size(), 4);

    // A "server" that takes the connection and never answers: the connection waits for it.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString silentAddress = QStringLiteral("postgresql://127.0.0.1:%1/library").arg(silent.serverPort());
    MessageLog shown;
    int ticks = 0;
    QTimer clock;
    connect(&clock, &QTimer::timeout, this, [&ticks] { ++ticks; });
    clock.start(50);
    QSignalSpy failed(m_window->session(), &LibrarySession::openFailed);
    QVERIFY(guitest::openLibrary(*m_window, silentAddress));
    QCOMPARE(m_window->session()->opening(), silentAddress);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Connecting to team library")));
    // The event loop runs while it connects: the clock ticks, the table still answers.
    QTRY_VERIFY(ticks >= 10);
    QCOMPARE(m_window->session()->opening(), silentAddress);
    QCOMPARE(m_window->session()->path(), file);
    QVERIFY(shown.texts.isEmpty());
    QCOMPARE(tableCodes().size(), 4);

    // A second request while the first waits: the latest wins, here a port where nothing listens.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString nowhere = QStringLiteral("postgresql://127.0.0.1:%1/library").arg(port);
    QVERIFY(guitest::openLibrary(*m_window, nowhere));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    QCOMPARE(failed.first().at(0).toString(), nowhere);
    QCOMPARE(shown.texts.size(), 1);
    QVERIFY2(shown.texts.first().startsWith(QLatin1String("Library not opened: ")), qPrintable(shown.texts.first()));
    QVERIFY2(shown.texts.first().endsWith(QLatin1Char('.')), qPrintable(shown.texts.first()));
    QCOMPARE(m_window->session()->opening(), QString());

    // The first request gives up later: superseded, it shows nothing and changes nothing.
    QThreadPool::globalInstance()->waitForDone(20000);
    QCoreApplication::processEvents();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(shown.texts.size(), 1);
    QVERIFY(m_window->session()->isOpen());
    QCOMPARE(m_window->session()->path(), file);
    QCOMPARE(tableCodes().size(), 4);
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("before.evalreview")));
}

bool TeamLibraryTest::openAs(const QString &role)
{
    const QString name = role + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    {
        pg::Connection admin = pg::Connection::open(pg::ServerAddress::parse(m_library));
        pg::users::add(admin, pg::NewUser{name, role, QString(), password});
    }
    const QString url = pg::ServerAddress::parse(m_library).withUser(name).url;
    useTeamLibraryPassword(url, password);
    return openTeamLibrary(url) && m_window->session()->access().role == role;
}

void TeamLibraryTest::themesAndRecurringGroupsFollowTheRole()
{
    auto editor = [this]() -> ThemeEditorDialog * {
        ThemeEditorDialog *dialog = m_window->learningViews()->showThemeEditor();
        return dialog && QTest::qWaitFor([dialog] { return !dialog->isLoading(); }) ? dialog : nullptr;
    };
    QAction *find = m_window->learningViews()->recurringFinder()->action();

    // A viewer: neither.
    QVERIFY(openAs(QStringLiteral("viewer")));
    QVERIFY(!find->isEnabled());
    QVERIFY(!m_window->session()->canChangeTaxonomy());

    // An evaluator finds the groups, and sees the themes without changing them.
    QVERIFY(openAs(QStringLiteral("evaluator")));
    QVERIFY(!m_window->session()->canChangeTaxonomy());
    QVERIFY(find->isEnabled());
    QSignalSpy found(m_window->learningViews()->recurringFinder(), &RecurringFinder::found);
    QSignalSpy failed(m_window->session(), &LibrarySession::writeFailed);
    find->trigger();
    QVERIFY(guitest::settle(*m_window));
    QTRY_COMPARE(found.size(), 1);
    QCOMPARE(failed.size(), 0);
    QPointer<ThemeEditorDialog> dialog = editor();
    QVERIFY(dialog);
    QVERIFY(dialog->model()->rowCount() > 0);
    QVERIFY(!dialog->okButton());
    QVERIFY(dialog->exportButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // The administrator changes a label; another connection sees it.
    QVERIFY(openTeamLibrary(m_library));
    QVERIFY(m_window->session()->canChangeTaxonomy());
    dialog = editor();
    QVERIFY(dialog);
    ThemeTableModel *model = dialog->model();
    QVERIFY(model->setData(model->index(0, ThemeTableModel::Label), QStringLiteral("Ending poverty")));
    dialog->okButton()->click();
    QVERIFY(guitest::settle(*m_window));
    QTRY_VERIFY(!dialog);
    QCOMPARE(failed.size(), 0);
    auto other = openLibraryStore(m_library);
    QCOMPARE(ThemeStore(other->database()).themes().constFirst().label, QStringLiteral("Ending poverty"));
}

QTEST_MAIN(TeamLibraryTest)
#include "TeamLibraryTest.moc"
