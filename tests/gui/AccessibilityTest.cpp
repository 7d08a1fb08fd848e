// The workbench by keyboard and screen reader: every control and every view of information has an
// accessible name (its own, its text, or a buddy label), Tab reaches the main views, and each
// dashboard chart has a table of the same figures.
#include "AppSettings.h"
#include "ChartTable.h"
#include "DashboardView.h"
#include "FollowUpViews.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RecommendationsPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace evalreview;
using namespace evalreview::guitest;

class AccessibilityTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlAndViewHasAnAccessibleName();
    void tabReachesTheMainViews();
    void eachChartHasATableOfItsFigures();
    void learningViewsHaveAccessibleNames();

private:
    void showFollowUpViews();
    QStringList unnamedControls(int *checked) const;
    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<MainWindow> m_window;
};

void AccessibilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewAccessibilityTest"));
    m_library = m_dir.filePath(QStringLiteral("a11y.evalreview"));
    auto store = SqliteLibraryStore::open(m_library);
    QCOMPARE(store->importDocument(workbenchPayload()).status, ImportOutcome::Status::Imported);
}

void AccessibilityTest::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(guitest::openLibrary(*m_window, m_library));
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G1")));
}

void AccessibilityTest::cleanup()
{
    m_window.reset();
}

void AccessibilityTest::showFollowUpViews()
{
    for (const char *name : {"disagreementDock", "dashboardDock"}) {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        QVERIFY(dock);
        dock->show();
        dock->raise();
    }
    DashboardView *dashboard = m_window->followUpViews()->dashboard();
    QTRY_VERIFY(dashboard->isVisible() && !dashboard->isLoading());
}

QStringList AccessibilityTest::unnamedControls(int *checked) const
{
    QStringList unnamed;
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        auto *scrollArea = qobject_cast<QAbstractScrollArea *>(w->parentWidget());
        if (!w->isVisible() || qobject_cast<QHeaderView *>(w) || (scrollArea && scrollArea->viewport() == w) ||
            w->objectName().startsWith(QLatin1String("qt_"))) {
            continue; // a part of a view or an editor, announced as that view or editor
        }
        const bool takesFocus = (w->focusPolicy() & Qt::TabFocus) != 0;
        const bool informs = qobject_cast<QAbstractItemView *>(w) || qobject_cast<QChartView *>(w);
        if (!takesFocus && !informs) {
            continue;
        }
        ++*checked;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            unnamed << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                                w->parentWidget() ? w->parentWidget()->objectName() : QString());
        }
    }
    return unnamed;
}

void AccessibilityTest::everyControlAndViewHasAnAccessibleName()
{
    showFollowUpViews();
    int checked = 0;
    const QStringList unnamed = unnamedControls(&checked);
    QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(QStringLiteral("without an accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
}

void AccessibilityTest::learningViewsHaveAccessibleNames()
{
    for (const char *name : {"lessonsDock", "recurringDock", "themesIndicatorsDock"}) {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        QVERIFY(dock);
        dock->show();
        dock->raise();
        QTRY_VERIFY(dock->widget()->isVisible());
        int checked = 0;
        const QStringList unnamed = unnamedControls(&checked);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("without an accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
    }
}

void AccessibilityTest::tabReachesTheMainViews()
{
    QTableView *table = m_window->recommendations()->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    std::set<QWidget *> reached;
    for (int i = 0; i < 200 && reached.size() < 200; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList missing;
    const QStringList wanted{QStringLiteral("recommendationTable"), QStringLiteral("textFilter"),
                             QStringLiteral("searchQuery"),         QStringLiteral("recommendationPane"),
                             QStringLiteral("responsePane"),        QStringLiteral("donorCommentsPane"),
                             QStringLiteral("pageScroll")};
    for (const QString &name : wanted) {
        auto *w = m_window->findChild<QWidget *>(name);
        if (!w) {
            missing << name + QStringLiteral(" (no such widget)");
        } else if (reached.count(w) == 0) {
            missing << name;
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not reached by Tab: ") + missing.join(QStringLiteral(", "))));
}

void AccessibilityTest::eachChartHasATableOfItsFigures()
{
    showFollowUpViews();
    DashboardView *dashboard = m_window->followUpViews()->dashboard();
    auto *toggle = dashboard->findChild<QPushButton *>(QStringLiteral("dashboardAsTables"));
    QVERIFY(toggle);
    toggle->click();
    for (QChartView *chart :
         {dashboard->acceptanceChart(), dashboard->statusChart(), dashboard->closureChart(), dashboard->donorChart()}) {
        ChartTable *table = dashboard->tableOf(chart);
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QVERIFY(!chart->isVisible());
        QCOMPARE(table->accessibleName(), chart->chart()->title());
        QVERIFY(!chart->chart()->series().isEmpty());
        if (auto *line = qobject_cast<QLineSeries *>(chart->chart()->series().first())) {
            QCOMPARE(table->rowCount(), line->count()); // no follow-up history yet: no points
        } else {
            QVERIFY(table->rowCount() > 0);
        }
    }
    // Acceptance by section: Ghana has one accepted recommendation, as the bar says
    ChartTable *acceptance = dashboard->tableOf(dashboard->acceptanceChart());
    QBarSet *accepted = dashboard->barSet(dashboard->acceptanceChart(), QStringLiteral("Accepted"));
    QVERIFY(accepted);
    int column = -1;
    for (int c = 0; c < acceptance->columnCount(); ++c) {
        if (acceptance->horizontalHeaderItem(c)->text() == QLatin1String("Accepted")) {
            column = c;
        }
    }
    QVERIFY(column >= 0);
    for (int r = 0; r < acceptance->rowCount(); ++r) {
        QCOMPARE(acceptance->item(r, column)->text(), QString::number(accepted->at(r)));
    }
    QCOMPARE(acceptance->verticalHeaderItem(0)->text(), QStringLiteral("Ghana"));
    toggle->click();
    QVERIFY(dashboard->acceptanceChart()->isVisible());
}

QTEST_MAIN(AccessibilityTest)
#include "AccessibilityTest.moc"
