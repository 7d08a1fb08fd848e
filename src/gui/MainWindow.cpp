#include "MainWindow.h"

#include "AppSettings.h"
#include "CorrectionController.h"
#include "DetailView.h"
#include "DocumentListLoader.h"
#include "FilterBar.h"
#include "FollowUpPanel.h"
#include "FollowUpViews.h"
#include "FontUnits.h"
#include "ImportController.h"
#include "LearningViews.h"
#include "LibraryCopyController.h"
#include "LibrarySession.h"
#include "LibrarySidebar.h"
#include "LibraryStoreFactory.h"
#include "OpenFilesQuestion.h"
#include "PageView.h"
#include "RecommendationsPanel.h"
#include "SearchPanel.h"
#include "SelectionController.h"
#include "SettingsDialog.h"
#include "ShareDocumentDialog.h"
#include "SqliteLibraryStore.h"
#include "TeamLibraryDialog.h"
#include "UserMessages.h"
#include "WindowLayout.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

#include <spdlog/spdlog.h>

// Resources of a static library are registered explicitly, outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(evalreview);
}

namespace evalreview {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new LibrarySession(this)), m_documents(new DocumentListLoader(this)),
      m_undo(new QUndoStack(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("EvalReview"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/evalreview.svg")));
    setAcceptDrops(true);
    createLayout();
    createActions();
    // Said in words, not only by greyed-out commands.
    m_readOnlyBadge = new QLabel(this); // the text and tooltip are the open library's (reloadLibrary)
    m_readOnlyBadge->setObjectName(QStringLiteral("readOnlyBadge"));
    m_readOnlyBadge->setVisible(false);
    statusBar()->addPermanentWidget(m_readOnlyBadge);
    m_import = new ImportController(*m_session, this, this);
    m_selection = new SelectionController(*m_session, *m_recommendations, *m_detail, *m_page, *m_search, *m_undo, this);
    connect(m_selection, &SelectionController::message, this,
            [this](const QString &t) { statusBar()->showMessage(t, 5000); });
    connect(m_session, &LibrarySession::writeFailed, this, &MainWindow::reportWriteFailure);
    connect(m_session, &LibrarySession::readFailed, this, &MainWindow::reportReadFailure);
    connect(m_session, &LibrarySession::opened, this, &MainWindow::libraryOpened);
    connect(m_session, &LibrarySession::opened, this, &MainWindow::reloadLibrary);
    connect(m_session, &LibrarySession::openStarted, this, [this](const QString &location) {
        statusBar()->showMessage(tr("Connecting to team library %1…").arg(teamLibraryName(location)));
    });
    connect(m_session, &LibrarySession::openFailed, this, [this](const QString &, const QString &message) {
        statusBar()->clearMessage();
        messages::show(this, messages::Kind::Error, tr("Library not opened"), message);
    });
    connect(m_session, &LibrarySession::contentChanged, this, &MainWindow::libraryContentChanged);
    connect(m_session, &LibrarySession::changedElsewhere, this, [this] {
        m_recommendations->reload(); // the reviewer's scope, filter and selection stay
        m_documents->request(m_session->path());
    });
    connect(m_session, &LibrarySession::liveUpdatesLost, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Changes by others are no longer shown as they happen: %1").arg(message));
    });
    connect(m_documents, &DocumentListLoader::loaded, this, [this](const QList<DocumentSummary> &documents) {
        if (m_session->isOpen()) {
            showDocuments(documents);
        }
    });
    connect(m_sidebar, &LibrarySidebar::scopeChosen, m_recommendations, &RecommendationsPanel::setScope);
    connect(m_sidebar, &LibrarySidebar::markUpRequested, m_corrections, &CorrectionController::markUpByHand);
    connect(m_sidebar, &LibrarySidebar::shareRequested, this, &MainWindow::shareDocument);
    connect(m_session, &LibrarySession::sharingChanged, this,
            [this] { statusBar()->showMessage(tr("What donors read is saved."), 5000); });
    connect(m_recommendations, &RecommendationsPanel::filterApplied, this, [this](qint64 n) {
        statusBar()->showMessage(tr("%n recommendation(s) match the filters", nullptr, int(n)));
    });
    m_layout = new WindowLayout(*this);
    m_layout->addSplitter(m_topSplitter, QStringLiteral("topSplitter"), {11, 9});
    m_layout->addSplitter(m_mainSplitter, QStringLiteral("mainSplitter"), {3, 2});
    m_layout->addSplitter(m_detail->splitter(), QStringLiteral("detailSplitter"), {});
    m_layout->restore();
}

MainWindow::~MainWindow() = default;

void MainWindow::reportWriteFailure(const QString &what, const QString &message)
{
    // the edit stays in the undo history; the views keep showing what the library holds
    spdlog::warn("not saved: {}: {}", what.toStdString(), message.toStdString());
    statusBar()->showMessage(tr("Not saved: %1").arg(what));
    // The reason is part of the message: "the server does not let you do this" is what to act on.
    messages::show(this, messages::Kind::Error, tr("A change was not saved"),
                   tr("The change \u201c%1\u201d could not be saved in the library.").arg(what) + QLatin1Char(' ') +
                       message);
}

void MainWindow::reportReadFailure(LibrarySession::ReadChannel channel, const QString &message)
{
    // a view that could not be read keeps what it showed; the next reload tries again
    spdlog::warn("library read {} failed: {}", int(channel), message.toStdString());
    statusBar()->showMessage(message);
}

void MainWindow::createLayout()
{
    m_recommendations = new RecommendationsPanel(*m_session, this);
    m_page = new PageView(*m_session, this);
    m_detail = new DetailView(this);
    m_detail->setObjectName(QStringLiteral("detailView"));

    m_topSplitter = new QSplitter(Qt::Horizontal, this);
    m_topSplitter->setObjectName(QStringLiteral("topSplitter"));
    m_topSplitter->addWidget(m_recommendations);
    m_topSplitter->addWidget(m_page);
    m_topSplitter->setStretchFactor(0, 3);
    m_topSplitter->setStretchFactor(1, 2);
    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_topSplitter);
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    setCentralWidget(m_mainSplitter);

    m_sidebar = new LibrarySidebar(this);
    auto *libraryDock = new QDockWidget(tr("Library"), this);
    libraryDock->setObjectName(QStringLiteral("libraryDock"));
    libraryDock->setWidget(m_sidebar);
    addDockWidget(Qt::LeftDockWidgetArea, libraryDock);

    m_search = new SearchPanel(*m_session, this);
    auto *searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(QStringLiteral("searchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(Qt::LeftDockWidgetArea, searchDock);
    m_sidebar->setMinimumWidth(font_units::chars(m_sidebar, 32));
    m_search->setMinimumWidth(font_units::chars(m_search, 32));
    m_followUpViews = new FollowUpViews(*this, *m_session, *m_recommendations, this);
    m_learningViews = new LearningViews(*this, *m_session, *m_page, *m_detail, *m_recommendations, this);
    tabifyDockWidget(m_followUpViews->dashboardDock(), m_learningViews->lessonsDock());
    tabifyDockWidget(m_followUpViews->dashboardDock(), m_learningViews->themesAndIndicatorsDock());
    tabifyDockWidget(m_learningViews->lessonsDock(), m_learningViews->recurringDock());
}

void MainWindow::createActions()
{
    auto icon = [](const char *name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); };
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction =
        file->addAction(icon("import"), tr("&Import Documents…"), this, &MainWindow::chooseImportFiles);
    importAction->setObjectName(QStringLiteral("actionImport"));
    importAction->setShortcut(QKeySequence::Open);
    m_importAction = importAction;
    QAction *openAction = file->addAction(icon("open-library"), tr("Open &Library…"), this, &MainWindow::chooseLibrary);
    openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addAction(tr("Connect to &Team Library…"), this, &MainWindow::chooseTeamLibrary)
        ->setObjectName(QStringLiteral("actionConnectTeamLibrary"));
    m_copy = new LibraryCopyController(*this, *m_session, this);
    file->addAction(m_copy->action());
    m_recentMenu = file->addMenu(tr("Recent Libraries"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    m_followUpViews->addFileActions(file);
    file->addSeparator();
    QAction *settingsAction = file->addAction(icon("settings"), tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(icon("undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(icon("redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy = edit->addAction(icon("copy-citation"), tr("Copy &Citation"), m_detail, &DetailView::copyCitation);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *find = edit->addAction(icon("search"), tr("&Search…"), m_search, &SearchPanel::focusQuery);
    find->setObjectName(QStringLiteral("actionSearch"));
    find->setShortcut(QKeySequence::Find);
    QAction *filter = edit->addAction(tr("&Filter Recommendations"), this,
                                      [this] { m_recommendations->filterBar()->textEdit()->setFocus(); });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    m_corrections = new CorrectionController(*m_session, *m_recommendations, *m_detail, *m_page, *m_undo, this);
    QMenu *record = menuBar()->addMenu(tr("&Record"));
    record->addAction(m_corrections->editAction());
    record->addAction(m_corrections->drawAction());
    record->addSeparator();
    record->addAction(m_corrections->splitAction());
    record->addAction(m_corrections->mergeAction());
    record->addAction(m_corrections->deleteAction());
    record->addSeparator();
    record->addAction(m_corrections->verifyAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(icon("zoom-in"), tr("Zoom &In"), QKeySequence::ZoomIn, m_page, &PageView::zoomIn);
    view->addAction(icon("zoom-out"), tr("Zoom &Out"), QKeySequence::ZoomOut, m_page, &PageView::zoomOut);
    view->addAction(icon("fit-width"), tr("&Fit Width"), QKeySequence(Qt::CTRL | Qt::Key_0), m_page,
                    [this] { m_page->setFitWidth(true); });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        view->addAction(dock->toggleViewAction());
    }
    view->addSeparator();
    m_learningViews->addLearningActions(view);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *previous =
        go->addAction(icon("go-up"), tr("&Previous Recommendation"), this, [this] { m_recommendations->step(-1); });
    previous->setObjectName(QStringLiteral("actionPrevious"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction *next =
        go->addAction(icon("go-down"), tr("&Next Recommendation"), this, [this] { m_recommendations->step(1); });
    next->setObjectName(QStringLiteral("actionNext"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    go->addAction(tr("Previous &Page"), QKeySequence(Qt::ALT | Qt::Key_PageUp), this,
                  [this] { m_page->showPage(m_page->shownPage() - 1); });
    go->addAction(tr("Next P&age"), QKeySequence(Qt::ALT | Qt::Key_PageDown), this,
                  [this] { m_page->showPage(m_page->shownPage() + 1); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EvalReview"), this, &MainWindow::showAbout);

    toolbar->addAction(importAction);
    toolbar->addAction(find);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(previous);
    toolbar->addAction(next);
    toolbar->addAction(copy);
    toolbar->addSeparator();
    toolbar->addAction(m_corrections->editAction());
    toolbar->addAction(m_corrections->drawAction());
    toolbar->addAction(m_corrections->verifyAction());
}

bool MainWindow::openLibrary(const QString &path)
{
    if (isTeamLibrary(path)) {
        // The server may take seconds to answer, or not answer: the window works meanwhile.
        m_session->openInBackground(path);
        return true;
    }
    const StoreResult<void> opened = m_session->open(path);
    if (!opened) {
        messages::show(this, messages::Kind::Error, tr("Library not opened"), opened.errorString());
        return false;
    }
    return true;
}

void MainWindow::libraryOpened()
{
    m_undo->clear(); // edits of another library cannot be undone here
    // Remembered once the window is up: writing the settings file is no part of opening.
    QTimer::singleShot(0, m_session, [path = m_session->path()] {
        settings::setLibraryPath(path);
        settings::addRecentLibrary(path);
    });
}

QString MainWindow::teamLibraryName(const QString &address)
{
    const QUrl team(address);
    return tr("%1 on %2").arg(team.path().mid(1), team.host());
}

void MainWindow::reloadLibrary()
{
    if (!m_session->isOpen()) {
        return;
    }
    m_sidebar->setDocuments({});
    m_documents->request(m_session->path()); // read on a worker: a team library answers over the network
    m_recommendations->setScope({}, {}, 0);
    m_recommendations->reload();
    const bool readOnly = m_session->isReadOnly();
    const QUrl team(m_session->path());
    const QString name = m_session->isTeamLibrary() ? tr("%1 on %2 (team library)").arg(team.path().mid(1), team.host())
                                                    : QFileInfo(m_session->path()).fileName();
    setWindowTitle(readOnly ? tr("%1 (read-only) — EvalReview").arg(name) : tr("%1 — EvalReview").arg(name));
    const LibraryAccess &access = m_session->access();
    if (access.role.isEmpty()) {
        m_readOnlyBadge->setText(tr("Read-only"));
        m_readOnlyBadge->setToolTip(tr("This library's file or folder cannot be written here: it can be read, "
                                       "searched and exported, but not changed."));
        m_readOnlyBadge->setAccessibleName(tr("The library is read-only"));
    } else {
        // A team library: the role the server gives this login, and what it leaves out.
        const QHash<QString, QString> roles{{QStringLiteral("admin"), tr("administrator")},
                                            {QStringLiteral("manager"), tr("programme manager")},
                                            {QStringLiteral("evaluator"), tr("evaluator")},
                                            {QStringLiteral("donor"), tr("donor")},
                                            {QStringLiteral("viewer"), tr("viewer")}};
        const QString role = roles.value(access.role, access.role);
        m_readOnlyBadge->setText(access.organisation.isEmpty() ? tr("Role: %1").arg(role)
                                                               : tr("Role: %1 (%2)").arg(role, access.organisation));
        m_readOnlyBadge->setToolTip(readOnly ? tr("Your role on this team library lets you read and search it, "
                                                  "not change it.")
                                             : tr("Your role on this team library"));
        m_readOnlyBadge->setAccessibleName(m_readOnlyBadge->text());
    }
    m_readOnlyBadge->setVisible(readOnly || !access.role.isEmpty());
    m_importAction->setEnabled(m_session->canImport());
    m_sidebar->setSharingEnabled(m_session->isTeamLibrary() && m_session->canImport());
    m_detail->followUpPanel()->setEditable(!readOnly);
}

void MainWindow::libraryContentChanged()
{
    if (!m_session->isOpen()) {
        return;
    }
    // The table now; the document list (thousands of documents in a large library) is read on a
    // worker thread and shown when it comes, so the window answers meanwhile.
    m_recommendations->setScope({}, {}, 0);
    m_recommendations->reload();
    m_documents->request(m_session->path());
}

void MainWindow::showDocuments(const QList<DocumentSummary> &documents)
{
    m_sidebar->setDocuments(documents);
    statusBar()->showMessage(tr("%n document(s) in %1", nullptr, int(documents.size())).arg(m_session->path()));
}

bool MainWindow::isListingDocuments() const
{
    return m_documents->isBusy();
}

bool MainWindow::importFiles(const QStringList &paths)
{
    const QStringList files = ImportController::importableFiles(paths);
    if (files.isEmpty()) {
        messages::show(this, messages::Kind::Warning, tr("Nothing to import"),
                       tr("Only PDF and Word (DOCX) documents can be imported."));
        return false;
    }
    if (m_session->isReadOnly()) {
        messages::show(this, messages::Kind::Warning, tr("Library is read-only"),
                       tr("Documents cannot be imported into this library: its file or folder cannot be written "
                          "here. Open or create a library in a folder you can write to."));
        return false;
    }
    if (m_import->isRunning()) {
        messages::show(this, messages::Kind::Information, tr("Import under way"),
                       tr("Please wait until the current import has finished."));
        return false;
    }
    return m_import->start(files);
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (isMinimized()) {
        showNormal();
    }
    raise();
    activateWindow();
    if (paths.isEmpty()) {
        return;
    }
    const QStringList files = ImportController::importableFiles(paths);
    if (files.isEmpty()) {
        importFiles(paths); // says what can be imported
        return;
    }
    open_files_question::ask(this, files, [window = QPointer<MainWindow>(this), files](bool import) {
        if (import && window) {
            window->importFiles(files);
        }
    });
}

bool MainWindow::selectCode(const QString &code)
{
    return m_selection->selectCode(code);
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import documents"), QString(),
                                                            tr("Evaluation documents (*.pdf *.docx)"));
    if (!files.isEmpty()) {
        importFiles(files);
    }
}

void MainWindow::chooseLibrary()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a library"), m_session->path(),
                                                      tr("EvalReview libraries (*.evalreview);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        openLibrary(path);
    }
}

void MainWindow::chooseTeamLibrary()
{
    TeamLibraryDialog dialog(m_session->path(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const StoreResult<void> remembered =
        guarded([&dialog] { useTeamLibraryPassword(dialog.address(), dialog.password()); });
    if (!remembered) {
        messages::show(this, messages::Kind::Error, tr("Library not opened"), remembered.errorString());
        return;
    }
    openLibrary(dialog.address());
}

void MainWindow::shareDocument(qint64 documentId, const QString &title)
{
    auto *dialog = new ShareDocumentDialog(*m_session, documentId, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : settings::recentLibraries()) {
        m_recentMenu->addAction(path, this, [this, path] { openLibrary(path); });
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_session->path(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    dialog.save();
    if (!dialog.libraryPath().isEmpty() && dialog.libraryPath() != m_session->path()) {
        openLibrary(dialog.libraryPath());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About EvalReview"),
                       tr("<h3>EvalReview %1</h3><p>A workbench for following up evaluations of development "
                          "programmes: recommendations, management responses, actions, donor comments and "
                          "follow-up, each traced to its source page.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    event->acceptProposedAction();
    importFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning()) {
        m_import->cancel();
        statusBar()->showMessage(tr("Stopping the import…"));
        event->ignore();
        connect(m_import, &ImportController::finished, this, &QWidget::close, Qt::QueuedConnection);
        return;
    }
    m_layout->save();
    event->accept();
}

} // namespace evalreview
