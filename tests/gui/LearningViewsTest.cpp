// Learning across evaluations in the window, on the offscreen platform: the lessons view over the
// seed evaluation summary; the follow-up indicators by grouping and period over a small library
// whose figures are worked out by hand (tests/common/IndicatorLibrary.h).
#include "LearningViews.h"

#include "AppSettings.h"
#include "ChartTable.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "FollowUpViews.h"
#include "GuiTestSupport.h"
#include "IndicatorLibrary.h"
#include "IndicatorTableModel.h"
#include "LearningDashboard.h"
#include "LessonTableModel.h"
#include "LessonsView.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "PageView.h"
#include "PeriodChooser.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "RecurringGroupView.h"
#include "RecurringGroups.h"
#include "SqliteLibraryStore.h"
#include "ThemeStore.h"
#include "ThemeTagsPanel.h"

#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
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
    void themesOfActionsAndLessonsAreShownAndDecided();
    void themeChartAndIndicatorsAreShown();
    void indicatorsFollowTheGroupingAndThePeriodChosen();
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
    QVERIFY(guitest::openLibrary(*m_window, m_library));
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
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(table->model()->rowCount(), decentWork);

    // The first one's tags, below its detail: SDG 8 suggested; confirmed, then removed.
    QVERIFY(guitest::select(*m_window, table->model()->idAt(0)));
    ThemeTagsPanel *tags = m_window->learningViews()->themeTags();
    QTRY_COMPARE(tags->recommendation(), table->model()->idAt(0));
    auto rowOf = [tags](const QString &key) {
        for (int i = 0; i < tags->tags().size(); ++i) {
            if (tags->tags().at(i).themeKey == key &&
                tags->tags().at(i).targetType == QLatin1String("recommendation")) {
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
    QVERIFY(guitest::settle(*m_window));
    QTRY_COMPARE(tags->tags().value(rowOf(QStringLiteral("sdg8"))).status, QStringLiteral("confirmed"));
    QVERIFY(!tags->confirmButton()->isEnabled());
    tags->removeButton()->click();
    QVERIFY(guitest::settle(*m_window));
    QTRY_COMPARE(tags->tags().value(rowOf(QStringLiteral("sdg8"))).status, QStringLiteral("removed"));
    // The facet counts it no more.
    QTRY_COMPARE(facetCount(themes, QStringLiteral("sdg8")), decentWork - 1);
}

/// The status of the tag of `key` on the record `type` `id`, read on a connection of its own ("" when
/// there is none).
static QString storedStatus(const QString &library, const QString &type, qint64 id, const QString &key)
{
    auto store = SqliteLibraryStore::open(library);
    for (const ThemeTag &tag : ThemeStore(store->database()).tagsOf(type, id)) {
        if (tag.themeKey == key) {
            return tag.status;
        }
    }
    return QString();
}

void LearningViewsTest::themesOfActionsAndLessonsAreShownAndDecided()
{
    // The workbench response whose G2 ("Strengthen tripartite dialogue": no theme) has a second action
    // on women farmers, and a lesson on disability.
    const QString library = m_dir.filePath(QStringLiteral("action-themes.evalreview"));
    qint64 g2 = 0;
    qint64 second = 0;
    {
        ImportPayload p = guitest::workbenchPayload();
        QJsonArray recs = p.extraction.value(QStringLiteral("recommendations")).toArray();
        QJsonObject rec = recs.at(1).toObject();
        QJsonArray actions = rec.value(QStringLiteral("actions")).toArray();
        actions.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                                   {QStringLiteral("text"), QStringLiteral("Hold meetings with women farmers")}});
        rec.insert(QStringLiteral("actions"), actions);
        recs.replace(1, rec);
        p.extraction.insert(QStringLiteral("recommendations"), recs);
        p.extraction.insert(QStringLiteral("lessons_learned"),
                            QJsonArray{QStringLiteral("Disability inclusion needs a budget line of its own")});
        auto store = SqliteLibraryStore::open(library);
        const ImportOutcome out = store->importDocument(p);
        QCOMPARE(out.status, ImportOutcome::Status::Imported);
        sql::Statement st = store->database().prepare(
            QStringLiteral("SELECT r.id, a.id FROM recommendations r JOIN actions a ON a.recommendation_id = r.id"
                           " WHERE r.code = 'G2' AND a.code = '2'"));
        QVERIFY(st.next());
        g2 = st.integer(0);
        second = st.integer(1);
    }
    QVERIFY(m_window->openLibrary(library));
    RecommendationsPanel *table = m_window->recommendations();
    QTRY_COMPARE(table->model()->rowCount(), 4);

    // G2's panel lists its second action's tags, said to be that action's, its text in the tooltip.
    QVERIFY(table->select(g2));
    ThemeTagsPanel *tags = m_window->learningViews()->themeTags();
    QTRY_COMPARE(tags->recommendation(), g2);
    QTRY_COMPARE(tags->tags().size(), 2);
    QCOMPARE(tags->list()->count(), 2);
    QCOMPARE(tags->list()->item(0)->text(), QStringLiteral("Action 2: SDG 2 Zero hunger (suggested)"));
    QCOMPARE(tags->list()->item(1)->text(), QStringLiteral("Action 2: Gender (suggested)"));
    QVERIFY(tags->list()->item(1)->toolTip().contains(QStringLiteral("Hold meetings with women farmers")));
    for (const ThemeTag &tag : tags->tags()) {
        QCOMPARE(tag.targetType, QStringLiteral("action"));
        QCOMPARE(tag.targetId, second);
    }

    // Confirming the gender line stores it for the action, not for the recommendation.
    tags->list()->setCurrentRow(1);
    QVERIFY(tags->confirmButton()->isEnabled());
    tags->confirmButton()->click();
    m_window->session()->waitForWrites();
    QTRY_COMPARE(tags->tags().value(1).status, QStringLiteral("confirmed"));
    QCOMPARE(tags->list()->item(1)->text(), QStringLiteral("Action 2: Gender"));
    QVERIFY(tags->list()->item(1)->font().bold());
    QVERIFY(!tags->confirmButton()->isEnabled());
    QCOMPARE(storedStatus(library, QStringLiteral("action"), second, QStringLiteral("gender")),
             QStringLiteral("confirmed"));
    QCOMPARE(storedStatus(library, QStringLiteral("recommendation"), g2, QStringLiteral("gender")), QString());
    QCOMPARE(storedStatus(library, QStringLiteral("action"), second, QStringLiteral("sdg2")),
             QStringLiteral("suggested"));

    // The lesson's tags are below the lessons; removing one stores it and keeps the lesson selected.
    LessonsView *lessons = m_window->learningViews()->lessons();
    m_window->learningViews()->lessonsDock()->show();
    m_window->learningViews()->lessonsDock()->raise();
    QTRY_VERIFY(lessons->isVisible());
    QTRY_COMPARE(lessons->model()->rowCount(), 1);
    const LessonRow lesson = lessons->model()->rowAt(0);
    QCOMPARE(lesson.themes, QStringList{QStringLiteral("disability")});
    ThemeTagsPanel *lessonTags = lessons->themeTags();
    QVERIFY(lessonTags->isVisibleTo(lessons));
    QCOMPARE(lessonTags->targetId(), 0);
    lessons->table()->selectRow(0);
    QCOMPARE(lessonTags->targetType(), QStringLiteral("record"));
    QCOMPARE(lessonTags->targetId(), lesson.id);
    QTRY_COMPARE(lessonTags->tags().size(), 1);
    QCOMPARE(lessonTags->list()->item(0)->text(), QStringLiteral("Disability (suggested)"));
    lessonTags->list()->setCurrentRow(0);
    QVERIFY(lessonTags->removeButton()->isEnabled());
    lessonTags->removeButton()->click();
    m_window->session()->waitForWrites();
    QTRY_COMPARE(lessonTags->tags().value(0).status, QStringLiteral("removed"));
    QCOMPARE(lessonTags->list()->item(0)->text(), QStringLiteral("Disability (removed)"));
    QVERIFY(!lessonTags->removeButton()->isEnabled());
    QCOMPARE(storedStatus(library, QStringLiteral("record"), lesson.id, QStringLiteral("disability")),
             QStringLiteral("removed"));
    // The list read again leaves the theme out, with the lesson still selected and its tags shown.
    QTRY_VERIFY(lessons->model()->rowCount() == 1 && lessons->model()->rowAt(0).themes.isEmpty());
    QCOMPARE(lessons->table()->currentIndex().row(), 0);
    QCOMPARE(lessonTags->targetId(), lesson.id);
    // The recommendation's panel kept its own tags (each panel reads on a channel of its own).
    QCOMPARE(tags->recommendation(), g2);
    QTRY_COMPARE(tags->tags().size(), 2);
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

/// The number the indicator table shows in `column` of the group named `group` (sorted as shown);
/// -2 when no row is that group's.
static double indicatorCell(QTableView *table, const QString &group, int column)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, IndicatorTableModel::Group).data().toString() == group) {
            return model->index(row, column).data(IndicatorTableModel::SortRole).toDouble();
        }
    }
    return -2;
}

/// What the indicator table shows in `column` of the group named `group`, without the share in
/// brackets ("2 of 3" of "2 of 3 (67 %)").
static QString indicatorText(QTableView *table, const QString &group, int column)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, IndicatorTableModel::Group).data().toString() == group) {
            return model->index(row, column).data().toString().section(QStringLiteral(" ("), 0, 0);
        }
    }
    return QStringLiteral("no row");
}

void LearningViewsTest::indicatorsFollowTheGroupingAndThePeriodChosen()
{
    const QString library = m_dir.filePath(QStringLiteral("indicators.evalreview"));
    if (!QFileInfo::exists(library)) {
        QVERIFY(evalreview::testing::buildIndicatorLibrary(library));
    }
    QVERIFY(guitest::openLibrary(*m_window, library));
    QTRY_VERIFY(!m_window->followUpViews()->isDerivingDueDates());
    LearningDashboard *view = m_window->learningViews()->themesAndIndicators();
    view->setToday(QDate(2026, 6, 1));
    PeriodChooser *period = view->periodChooser();
    period->setPeriod({}); // everything due up to today
    view->groupingCombo()->setCurrentIndex(
        view->groupingCombo()->findData(int(IndicatorTableModel::Grouping::Document)));
    m_window->learningViews()->themesAndIndicatorsDock()->show();
    m_window->learningViews()->themesAndIndicatorsDock()->raise();
    QTRY_VERIFY(view->isVisible());
    QTRY_VERIFY(!view->isLoading());
    QTableView *table = view->groupTable();
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->headerData(IndicatorTableModel::Group, Qt::Horizontal).toString(),
             QStringLiteral("Document"));
    // Up to today: the WFP response's a1, a2 and a3 were due, a1 and a3 are completed.
    const QString wfp = QStringLiteral("WFP management response");
    QCOMPARE(indicatorCell(table, wfp, IndicatorTableModel::Recommendations), 3.0);
    QCOMPARE(indicatorText(table, wfp, IndicatorTableModel::NotActionable), QStringLiteral("2 of 3"));
    QCOMPARE(indicatorText(table, wfp, IndicatorTableModel::Implemented), QStringLiteral("2 of 3"));
    QCOMPARE(indicatorText(table, wfp, IndicatorTableModel::ClosureRate), QStringLiteral("2 of 3"));
    QCOMPARE(indicatorCell(table, wfp, IndicatorTableModel::Overdue), 1.0);
    QCOMPARE(indicatorCell(table, wfp, IndicatorTableModel::MedianDays), 131.0);
    QCOMPARE(view->figures().total.due, 4);
    QCOMPARE(view->figures().total.closed, 3);

    // Sorted by closure rate, highest first: UNDP (1 of 1), WFP (2 of 3), the evaluation (none due).
    table->sortByColumn(IndicatorTableModel::ClosureRate, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, IndicatorTableModel::Group).data().toString(),
             QStringLiteral("UNDP management response"));
    QCOMPARE(table->model()->index(2, IndicatorTableModel::Group).data().toString(),
             QStringLiteral("Evaluation of WFP school meals"));

    // By organisation: WFP is the response and the evaluation.
    view->groupingCombo()->setCurrentIndex(
        view->groupingCombo()->findData(int(IndicatorTableModel::Grouping::Organisation)));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->headerData(IndicatorTableModel::Group, Qt::Horizontal).toString(),
             QStringLiteral("Organisation"));
    QCOMPARE(indicatorCell(table, QStringLiteral("WFP"), IndicatorTableModel::Recommendations), 4.0);
    QCOMPARE(indicatorText(table, QStringLiteral("WFP"), IndicatorTableModel::ClosureRate), QStringLiteral("2 of 3"));
    QCOMPARE(indicatorText(table, QStringLiteral("UNDP"), IndicatorTableModel::ClosureRate), QStringLiteral("1 of 1"));

    // Last year (2025), read again off the window's thread: WFP had a1 and a2 due, a1 closed; UNDP's
    // b1 was completed only in 2026.
    QSignalSpy read(m_window->session(), &LibrarySession::readDone);
    period->kindCombo()->setCurrentIndex(period->kindCombo()->findData(int(IndicatorPeriod::Kind::LastYear)));
    QCOMPARE(period->fromEdit()->date(), QDate(2025, 1, 1));
    QCOMPARE(period->toEdit()->date(), QDate(2025, 12, 31));
    QVERIFY(!period->fromEdit()->isEnabled());
    QTRY_COMPARE(view->figures().from, QDate(2025, 1, 1));
    QVERIFY(!read.isEmpty());
    QCOMPARE(indicatorText(table, QStringLiteral("WFP"), IndicatorTableModel::ClosureRate), QStringLiteral("1 of 2"));
    QCOMPARE(indicatorCell(table, QStringLiteral("WFP"), IndicatorTableModel::ClosureRate), 0.5);
    QCOMPARE(indicatorText(table, QStringLiteral("UNDP"), IndicatorTableModel::ClosureRate), QStringLiteral("0 of 1"));
    QCOMPARE(view->figures().total.due, 3);
    QCOMPARE(view->figures().total.closed, 1);

    // By year of the documents' dates.
    view->groupingCombo()->setCurrentIndex(view->groupingCombo()->findData(int(IndicatorTableModel::Grouping::Year)));
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(indicatorText(table, QStringLiteral("2024"), IndicatorTableModel::ClosureRate), QStringLiteral("1 of 2"));
    QCOMPARE(indicatorText(table, QStringLiteral("2025"), IndicatorTableModel::ClosureRate), QStringLiteral("0 of 1"));
    QCOMPARE(indicatorText(table, QStringLiteral("2023"), IndicatorTableModel::ClosureRate), QStringLiteral("–"));
    QCOMPARE(indicatorCell(table, QStringLiteral("2023"), IndicatorTableModel::ClosureRate), -1.0); // none due

    // A custom period, 2026 up to today: only a3 was due (and completed on 10 April).
    period->kindCombo()->setCurrentIndex(period->kindCombo()->findData(int(IndicatorPeriod::Kind::Custom)));
    QVERIFY(period->fromEdit()->isEnabled());
    period->fromEdit()->setDate(QDate(2026, 1, 1));
    period->toEdit()->setDate(QDate(2026, 6, 1));
    QTRY_COMPARE(view->figures().from, QDate(2026, 1, 1));
    QTRY_VERIFY(!view->isLoading());
    QCOMPARE(view->figures().to, QDate(2026, 6, 1));
    QCOMPARE(indicatorText(table, QStringLiteral("2024"), IndicatorTableModel::ClosureRate), QStringLiteral("1 of 1"));
    QCOMPARE(indicatorText(table, QStringLiteral("2025"), IndicatorTableModel::ClosureRate), QStringLiteral("–"));

    // The indicators shown, exported as CSV: the whole for the custom period first.
    const QString csv = m_dir.filePath(QStringLiteral("indicators.csv"));
    LearningDashboard::setFileChooser([csv](QWidget *) { return csv; });
    QSignalSpy exported(view, &LearningDashboard::exported);
    view->exportButton()->click();
    QTRY_COMPARE(exported.size(), 1);
    LearningDashboard::setFileChooser(nullptr);
    QVERIFY(exported.constFirst().at(0).toBool());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12);
    QCOMPARE(lines.at(1), QStringLiteral("All,All recommendations,6,5,4,4,3,0.750,1,1,1.000,1,2,131,2026-01-01,"
                                         "2026-06-01,2026-06-01"));

    // The export dialog starts from the period chosen here, and asks for it for a workbook only.
    ExportDialog *dialog = m_window->followUpViews()->showExportDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->periodChooser()->period().kind, IndicatorPeriod::Kind::Custom);
    QCOMPARE(dialog->periodChooser()->period().from, QDate(2026, 1, 1));
    dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(ExportFormat::Csv)));
    QVERIFY(!dialog->periodChooser()->isVisibleTo(dialog));
    dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(ExportFormat::Xlsx)));
    QVERIFY(dialog->periodChooser()->isVisibleTo(dialog));
    dialog->close();
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
    QVERIFY(guitest::openLibrary(*m_window, library));
    RecommendationsPanel *table = m_window->recommendations();
    RecommendationTableModel *model = table->model();
    QTRY_COMPARE(model->rowCount(), 8);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, RecommendationTableModel::SeenIn).data().toInt(), 2);
    }

    m_window->learningViews()->recurringDock()->show();
    RecurringGroupView *group = m_window->learningViews()->recurringGroup();
    const qint64 g1 = model->idAt(0);
    QVERIFY(guitest::select(*m_window, g1));
    QTRY_COMPARE(group->memberRows().size(), 2);
    QCOMPARE(group->members()->topLevelItemCount(), 2);
    QCOMPARE(group->members()->currentItem()->data(0, Qt::UserRole).toLongLong(), g1);
    QVERIFY(group->splitButton()->isEnabled());
    group->splitButton()->click();
    QVERIFY(guitest::settle(*m_window));
    // The group had two evaluations: it is gone, and neither member is seen elsewhere.
    QTRY_COMPARE(group->memberRows().size(), 0);
    QTRY_VERIFY(model->index(0, RecommendationTableModel::SeenIn).data().isNull());
    QVERIFY(model->index(4, RecommendationTableModel::SeenIn).data().isNull()); // its twin
    QCOMPARE(model->index(1, RecommendationTableModel::SeenIn).data().toInt(), 2);
}

QTEST_MAIN(LearningViewsTest)
#include "LearningViewsTest.moc"
