#include "LearningViews.h"

#include "LessonsView.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "PageView.h"

#include <QDockWidget>

namespace evalreview {

LearningViews::LearningViews(MainWindow &window, LibrarySession &session, PageView &page, QObject *parent)
    : QObject(parent), m_session(session), m_lessons(new LessonsView(session, &window))
{
    m_lessonsDock = new QDockWidget(tr("Lessons"), &window);
    m_lessonsDock->setObjectName(QStringLiteral("lessonsDock"));
    m_lessonsDock->setWidget(m_lessons);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_lessonsDock);
    m_lessonsDock->hide(); // on demand (View menu)

    connect(&session, &LibrarySession::opened, this, &LearningViews::libraryChanged);
    connect(&session, &LibrarySession::contentChanged, this, &LearningViews::libraryChanged);
    connect(m_lessons, &LessonsView::pageRequested, &page, &PageView::showTarget);
}

void LearningViews::libraryChanged()
{
    if (m_session.isOpen()) {
        m_lessons->invalidate();
    }
}

} // namespace evalreview
