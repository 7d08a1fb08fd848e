#include "LearningViews.h"

#include "DetailView.h"
#include "LessonsView.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "PageView.h"
#include "RecommendationsPanel.h"
#include "ThemeTagsPanel.h"

#include <QDockWidget>

namespace evalreview {

LearningViews::LearningViews(MainWindow &window, LibrarySession &session, PageView &page, DetailView &detail,
                             RecommendationsPanel &table, QObject *parent)
    : QObject(parent), m_session(session), m_lessons(new LessonsView(session, &window)),
      m_themeTags(new ThemeTagsPanel(session, &detail))
{
    detail.addFooter(m_themeTags);
    connect(&table, &RecommendationsPanel::currentChanged, m_themeTags, &ThemeTagsPanel::setRecommendation);
    // A theme confirmed or removed changes the theme facet's counts and the lessons' themes.
    connect(&session, &LibrarySession::learningChanged, &table, &RecommendationsPanel::recountFacets);
    connect(&session, &LibrarySession::learningChanged, m_lessons, &LessonsView::invalidate);

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
        m_themeTags->reload();
    }
}

} // namespace evalreview
