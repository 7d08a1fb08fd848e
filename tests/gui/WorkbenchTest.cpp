// Drives the real workbench widgets on the offscreen platform.
#include "AppSettings.h"
#include "DetailView.h"
#include "FilterBar.h"
#include "FollowUpPanel.h"
#include "FollowUpViews.h"
#include "GuiTestSupport.h"
#include "ImportController.h"
#include "LibrarySession.h"
#include "LibrarySidebar.h"
#include "MainWindow.h"
#include "PageCanvas.h"
#include "PageRenderer.h"
#include "PageView.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "SearchPanel.h"
#include "SelectionController.h"
#include "SettingsDialog.h"
#include "SyntheticLibrary.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace evalreview;
using namespace evalreview::guitest;

class WorkbenchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensLibraryWithSidebarAndTable();
    void filtersByDonorAndResponseCategory();
    void selectingG1FillsEveryPaneAndHighlightsItsPage();
    void clickingAFieldAndARegionKeepViewsTogether();
    void followUpEditsUndoRedoAndSurviveReopening();
    void searchLandsOnThePageWithTheHit();
    void dropImportsWithProgressReportsDuplicatesAndCancels();
    void realCorpusManagementResponseShowsG1();
    void firstRunImportsSamplesAndScreenshotSelectsCode();
    void layoutAndReviewerNameAreRemembered();
    void aLongListShowsItsFirstPageBeforeItIsCounted();
    void aRecommendationNotYetListedIsSelectedOnceItsPageArrives();
    void onlyTheLatestSelectionsDetailIsShown();
    void aDocumentWithExtractionWarningsIsMarkedInTheLibrary();
    void aPageOvertakenWhileDrawnIsAbandoned();

private:
    /// `listed`: returns once the document list is read too (on a worker thread).
    std::unique_ptr<MainWindow> openWindow(bool listed = true);
    /// Replaces the window by one over a new synthetic library of 1,500 recommendations.
    void openSynthetic(const QString &name, quint64 seed, bool listed = true);
    int codeRow(const QString &code) const;
    QString cell(int row, int column) const;

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<MainWindow> m_window;
};

void WorkbenchTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewGuiTest"));
    settings::setReviewerName(QStringLiteral("Test Reviewer"));
}

void WorkbenchTest::init()
{
    static int n = 0;
    m_library = m_dir.filePath(QStringLiteral("lib%1.evalreview").arg(++n));
    auto store = SqliteLibraryStore::open(m_library);
    QCOMPARE(store->importDocument(workbenchPayload()).status, ImportOutcome::Status::Imported);
    m_window = openWindow();
}

void WorkbenchTest::cleanup()
{
    m_window.reset();
}

void WorkbenchTest::openSynthetic(const QString &name, quint64 seed, bool listed)
{
    m_window.reset();
    SynthOptions o;
    o.recommendations = 1500;
    o.seed = seed;
    m_library = m_dir.filePath(name);
    SyntheticLibrary(o).createAt(m_library);
    m_window = openWindow(listed);
}

std::unique_ptr<MainWindow> WorkbenchTest::openWindow(bool listed)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("window not exposed");
    }
    if (!window->openLibrary(m_library)) {
        qWarning("library not opened");
    }
    // The rows are read in the background too (the long-list test waits for them itself).
    if (listed && !QTest::qWaitFor([&window] { return !window->followUpViews()->isDerivingDueDates(); })) {
        qWarning("due dates not derived");
    }
    if (listed && !guitest::waitForReads(*window)) {
        qWarning("rows not read");
    }
    // The document list is read on a worker thread.
    if (listed && !QTest::qWaitFor([&window] { return !window->isListingDocuments(); })) {
        qWarning("document list not read");
    }
    return window;
}

int WorkbenchTest::codeRow(const QString &code) const
{
    // The rows are read in the background: what was asked for before has arrived.
    if (!guitest::waitForReads(*m_window)) {
        qWarning("reads not answered");
    }
    const RecommendationTableModel *model = m_window->recommendations()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RecommendationTableModel::Code).data().toString() == code) {
            return row;
        }
    }
    return -1;
}

QString WorkbenchTest::cell(int row, int column) const
{
    // The rows are read in the background: what was asked for before has arrived.
    if (!guitest::waitForReads(*m_window)) {
        qWarning("reads not answered");
    }
    return m_window->recommendations()->model()->index(row, column).data().toString();
}

void WorkbenchTest::opensLibraryWithSidebarAndTable()
{
    QTreeWidget *sidebar = m_window->sidebar();
    QCOMPARE(sidebar->topLevelItemCount(), 1);
    const QTreeWidgetItem *all = sidebar->topLevelItem(0);
    QCOMPARE(all->text(1), QStringLiteral("4"));
    QCOMPARE(all->child(0)->text(0), QStringLiteral("Management responses (1)"));
    QCOMPARE(all->child(0)->child(0)->text(0), QStringLiteral("Workbench response"));
    QCOMPARE(m_window->recommendations()->model()->rowCount(), 4);
    QCOMPARE(cell(0, RecommendationTableModel::Code), QStringLiteral("G1"));
    QCOMPARE(cell(0, RecommendationTableModel::Response), QStringLiteral("Deferred"));
    QCOMPARE(cell(0, RecommendationTableModel::DonorComments), QStringLiteral("2"));
    QCOMPARE(cell(0, RecommendationTableModel::Status), QStringLiteral("Not started"));
    QVERIFY(m_window->recommendations()
                ->model()
                ->index(0, RecommendationTableModel::Response)
                .data(Qt::BackgroundRole)
                .value<QColor>()
                .isValid());
}

void WorkbenchTest::filtersByDonorAndResponseCategory()
{
    FilterBar *filters = m_window->recommendations()->filterBar();
    QComboBox *donor = filters->combo(Facet::Donor);
    QTRY_VERIFY(!m_window->recommendations()->facetsPending()); // counted on a worker thread
    const int seco = donor->findData(QStringLiteral("SECO"));
    QVERIFY(seco > 0);
    QCOMPARE(donor->itemText(seco), QStringLiteral("SECO (3)"));
    donor->setCurrentIndex(seco);
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(m_window->recommendations()->model()->rowCount(), 3);
    QCOMPARE(codeRow(QStringLiteral("G3")), -1); // only NORAD commented on G3

    QComboBox *category = filters->combo(Facet::ResponseCategory);
    QTRY_COMPARE(category->itemText(category->findData(QStringLiteral("accepted"))), QStringLiteral("Accepted (2)"));
    category->setCurrentIndex(category->findData(QStringLiteral("accepted")));
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(m_window->recommendations()->model()->rowCount(), 2);
    QCOMPARE(cell(0, RecommendationTableModel::Code), QStringLiteral("G2"));
    QCOMPARE(cell(1, RecommendationTableModel::Code), QStringLiteral("V1"));

    // The text filter is debounced and goes through the index (prefix on the last word).
    filters->textEdit()->setText(QStringLiteral("cooperat"));
    QCOMPARE(m_window->recommendations()->model()->rowCount(), 2); // not yet: debounced
    QTRY_COMPARE(m_window->recommendations()->model()->rowCount(), 1);
    QCOMPARE(cell(0, RecommendationTableModel::Code), QStringLiteral("V1"));

    filters->clear();
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(m_window->recommendations()->model()->rowCount(), 4);
}

void WorkbenchTest::selectingG1FillsEveryPaneAndHighlightsItsPage()
{
    QSignalSpy shown(m_window->pageView(), &PageView::pageShown);
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G1")));
    DetailView *detail = m_window->detailView();
    const QString rec = detail->paneText(DetailView::Pane::Recommendation);
    QVERIFY2(rec.contains(QStringLiteral("Recommendation G1")), qPrintable(rec));
    QVERIFY(rec.contains(QStringLiteral("Increase the focus on people with disabilities")));
    QVERIFY(rec.contains(QStringLiteral("ILO Country Office Accra")));
    QVERIFY(rec.contains(QStringLiteral("High")));
    QVERIFY(rec.contains(QStringLiteral("Short-term")));
    const QString response = detail->paneText(DetailView::Pane::Response);
    QVERIFY(response.contains(QStringLiteral("Deferred")));
    QVERIFY(response.contains(QStringLiteral("To be consulted with Project Advisory Committee")));
    QVERIFY(response.contains(QStringLiteral("1. Consult the PAC on feasibility")));
    QVERIFY(response.contains(QStringLiteral("Time frame: Q3 2024")));
    QVERIFY(response.contains(QStringLiteral("Responsible: Project team")));
    const QString comments = detail->paneText(DetailView::Pane::DonorComments);
    QVERIFY(comments.contains(QStringLiteral("SECO")));
    QVERIFY(comments.contains(QStringLiteral("NORAD")));
    QVERIFY(comments.contains(QStringLiteral("would like to know the timeline")));
    QCOMPARE(detail->followUpPanel()->findChild<QComboBox *>(QStringLiteral("status"))->currentText(),
             QStringLiteral("Not started"));

    QTRY_VERIFY(!shown.isEmpty());
    QTRY_VERIFY(!m_window->pageView()->isRendering());
    PageCanvas *canvas = m_window->pageView()->canvas();
    QCOMPARE(m_window->pageView()->shownPage(), 1);
    QCOMPARE(m_window->pageView()->pageCount(), 13);
    QVERIFY(!canvas->image().isNull());
    QCOMPARE(canvas->highlights().size(), 1);
    // Multiply blend: every pixel under the highlight is the page pixel tinted yellow, never lighter,
    // so dark text stays dark and white paper turns yellow.
    const QImage shot = canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QImage page = canvas->image().convertToFormat(QImage::Format_RGB32);
    const QRect box = canvas->toPixels(canvas->highlights().first()).adjusted(4, 4, -4, -4);
    int yellow = 0;
    int checked = 0;
    for (int y = box.top(); y < box.bottom(); y += 3) {
        for (int x = box.left(); x < box.right(); x += 3) {
            const QColor on = shot.pixelColor(x, y);
            const QColor under = page.pixelColor(x, y);
            ++checked;
            QVERIFY(on.red() <= under.red() + 3 && on.green() <= under.green() + 3);
            QVERIFY(on.blue() <= under.blue() / 4 + 12);
            yellow += (on.red() > 200 && on.green() > 180 && on.blue() < 80) ? 1 : 0;
        }
    }
    QVERIFY(checked > 50);
    QVERIFY2(yellow > checked / 4, qPrintable(QStringLiteral("%1 of %2").arg(yellow).arg(checked)));
    const QColor outside = shot.pixelColor(box.right() + 40, box.top());
    QVERIFY(outside.blue() > 200); // paper outside the region keeps its colour

    QApplication::clipboard()->clear();
    detail->findChild<QPushButton *>(QStringLiteral("copyCitation"))->click();
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("\"Increase the focus on people with disabilities\" (Workbench response, p. 1, "
                            "recommendation G1)"));
}

void WorkbenchTest::clickingAFieldAndARegionKeepViewsTogether()
{
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G2")));
    QTRY_COMPARE(m_window->pageView()->shownPage(), 2);
    QTRY_VERIFY(!m_window->pageView()->isRendering());
    // A click on the action's link shows the action's region.
    m_window->detailView()->openLink(QStringLiteral("src:action:0"));
    QTRY_VERIFY(!m_window->pageView()->isRendering());
    PageCanvas *canvas = m_window->pageView()->canvas();
    QCOMPARE(canvas->highlights().size(), 1);
    QCOMPARE(canvas->highlights().first().x(), 0.45);
    // Clicking the region of G3's text on the same page selects G3.
    const QPoint g3 = canvas->toPixels(QRectF(0.05, 0.30, 0.20, 0.15)).center();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, g3);
    QVERIFY(guitest::waitForReads(*m_window));
    QVERIFY(m_window->detailView()->detail());
    const QString selected = m_window->detailView()->detail()->code;
    QVERIFY2(selected == QStringLiteral("G2") || selected == QStringLiteral("G3") || selected == QStringLiteral("V1"),
             qPrintable(selected)); // several records share the region on this page
    QCOMPARE(m_window->recommendations()->currentId(), m_window->detailView()->detail()->id);

    // Ctrl+PgDn / Ctrl+PgUp step through the table.
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G1")));
    m_window->findChild<QAction *>(QStringLiteral("actionNext"))->trigger();
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(m_window->detailView()->detail()->code, QStringLiteral("G2"));
    m_window->findChild<QAction *>(QStringLiteral("actionPrevious"))->trigger();
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(m_window->detailView()->detail()->code, QStringLiteral("G1"));
}

void WorkbenchTest::followUpEditsUndoRedoAndSurviveReopening()
{
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G1")));
    FollowUpPanel *panel = m_window->detailView()->followUpPanel();
    auto *status = panel->findChild<QComboBox *>(QStringLiteral("status"));
    auto *note = panel->findChild<QPlainTextEdit *>(QStringLiteral("note"));
    auto *save = panel->findChild<QPushButton *>(QStringLiteral("saveNote"));
    QVERIFY(status && note && save);

    const int inProgress = status->findData(followup_status::InProgress);
    status->setCurrentIndex(inProgress);
    Q_EMIT status->activated(inProgress);
    QVERIFY(guitest::settle(*m_window)); // stored on the library's writer thread
    const int row = codeRow(QStringLiteral("G1"));
    QCOMPARE(cell(row, RecommendationTableModel::Status), QStringLiteral("In progress"));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("PAC meeting planned"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(guitest::settle(*m_window));
    QCOMPARE(m_window->undoStack()->count(), 2);
    QCOMPARE(panel->historyLines().size(), 2);
    QVERIFY(panel->historyLines().first().contains(QStringLiteral("Test Reviewer")));

    QAction *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QAction *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
    undo->trigger(); // the note
    QVERIFY(guitest::settle(*m_window));
    QCOMPARE(note->toPlainText(), QString());
    undo->trigger(); // the status
    QVERIFY(guitest::settle(*m_window));
    QCOMPARE(status->currentData().toString(), followup_status::NotStarted);
    QCOMPARE(cell(row, RecommendationTableModel::Status), QStringLiteral("Not started"));
    redo->trigger();
    redo->trigger();
    QVERIFY(guitest::settle(*m_window));
    QCOMPARE(status->currentData().toString(), followup_status::InProgress);
    QCOMPARE(note->toPlainText(), QStringLiteral("PAC meeting planned"));

    // An owner typed but not confirmed is saved for its record when the selection moves on.
    auto *owner = panel->findChild<QLineEdit *>(QStringLiteral("owner"));
    owner->setText(QStringLiteral("Country office"));
    m_window->findChild<QAction *>(QStringLiteral("actionNext"))->trigger();
    QVERIFY(guitest::settle(*m_window));
    QCOMPARE(m_window->detailView()->detail()->code, QStringLiteral("G2"));
    QCOMPARE(owner->text(), QString());
    QCOMPARE(cell(row, RecommendationTableModel::Owner), QStringLiteral("Country office"));

    // Saved at once: a new window on the same file finds the edit and its whole history.
    m_window.reset();
    m_window = openWindow();
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G1")));
    const auto &detail = m_window->detailView()->detail();
    QVERIFY(detail);
    QCOMPARE(detail->followUp.status, followup_status::InProgress);
    QCOMPARE(detail->followUp.note, QStringLiteral("PAC meeting planned"));
    QCOMPARE(detail->followUp.updatedBy, QStringLiteral("Test Reviewer"));
    QCOMPARE(detail->followUp.history.size(), 7); // two edits, two undos, two redos, the owner
    QCOMPARE(detail->followUp.owner, QStringLiteral("Country office"));
    QCOMPARE(cell(codeRow(QStringLiteral("G1")), RecommendationTableModel::Status), QStringLiteral("In progress"));
    auto *reopened = m_window->detailView()->followUpPanel()->findChild<QPlainTextEdit *>(QStringLiteral("note"));
    QCOMPARE(reopened->toPlainText(), QStringLiteral("PAC meeting planned"));
}

void WorkbenchTest::searchLandsOnThePageWithTheHit()
{
    SearchPanel *search = m_window->searchPanel();
    m_window->findChild<QAction *>(QStringLiteral("actionSearch"))->trigger();
    QTest::keyClicks(search->queryEdit(), QStringLiteral("\"competitive bidding\""));
    QSignalSpy results(search, &SearchPanel::resultsShown);
    QTest::keyClick(search->queryEdit(), Qt::Key_Return);
    QTRY_VERIFY(!results.isEmpty()); // searched off the GUI thread
    QVERIFY(!search->hits().isEmpty());
    QVERIFY(search->results()->topLevelItem(0)->text(0).endsWith(QStringLiteral("\nWorkbench response")));
    QCOMPARE(search->results()->topLevelItem(0)->text(1), QStringLiteral("1"));
    QVERIFY(search->results()->topLevelItem(0)->text(0).contains(QStringLiteral("[competitive")));

    QSignalSpy shown(m_window->pageView(), &PageView::pageShown);
    search->results()->setFocus();
    QTest::keyClick(search->results(), Qt::Key_Return);
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(m_window->pageView()->shownPage(), 1);
    // Poppler found the phrase on the page and it is highlighted.
    const QList<QRectF> highlights = m_window->pageView()->canvas()->highlights();
    QVERIFY(!highlights.isEmpty());
    QVERIFY(highlights.first().y() > 0.05 && highlights.first().y() < 0.5);
}

void WorkbenchTest::dropImportsWithProgressReportsDuplicatesAndCancels()
{
    MessageLog log;
    ImportController *import = m_window->importController();
    auto drop = [this](const QStringList &files) {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &f : files) {
            urls << QUrl::fromLocalFile(f);
        }
        mime.setUrls(urls);
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_window.get(), &dropEvent);
    };

    QSignalSpy finished(import, &ImportController::finished);
    // The event loop keeps turning while the worker reads: measure the longest gap between ticks.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestStall = std::max(longestStall, now - last);
        last = now;
    });
    clock.start();
    ticker.start();
    drop({corpusFile("ilo-enhance-newsletter.pdf"), corpusFile("ilo-pe4dw-management-response.pdf")});
    QVERIFY(import->isRunning());
    QVERIFY(import->progressDialog() && import->progressDialog()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    ticker.stop();
    qInfo("longest event-loop stall during the import: %lld ms", longestStall);
    QVERIFY2(longestStall < 1000, "the GUI thread was blocked by the import");
    QCOMPARE(import->results().size(), 2);
    QCOMPARE(import->results().at(0).status, FileImportResult::Status::Imported);
    QVERIFY(log.texts.last().contains(QStringLiteral("2 document(s) imported")));
    QTRY_COMPARE(m_window->sidebar()->topLevelItem(0)->text(0), QStringLiteral("All documents (3)")); // listed next

    // The same file again is a duplicate, reported by name.
    drop({corpusFile("ilo-enhance-newsletter.pdf")});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(import->results().first().status, FileImportResult::Status::Duplicate);
    QVERIFY(log.texts.last().contains(QStringLiteral("already in the library: ilo-enhance-newsletter.pdf")));

    // Cancel: the dialog's Cancel stops the import; nothing of the cancelled files is stored.
    drop({corpusFile("mdgf-2065-final-narrative-report.pdf"), corpusFile("ilo-gb328-sme-progress-report.pdf")});
    QVERIFY(import->isRunning());
    const auto buttons = import->progressDialog()->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 1);
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
    bool cancelled = false;
    for (const FileImportResult &r : import->results()) {
        cancelled = cancelled || r.status == FileImportResult::Status::Cancelled;
    }
    QVERIFY(cancelled);
    QVERIFY(log.texts.last().contains(QStringLiteral("cancelled")));
    int imported = 0;
    for (const FileImportResult &r : import->results()) {
        imported += r.status == FileImportResult::Status::Imported ? 1 : 0;
    }
    QCOMPARE(m_window->session()->store()->documents().size(), 3 + imported);

    // Something that is not a document is refused with a sentence.
    drop({QStringLiteral(EVALREVIEW_TEST_DATA "/gold/ilo-enhance-newsletter.json")});
    QVERIFY(!import->isRunning());
    QVERIFY(log.texts.last().contains(QStringLiteral("Only PDF and Word (DOCX) documents can be imported.")));
}

void WorkbenchTest::realCorpusManagementResponseShowsG1()
{
    MessageLog log;
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    QVERIFY(m_window->importFiles({corpusFile("ilo-pe4dw-management-response.pdf")}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const DocumentSource doc = [this] {
        for (const DocumentSummary &d : m_window->session()->store()->documents()) {
            if (d.fileName == QLatin1String("ilo-pe4dw-management-response.pdf")) {
                return m_window->session()->query().documentSource(d.id);
            }
        }
        return DocumentSource{};
    }();
    QVERIFY(doc.id > 0);
    const auto g1 = m_window->session()->query().findByCode(QStringLiteral("G1"), doc.id);
    if (!g1) {
        QSKIP("The extraction of this build finds no G1 in the management response.");
    }
    QSignalSpy shown(m_window->pageView(), &PageView::pageShown);
    QVERIFY(guitest::select(*m_window, *g1));
    const QString rec = m_window->detailView()->paneText(DetailView::Pane::Recommendation);
    QVERIFY2(rec.contains(QStringLiteral("disabilities")), qPrintable(rec));
    QVERIFY(m_window->detailView()->paneText(DetailView::Pane::DonorComments).contains(QStringLiteral("SECO")));
    QTRY_VERIFY(!shown.isEmpty());
    QTRY_VERIFY(!m_window->pageView()->isRendering());
    QVERIFY(!m_window->pageView()->canvas()->image().isNull());
    QCOMPARE(m_window->pageView()->shownPage(), m_window->detailView()->detail()->page);
    QVERIFY(!m_window->pageView()->canvas()->highlights().isEmpty());

    // Filtering the real library by donor SECO keeps G1.
    FilterBar *filters = m_window->recommendations()->filterBar();
    filters->choose(Facet::Donor, QStringLiteral("SECO"));
    QVERIFY(guitest::waitForReads(*m_window));
    QVERIFY(m_window->recommendations()->model()->rowOf(*g1) >= 0);
}

void WorkbenchTest::firstRunImportsSamplesAndScreenshotSelectsCode()
{
    QTemporaryDir dir;
    const QString samples = dir.filePath(QStringLiteral("samples"));
    QVERIFY(QDir().mkpath(samples));
    QVERIFY(QFile::copy(corpusFile("ilo-pe4dw-management-response.pdf"), samples + QStringLiteral("/response.pdf")));
    QVERIFY(QFile::copy(corpusFile("ilo-enhance-newsletter.pdf"), samples + QStringLiteral("/newsletter.pdf")));
    const QString library = dir.filePath(QStringLiteral("new.evalreview"));
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    auto run = [&] {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(EVALREVIEW_APP),
                  {QStringLiteral("--library"), library, QStringLiteral("--first-run-samples"), samples,
                   QStringLiteral("--screenshot"), shot, QStringLiteral("--select"), QStringLiteral("G1")});
        if (!app.waitForFinished(120000)) {
            app.kill();
            return -1;
        }
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -2;
    };
    QCOMPARE(run(), 0);
    const QImage image(shot);
    QVERIFY(image.width() > 600 && image.height() > 400);
    {
        auto store = SqliteLibraryStore::open(library);
        QCOMPARE(store->documents().size(), 2); // the samples were imported on the first start
    }
    QVERIFY(QFile::remove(shot));
    // Second start: the library exists, so nothing is imported again.
    QFile::remove(samples + QStringLiteral("/newsletter.pdf"));
    QVERIFY(QFile::copy(corpusFile("mdgf-2065-final-narrative-report.pdf"), samples + QStringLiteral("/other.pdf")));
    QCOMPARE(run(), 0);
    QVERIFY(QFile::exists(shot));
    auto store = SqliteLibraryStore::open(library);
    QCOMPARE(store->documents().size(), 2);
}

void WorkbenchTest::layoutAndReviewerNameAreRemembered()
{
    auto *top = m_window->findChild<QSplitter *>(QStringLiteral("topSplitter"));
    QVERIFY(top);
    const int total = top->sizes().at(0) + top->sizes().at(1);
    top->setSizes({total - 300, 300});
    const QList<int> chosen = top->sizes();
    QVERIFY(m_window->close());
    m_window = openWindow();
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("topSplitter"))->sizes(), chosen);

    SettingsDialog dialog(m_library, m_window.get());
    dialog.findChild<QLineEdit *>(QStringLiteral("reviewerName"))->setText(QStringLiteral("Ana Lopez"));
    dialog.save();
    QCOMPARE(settings::reviewerName(), QStringLiteral("Ana Lopez"));
    QVERIFY(settings::recentLibraries().contains(QFileInfo(m_library).absoluteFilePath()));
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G3")));
    m_window->session()->setFollowUp(m_window->detailView()->detail()->id, FollowUpField::Owner,
                                     QStringLiteral("M&E unit"), QStringLiteral("change owner"));
    QVERIFY(guitest::settle(*m_window));
    QCOMPARE(m_window->session()->followUps().state(m_window->detailView()->detail()->id).updatedBy,
             QStringLiteral("Ana Lopez"));
    settings::setReviewerName(QStringLiteral("Test Reviewer"));
}

void WorkbenchTest::aLongListShowsItsFirstPageBeforeItIsCounted()
{
    openSynthetic(QStringLiteral("long.evalreview"), 3, false); // the count is still running
    RecommendationsPanel *panel = m_window->recommendations();
    RecommendationTableModel *model = panel->model();
    auto *label = panel->findChild<QLabel *>(QStringLiteral("recommendationCount"));
    QVERIFY(label);
    // Opening lists the first page as soon as it is read; the count comes from the worker thread
    // after it.
    QSignalSpy arrived(model, &RecommendationTableModel::pageArrived);
    QVERIFY(!model->isLoading() || arrived.wait(guitest::kReadTimeoutMs));
    QCOMPARE(model->rowCount(), RecommendationTableModel::kPageSize);
    QCOMPARE(model->totalCount(), -1);
    QVERIFY(label->text().contains(QStringLiteral("counting")));
    QTRY_COMPARE(model->totalCount(), 1500);
    QCOMPARE(label->text(), QStringLiteral("1500 recommendation(s)"));

    // A facet keeping many rows: first page, then its count, which fetching every page confirms.
    FilterBar *filters = panel->filterBar();
    QComboBox *category = filters->combo(Facet::ResponseCategory);
    QTRY_VERIFY(!panel->facetsPending());
    const int accepted = category->findData(QStringLiteral("accepted"));
    QVERIFY(accepted > 0);
    arrived.clear();
    category->setCurrentIndex(accepted);
    QVERIFY(arrived.wait(guitest::kReadTimeoutMs));
    QCOMPARE(model->rowCount(), RecommendationTableModel::kPageSize);
    QTRY_VERIFY(model->totalCount() > RecommendationTableModel::kPageSize);
    const qint64 total = model->totalCount();
    // Each page comes from the reader; the view may have asked for one itself, which is awaited first
    // (no further page is offered while one is on its way).
    for (;;) {
        QTRY_VERIFY(!model->isLoading());
        if (!model->canFetchMore({})) {
            break;
        }
        model->fetchMore({});
    }
    QCOMPARE(model->rowCount(), total);
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.insert(model->idAt(row));
    }
    QCOMPARE(ids.size(), total); // no row twice

    // A filter keeping less than a page is counted by its list.
    filters->textEdit()->setText(QStringLiteral("businesswomen"));
    QTRY_VERIFY(model->rowCount() < RecommendationTableModel::kPageSize);
    QCOMPARE(model->totalCount(), model->rowCount());
}

void WorkbenchTest::aRecommendationNotYetListedIsSelectedOnceItsPageArrives()
{
    openSynthetic(QStringLiteral("deep.evalreview"), 5);
    RecommendationsPanel *panel = m_window->recommendations();
    RecommendationTableModel *model = panel->model();
    QCOMPARE(model->rowCount(), RecommendationTableModel::kPageSize);
    // The last one in the list's order (read here on the test's own connection): not fetched yet.
    const QList<RecommendationRow> all = m_window->session()->query().rows({}, 0, 1500);
    QCOMPARE(all.size(), 1500);
    const qint64 deep = all.last().id;
    QCOMPARE(model->rowOf(deep), -1);
    QSignalSpy finished(panel, &RecommendationsPanel::selectFinished);
    QVERIFY(!panel->select(deep)); // looked for page by page, in the background
    QVERIFY(panel->isBusy());
    QVERIFY(finished.wait(guitest::kReadTimeoutMs));
    QCOMPARE(finished.last().at(0).toLongLong(), deep);
    QVERIFY(finished.last().at(1).toBool());
    QCOMPARE(panel->currentId(), deep);
    QCOMPARE(model->rowCount(), 1500);
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(m_window->detailView()->detail()->id, deep);

    // One the filter hides: the list ends without it, the filters are cleared, then it is selected.
    FilterBar *filters = panel->filterBar();
    filters->textEdit()->setText(QStringLiteral("businesswomen"));
    QTRY_VERIFY(model->rowCount() < RecommendationTableModel::kPageSize);
    QVERIFY(guitest::waitForReads(*m_window));
    qint64 hidden = 0;
    for (const RecommendationRow &r : all) {
        if (model->rowOf(r.id) < 0) {
            hidden = r.id;
        }
    }
    QVERIFY(hidden > 0);
    QVERIFY(guitest::select(*m_window, hidden));
    QCOMPARE(panel->currentId(), hidden);
    QCOMPARE(filters->textEdit()->text(), QString());
    QCOMPARE(m_window->detailView()->detail()->id, hidden);

    // A newer select takes the place of one still looked for.
    panel->table()->sortByColumn(RecommendationTableModel::Code, Qt::DescendingOrder); // the first page again
    QVERIFY(guitest::waitForReads(*m_window));
    QVERIFY(model->rowCount() < 1500); // the view may have asked for a page more
    qint64 notFetched = 0;
    for (const RecommendationRow &r : all) {
        if (model->rowOf(r.id) < 0) {
            notFetched = r.id;
            break;
        }
    }
    QVERIFY(notFetched > 0);
    const qint64 listed = model->idAt(0);
    finished.clear();
    QVERIFY(!panel->select(notFetched));
    QVERIFY(panel->select(listed)); // listed: selected at once
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.at(0).at(0).toLongLong(), notFetched);
    QVERIFY(!finished.at(0).at(1).toBool());
    QCOMPARE(finished.at(1).at(0).toLongLong(), listed);
    QCOMPARE(panel->currentId(), listed);
    QCOMPARE(m_window->detailView()->detail()->id, listed);
}

void WorkbenchTest::onlyTheLatestSelectionsDetailIsShown()
{
    RecommendationsPanel *panel = m_window->recommendations();
    QSignalSpy shown(m_window->selection(), &SelectionController::detailShown);
    // Two rows chosen in a row before either detail is read: the first answer is dropped.
    panel->table()->selectRow(0);
    panel->table()->selectRow(1);
    QVERIFY(m_window->selection()->isBusy());
    QVERIFY(guitest::waitForReads(*m_window));
    const qint64 second = panel->model()->idAt(1);
    QCOMPARE(m_window->detailView()->detail()->id, second);
    QVERIFY(!shown.isEmpty());
    for (const QList<QVariant> &told : std::as_const(shown)) {
        QCOMPARE(told.at(0).toLongLong(), second); // never the first row's
    }
}

void WorkbenchTest::aDocumentWithExtractionWarningsIsMarkedInTheLibrary()
{
    m_window.reset();
    {
        auto store = SqliteLibraryStore::open(m_library);
        ImportPayload p = workbenchPayload();
        p.sha256 = QString(64, QLatin1Char('f'));
        p.title = QStringLiteral("Unsure response");
        p.extraction.insert(QStringLiteral("extraction_report"),
                            QJsonObject{{QStringLiteral("warnings"),
                                         QJsonArray{QStringLiteral("Table on page 2: columns not mapped (A | B).")}}});
        QCOMPARE(store->importDocument(p).status, ImportOutcome::Status::Imported);
    }
    m_window = openWindow();
    const QList<QTreeWidgetItem *> unsure =
        m_window->sidebar()->findItems(QStringLiteral("Unsure response"), Qt::MatchRecursive);
    const QList<QTreeWidgetItem *> sure =
        m_window->sidebar()->findItems(QStringLiteral("Workbench response"), Qt::MatchRecursive);
    QCOMPARE(unsure.size(), 1);
    QCOMPARE(sure.size(), 1);
    QCOMPARE(unsure.first()->data(0, LibrarySidebar::WarningsRole).toStringList(),
             QStringList{QStringLiteral("Table on page 2: columns not mapped (A | B).")});
    QVERIFY(!unsure.first()->icon(0).isNull());
    QVERIFY(unsure.first()->toolTip(0).contains(QStringLiteral("columns not mapped")));
    QVERIFY(sure.first()->icon(0).isNull());
    QVERIFY(sure.first()->data(0, LibrarySidebar::WarningsRole).toStringList().isEmpty());
}

void WorkbenchTest::aPageOvertakenWhileDrawnIsAbandoned()
{
    // Poppler asks the renderer whether to go on: a request overtaken by a newer one stops and
    // gives no image (nor an error, nor a cached half-drawn page); the newer one is drawn
    auto latest = std::make_shared<std::atomic<quint64>>(2);
    PageRenderer renderer(latest);
    RenderRequest old;
    old.id = 1;
    old.path = corpusFile("ilo-pe4dw-management-response.pdf");
    old.page = 1;
    old.dpi = 150;
    const RenderResult abandoned = renderer.renderNow(old);
    QVERIFY(abandoned.abandoned);
    QVERIFY(abandoned.image.isNull());
    QVERIFY(abandoned.error.isEmpty());
    RenderRequest current = old;
    current.id = 2;
    const RenderResult drawn = renderer.renderNow(current);
    QVERIFY(!drawn.abandoned);
    QVERIFY(!drawn.image.isNull());
    QVERIFY(drawn.error.isEmpty());
}
QTEST_MAIN(WorkbenchTest)
#include "WorkbenchTest.moc"
