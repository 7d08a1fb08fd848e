#pragma once

#include <QObject>

class QDockWidget;

namespace evalreview {

class LessonsView;
class LibrarySession;
class MainWindow;
class PageView;

/// The views of learning across evaluations, composed into the main window: lessons learned, good
/// practices and conclusions (a dock below the table, on demand from the View menu).
class LearningViews : public QObject
{
    Q_OBJECT
public:
    LearningViews(MainWindow &window, LibrarySession &session, PageView &page, QObject *parent = nullptr);

    LessonsView *lessons() const { return m_lessons; }
    QDockWidget *lessonsDock() const { return m_lessonsDock; }

private:
    void libraryChanged();

    LibrarySession &m_session;
    LessonsView *m_lessons = nullptr;
    QDockWidget *m_lessonsDock = nullptr;
};

} // namespace evalreview
