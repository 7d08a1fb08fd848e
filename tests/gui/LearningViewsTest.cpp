// Learning across evaluations in the window, on the offscreen platform: the lessons view over the
// seed evaluation summary.
#include "LearningViews.h"

#include "AppSettings.h"
#include "FollowUpViews.h"
#include "LessonTableModel.h"
#include "LessonsView.h"
#include "MainWindow.h"
#include "PageView.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace evalreview;

class LearningViewsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lessonsViewListsTheSummarysLessonsSearchesAndOpensThePage();

private:
    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<MainWindow> m_window;
};

void LearningViewsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewLearningTest"));
    settings::setReviewerName(QStringLiteral("Test Reviewer"));
    // The seed evaluation summary and management response, imported as the command line does.
    m_library = m_dir.filePath(QStringLiteral("seed.evalreview"));
    QProcess cli;
    cli.start(QStringLiteral(EVALREVIEW_CLI),
              {QStringLiteral("import"), QStringLiteral("--library"), m_library,
               QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-sse-asia-final-evaluation-summary.pdf"),
               QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/ilo-pe4dw-management-response.pdf")});
    QVERIFY(cli.waitForFinished(180000));
    QCOMPARE(cli.exitCode(), 0);
}

void LearningViewsTest::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openLibrary(m_library));
    QTRY_VERIFY(!m_window->followUpViews()->isDerivingDueDates());
}

void LearningViewsTest::cleanup()
{
    m_window.reset();
}

void LearningViewsTest::lessonsViewListsTheSummarysLessonsSearchesAndOpensThePage()
{
    LessonsView *view = m_window->learningViews()->lessons();
    m_window->learningViews()->lessonsDock()->show();
    m_window->learningViews()->lessonsDock()->raise();
    QTRY_VERIFY(view->isVisible());
    QTRY_VERIFY(!view->isLoading());
    QTRY_VERIFY(view->model()->rowCount() > 0);
    int learned = 0;
    int practices = 0;
    for (const LessonRow &row : view->model()->rows()) {
        QCOMPARE(row.fileName, QStringLiteral("ilo-sse-asia-final-evaluation-summary.pdf"));
        learned += row.kind == QLatin1String("lesson_learned");
        practices += row.kind == QLatin1String("good_practice");
    }
    QCOMPARE(learned, 6);
    QCOMPARE(practices, 4);

    // The kind filter keeps the good practices only.
    view->setKind(QStringLiteral("good_practice"));
    QTRY_COMPARE(view->model()->rowCount(), 4);
    view->setKind(QString());
    QTRY_VERIFY(view->model()->rowCount() >= learned + practices); // and the conclusions

    // Searched with case folded, words in any order: one lesson.
    QTest::keyClicks(view->searchEdit(), QStringLiteral("strategy RISK"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()->rowAt(0).text.startsWith(QStringLiteral("Establishing a risk")));

    // Selecting it opens its page in the page viewer with its region highlighted.
    const LessonRow lesson = view->model()->rowAt(0);
    view->table()->selectRow(0);
    const PageTarget &target = m_window->pageView()->target();
    QCOMPARE(target.documentId, lesson.documentId);
    QCOMPARE(target.page, lesson.page);
    QVERIFY(target.sourcePath.endsWith(QStringLiteral("ilo-sse-asia-final-evaluation-summary.pdf")));
    QCOMPARE(target.highlights.size(), 1);
    QCOMPARE(target.highlights.constFirst().x0, lesson.region[0]);
    QCOMPARE(target.highlights.constFirst().y1, lesson.region[3]);
}

QTEST_MAIN(LearningViewsTest)
#include "LearningViewsTest.moc"
