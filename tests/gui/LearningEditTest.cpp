// Editing learning across evaluations from the window, on the offscreen platform: the theme
// taxonomy edited in Edit Themes… (stored through the library's writer, checked through the core on
// a connection of its own), its CSV export, and the recurring groups computed from the View menu.
#include "AppSettings.h"
#include "FilterBar.h"
#include "GuiTestSupport.h"
#include "LearningViews.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "RecurringFinder.h"
#include "RecurringGroupView.h"
#include "RecurringGroups.h"
#include "ThemeEditorDialog.h"
#include "ThemeStore.h"
#include "ThemeTableModel.h"
#include "ThemeTagsPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <unistd.h>

using namespace evalreview;
using namespace evalreview::guitest;

class LearningEditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editedThemesAreStoredAndTheNewThemeIsSuggested();
    void aDuplicateKeyIsRefusedAndNothingIsStored();
    void exportedThemesAreReadBackAndAnImportReplacesTheTable();
    void recurringRecommendationsAreFoundFromTheWindow();
    void aReadOnlyLibraryOffersNoChangeOfThemesOrGroups();

private:
    /// A library of the workbench response (one document), or of it and a second evaluation's
    /// response that makes the same four recommendations (`twice`), with no recurring groups yet.
    QString makeLibrary(const QString &name, bool twice);
    ThemeEditorDialog *openEditor();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void LearningEditTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvalReviewTest"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalReviewLearningEditTest"));
    settings::setReviewerName(QStringLiteral("Test Reviewer"));
}

void LearningEditTest::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void LearningEditTest::cleanup()
{
    ThemeEditorDialog::setFileChooser(nullptr);
    m_window.reset();
}

QString LearningEditTest::makeLibrary(const QString &name, bool twice)
{
    const QString library = m_dir.filePath(name);
    auto store = SqliteLibraryStore::open(library);
    ImportPayload first = workbenchPayload();
    if (store->importDocument(first).status != ImportOutcome::Status::Imported) {
        return {};
    }
    if (twice) {
        ImportPayload second = workbenchPayload();
        second.fileName = QStringLiteral("other-response.pdf");
        second.sha256 = QString(64, QLatin1Char('f'));
        second.title = QStringLiteral("Another evaluation's response");
        second.extraction[QStringLiteral("title")] = second.title;
        if (store->importDocument(second).status != ImportOutcome::Status::Imported) {
            return {};
        }
    }
    return library;
}

ThemeEditorDialog *LearningEditTest::openEditor()
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("actionEditThemes"));
    if (!action || !action->isEnabled()) {
        return nullptr;
    }
    action->trigger();
    auto *dialog = m_window->findChild<ThemeEditorDialog *>();
    if (dialog && !QTest::qWaitFor([dialog] { return !dialog->isLoading() && dialog->model()->rowCount() > 0; })) {
        return nullptr;
    }
    return dialog;
}

static int rowOfKey(const ThemeTableModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ThemeTableModel::Key).data().toString() == key) {
            return row;
        }
    }
    return -1;
}

/// The id of the recommendation whose text contains `words`, in the library at `path`, on a
/// connection of its own.
static qint64 recommendationWith(const QString &path, const QString &words)
{
    auto store = SqliteLibraryStore::open(path);
    sql::Statement st = store->database().prepare(
        QStringLiteral("SELECT id FROM recommendations WHERE text LIKE ? ORDER BY id LIMIT 1"));
    st.bind(1, QStringLiteral("%") + words + QStringLiteral("%"));
    return st.next() ? st.integer(0) : 0;
}

void LearningEditTest::editedThemesAreStoredAndTheNewThemeIsSuggested()
{
    const QString library = makeLibrary(QStringLiteral("themes.evalreview"), false);
    QVERIFY(!library.isEmpty());
    QVERIFY(guitest::openLibrary(*m_window, library));
    const int before = int(ThemeStore::defaultThemes().size());
    QVERIFY(before >= 17);

    QPointer<ThemeEditorDialog> dialog = openEditor();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    ThemeTableModel *model = dialog->model();
    QCOMPARE(model->rowCount(), before);
    QVERIFY(dialog->okButton()->isEnabled());

    // A label edited in its cell.
    const int sdg8 = rowOfKey(model, QStringLiteral("sdg8"));
    QVERIFY(sdg8 >= 0);
    QVERIFY(model->setData(model->index(sdg8, ThemeTableModel::Label), QStringLiteral("Decent jobs and growth")));

    // A theme added: its key typed in the editor Add opens, the rest in its cells.
    dialog->addButton()->click();
    QCOMPARE(model->rowCount(), before + 1);
    const int added = before;
    auto *editor = dialog->table()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("social_dialogue"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(added, ThemeTableModel::Key).data().toString(), QStringLiteral("social_dialogue"));
    QCOMPARE(model->index(added, ThemeTableModel::Group).data().toString(), QStringLiteral("cross_cutting"));
    QVERIFY(model->setData(model->index(added, ThemeTableModel::Label), QStringLiteral("Social dialogue")));
    // Keywords separated by commas or semicolons; shown as the library keeps them.
    QVERIFY(model->setData(model->index(added, ThemeTableModel::KeywordsEn),
                           QStringLiteral("tripartite dialogue, collective bargaining ;social partner*")));
    QCOMPARE(model->index(added, ThemeTableModel::KeywordsEn).data().toString(),
             QStringLiteral("tripartite dialogue; collective bargaining; social partner*"));
    QVERIFY(model->setData(model->index(added, ThemeTableModel::KeywordsFr), QStringLiteral("dialogue social")));

    // A theme removed.
    dialog->table()->selectRow(rowOfKey(model, QStringLiteral("sdg17")));
    QVERIFY(dialog->removeButton()->isEnabled());
    dialog->removeButton()->click();
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(rowOfKey(model, QStringLiteral("sdg17")), -1);

    // OK: stored by the writer, the dialog closes once they are.
    QSignalSpy learning(m_window->session(), &LibrarySession::learningChanged);
    dialog->okButton()->click();
    QVERIFY(dialog->isSaving() || !dialog);
    QVERIFY(guitest::settle(*m_window));
    QTRY_VERIFY(!dialog);
    QCOMPARE(learning.size(), 1);

    // Through the core, on a connection of its own: the taxonomy changed, and the new theme is
    // suggested on "Strengthen tripartite dialogue".
    const qint64 g2 = recommendationWith(library, QStringLiteral("tripartite dialogue"));
    QVERIFY(g2 > 0);
    {
        auto store = SqliteLibraryStore::open(library);
        ThemeStore themes(store->database());
        const QList<Theme> stored = themes.themes();
        QCOMPARE(stored.size(), before);
        QVERIFY(std::none_of(stored.cbegin(), stored.cend(),
                             [](const Theme &t) { return t.key == QLatin1String("sdg17"); }));
        QCOMPARE(stored.constLast().key, QStringLiteral("social_dialogue")); // in the order shown
        bool relabelled = false;
        bool social = false;
        for (const Theme &t : stored) {
            relabelled |= t.key == QLatin1String("sdg8") && t.label == QLatin1String("Decent jobs and growth");
            if (t.key == QLatin1String("social_dialogue")) {
                social = true;
                QCOMPARE(t.label, QStringLiteral("Social dialogue"));
                QCOMPARE(t.keywordsEn,
                         (QStringList{QStringLiteral("tripartite dialogue"), QStringLiteral("collective bargaining"),
                                      QStringLiteral("social partner*")}));
                QCOMPARE(t.keywordsFr, QStringList{QStringLiteral("dialogue social")});
            }
        }
        QVERIFY(relabelled);
        QVERIFY(social);
        bool suggested = false;
        for (const ThemeTag &tag : themes.tagsOf(QStringLiteral("recommendation"), g2)) {
            if (tag.themeKey == QLatin1String("social_dialogue")) {
                suggested = true;
                QCOMPARE(tag.status, tag_status::Suggested);
                QCOMPARE(tag.keyword, QStringLiteral("tripartite dialogue"));
            }
        }
        QVERIFY(suggested);
    }

    // The window follows: the theme facet offers it, and the recommendation's tags show it.
    RecommendationsPanel *table = m_window->recommendations();
    QComboBox *facet = table->filterBar()->combo(Facet::Theme);
    QTRY_VERIFY(facet->findData(QStringLiteral("social_dialogue")) >= 0);
    QVERIFY(facet->itemText(facet->findData(QStringLiteral("social_dialogue"))).contains(QStringLiteral("Social")));
    QVERIFY(guitest::select(*m_window, g2));
    ThemeTagsPanel *tags = m_window->learningViews()->themeTags();
    QTRY_COMPARE(tags->recommendation(), g2);
    QTRY_VERIFY(std::any_of(tags->tags().cbegin(), tags->tags().cend(), [](const ThemeTag &t) {
        return t.themeKey == QLatin1String("social_dialogue") && t.themeLabel == QLatin1String("Social dialogue");
    }));
}

void LearningEditTest::aDuplicateKeyIsRefusedAndNothingIsStored()
{
    const QString library = makeLibrary(QStringLiteral("duplicate.evalreview"), false);
    QVERIFY(!library.isEmpty());
    QVERIFY(guitest::openLibrary(*m_window, library));
    QPointer<ThemeEditorDialog> dialog = openEditor();
    QVERIFY(dialog);
    ThemeTableModel *model = dialog->model();
    const QString first = model->index(0, ThemeTableModel::Key).data().toString();
    QVERIFY(model->setData(model->index(1, ThemeTableModel::Key), first));
    QVERIFY(model->setData(model->index(2, ThemeTableModel::Label), QStringLiteral("Changed, but not stored")));

    MessageLog log;
    QSignalSpy learning(m_window->session(), &LibrarySession::learningChanged);
    dialog->okButton()->click();
    QCOMPARE(log.texts.size(), 1);
    QVERIFY2(log.texts.constFirst().contains(QStringLiteral("\u201c%1\u201d is there twice").arg(first)),
             qPrintable(log.texts.constFirst()));
    QVERIFY(dialog && dialog->isVisible()); // to correct it
    QVERIFY(!dialog->isSaving());
    QCOMPARE(dialog->table()->currentIndex().row(), 1); // the line at fault is shown

    // An empty label is refused the same way.
    QVERIFY(model->setData(model->index(1, ThemeTableModel::Key), QStringLiteral("other")));
    QVERIFY(model->setData(model->index(3, ThemeTableModel::Label), QString()));
    dialog->okButton()->click();
    QCOMPARE(log.texts.size(), 2);
    QVERIFY2(log.texts.at(1).contains(QStringLiteral("has no label")), qPrintable(log.texts.at(1)));

    // Cancel stores nothing either.
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QVERIFY(guitest::settle(*m_window));
    QCOMPARE(learning.size(), 0);
    auto store = SqliteLibraryStore::open(library);
    const QList<Theme> stored = ThemeStore(store->database()).themes();
    const QList<Theme> defaults = ThemeStore::defaultThemes();
    QCOMPARE(stored.size(), defaults.size());
    for (int i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored.at(i).key, defaults.at(i).key);
        QCOMPARE(stored.at(i).label, defaults.at(i).label);
    }
}

void LearningEditTest::exportedThemesAreReadBackAndAnImportReplacesTheTable()
{
    const QString library = makeLibrary(QStringLiteral("export.evalreview"), false);
    QVERIFY(!library.isEmpty());
    QVERIFY(guitest::openLibrary(*m_window, library));
    QPointer<ThemeEditorDialog> dialog = openEditor();
    QVERIFY(dialog);
    ThemeTableModel *model = dialog->model();
    // A label with a comma and quotes, which the CSV must quote.
    QVERIFY(model->setData(model->index(0, ThemeTableModel::Label), QStringLiteral("No poverty, \"all forms\"")));

    const QString csv = m_dir.filePath(QStringLiteral("themes.csv"));
    ThemeEditorDialog::setFileChooser([csv](QWidget *, bool save) { return save ? csv : QString(); });
    dialog->exportButton()->click();
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QList<Theme> read = ThemeStore::parseCsv(QString::fromUtf8(file.readAll()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Theme> shown = model->themes();
    QCOMPARE(read.size(), shown.size());
    for (int i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).key, shown.at(i).key);
        QCOMPARE(read.at(i).group, shown.at(i).group);
        QCOMPARE(read.at(i).label, shown.at(i).label);
        QCOMPARE(read.at(i).keywordsEn, shown.at(i).keywordsEn);
        QCOMPARE(read.at(i).keywordsFr, shown.at(i).keywordsFr);
        QCOMPARE(read.at(i).keywordsEs, shown.at(i).keywordsEs);
    }
    QCOMPARE(read.constFirst().label, QStringLiteral("No poverty, \"all forms\""));

    // An import replaces what the table shows (stored on OK only); a file that is no theme CSV is
    // refused in a sentence.
    const QString small = m_dir.filePath(QStringLiteral("small.csv"));
    {
        QFile out(small);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("key,group,label,keywords_en,keywords_fr,keywords_es\n"
                  "water,sdg,Water,water; sanitation,eau,agua\n"
                  "jobs,sdg,Jobs,employment*,emploi*,empleo*\n");
    }
    ThemeEditorDialog::setFileChooser([small](QWidget *, bool save) { return save ? QString() : small; });
    dialog->importButton()->click();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, ThemeTableModel::KeywordsEn).data().toString(), QStringLiteral("employment*"));
    QVERIFY(model->isModified());

    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("name,words\nwater,water\n");
    }
    MessageLog log;
    ThemeEditorDialog::setFileChooser([bad](QWidget *, bool) { return bad; });
    dialog->importButton()->click();
    QCOMPARE(log.texts.size(), 1);
    QVERIFY2(log.texts.constFirst().contains(QStringLiteral("first line")), qPrintable(log.texts.constFirst()));
    QCOMPARE(model->rowCount(), 2); // kept

    dialog->reject();
    QTRY_VERIFY(!dialog);
    auto store = SqliteLibraryStore::open(library);
    QCOMPARE(ThemeStore(store->database()).themes().size(), ThemeStore::defaultThemes().size());
}

void LearningEditTest::recurringRecommendationsAreFoundFromTheWindow()
{
    // Two responses of different evaluations that make the same four recommendations; no groups yet.
    const QString library = makeLibrary(QStringLiteral("recurring.evalreview"), true);
    QVERIFY(!library.isEmpty());
    QVERIFY(guitest::openLibrary(*m_window, library));
    RecommendationsPanel *table = m_window->recommendations();
    RecommendationTableModel *model = table->model();
    QTRY_COMPARE(model->rowCount(), 8);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row, RecommendationTableModel::SeenIn).data().isNull());
    }
    const qint64 selected = model->idAt(2);
    QVERIFY(guitest::select(*m_window, selected));

    RecurringFinder *finder = m_window->learningViews()->recurringFinder();
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("actionFindRecurring"));
    QVERIFY(action);
    QCOMPARE(action, finder->action());
    QVERIFY(action->isEnabled());
    QSignalSpy found(finder, &RecurringFinder::found);
    QSignalSpy cancelled(finder, &RecurringFinder::cancelled);

    // Cancelled (here while it waits behind another write): nothing is stored.
    QSemaphore writerHeld;
    m_window->session()->changeLearning([&writerHeld](sql::Database &) { writerHeld.acquire(); },
                                        QStringLiteral("hold the writer"));
    action->trigger();
    QVERIFY(finder->isRunning());
    QVERIFY(finder->cancelButton()->isVisible());
    finder->cancelButton()->click();
    QVERIFY(!finder->cancelButton()->isEnabled());
    writerHeld.release();
    QVERIFY(guitest::settle(*m_window));
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(found.size(), 0);
    QVERIFY(!finder->isRunning());
    QVERIFY(!finder->cancelButton()->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row, RecommendationTableModel::SeenIn).data().isNull());
    }
    {
        auto store = SqliteLibraryStore::open(library);
        QVERIFY(RecurringStore(store->database()).groups().isEmpty());
    }

    // Computed to the end.
    QVERIFY(action->isEnabled());
    action->trigger();
    QVERIFY(finder->isRunning());
    QVERIFY(!action->isEnabled()); // once at a time
    QVERIFY(finder->busyIndicator()->isVisible());
    QVERIFY(guitest::settle(*m_window));
    QTRY_COMPARE(found.size(), 1);
    QVERIFY(!finder->isRunning());
    QVERIFY(action->isEnabled());
    QVERIFY(!finder->busyIndicator()->isVisible());
    QCOMPARE(found.constFirst().at(0).toLongLong(), 4);
    QCOMPARE(found.constFirst().at(1).toLongLong(), 8);

    // The list's "seen in" column and the group view follow; the selection stays.
    QTRY_COMPARE(model->index(0, RecommendationTableModel::SeenIn).data().toInt(), 2);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, RecommendationTableModel::SeenIn).data().toInt(), 2);
    }
    QCOMPARE(table->currentId(), selected);
    m_window->learningViews()->recurringDock()->show();
    QTRY_COMPARE(m_window->learningViews()->recurringGroup()->memberRows().size(), 2);

    // Through the core: "Strengthen tripartite dialogue" of both documents is one group.
    auto store = SqliteLibraryStore::open(library);
    sql::Statement st = store->database().prepare(
        QStringLiteral("SELECT id, document_id FROM recommendations WHERE text LIKE '%tripartite%' ORDER BY id"));
    QList<qint64> ids;
    QSet<qint64> documents;
    while (st.next()) {
        ids << st.integer(0);
        documents << st.integer(1);
    }
    QCOMPARE(ids.size(), 2);
    QCOMPARE(documents.size(), 2);
    RecurringStore groups(store->database());
    const std::optional<qint64> group = groups.groupOf(ids.at(0));
    QVERIFY(group);
    QCOMPARE(groups.groupOf(ids.at(1)), group);
    QCOMPARE(groups.group(*group)->documents, 2);
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

void LearningEditTest::aReadOnlyLibraryOffersNoChangeOfThemesOrGroups()
{
    const QString library = makeLibrary(QStringLiteral("readonly.evalreview"), false);
    QVERIFY(!library.isEmpty());
    const qint64 v1 = recommendationWith(library, QStringLiteral("monitoring of cooperatives"));
    QVERIFY(v1 > 0);
    if (!protect(library, true)) {
        QSKIP("this file system cannot make a file unwritable for root (chattr +i)");
    }
    const auto unprotect = qScopeGuard([library] { protect(library, false); });
    QVERIFY(guitest::openLibrary(*m_window, library));
    QVERIFY(m_window->session()->isReadOnly());
    QVERIFY(!m_window->session()->canChangeTaxonomy());
    QVERIFY(!m_window->learningViews()->recurringFinder()->action()->isEnabled());

    // The themes can be seen and exported, not changed.
    QPointer<ThemeEditorDialog> dialog = openEditor();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton());
    QVERIFY(!dialog->addButton()->isVisible());
    QVERIFY(!dialog->importButton()->isVisible());
    QVERIFY(dialog->exportButton()->isEnabled());
    QVERIFY(!(dialog->model()->flags(dialog->model()->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!dialog->model()->setData(dialog->model()->index(0, ThemeTableModel::Label), QStringLiteral("x")));
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // The theme tags of a recommendation and of its action ("Train monitoring staff") are shown, and
    // neither can be confirmed or removed.
    QVERIFY(m_window->recommendations()->select(v1));
    ThemeTagsPanel *tags = m_window->learningViews()->themeTags();
    QTRY_COMPARE(tags->recommendation(), v1);
    QTRY_COMPARE(tags->tags().size(), 2);
    QCOMPARE(tags->tags().at(0).targetType, QStringLiteral("recommendation"));
    QCOMPARE(tags->tags().at(1).targetType, QStringLiteral("action"));
    for (int row = 0; row < 2; ++row) {
        tags->list()->setCurrentRow(row);
        QCOMPARE(tags->list()->currentRow(), row);
        QVERIFY(!tags->confirmButton()->isEnabled());
        QVERIFY(!tags->removeButton()->isEnabled());
    }
}

QTEST_MAIN(LearningEditTest)
#include "LearningEditTest.moc"
