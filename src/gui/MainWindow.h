#pragma once

#include "LibrarySession.h"
#include "Model.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QUndoStack;

namespace evalreview {

class CorrectionController;
class DetailView;
class DocumentListLoader;
class FollowUpViews;
class ImportController;
class LearningViews;
class LibraryCopyController;
class LibrarySession;
class LibrarySidebar;
class PageView;
class RecommendationsPanel;
class SearchPanel;
class SelectionController;
class WindowLayout;

/// The top-level window: composes the views, owns the menus, toolbar and status bar, accepts
/// dropped files and remembers its layout. The views talk through SelectionController.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a library; on failure shows the reason and keeps the current one. A team library
    /// (postgresql://…) is connected to in the background while the window keeps working: true
    /// then only says it was asked for; LibrarySession::opened() or the message shown tell the rest.
    bool openLibrary(const QString &path);
    /// "evalreview on db.example.org" for a team library's address.
    static QString teamLibraryName(const QString &address);
    /// Imports files in the background (File > Import, drops, first start).
    bool importFiles(const QStringList &paths);
    /// Files opened from the file manager or the command line: brings the window forward and, once
    /// the reviewer agreed (open_files_question), imports them like File > Import. None: only raises.
    void openFiles(const QStringList &paths);
    /// Selects the recommendation with `code` in the background (SelectionController::selectCode()).
    bool selectCode(const QString &code);

    LibrarySession *session() const { return m_session; }
    LibrarySidebar *sidebar() const { return m_sidebar; }
    /// The document list is being read again after the library changed.
    bool isListingDocuments() const;
    RecommendationsPanel *recommendations() const { return m_recommendations; }
    DetailView *detailView() const { return m_detail; }
    PageView *pageView() const { return m_page; }
    SearchPanel *searchPanel() const { return m_search; }
    ImportController *importController() const { return m_import; }
    FollowUpViews *followUpViews() const { return m_followUpViews; }
    LearningViews *learningViews() const { return m_learningViews; }
    QUndoStack *undoStack() const { return m_undo; }
    CorrectionController *corrections() const { return m_corrections; }
    SelectionController *selection() const { return m_selection; }
    LibraryCopyController *libraryCopy() const { return m_copy; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void reportWriteFailure(const QString &what, const QString &message);
    void reportReadFailure(LibrarySession::ReadChannel channel, const QString &message);
    void createLayout();
    void createActions();
    void libraryOpened();
    void reloadLibrary();
    void libraryContentChanged();
    void showDocuments(const QList<DocumentSummary> &documents);
    void chooseImportFiles();
    void chooseLibrary();
    void chooseTeamLibrary();
    /// A document's Share with Donors… (team libraries).
    void shareDocument(qint64 documentId, const QString &title);
    void showSettings();
    void showAbout();
    void updateRecentMenu();

    LibrarySession *m_session = nullptr;
    DocumentListLoader *m_documents = nullptr;
    QUndoStack *m_undo = nullptr;
    LibrarySidebar *m_sidebar = nullptr;
    SearchPanel *m_search = nullptr;
    RecommendationsPanel *m_recommendations = nullptr;
    DetailView *m_detail = nullptr;
    PageView *m_page = nullptr;
    QSplitter *m_topSplitter = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    ImportController *m_import = nullptr;
    SelectionController *m_selection = nullptr;
    CorrectionController *m_corrections = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QLabel *m_readOnlyBadge = nullptr; ///< "Read-only" in the status bar while the library is
    WindowLayout *m_layout = nullptr;
    FollowUpViews *m_followUpViews = nullptr;
    LearningViews *m_learningViews = nullptr;
    LibraryCopyController *m_copy = nullptr;
};

} // namespace evalreview
