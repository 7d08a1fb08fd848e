// Learning across evaluations in the window, on the offscreen platform: the lessons view over the
// seed evaluation summary.
#include "LearningViews.h"

#include "AppSettings.h"
#include "ChartTable.h"
#include "FilterBar.h"
#include "FollowUpViews.h"
#include "GuiTestSupport.h"
#include "LearningDashboard.h"
#include "LessonTableModel.h"
#include "LessonsView.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "PageView.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "RecurringGroupView.h"
#include "RecurringGroups.h"
#include "ThemeTagsPanel.h"

#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace evalreview;

class LearningViewsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lessonsViewListsTheSummarysLessonsSearchesAndOpensThePage();
    void themeFacetFiltersAndATagIsConfirmedThenRemoved();
    void themeChartAndIndicatorsAreShown();
    void aRecurringGroupIsSeenInTwoEvaluationsAndAMemberIsSplit();

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
    // what the command said, should the import fail (seen once under ASan on a loaded machine)
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
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

    // The listed lesson exported as CSV: a header and its line, with its page.
    const QString csv = m_dir.filePath(QStringLiteral("lessons.csv"));
    LessonsView::setFileChooser([csv](QWidget *) { return csv; });
    QSignalSpy exported(view, &LessonsView::exported);
    view->exportButton()->click();
    QTRY_COMPARE(exported.size(), 1);
    LessonsView::setFileChooser(nullptr);
    QVERIFY(exported.constFirst().at(0).toBool());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(QStringLiteral("Establishing a risk")));
    QVERIFY(lines.at(1).contains(QStringLiteral(",%1,").arg(lesson.page)));
}

/// The count a facet chooser shows for `value` ("Decent work (3)"), -1 when it is not offered.
static int facetCount(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    if (i < 0) {
        return -1;
    }
    const QString text = combo->itemText(i);
    const qsizetype open = text.lastIndexOf(QLatin1Char('('));
    return text.mid(open + 1, text.size() - open - 2).toInt();
}

void LearningViewsTest::themeFacetFiltersAndATagIsConfirmedThenRemoved()
{
    RecommendationsPanel *table = m_window->recommendations();
    QComboBox *themes = table->filterBar()->combo(Facet::Theme);
    // The summary's recommendations 1, 2, 4 and 7 are on monitoring and evaluation (tests/data/themes).
    QTRY_VERIFY(facetCount(themes, QStringLiteral("me")) >= 4);
    QTRY_VERIFY(facetCount(themes, QStringLiteral("sdg8")) >= 1);
    const int decentWork = facetCount(themes, QStringLiteral("sdg8"));
    table->filterBar()->choose(Facet::Theme, QStringLiteral("sdg8"));
    QTRY_COMPARE(table->model()->rowCount(), decentWork);

    // The first one's tags, below its detail: SDG 8 suggested; confirmed, then removed.
    table->select(table->model()->idAt(0));
    ThemeTagsPanel *tags = m_window->learningViews()->themeTags();
    QTRY_COMPARE(tags->recommendation(), table->model()->idAt(0));
    auto rowOf = [tags](const QString &key) {
        for (int i = 0; i < tags->tags().size(); ++i) {
            if (tags->tags().at(i).themeKey == key) {
                return i;
            }
        }
        return -1;
    };
    QTRY_VERIFY(rowOf(QStringLiteral("sdg8")) >= 0);
    QCOMPARE(tags->tags().at(rowOf(QStringLiteral("sdg8"))).status, QStringLiteral("suggested"));
    tags->list()->setCurrentRow(rowOf(QStringLiteral("sdg8")));
    QVERIFY(tags->confirmButton()->isEnabled());
    tags->confirmButton()->click();
    m_window->session()->waitForWrites();
    QTRY_COMPARE(tags->tags().value(rowOf(QStringLiteral("sdg8"))).status, QStringLiteral("confirmed"));
    QVERIFY(!tags->confirmButton()->isEnabled());
    tags->removeButton()->click();
    m_window->session()->waitForWrites();
    QTRY_COMPARE(tags->tags().value(rowOf(QStringLiteral("sdg8"))).status, QStringLiteral("removed"));
    // The facet counts it no more.
    QTRY_COMPARE(facetCount(themes, QStringLiteral("sdg8")), decentWork - 1);
}

void LearningViewsTest::themeChartAndIndicatorsAreShown()
{
    m_window->learningViews()->themesAndIndicatorsDock()->show();
    m_window->learningViews()->themesAndIndicatorsDock()->raise();
    LearningDashboard *view = m_window->learningViews()->themesAndIndicators();
    QTRY_VERIFY(view->isVisible());
    QTRY_VERIFY(!view->themeChart()->chart()->series().isEmpty());
    QTRY_VERIFY(!view->isLoading());
    auto *series = qobject_cast<QHorizontalBarSeries *>(view->themeChart()->chart()->series().constFirst());
    QVERIFY(series);
    // Monitoring and evaluation is the theme of at least four of the summary's recommendations.
    const QBarSet *bars = series->barSets().constFirst();
    QVERIFY(bars->count() >= 2);
    qreal most = 0;
    for (int i = 0; i < bars->count(); ++i) {
        most = std::max(most, bars->at(i));
    }
    QVERIFY(most >= 4);
    QCOMPARE(view->themeTable()->rowCount(), bars->count());
    QVERIFY(view->indicators()->text().contains(QStringLiteral("Closure rate")));
    QVERIFY(view->indicators()->text().contains(QStringLiteral("Accepted and implemented")));
}

void LearningViewsTest::aRecurringGroupIsSeenInTwoEvaluationsAndAMemberIsSplit()
{
    // Two responses of different evaluations that make the same four recommendations.
    const QString library = m_dir.filePath(QStringLiteral("recurring.evalreview"));
    {
        auto store = SqliteLibraryStore::open(library);
        ImportPayload first = guitest::workbenchPayload();
        QCOMPARE(store->importDocument(first).status, ImportOutcome::Status::Imported);
        ImportPayload second = guitest::workbenchPayload();
        second.fileName = QStringLiteral("other-response.pdf");
        second.sha256 = QString(64, QLatin1Char('f'));
        second.title = QStringLiteral("Another evaluation's response");
        second.extraction[QStringLiteral("title")] = second.title;
        QCOMPARE(store->importDocument(second).status, ImportOutcome::Status::Imported);
        QVERIFY(RecurringStore(store->database()).compute().groups >= 4);
    }
    QVERIFY(m_window->openLibrary(library));
    RecommendationsPanel *table = m_window->recommendations();
    RecommendationTableModel *model = table->model();
    QTRY_COMPARE(model->rowCount(), 8);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, RecommendationTableModel::SeenIn).data().toInt(), 2);
    }

    m_window->learningViews()->recurringDock()->show();
    RecurringGroupView *group = m_window->learningViews()->recurringGroup();
    const qint64 g1 = model->idAt(0);
    QVERIFY(table->select(g1));
    QTRY_COMPARE(group->memberRows().size(), 2);
    QCOMPARE(group->members()->topLevelItemCount(), 2);
    QCOMPARE(group->members()->currentItem()->data(0, Qt::UserRole).toLongLong(), g1);
    QVERIFY(group->splitButton()->isEnabled());
    group->splitButton()->click();
    m_window->session()->waitForWrites();
    // The group had two evaluations: it is gone, and neither member is seen elsewhere.
    QTRY_COMPARE(group->memberRows().size(), 0);
    QTRY_VERIFY(model->index(0, RecommendationTableModel::SeenIn).data().isNull());
    QVERIFY(model->index(4, RecommendationTableModel::SeenIn).data().isNull()); // its twin
    QCOMPARE(model->index(1, RecommendationTableModel::SeenIn).data().toInt(), 2);
}

QTEST_MAIN(LearningViewsTest)
#include "LearningViewsTest.moc"
