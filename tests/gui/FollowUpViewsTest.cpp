// The follow-up views on the offscreen platform: disagreements, dashboard, export, backup and
// restore, linked chain and flags.
#include "FollowUpViews.h"

#include "AppSettings.h"
#include "BackupController.h"
#include "CorrectionController.h"
#include "DashboardView.h"
#include "DetailView.h"
#include "DisagreementModel.h"
#include "DisagreementView.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "FollowUpPanel.h"
#include "FollowUpStore.h"
#include "GuiTestSupport.h"
#include "ImportController.h"
#include "LibraryRestore.h"
#include "LibrarySession.h"
#include "LinkChainPanel.h"
#include "LinkStore.h"
#include "MainWindow.h"
#include "PageCanvas.h"
#include "PageView.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <unistd.h>

using namespace evalreview;
using namespace evalreview::guitest;

class FollowUpViewsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void disagreementViewListsSecoRequestsAndSelectsInTable();
    void realCorpusDisagreementsListSecoRequests();
    void dashboardBarClickFiltersTheTable();
    void aLibraryRemovedUnderTheWindowIsReportedAndTheWindowGoesOn();
    void aSourceDamagedUnderTheWindowShowsAMessageAndTheWindowGoesOn();
    void exportDialogWritesTheFilteredViewAsCsv();
    void exportCancelledWhileWritingCommitsNothing();
    void backupThenRestoreBringsBackAnEditedNote();
    void restoreIsRefusedWhileAnExportRuns();
    void linkChainAddsNavigatesAndRemovesALink();
    void derivedDueDateIsFlaggedInTheSelection();
    void aLibraryThatCannotBeWrittenOpensReadOnly();

private:
    QStringList tableCodes() const;
    qint64 idOf(const QString &code) const;

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<MainWindow> m_window;
};

void FollowUpViewsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewFollowUpTest"));
    settings::setReviewerName(QStringLiteral("Test Reviewer"));
}

void FollowUpViewsTest::init()
{
    static int n = 0;
    m_library = m_dir.filePath(QStringLiteral("followup%1.evalreview").arg(++n));
    {
        auto store = SqliteLibraryStore::open(m_library);
        QCOMPARE(store->importDocument(workbenchPayload()).status, ImportOutcome::Status::Imported);
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(guitest::openLibrary(*m_window, m_library));
    QTRY_VERIFY(!m_window->followUpViews()->isDerivingDueDates()); // derived due dates are stored
}

void FollowUpViewsTest::cleanup()
{
    m_window.reset();
    BackupController::setFileChooser(nullptr);
    ExportJob::setBeforeCommitHook(nullptr);
    LinkChainPanel::setCodeAsker(nullptr);
}

QStringList FollowUpViewsTest::tableCodes() const
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

qint64 FollowUpViewsTest::idOf(const QString &code) const
{
    return m_window->session()->query().findByCode(code).value_or(0);
}

void FollowUpViewsTest::disagreementViewListsSecoRequestsAndSelectsInTable()
{
    DisagreementView *view = m_window->followUpViews()->disagreements();
    DisagreementModel *model = view->model();
    QCOMPARE(model->rowCount(), 0); // nothing is read while the view is hidden
    m_window->followUpViews()->disagreementDock()->show();
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->isLoading()); // read on the library's reader thread
    QTRY_VERIFY(!view->isLoading());
    auto line = [model](int row) -> QString {
        return model->index(row, DisagreementModel::Code).data().toString() + QLatin1Char('/') +
               model->index(row, DisagreementModel::Donor).data().toString() + QLatin1Char('/') +
               model->index(row, DisagreementModel::Stance).data().toString();
    };
    QStringList all;
    for (int row = 0; row < model->rowCount(); ++row) {
        all << line(row);
    }
    // G1 is deferred (both donors listed), G3 partially accepted; V1 and G2 are accepted but SECO asks.
    QCOMPARE(all, (QStringList{QStringLiteral("G1/SECO/Asks for more"), QStringLiteral("G1/NORAD/Agrees"),
                               QStringLiteral("G2/SECO/Asks for more"), QStringLiteral("G3/NORAD/Agrees"),
                               QStringLiteral("V1/SECO/Asks for more")}));
    QVERIFY(model->index(0, DisagreementModel::Response).data().toString().startsWith(QStringLiteral("Deferred")));

    view->setDonor(QStringLiteral("SECO"));
    QTRY_VERIFY(!view->isLoading());
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, DisagreementModel::Donor).data().toString(), QStringLiteral("SECO"));
    }
    const int g2 = model->rowOf(idOf(QStringLiteral("G2")));
    QVERIFY(g2 >= 0);
    view->table()->setCurrentIndex(model->index(g2, DisagreementModel::Comment));
    QVERIFY(guitest::waitForReads(*m_window)); // the rows and the detail are read in the background
    QCOMPARE(m_window->recommendations()->currentId(), idOf(QStringLiteral("G2")));
    QCOMPARE(m_window->detailView()->detail()->code, QStringLiteral("G2"));
}

void FollowUpViewsTest::realCorpusDisagreementsListSecoRequests()
{
    MessageLog log;
    QSignalSpy finished(m_window->importController(), &ImportController::finished);
    QVERIFY(m_window->importFiles({corpusFile("ilo-pe4dw-management-response.pdf")}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    DisagreementView *view = m_window->followUpViews()->disagreements();
    view->setDonor(QStringLiteral("SECO"));
    QTRY_VERIFY(!view->isLoading());
    QCOMPARE(view->donorCombo()->currentData().toString(), QStringLiteral("SECO"));
    DisagreementModel *model = view->model();
    int requests = 0;
    int fromCorpus = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const DisagreementRow &r = model->rowAt(row);
        QCOMPARE(r.donor, QStringLiteral("SECO"));
        QVERIFY(r.stance != DonorStance::Agrees || isQualifiedResponse(r.responseCategory));
        const bool corpus = m_window->session()->query().detail(r.recommendationId)->documentTitle !=
                            QLatin1String("Workbench response");
        fromCorpus += corpus ? 1 : 0;
        if (corpus && r.stance == DonorStance::Requests) {
            ++requests;
            if (requests == 1) {
                view->table()->setCurrentIndex(model->index(row, DisagreementModel::Comment));
                QVERIFY(guitest::waitForReads(*m_window)); // the rows and the detail are read in the background
                QCOMPARE(m_window->recommendations()->currentId(), r.recommendationId);
                QCOMPARE(m_window->detailView()->detail()->code, r.code);
            }
        }
    }
    QVERIFY2(requests >= 2, qPrintable(QString::number(requests))); // e.g. peer learning should also target partners
    QVERIFY(fromCorpus > requests);                                 // the reservations and the deferral are listed too
}

void FollowUpViewsTest::aLibraryRemovedUnderTheWindowIsReportedAndTheWindowGoesOn()
{
    m_window->followUpViews()->dashboardDock()->show();
    DashboardView *dashboard = m_window->followUpViews()->dashboard();
    QTRY_VERIFY(dashboard->isVisible());
    QTRY_VERIFY(!dashboard->isLoading());
    const QString before = dashboard->summary()->text();
    QVERIFY(before.startsWith(QStringLiteral("4 recommendations")));
    // another program moves the library away while the window is open
    const QString away = m_library + QStringLiteral(".moved");
    QVERIFY(QFile::rename(m_library, away));
    dashboard->reload();
    QTRY_VERIFY(!dashboard->isLoading());
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.startsWith(QStringLiteral("The library could not be read")), qPrintable(status));
    QCOMPARE(dashboard->summary()->text(), before); // the figures it showed stay
    // the window goes on: the table answers and selects; the detail it cannot read is reported
    QCOMPARE(tableCodes().size(), 4);
    m_window->recommendations()->table()->selectRow(1);
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(m_window->recommendations()->currentId(), m_window->recommendations()->model()->idAt(1));
    // back in place, the next reads read it again
    QVERIFY(QFile::rename(away, m_library));
    m_window->recommendations()->table()->selectRow(2);
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(m_window->detailView()->detail()->code, tableCodes().at(2));
    dashboard->reload();
    QTRY_VERIFY(!dashboard->isLoading());
    QCOMPARE(dashboard->summary()->text(), before);
}

void FollowUpViewsTest::aSourceDamagedUnderTheWindowShowsAMessageAndTheWindowGoesOn()
{
    // a library whose document's PDF is then cut in half by another program
    const QString copy = m_dir.filePath(QStringLiteral("damaged-response.pdf"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(corpusFile("ilo-pe4dw-management-response.pdf"), copy));
    m_window.reset();
    const QString library = m_dir.filePath(QStringLiteral("damaged.evalreview"));
    {
        ImportPayload payload = workbenchPayload();
        payload.sourcePath = copy;
        auto store = SqliteLibraryStore::open(library);
        QCOMPARE(store->importDocument(payload).status, ImportOutcome::Status::Imported);
    }
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(guitest::openLibrary(*m_window, library));
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G1")));
    QTRY_VERIFY(!m_window->pageView()->isRendering());
    const QString message = m_window->pageView()->canvas()->message();
    QVERIFY2(message.contains(QStringLiteral("cannot")) || message.contains(QStringLiteral("could not")),
             qPrintable(message));
    // the window goes on: another record is selected and shown in the detail
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("V1")));
    QCOMPARE(m_window->detailView()->detail()->code, QStringLiteral("V1"));
    QTRY_VERIFY(!m_window->pageView()->isRendering());
    QVERIFY(!m_window->pageView()->canvas()->message().isEmpty());
}

void FollowUpViewsTest::dashboardBarClickFiltersTheTable()
{
    m_window->followUpViews()->dashboardDock()->show();
    DashboardView *dashboard = m_window->followUpViews()->dashboard();
    QTRY_VERIFY(dashboard->isVisible());
    // the figures are read on the library's reader thread, with a busy bar meanwhile
    QVERIFY(dashboard->isLoading());
    QVERIFY(dashboard->findChild<QProgressBar *>(QStringLiteral("dashboardBusy"))->isVisibleTo(dashboard));
    QTRY_VERIFY(!dashboard->isLoading());
    QVERIFY(!dashboard->findChild<QProgressBar *>(QStringLiteral("dashboardBusy"))->isVisibleTo(dashboard));
    QVERIFY2(dashboard->summary()->text().startsWith(QStringLiteral("4 recommendations")),
             qPrintable(dashboard->summary()->text()));
    QBarSet *accepted = dashboard->barSet(dashboard->acceptanceChart(), QStringLiteral("Accepted"));
    QVERIFY(accepted);
    QCOMPARE(accepted->count(), 2);                            // Ghana, Viet Nam
    QCOMPARE(accepted->at(0), 1.0);                            // G2
    QCOMPARE(accepted->at(1), 1.0);                            // V1
    Q_EMIT accepted->clicked(0);                               // what a click on Ghana's "Accepted" segment sends
    QCOMPARE(tableCodes(), QStringList{QStringLiteral("G2")}); // Ghana and accepted

    QBarSet *comments = dashboard->barSet(dashboard->donorChart(), QStringLiteral("Comments"));
    QVERIFY(comments);
    const int norad = 0; // donors by name: NORAD, SECO
    QCOMPARE(comments->at(norad), 2.0);
    Q_EMIT comments->clicked(norad);
    QCOMPARE(tableCodes(), (QStringList{QStringLiteral("G1"), QStringLiteral("G3")}));

    QBarSet *notStarted = dashboard->barSet(dashboard->statusChart(), QStringLiteral("Not started"));
    QVERIFY(notStarted); // every record has a derived due date ("Short-term"), none started
    Q_EMIT notStarted->clicked(0);
    QCOMPARE(tableCodes().size(), 4);

    // Status by due quarter filters by the status and the quarter of the bar clicked.
    FollowUpStore(m_window->session()->store()->database())
        .set(idOf(QStringLiteral("G2")), FollowUpField::DueDate, QStringLiteral("2031-02-10"),
             QStringLiteral("Test Reviewer"));
    dashboard->reload();
    QTRY_VERIFY(!dashboard->isLoading());
    notStarted = dashboard->barSet(dashboard->statusChart(), QStringLiteral("Not started"));
    QVERIFY(notStarted);
    auto *quarters = qobject_cast<QBarCategoryAxis *>(dashboard->statusChart()->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(quarters);
    QCOMPARE(quarters->categories().size(), 2);
    const int q2031 = int(quarters->categories().indexOf(QStringLiteral("2031-Q1")));
    QCOMPARE(q2031, 1);
    Q_EMIT notStarted->clicked(q2031);
    QCOMPARE(tableCodes(), QStringList{QStringLiteral("G2")});
    QToolButton *chip = m_window->recommendations()->filterBar()->dueRangeButton();
    QVERIFY(chip->isVisibleTo(m_window.get()));
    QVERIFY(chip->text().contains(QStringLiteral("2031-Q1")));
    Q_EMIT notStarted->clicked(0); // the derived quarter: the three others
    QCOMPARE(tableCodes(), (QStringList{QStringLiteral("G1"), QStringLiteral("G3"), QStringLiteral("V1")}));
    chip->click(); // removing the due range keeps the status
    QVERIFY(!chip->isVisibleTo(m_window.get()));
    QCOMPARE(tableCodes().size(), 4);
    QCOMPARE(m_window->recommendations()->currentFilter().status, followup_status::NotStarted);
}

void FollowUpViewsTest::exportDialogWritesTheFilteredViewAsCsv()
{
    m_window->recommendations()->filterBar()->choose(Facet::Donor, QStringLiteral("NORAD"));
    QCOMPARE(tableCodes(), (QStringList{QStringLiteral("G1"), QStringLiteral("G3")}));
    m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    ExportDialog *dialog = m_window->followUpViews()->exportDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->scopeCombo()->currentIndex(), 0); // the current view, counted on the library's reader
    QTRY_COMPARE(dialog->scopeCombo()->itemText(0), QStringLiteral("Current view (2 recommendation(s))"));
    dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(ExportFormat::Csv)));
    const QString path = m_dir.filePath(QStringLiteral("view")); // the suffix is added
    dialog->pathEdit()->setText(path);
    QSignalSpy exported(dialog, &ExportDialog::exported);
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
    QCOMPARE(exported.first().first().toString(), path + QStringLiteral(".csv"));
    QFile file(path + QStringLiteral(".csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(QStringLiteral("Increase the focus on people with disabilities"))); // G1
    QVERIFY(csv.contains(QStringLiteral("Extend the pilot to more districts")));             // G3
    QVERIFY(!csv.contains(QStringLiteral("Improve monitoring of cooperatives")));            // V1 is filtered out
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".csv.partial")));

    // One document as a PDF report, whatever the table's filters.
    QCOMPARE(dialog->scopeCombo()->count(), 2);
    QCOMPARE(dialog->scopeCombo()->itemData(1).toLongLong(), m_window->session()->query().documentSources().first().id);
    dialog->scopeCombo()->setCurrentIndex(1);
    dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(ExportFormat::Pdf)));
    const QString pdf = m_dir.filePath(QStringLiteral("document.pdf"));
    dialog->pathEdit()->setText(pdf);
    QVERIFY(dialog->startExport());
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 30000);
    QFile report(pdf);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.read(5).startsWith("%PDF"));
    QVERIFY(report.size() > 2000);

    // An unwritable target is told in a sentence.
    MessageLog log;
    dialog->pathEdit()->setText(QStringLiteral("/nonexistent-folder/x.csv"));
    QVERIFY(!dialog->startExport());
    QCOMPARE(log.texts.size(), 1);
    QVERIFY(log.texts.first().contains(QStringLiteral("does not exist")));
}

void FollowUpViewsTest::exportCancelledWhileWritingCommitsNothing()
{
    m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    ExportDialog *dialog = m_window->followUpViews()->exportDialog();
    QVERIFY(dialog);
    // Static: they outlive this function even if a failed check leaves the worker behind.
    static QSemaphore reached;
    static QSemaphore proceed;
    // The job stops where the file is written and about to replace its target.
    ExportJob::setBeforeCommitHook([] {
        reached.release();
        proceed.acquire();
    });
    const auto release = qScopeGuard([] { proceed.release(100); });
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Pdf}) {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.") + ExportJob::suffix(format));
        {
            QFile earlier(path); // an earlier export at the same place survives the cancelled one
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("earlier export");
        }
        dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(format)));
        dialog->pathEdit()->setText(path);
        QSignalSpy finished(dialog->job(), &ExportJob::finished);
        QVERIFY(dialog->startExport());
        QTRY_VERIFY_WITH_TIMEOUT(reached.available() > 0, 30000);
        reached.acquire();
        QVERIFY(dialog->job()->isRunning());
        QPushButton *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        proceed.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).toString(), QString()); // no error
        QCOMPARE(finished.first().at(1).toBool(), true);        // cancelled
        QVERIFY(dialog->isVisible());                           // Cancel stopped the export, not the dialog
        QFile target(path);
        QVERIFY(target.open(QIODevice::ReadOnly));
        QCOMPARE(target.readAll(), QByteArray("earlier export"));
        QCOMPARE(QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + QLatin1Char('*')}, QDir::Files).size(),
                 1); // no partial file beside it
        QCOMPARE(cancel->text(), QStringLiteral("Close"));
    }
    ExportJob::setBeforeCommitHook(nullptr);
}

void FollowUpViewsTest::backupThenRestoreBringsBackAnEditedNote()
{
    MessageLog log;
    const qint64 g1 = idOf(QStringLiteral("G1"));
    m_window->session()->setFollowUp(g1, FollowUpField::Note, QStringLiteral("kept in the backup"),
                                     QStringLiteral("edit"));
    QVERIFY(guitest::settle(*m_window));
    const QString backup = m_dir.filePath(QStringLiteral("backup-%1.evalreview").arg(QFileInfo(m_library).baseName()));
    BackupController::setFileChooser([backup](bool) { return backup; });
    QSignalSpy backedUp(m_window->followUpViews()->backup(), &BackupController::backupFinished);
    m_window->findChild<QAction *>(QStringLiteral("actionBackup"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(backedUp.size(), 1, 20000);
    QCOMPARE(backedUp.first().first().toString(), QString());
    QVERIFY(QFileInfo::exists(backup));

    m_window->session()->setFollowUp(g1, FollowUpField::Note, QStringLiteral("written later"), QStringLiteral("edit"));
    QVERIFY(guitest::settle(*m_window));
    QSignalSpy restored(m_window->followUpViews()->backup(), &BackupController::restored);
    m_window->findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    QCOMPARE(restored.size(), 1);
    QVERIFY(m_window->session()->isOpen());
    QCOMPARE(m_window->session()->path(), QFileInfo(m_library).absoluteFilePath());
    QCOMPARE(m_window->session()->followUps().state(g1).note, QStringLiteral("kept in the backup"));
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G1")));
    QCOMPARE(m_window->detailView()->detail()->followUp.note, QStringLiteral("kept in the backup"));
    // The replaced library is kept aside with the later note.
    auto aside = SqliteLibraryStore::open(restore::keptAsidePath(m_window->session()->path()));
    QCOMPARE(FollowUpStore(aside->database()).state(g1).note, QStringLiteral("written later"));

    // A file that is not a library is refused and the open library stays as it is.
    const QString junk = m_dir.filePath(QStringLiteral("junk.evalreview"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    BackupController::setFileChooser([junk](bool) { return junk; });
    m_window->findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    QCOMPARE(restored.size(), 1);
    QVERIFY(log.texts.last().contains(QStringLiteral("not an EvalReview library")));
    QCOMPARE(m_window->session()->followUps().state(g1).note, QStringLiteral("kept in the backup"));
}

void FollowUpViewsTest::restoreIsRefusedWhileAnExportRuns()
{
    MessageLog log;
    const qint64 g1 = idOf(QStringLiteral("G1"));
    m_window->session()->setFollowUp(g1, FollowUpField::Note, QStringLiteral("in the backup"), QStringLiteral("edit"));
    QVERIFY(guitest::settle(*m_window));
    const QString backup = m_dir.filePath(QStringLiteral("busy-%1.evalreview").arg(QFileInfo(m_library).baseName()));
    m_window->session()->store()->backupTo(backup);
    m_window->session()->setFollowUp(g1, FollowUpField::Note, QStringLiteral("after the backup"),
                                     QStringLiteral("edit"));
    QVERIFY(guitest::settle(*m_window));
    BackupController::setFileChooser([backup](bool) { return backup; });

    m_window->findChild<QAction *>(QStringLiteral("actionExport"))->trigger();
    ExportDialog *dialog = m_window->followUpViews()->exportDialog();
    QVERIFY(dialog);
    dialog->pathEdit()->setText(m_dir.filePath(QStringLiteral("busy.csv")));
    QSignalSpy exported(dialog, &ExportDialog::exported);
    QVERIFY(dialog->startExport()); // running until its result is delivered to this thread
    QSignalSpy restored(m_window->followUpViews()->backup(), &BackupController::restored);
    m_window->findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    QCOMPARE(restored.size(), 0);
    QVERIFY(!log.texts.isEmpty());
    QVERIFY(log.texts.last().contains(QStringLiteral("export is still running")));
    QCOMPARE(m_window->session()->followUps().state(g1).note, QStringLiteral("after the backup"));

    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000); // once it has finished, the restore goes ahead
    m_window->findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    QCOMPARE(restored.size(), 1);
    QCOMPARE(m_window->session()->followUps().state(g1).note, QStringLiteral("in the backup"));
}

void FollowUpViewsTest::linkChainAddsNavigatesAndRemovesALink()
{
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G1")));
    LinkChainPanel *chain = m_window->followUpViews()->linkChain();
    QCOMPARE(chain->recommendation(), idOf(QStringLiteral("G1")));
    {
        // A code no recommendation has is told, and adds nothing.
        MessageLog log;
        LinkChainPanel::setCodeAsker([] { return QStringLiteral("NO-SUCH-CODE"); });
        const int commands = m_window->undoStack()->count();
        chain->findChild<QPushButton *>(QStringLiteral("addLink"))->click();
        QTRY_COMPARE(log.texts.size(), 1);
        QVERIFY(log.texts.first().contains(QStringLiteral("No other recommendation has the code NO-SUCH-CODE")));
        QCOMPARE(m_window->undoStack()->count(), commands);
    }
    LinkChainPanel::setCodeAsker([] { return QStringLiteral("V1"); });
    chain->findChild<QPushButton *>(QStringLiteral("addLink"))->click();
    // V1 is looked up on the library's reader, then the link is stored by the library's writer
    QTRY_COMPARE(m_window->undoStack()->undoText(), QStringLiteral("link to V1"));
    QVERIFY(guitest::settle(*m_window));
    // the chain is read again on the library's reader: the item of the recommendation at the other end
    auto itemFor = [chain](qint64 id) -> QTreeWidgetItem * {
        for (QTreeWidgetItemIterator it(chain->tree()); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole + 2).toLongLong() == id) {
                return *it;
            }
        }
        return nullptr;
    };
    QTRY_VERIFY(itemFor(idOf(QStringLiteral("V1"))));
    QTreeWidgetItem *link = itemFor(idOf(QStringLiteral("V1")));
    QVERIFY(link->text(0).contains(QStringLiteral("V1")));
    QVERIFY(link->text(0).contains(QStringLiteral("confirmed")));
    // The link is seen from V1 too, and a click there brings back G1.
    const QRect rect = chain->tree()->visualItemRect(link);
    QTest::mouseClick(chain->tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(guitest::waitForReads(*m_window));
    QCOMPARE(m_window->recommendations()->currentId(), idOf(QStringLiteral("V1")));
    QTRY_VERIFY(itemFor(idOf(QStringLiteral("G1"))));
    chain->tree()->setCurrentItem(itemFor(idOf(QStringLiteral("G1"))));
    chain->findChild<QPushButton *>(QStringLiteral("removeLink"))->click();
    QVERIFY(guitest::settle(*m_window));
    QTRY_VERIFY(!itemFor(idOf(QStringLiteral("G1"))));
    // Removed means rejected: the decision is kept, so the link is not suggested again.
    const QList<LinkInfo> stored = LinkStore(m_window->session()->store()->database())
                                       .linksOf(LinkEnd::Recommendation, idOf(QStringLiteral("G1")));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().state, LinkState::Rejected);
    // Link decisions are in the window's history: undo brings the removed link back ...
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("remove a link"));
    m_window->undoStack()->undo();
    QVERIFY(guitest::settle(*m_window));
    QTRY_VERIFY(itemFor(idOf(QStringLiteral("G1"))));
    LinkStore links(m_window->session()->store()->database());
    QCOMPARE(links.linksOf(LinkEnd::Recommendation, idOf(QStringLiteral("G1"))).first().state, LinkState::Confirmed);
    // ... and undo again takes away the link that was added (there was none before)
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("link to V1"));
    m_window->undoStack()->undo();
    QVERIFY(guitest::settle(*m_window));
    QTRY_VERIFY(!itemFor(idOf(QStringLiteral("G1"))));
    QVERIFY(links.linksOf(LinkEnd::Recommendation, idOf(QStringLiteral("G1"))).isEmpty());
    m_window->undoStack()->redo(); // and redo adds it again
    QVERIFY(guitest::settle(*m_window));
    QTRY_VERIFY(itemFor(idOf(QStringLiteral("G1"))));
}

void FollowUpViewsTest::derivedDueDateIsFlaggedInTheSelection()
{
    QVERIFY(guitest::selectCode(*m_window, QStringLiteral("G1")));
    QLabel *flags = m_window->followUpViews()->flagsLabel(); // read on the library's reader
    QTRY_VERIFY2(flags->text().contains(QStringLiteral("derived")), qPrintable(flags->text()));
    const auto state = m_window->session()->followUps().state(idOf(QStringLiteral("G1")));
    QVERIFY(state.dueDerived);
    QCOMPARE(state.dueDate, QDate::currentDate().addMonths(6)); // "Short-term" from the import day
    m_window->session()->setFollowUp(idOf(QStringLiteral("G1")), FollowUpField::DueDate, QStringLiteral("2020-01-31"),
                                     QStringLiteral("edit"));
    QVERIFY(guitest::settle(*m_window));
    QTRY_VERIFY2(!flags->text().contains(QStringLiteral("derived")), qPrintable(flags->text()));
    QVERIFY(flags->text().contains(QStringLiteral("Overdue")));
    // The table marks the overdue date too.
    RecommendationTableModel *model = m_window->recommendations()->model();
    const QModelIndex due = model->index(model->rowOf(idOf(QStringLiteral("G1"))), RecommendationTableModel::DueDate);
    QCOMPARE(due.data().toString(), QStringLiteral("2020-01-31"));
    QCOMPARE(due.data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue"));
    const QModelIndex g2 = model->index(model->rowOf(idOf(QStringLiteral("G2"))), RecommendationTableModel::DueDate);
    QVERIFY(g2.data(Qt::ToolTipRole).toString().isEmpty());
}

namespace {

/// Makes `path` unwritable for this process: chmod for a user, the immutable attribute for root
/// (whom file modes do not stop). False when neither is possible here.
bool protect(const QString &path, bool on)
{
    if (::geteuid() != 0) {
        return QFile::setPermissions(path, on ? QFile::ReadOwner : QFile::ReadOwner | QFile::WriteOwner);
    }
    QProcess chattr;
    chattr.start(QStringLiteral("chattr"), {on ? QStringLiteral("+i") : QStringLiteral("-i"), path});
    return chattr.waitForFinished(10000) && chattr.exitStatus() == QProcess::NormalExit && chattr.exitCode() == 0;
}

} // namespace

void FollowUpViewsTest::aLibraryThatCannotBeWrittenOpensReadOnly()
{
    m_window.reset();
    const QByteArray before = [this] {
        QFile f(m_library);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    if (!protect(m_library, true)) {
        QSKIP("this file system cannot make a file unwritable for root (chattr +i)");
    }
    const auto unprotect = qScopeGuard([this] { protect(m_library, false); });
    QVERIFY(!SqliteLibraryStore::canWrite(m_library));

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(guitest::openLibrary(*m_window, m_library)); // before: "cannot be opened"
    QVERIFY(m_window->session()->isReadOnly());
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("(read-only)")), qPrintable(m_window->windowTitle()));
    auto *badge = m_window->findChild<QLabel *>(QStringLiteral("readOnlyBadge"));
    QVERIFY(badge && badge->isVisible());

    // Everything can be read and selected; nothing offers to change it.
    QCOMPARE(tableCodes().size(), 4);
    m_window->recommendations()->table()->selectRow(1);
    QVERIFY(guitest::waitForReads(*m_window)); // the detail is read in the background
    QCOMPARE(m_window->detailView()->detail()->code, tableCodes().at(1));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionImport"))->isEnabled());
    for (QAction *edit : {m_window->corrections()->editAction(), m_window->corrections()->drawAction(),
                          m_window->corrections()->verifyAction(), m_window->corrections()->deleteAction()}) {
        QVERIFY2(!edit->isEnabled(), qPrintable(edit->text()));
    }
    QVERIFY(!m_window->detailView()->followUpPanel()->isEditable());

    // A write that gets through anyway is refused in a sentence, and an import is not started.
    MessageLog log;
    QSignalSpy failed(m_window->session(), &LibrarySession::writeFailed);
    m_window->session()->setFollowUp(idOf(tableCodes().at(1)), FollowUpField::Owner, QStringLiteral("Ana"),
                                     QStringLiteral("owner"));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("read-only")));
    QVERIFY(!m_window->importFiles({corpusFile("ilo-pe4dw-management-response.pdf")}));
    QVERIFY(log.texts.join(QLatin1Char('\n')).contains(QStringLiteral("read-only")));

    m_window.reset();
    QFile f(m_library);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_MAIN(FollowUpViewsTest)
#include "FollowUpViewsTest.moc"
