#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;

namespace evalreview {

class DetailView;
class LearningDashboard;
class LessonsView;
class RecommendationsPanel;
class RecurringFinder;
class RecurringGroupView;
class ThemeEditorDialog;
class ThemeTagsPanel;
class LibrarySession;
class MainWindow;
class PageView;

/// The views of learning across evaluations, composed into the main window: lessons learned, good
/// practices and conclusions (a dock below the table, on demand from the View menu), and the theme
/// tags of the selected recommendation below its detail, its recurring group, and the theme chart with
/// the follow-up indicators (docks beside the dashboard); and the View menu's Edit Themes… and Find
/// Recurring Recommendations.
class LearningViews : public QObject
{
    Q_OBJECT
public:
    LearningViews(MainWindow &window, LibrarySession &session, PageView &page, DetailView &detail,
                  RecommendationsPanel &table, QObject *parent = nullptr);

    LessonsView *lessons() const { return m_lessons; }
    QDockWidget *lessonsDock() const { return m_lessonsDock; }
    ThemeTagsPanel *themeTags() const { return m_themeTags; }
    LearningDashboard *themesAndIndicators() const { return m_dashboard; }
    QDockWidget *themesAndIndicatorsDock() const { return m_dashboardDock; }
    RecurringGroupView *recurringGroup() const { return m_recurring; }
    QDockWidget *recurringDock() const { return m_recurringDock; }
    RecurringFinder *recurringFinder() const { return m_finder; }
    QAction *editThemesAction() const { return m_editThemes; }

    /// Edit Themes… and Find Recurring Recommendations.
    void addLearningActions(QMenu *menu);
    /// Opens the theme editor (or raises the one open); none when no library is open.
    ThemeEditorDialog *showThemeEditor();

private:
    void libraryChanged();

    MainWindow &m_window;
    LibrarySession &m_session;
    LessonsView *m_lessons = nullptr;
    QDockWidget *m_lessonsDock = nullptr;
    ThemeTagsPanel *m_themeTags = nullptr;
    LearningDashboard *m_dashboard = nullptr;
    QDockWidget *m_dashboardDock = nullptr;
    RecurringGroupView *m_recurring = nullptr;
    QDockWidget *m_recurringDock = nullptr;
    RecurringFinder *m_finder = nullptr;
    QAction *m_editThemes = nullptr;
    QPointer<ThemeEditorDialog> m_themeEditor;
};

} // namespace evalreview
