#pragma once

#include <QObject>

class QDockWidget;

namespace evalreview {

class DetailView;
class LessonsView;
class RecommendationsPanel;
class ThemeTagsPanel;
class LibrarySession;
class MainWindow;
class PageView;

/// The views of learning across evaluations, composed into the main window: lessons learned, good
/// practices and conclusions (a dock below the table, on demand from the View menu), and the theme
/// tags of the selected recommendation below its detail.
class LearningViews : public QObject
{
    Q_OBJECT
public:
    LearningViews(MainWindow &window, LibrarySession &session, PageView &page, DetailView &detail,
                  RecommendationsPanel &table, QObject *parent = nullptr);

    LessonsView *lessons() const { return m_lessons; }
    QDockWidget *lessonsDock() const { return m_lessonsDock; }
    ThemeTagsPanel *themeTags() const { return m_themeTags; }

private:
    void libraryChanged();

    LibrarySession &m_session;
    LessonsView *m_lessons = nullptr;
    QDockWidget *m_lessonsDock = nullptr;
    ThemeTagsPanel *m_themeTags = nullptr;
};

} // namespace evalreview
