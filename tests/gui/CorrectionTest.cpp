// A reviewer corrects the extraction in the window: edit fields, draw a record on the page, delete,
// split, merge, verify; each step undoable, marked in the views, kept in the library.
#include "AddRecordDialog.h"
#include "AppSettings.h"
#include "CorrectionController.h"
#include "DetailView.h"
#include "FilterBar.h"
#include "FollowUpViews.h"
#include "GuiTestSupport.h"
#include "LibrarySession.h"
#include "LibrarySidebar.h"
#include "MainWindow.h"
#include "PageCanvas.h"
#include "PageView.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "RecordEditDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace evalreview;
using namespace evalreview::guitest;

class CorrectionGuiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editDialogChangesAreOneUndoStepAndShowTheExtractedValue();
    void aRegionDrawnOnThePageBecomesARecordWithItsWords();
    void deleteSplitMergeAndVerifyAreUndoable();
    void theSidebarOffersMarkUpAndCountsVerified();
    void aWriteThatFailsIsReportedAndTheWindowGoesOn();

private:
    bool selectCode(const QString &code) { return guitest::selectCode(*m_window, code); }
    QStringList tableCodes() const;
    /// Waits for the library's writer (corrections are stored off the GUI thread) and for the
    /// views to read again what it changed (in the background too).
    void settle() { QVERIFY(guitest::settle(*m_window)); }
    const RecommendationDetail &shown() const
    {
        if (!guitest::waitForReads(*m_window)) { // the detail is read in the background
            qWarning("reads not answered");
        }
        return *m_window->detailView()->detail();
    }

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<MainWindow> m_window;
};

void CorrectionGuiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewCorrectionTest"));
    settings::setReviewerName(QStringLiteral("Test Reviewer"));
}

void CorrectionGuiTest::init()
{
    static int n = 0;
    m_library = m_dir.filePath(QStringLiteral("corrections%1.evalreview").arg(++n));
    {
        auto store = SqliteLibraryStore::open(m_library);
        QCOMPARE(store->importDocument(workbenchPayload()).status, ImportOutcome::Status::Imported);
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(guitest::openLibrary(*m_window, m_library));
    QTRY_VERIFY(!m_window->isListingDocuments());
    // The derived due dates are stored on a worker thread: wait, so none lands in the middle of a test.
    QTRY_VERIFY(!m_window->followUpViews()->isDerivingDueDates());
}

void CorrectionGuiTest::cleanup()
{
    m_window.reset();
    CorrectionController::setDialogRunner(nullptr);
}

QStringList CorrectionGuiTest::tableCodes() const
{
    // The rows are read in the background: what was asked for before has arrived.
    if (!guitest::waitForReads(*m_window)) {
        qWarning("reads not answered");
    }
    QStringList out;
    const RecommendationTableModel *m = m_window->recommendations()->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        out << m->index(row, RecommendationTableModel::Code).data().toString();
    }
    return out;
}

void CorrectionGuiTest::editDialogChangesAreOneUndoStepAndShowTheExtractedValue()
{
    QVERIFY(selectCode(QStringLiteral("G2")));
    RecordEditDialog dialog(shown());
    QCOMPARE(dialog.recordCount(), 3); // the recommendation, its action, its SECO comment
    auto *text = qobject_cast<QPlainTextEdit *>(dialog.editor(QStringLiteral("text")));
    QVERIFY(text);
    text->setPlainText(QStringLiteral("Strengthen social dialogue with the unions"));
    auto *category = qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("response_category")));
    category->setCurrentIndex(category->findData(QStringLiteral("partially_accepted")));
    dialog.showRecord(1);
    qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("time_frame")))->setText(QStringLiteral("Q1 2026"));
    const QList<FieldChange> changes = dialog.changes();
    QCOMPARE(changes.size(), 3);

    // the facet counts as they are before the edit (counted on a worker thread)
    QComboBox *facet = m_window->recommendations()->filterBar()->combo(Facet::ResponseCategory);
    QTRY_VERIFY(!m_window->recommendations()->facetsPending());
    QCOMPARE(facet->itemText(facet->findData(QStringLiteral("accepted"))), QStringLiteral("Accepted (2)"));
    QUndoStack *undo = m_window->undoStack();
    const int before = undo->count();
    m_window->corrections()->applyEdits(QStringLiteral("G2"), changes);
    settle();
    QCOMPARE(undo->count(), before + 1); // one step for the dialog
    QCOMPARE(shown().text, QStringLiteral("Strengthen social dialogue with the unions"));
    QCOMPARE(shown().responseCategory, QStringLiteral("partially_accepted"));
    QCOMPARE(shown().actions.first().timeFrame, QStringLiteral("Q1 2026"));
    // the facet counts follow the edited category (G2 and V1 were accepted)
    QTRY_COMPARE(facet->itemText(facet->findData(QStringLiteral("accepted"))), QStringLiteral("Accepted (1)"));
    // marked as edited, with the extracted value in the detail and in a new dialog
    QVERIFY(m_window->detailView()
                ->paneText(DetailView::Pane::Recommendation)
                .contains(QStringLiteral("Extracted value — text: Strengthen tripartite dialogue")));
    const int row = m_window->recommendations()->model()->rowOf(shown().id);
    QVERIFY(m_window->recommendations()->model()->index(row, 0).data(Qt::FontRole).value<QFont>().italic());
    RecordEditDialog again(shown());
    auto *reset = again.findChild<QPushButton *>(QStringLiteral("text-reset"));
    QVERIFY(reset);
    reset->click();
    QCOMPARE(again.changes().size(), 1);
    QCOMPARE(again.changes().first().newValue, QStringLiteral("Strengthen tripartite dialogue"));

    undo->undo();
    settle();
    QCOMPARE(shown().text, QStringLiteral("Strengthen tripartite dialogue"));
    QCOMPARE(shown().responseCategory, QStringLiteral("accepted"));
    QCOMPARE(shown().actions.first().timeFrame, QStringLiteral("2025"));
    QVERIFY(shown().extracted.isEmpty());
    undo->redo();
    settle();
    QCOMPARE(shown().actions.first().timeFrame, QStringLiteral("Q1 2026"));

    // kept in the library: a new window on it shows the corrected value
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(guitest::openLibrary(*m_window, m_library));
    QVERIFY(selectCode(QStringLiteral("G2")));
    QCOMPARE(shown().text, QStringLiteral("Strengthen social dialogue with the unions"));
}

void CorrectionGuiTest::aRegionDrawnOnThePageBecomesARecordWithItsWords()
{
    MessageLog log;
    QVERIFY(selectCode(QStringLiteral("G1")));
    PageView *page = m_window->pageView();
    QTRY_VERIFY(!page->isRendering() && !page->canvas()->image().isNull());
    QAction *draw = m_window->corrections()->drawAction();
    draw->trigger();
    QVERIFY(page->canvas()->isDrawing());
    // a drag across the top of the page reads its words on the renderer's thread
    QSignalSpy drawn(page, &PageView::regionDrawn);
    QStringList asked; // what the add dialog was opened with; it is cancelled
    CorrectionController::setDialogRunner([&](QDialog &d) {
        auto *add = qobject_cast<AddRecordDialog *>(&d);
        if (add) {
            asked << add->text();
            add->setKind(AddRecordDialog::Kind::DonorComment);
            auto *ok = add->findChild<QPushButton *>(QStringLiteral("addButton"));
            const bool enabledWithoutDonor = ok && ok->isEnabled();
            add->donorEdit()->setText(QStringLiteral("SECO"));
            if (enabledWithoutDonor || !ok || !ok->isEnabled()) {
                asked << QStringLiteral("donor check failed");
            }
        }
        return int(QDialog::Rejected);
    });
    const QSize size = page->canvas()->size();
    const QPoint from(int(size.width() * 0.05), int(size.height() * 0.02));
    const QPoint to(int(size.width() * 0.95), int(size.height() * 0.30));
    QTest::mousePress(page->canvas(), Qt::LeftButton, {}, from);
    QTest::mouseMove(page->canvas(), to);
    QTest::mouseRelease(page->canvas(), Qt::LeftButton, {}, to);
    QTRY_COMPARE(drawn.size(), 1);
    const QString words = drawn.first().at(2).toString();
    QVERIFY2(words.contains(QStringLiteral("Evaluation")), qPrintable(words));
    const Anchor region = drawn.first().at(1).value<Anchor>();
    QCOMPARE(region.page, page->shownPage());

    // the dialog the drawing opens: a donor comment needs its donor; added as a recommendation
    QTRY_COMPARE(asked.size(), 1); // once the document's recommendations were read
    QVERIFY(!tableCodes().contains(QStringLiteral("V2")));
    const qint64 documentId = shown().documentId;
    m_window->corrections()->applyAdd(documentId, region, AddRecordDialog::Kind::Recommendation,
                                      QStringLiteral("Publish the evaluation"), QString(), 0, QString());
    settle();
    QTRY_VERIFY(tableCodes().contains(QStringLiteral("V2"))); // the code after the document's last one
    QCOMPARE(shown().code, QStringLiteral("V2"));
    QVERIFY(shown().added);
    QCOMPARE(shown().anchorsFor(QStringLiteral("text")).first().page, region.page);
    m_window->corrections()->applyAdd(documentId, region, AddRecordDialog::Kind::Action,
                                      QStringLiteral("Post it on the website"), QString(), shown().id, QString());
    settle();
    QCOMPARE(shown().actions.size(), 1);
    QVERIFY(shown().actions.first().added);
    m_window->undoStack()->undo(); // the action
    settle();
    m_window->undoStack()->undo(); // the recommendation
    settle();
    QVERIFY(!tableCodes().contains(QStringLiteral("V2")));
    m_window->undoStack()->redo();
    settle();
    QVERIFY(tableCodes().contains(QStringLiteral("V2")));
    QVERIFY(log.texts.isEmpty());
}

void CorrectionGuiTest::deleteSplitMergeAndVerifyAreUndoable()
{
    MessageLog log;
    QUndoStack *undo = m_window->undoStack();
    QVERIFY(selectCode(QStringLiteral("G3")));
    m_window->corrections()->deleteAction()->trigger();
    settle();
    QVERIFY(!tableCodes().contains(QStringLiteral("G3")));
    undo->undo();
    settle();
    QVERIFY(tableCodes().contains(QStringLiteral("G3")));

    // split "Extend the pilot | to more districts"
    QVERIFY(selectCode(QStringLiteral("G3")));
    m_window->corrections()->applySplit(int(QStringLiteral("Extend the pilot").size()));
    settle();
    QCOMPARE(tableCodes().size(), 5);
    QVERIFY(selectCode(QStringLiteral("G3")));
    QCOMPARE(shown().text, QStringLiteral("Extend the pilot"));
    undo->undo();
    settle();
    QCOMPARE(tableCodes().size(), 4);
    QVERIFY(selectCode(QStringLiteral("G3")));
    QCOMPARE(shown().text, QStringLiteral("Extend the pilot to more districts"));

    // merge G2 with the next one (G3)
    QVERIFY(selectCode(QStringLiteral("G2")));
    m_window->corrections()->applyMerge();
    settle();
    QVERIFY(!tableCodes().contains(QStringLiteral("G3")));
    QVERIFY(selectCode(QStringLiteral("G2")));
    QCOMPARE(shown().text, QStringLiteral("Strengthen tripartite dialogue Extend the pilot to more districts"));
    undo->undo();
    settle();
    QVERIFY(tableCodes().contains(QStringLiteral("G3")));

    // verified: checked action, an icon in the table, the filter
    QVERIFY(selectCode(QStringLiteral("V1")));
    QAction *verify = m_window->corrections()->verifyAction();
    verify->trigger();
    settle();
    QVERIFY(shown().verified);
    QVERIFY(verify->isChecked());
    FilterBar *filters = m_window->recommendations()->filterBar();
    filters->reviewCombo()->setCurrentIndex(1);
    QTRY_COMPARE(tableCodes(), QStringList{QStringLiteral("V1")});
    filters->reviewCombo()->setCurrentIndex(0);
    QTRY_COMPARE(tableCodes().size(), 4);
    undo->undo();
    settle();
    QVERIFY(selectCode(QStringLiteral("V1")));
    QVERIFY(!shown().verified);
    QVERIFY(log.texts.isEmpty());
}

void CorrectionGuiTest::theSidebarOffersMarkUpAndCountsVerified()
{
    QVERIFY(selectCode(QStringLiteral("G1")));
    m_window->corrections()->verifyAction()->trigger();
    settle();
    m_window->session()->notifyContentChanged();
    QTRY_VERIFY(!m_window->isListingDocuments());
    QTreeWidgetItem *doc = nullptr;
    for (QTreeWidgetItemIterator it(m_window->sidebar()); *it; ++it) {
        if ((*it)->text(0) == QStringLiteral("Workbench response")) {
            doc = *it;
        }
    }
    QVERIFY(doc);
    QCOMPARE(doc->text(1), QStringLiteral("4 ✓1"));
    QSignalSpy markUp(m_window->sidebar(), &LibrarySidebar::markUpRequested);
    m_window->corrections()->markUpByHand(shown().documentId);
    QTRY_VERIFY(m_window->pageView()->shownPage() == 1);
    QTRY_VERIFY(m_window->pageView()->canvas()->isDrawing());
}

void CorrectionGuiTest::aWriteThatFailsIsReportedAndTheWindowGoesOn()
{
    MessageLog log;
    QVERIFY(selectCode(QStringLiteral("G1")));
    const QDate due = shown().followUp.dueDate; // derived from the document's timing, or none
    // refused by the store on the writer thread: reported, nothing else happens
    m_window->session()->setFollowUp(shown().id, FollowUpField::DueDate, QStringLiteral("31 Febtember"),
                                     QStringLiteral("change due date of G1"));
    settle();
    QCOMPARE(log.texts.size(), 1);
    QVERIFY2(log.texts.first().contains(QStringLiteral("change due date of G1")), qPrintable(log.texts.first()));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Not saved")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(shown().followUp.dueDate, due);
    // the window goes on: the next change is stored and shown
    m_window->corrections()->verifyAction()->trigger();
    settle();
    QVERIFY(shown().verified);
    QCOMPARE(log.texts.size(), 1);
}

QTEST_MAIN(CorrectionGuiTest)
#include "CorrectionTest.moc"
