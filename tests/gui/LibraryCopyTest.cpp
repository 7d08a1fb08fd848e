// File > Copy Library to Server… (PostgreSQL, a throwaway cluster): the open library file, with
// its documents, records and a follow-up note, copied into an empty team library on a worker
// thread and then opened; a team library that already holds a library is refused with a sentence
// and left as it was.
#include "AppSettings.h"
#include "FollowUpStore.h"
#include "GuiTestSupport.h"
#include "LibraryCopyController.h"
#include "LibrarySession.h"
#include "LibraryStoreFactory.h"
#include "MainWindow.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "RecommendationQuery.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "SqliteLibraryStore.h"
#include "TeamLibraryDialog.h"
#include "TestCluster.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace evalreview;
using namespace evalreview::guitest;
using evalreview::testing::TestCluster;

namespace {

const QString kNote = QStringLiteral("Agreed with the Project Advisory Committee in May");

/// What a library holds, read through the core store classes: its documents' titles and kinds,
/// each recommendation by code with its text, and the follow-up note of G2.
QStringList contentsOf(const QString &location)
{
    auto store = openLibraryStore(location, true);
    QStringList contents;
    for (const DocumentSummary &d : store->documents()) {
        contents << QStringLiteral("document %1 %2 %3: %4 pages, %5 recommendations, %6 records")
                        .arg(d.id)
                        .arg(d.title, d.kind)
                        .arg(d.pageCount)
                        .arg(d.recommendationCount)
                        .arg(d.recordCount);
    }
    RecommendationQuery query(store->database());
    contents << QStringLiteral("%1 recommendations").arg(query.count({}));
    for (const char *code : {"G1", "G2", "G3", "V1"}) {
        const qint64 id = query.findByCode(QString::fromLatin1(code)).value_or(0);
        contents << QStringLiteral("%1 %2").arg(QString::fromLatin1(code)).arg(id);
    }
    const qint64 g2 = query.findByCode(QStringLiteral("G2")).value_or(0);
    contents << QStringLiteral("note of G2: %1").arg(FollowUpStore(store->database()).state(g2).note);
    return contents;
}

} // namespace

class LibraryCopyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void theOpenFileIsCopiedToTheServerAndOpened();
    void aTeamLibraryThatHoldsALibraryIsLeftAsItWas();

private:
    /// Opens the library file and waits for its table.
    void openFile();
    QAction *copyAction() const;

    QTemporaryDir m_dir;
    QString m_file;
    QString m_empty; ///< a team library set up, holding nothing yet
    QString m_full;  ///< a team library that already holds a document
    std::unique_ptr<MainWindow> m_window;
    QStringList m_questions; ///< "Open the team library now?" as asked
    bool m_answer = true;
};

void LibraryCopyTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewLibraryCopyTest"));
    settings::setReviewerName(QStringLiteral("Test Reviewer"));
    TestCluster &cluster = TestCluster::instance();
    if (!cluster.skipReason().isEmpty()) {
        QSKIP(qPrintable(cluster.skipReason()));
    }
    QVERIFY2(cluster.error().isEmpty(), qPrintable(cluster.error()));
    for (const QString &name : {QStringLiteral("copy_empty"), QStringLiteral("copy_full")}) {
        cluster.createDatabase(name);
        pg::Connection db = pg::Connection::open(cluster.address(name));
        pg::schema::initialize(db);
    }
    m_empty = cluster.address(QStringLiteral("copy_empty")).url;
    m_full = cluster.address(QStringLiteral("copy_full")).url;
    ImportPayload other = workbenchPayload();
    other.sha256 = QString(64, QLatin1Char('d'));
    other.title = QStringLiteral("A response already on the server");
    QCOMPARE(openLibraryStore(m_full)->importDocument(other).status, ImportOutcome::Status::Imported);

    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("programme.evalreview"));
    QCOMPARE(SqliteLibraryStore::open(m_file)->importDocument(workbenchPayload()).status,
             ImportOutcome::Status::Imported);
    LibraryCopyController::setOpenQuestion(
        [this](QWidget *, const QString &text, const std::function<void(bool)> &answer) {
            m_questions << text;
            answer(m_answer);
        });
}

void LibraryCopyTest::cleanupTestCase()
{
    LibraryCopyController::setOpenQuestion(nullptr);
    TestCluster::shutdown();
}

void LibraryCopyTest::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_questions.clear();
}

void LibraryCopyTest::cleanup()
{
    m_window.reset();
}

QAction *LibraryCopyTest::copyAction() const
{
    return m_window->findChild<QAction *>(QStringLiteral("actionCopyToServer"));
}

void LibraryCopyTest::openFile()
{
    QVERIFY(guitest::openLibrary(*m_window, m_file));
    QTRY_COMPARE(m_window->recommendations()->model()->rowCount(), 4);
}

void LibraryCopyTest::theOpenFileIsCopiedToTheServerAndOpened()
{
    QVERIFY(copyAction());
    QVERIFY(!copyAction()->isEnabled()); // no library yet
    openFile();
    QVERIFY(copyAction()->isEnabled());

    // The reviewer's follow-up note, asked for just before the copy: the copy waits for the
    // window's writer to store it.
    LibrarySession *session = m_window->session();
    const qint64 g2 = session->query().findByCode(QStringLiteral("G2")).value_or(0);
    QVERIFY(g2 > 0);
    QSignalSpy stored(session, &LibrarySession::followUpChanged);
    session->setFollowUp(g2, FollowUpField::Note, kNote, QStringLiteral("note of G2"));

    MessageLog shown;
    QSignalSpy finished(m_window->libraryCopy(), &LibraryCopyController::finished);
    QSignalSpy opened(session, &LibrarySession::opened);
    QVERIFY(m_window->libraryCopy()->copyTo(m_empty));
    // Under way on a worker thread: the window says so, and its library stays open meanwhile.
    auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("copyProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QVERIFY(!copyAction()->isEnabled());
    QVERIFY(!m_window->libraryCopy()->copyTo(m_empty)); // one copy at a time
    QCOMPARE(session->path(), m_file);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().at(0).toString(), QString());
    QVERIFY2(shown.texts.isEmpty(), qPrintable(shown.texts.join(QLatin1Char('\n'))));
    QCOMPARE(stored.size(), 1);
    QTRY_VERIFY(!m_window->findChild<QProgressDialog *>(QStringLiteral("copyProgress")));

    // The team library holds what the file holds, the note included.
    const QStringList before = contentsOf(m_file);
    QVERIFY2(before.contains(QStringLiteral("note of G2: ") + kNote), qPrintable(before.join(QLatin1Char('\n'))));
    QCOMPARE(contentsOf(m_empty), before);

    // "Open the team library now?" — yes: the window opens it, and copies no further from it.
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QLatin1String("Open the team library now?")),
             qPrintable(m_questions.first()));
    QVERIFY2(m_questions.first().startsWith(QLatin1String("1 document")) &&
                 m_questions.first().contains(QLatin1String("of programme.evalreview")),
             qPrintable(m_questions.first()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
    QVERIFY(session->isTeamLibrary());
    QCOMPARE(session->path(), m_empty);
    QTRY_COMPARE(m_window->recommendations()->model()->rowCount(), 4);
    QCOMPARE(session->followUps().state(session->query().findByCode(QStringLiteral("G2")).value_or(0)).note, kNote);
    QVERIFY(!copyAction()->isEnabled());
}

void LibraryCopyTest::aTeamLibraryThatHoldsALibraryIsLeftAsItWas()
{
    openFile();
    const QStringList before = contentsOf(m_full);
    QVERIFY2(before.first().contains(QLatin1String("A response already on the server")),
             qPrintable(before.join(QLatin1Char('\n'))));

    MessageLog shown;
    QSignalSpy finished(m_window->libraryCopy(), &LibraryCopyController::finished);
    // File > Copy Library to Server…: the team library's questions, for copying.
    const QUrl full(m_full);
    QString title;
    QStringList buttons;
    QString note;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<TeamLibraryDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return; // the test fails below, with nothing left open
        }
        title = dialog->windowTitle();
        for (const QPushButton *b : dialog->findChildren<QPushButton *>()) {
            buttons << b->text();
        }
        note = dialog->findChild<QLabel *>(QStringLiteral("note"))->text();
        dialog->findChild<QLineEdit *>(QStringLiteral("host"))->setText(full.host());
        dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(full.port());
        dialog->findChild<QLineEdit *>(QStringLiteral("database"))->setText(full.path().mid(1));
        dialog->findChild<QLineEdit *>(QStringLiteral("user"))->setText(TestCluster::superuser());
        dialog->accept();
    });
    copyAction()->trigger();
    QCOMPARE(title, QStringLiteral("Copy Library to Server"));
    QVERIFY2(buttons.contains(QStringLiteral("&Copy")), qPrintable(buttons.join(QLatin1Char(' '))));
    QVERIFY2(note.contains(QLatin1String("programme.evalreview")), qPrintable(note));
    QVERIFY(m_window->libraryCopy()->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const QString error = finished.first().at(0).toString();
    QVERIFY2(error.contains(QLatin1String("already holds")), qPrintable(error));
    QCOMPARE(shown.texts, QStringList{QStringLiteral("Library not copied: ") + error});
    QVERIFY(m_questions.isEmpty());

    // Nothing changed: the team library, the file, and the window's library.
    QCOMPARE(contentsOf(m_full), before);
    QCOMPARE(m_window->session()->path(), m_file);
    QVERIFY(copyAction()->isEnabled());
}

QTEST_MAIN(LibraryCopyTest)
#include "LibraryCopyTest.moc"
