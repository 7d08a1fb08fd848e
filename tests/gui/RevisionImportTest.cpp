// Importing a revised document in the app: the replace question is asked on the GUI thread while the
// worker waits, the follow-up of every record survives, and what matches nothing is listed.
#include "AppSettings.h"
#include "FollowUpStore.h"
#include "GuiTestSupport.h"
#include "ImportController.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "ReplaceVersionQuestion.h"
#include "RevisedDocx.h"
#include "Sqlite.h"

#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace evalreview;
using namespace evalreview::guitest;

class RevisionImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void replacingKeepsEveryNoteAndStatusAndListsTheRest();
    void keepBothImportsBesideTheEarlierVersion();
    void cancelWhileAskingEndsTheImport();
    void questionBoxAnswersOnceWithoutBlocking();

private:
    /// Imports `path` through the app and waits for the end.
    bool importAndWait(const QString &path);
    qint64 responseDocument() const;
    QHash<QString, qint64> codes(qint64 documentId) const;

    QTemporaryDir m_dir;
    QString m_library;
    QString m_original;
    QString m_revised;
    std::unique_ptr<MainWindow> m_window;
    QList<ReplaceQuestion> m_questions;
};

void RevisionImportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewRevisionTest"));
    settings::setReviewerName(QStringLiteral("Test Reviewer"));
    m_original = corpusFile("ilo-pe4dw-management-response.docx");
    m_revised = m_dir.filePath(QStringLiteral("response-revised.docx"));
    QVERIFY(test::writeRevisedDocx(m_original, m_revised, test::corpusResponseRevision()));
}

void RevisionImportTest::init()
{
    static int n = 0;
    m_library = m_dir.filePath(QStringLiteral("revision%1.evalreview").arg(++n));
    {
        auto store = SqliteLibraryStore::open(m_library);
        QCOMPARE(store->importDocument(workbenchPayload()).status, ImportOutcome::Status::Imported);
    }
    m_questions.clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(guitest::openLibrary(*m_window, m_library));
    MessageLog log;
    QVERIFY(importAndWait(m_original));
    QVERIFY(m_questions.isEmpty()); // nothing to replace the first time
}

void RevisionImportTest::cleanup()
{
    m_window.reset();
    replace_question::setAsker(nullptr);
}

bool RevisionImportTest::importAndWait(const QString &path)
{
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    if (!m_window->importFiles({path})) {
        return false;
    }
    return finished.wait(120000) || finished.size() == 1;
}

qint64 RevisionImportTest::responseDocument() const
{
    for (const DocumentSummary &d : m_window->session()->store()->documents()) {
        if (d.fileName.startsWith(QLatin1String("ilo-pe4dw")) || d.fileName.startsWith(QLatin1String("response-"))) {
            return d.id;
        }
    }
    return 0;
}

QHash<QString, qint64> RevisionImportTest::codes(qint64 documentId) const
{
    sql::Statement st = m_window->session()->store()->database().prepare(
        QStringLiteral("SELECT code, id FROM recommendations WHERE document_id = ?"));
    st.bind(1, documentId);
    QHash<QString, qint64> out;
    while (st.next()) {
        out.insert(st.text(0), st.integer(1));
    }
    return out;
}

void RevisionImportTest::replacingKeepsEveryNoteAndStatusAndListsTheRest()
{
    const qint64 earlier = responseDocument();
    QVERIFY(earlier > 0);
    const QHash<QString, qint64> before = codes(earlier);
    QVERIFY(before.size() >= 20);
    FollowUpStore followUps(m_window->session()->store()->database());
    const QStringList statuses{QStringLiteral("in_progress"), QStringLiteral("completed"),
                               QStringLiteral("partially_completed")};
    QHash<QString, std::pair<QString, QString>> expected; // code -> status, note
    int i = 0;
    for (auto it = before.begin(); it != before.end(); ++it, ++i) {
        const QString note = QStringLiteral("Checked with the office (%1)").arg(it.key());
        followUps.set(it.value(), FollowUpField::Status, statuses.at(i % 3), QStringLiteral("Ana"));
        followUps.set(it.value(), FollowUpField::Note, note, QStringLiteral("Ana"));
        expected.insert(it.key(), {statuses.at(i % 3), note});
    }

    // The question comes on the GUI thread; the answer is given later, as a person would.
    bool onGuiThread = false;
    replace_question::setAsker([&](QWidget *, const ReplaceQuestion &q, replace_question::Answer answer) {
        onGuiThread = QThread::currentThread() == qApp->thread();
        m_questions << q;
        QTimer::singleShot(50, qApp, [answer] { answer(true); });
    });
    MessageLog log;
    QVERIFY(importAndWait(m_revised));
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(onGuiThread);
    QCOMPARE(m_questions.first().earlierDocumentId, earlier);
    QCOMPARE(m_questions.first().followUps, int(before.size()));
    QVERIFY(replace_question::text(m_questions.first()).contains(QStringLiteral("response-revised.docx")));
    const FileImportResult result = m_window->importController()->results().value(0);
    QCOMPARE(result.status, FileImportResult::Status::Imported);
    QCOMPARE(result.replacedDocumentId, earlier);
    QCOMPARE(m_window->session()->store()->documents().size(), 2); // the workbench sample and the revision

    // Every note and status is on its record (G6 is now G7); G5's text changed completely, so its
    // follow-up is kept without a record and listed after the import.
    const QHash<QString, qint64> after = codes(result.documentId);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString code = test::revisedCode(it.key());
        if (code.isEmpty()) {
            continue;
        }
        QVERIFY2(after.contains(code), qPrintable(code));
        const FollowUpState s = followUps.state(after.value(code));
        QCOMPARE(s.status, it.value().first);
        QCOMPARE(s.note, it.value().second);
        QCOMPARE(s.history.size(), 2);
    }
    QVERIFY(!followUps.state(after.value(QStringLiteral("G5"))).recorded);
    QCOMPARE(result.keptReviewerData.size(), 1);
    QCOMPARE(result.keptReviewerData.first().note, expected.value(QStringLiteral("G5")).second);
    QVERIFY(!log.texts.isEmpty());
    QVERIFY2(log.texts.last().contains(QStringLiteral("replaced the earlier version")), qPrintable(log.texts.last()));
    QVERIFY(log.texts.last().contains(QStringLiteral("were kept in the library")));
    QVERIFY(log.texts.last().contains(QStringLiteral("G5 (")));
    QVERIFY(log.texts.last().contains(expected.value(QStringLiteral("G5")).second));
}

void RevisionImportTest::keepBothImportsBesideTheEarlierVersion()
{
    const qint64 earlier = responseDocument();
    const qint64 g1 = codes(earlier).value(QStringLiteral("G1"));
    FollowUpStore(m_window->session()->store()->database())
        .set(g1, FollowUpField::Note, QStringLiteral("stays here"), QStringLiteral("Ana"));
    replace_question::setAsker([this](QWidget *, const ReplaceQuestion &q, replace_question::Answer answer) {
        m_questions << q;
        answer(false);
    });
    MessageLog log;
    QVERIFY(importAndWait(m_revised));
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(m_window->importController()->results().value(0).replacedDocumentId, 0);
    QCOMPARE(m_window->session()->store()->documents().size(), 3);
    QCOMPARE(FollowUpStore(m_window->session()->store()->database()).state(g1).note, QStringLiteral("stays here"));
}

void RevisionImportTest::cancelWhileAskingEndsTheImport()
{
    replace_question::Answer late;
    replace_question::setAsker([&](QWidget *, const ReplaceQuestion &q, replace_question::Answer answer) {
        m_questions << q;
        late = answer; // no answer: the reviewer cancels the import instead
    });
    MessageLog log;
    ImportController *import = m_window->importController();
    QSignalSpy finished(import, &ImportController::finished);
    QVERIFY(m_window->importFiles({m_revised}));
    QTRY_COMPARE_WITH_TIMEOUT(m_questions.size(), 1, 120000);
    QVERIFY(import->isRunning()); // the worker waits for the answer
    QVERIFY(import->progressDialog());
    const auto buttons = import->progressDialog()->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 1);
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(import->results().value(0).status, FileImportResult::Status::Cancelled);
    QCOMPARE(m_window->session()->store()->documents().size(), 2); // unchanged
    late(true);                                                    // an answer after the end goes nowhere
    QVERIFY(!import->isRunning());
}

void RevisionImportTest::questionBoxAnswersOnceWithoutBlocking()
{
    ReplaceQuestion q;
    q.fileName = QStringLiteral("response-v2.docx");
    q.title = QStringLiteral("Management response");
    q.earlierFileName = QStringLiteral("response.docx");
    q.earlierImportedAt = QStringLiteral("2026-01-05T10:00:00Z");
    q.followUps = 3;
    QList<bool> answers;
    for (const bool replace : {true, false}) {
        QPointer<QWidget> box = replace_question::ask(m_window.get(), q, [&answers](bool r) { answers << r; });
        QVERIFY(box); // returned at once: the event loop keeps running
        QTRY_VERIFY(box->isVisible());
        auto *message = qobject_cast<QMessageBox *>(box.data());
        QVERIFY(message);
        QVERIFY(message->text().contains(QStringLiteral("response-v2.docx")));
        QVERIFY(message->text().contains(QStringLiteral("3 recommendation(s)")));
        QAbstractButton *button = nullptr;
        for (QAbstractButton *b : message->buttons()) {
            if (b->text() == (replace ? QStringLiteral("Replace") : QStringLiteral("Keep Both"))) {
                button = b;
            }
        }
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!box); // deleted on close
    }
    QCOMPARE(answers, (QList<bool>{true, false}));
}

QTEST_MAIN(RevisionImportTest)
#include "RevisionImportTest.moc"
