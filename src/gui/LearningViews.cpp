#include "LearningViews.h"

#include "DetailView.h"
#include "LearningDashboard.h"
#include "LessonsView.h"
#include "LibrarySession.h"
#include "MainWindow.h"
#include "PageView.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "RecurringFinder.h"
#include "RecurringGroupView.h"
#include "ThemeEditorDialog.h"
#include "ThemeTagsPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace evalreview {

LearningViews::LearningViews(MainWindow &window, LibrarySession &session, PageView &page, DetailView &detail,
                             RecommendationsPanel &table, QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_lessons(new LessonsView(session, &window)),
      m_themeTags(new ThemeTagsPanel(session, LibrarySession::ReadChannel::Themes, &detail)),
      m_recurring(new RecurringGroupView(session, &window))
{
    m_recurringDock = new QDockWidget(tr("Recurring Recommendation"), &window);
    m_recurringDock->setObjectName(QStringLiteral("recurringDock"));
    m_recurringDock->setWidget(m_recurring);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_recurringDock);
    m_recurringDock->hide(); // on demand (View menu)
    m_dashboard = new LearningDashboard(session, &window);
    m_dashboardDock = new QDockWidget(tr("Themes and Indicators"), &window);
    m_dashboardDock->setObjectName(QStringLiteral("themesIndicatorsDock"));
    m_dashboardDock->setWidget(m_dashboard);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dashboardDock);
    m_dashboardDock->hide();
    connect(&session, &LibrarySession::learningChanged, m_dashboard, &LearningDashboard::invalidate);
    connect(&session, &LibrarySession::followUpChanged, m_dashboard, &LearningDashboard::invalidate);
    connect(&table, &RecommendationsPanel::currentChanged, m_recurring, &RecurringGroupView::setRecommendation);
    connect(m_recurring, &RecurringGroupView::recommendationActivated, &table, &RecommendationsPanel::select);
    connect(m_recurring, &RecurringGroupView::membersChanged, this, [&table](const QList<qint64> &ids) {
        for (const qint64 id : ids) {
            table.model()->refreshRow(id); // its "seen in"
        }
    });

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

    // Groups computed again: every row's "seen in" may have changed; the group view follows
    // learningChanged().
    m_finder = new RecurringFinder(session, *window.statusBar(), this);
    connect(m_finder, &RecurringFinder::found, &table, &RecommendationsPanel::reload);
    m_editThemes = new QAction(tr("Edit &Themes…"), this);
    m_editThemes->setObjectName(QStringLiteral("actionEditThemes"));
    m_editThemes->setStatusTip(tr("Edit the themes and their keywords, import or export them as CSV"));
    m_editThemes->setEnabled(false);
    connect(m_editThemes, &QAction::triggered, this, [this] { showThemeEditor(); });

    connect(&session, &LibrarySession::opened, this, &LearningViews::libraryChanged);
    connect(&session, &LibrarySession::contentChanged, this, &LearningViews::libraryChanged);
    connect(&session, &LibrarySession::changedElsewhere, this, &LearningViews::libraryChanged);
    connect(m_lessons, &LessonsView::pageRequested, &page, &PageView::showTarget);
    connect(m_lessons, &LessonsView::exported, this, [&window](bool ok, const QString &message) {
        window.statusBar()->showMessage(ok ? message : tr("Lessons not exported: %1").arg(message));
    });
    connect(m_dashboard, &LearningDashboard::exported, this, [&window](bool ok, const QString &message) {
        window.statusBar()->showMessage(ok ? message : tr("Indicators not exported: %1").arg(message));
    });
}

void LearningViews::addLearningActions(QMenu *menu)
{
    menu->addAction(m_editThemes);
    menu->addAction(m_finder->action());
}

ThemeEditorDialog *LearningViews::showThemeEditor()
{
    if (!m_session.isOpen()) {
        return nullptr;
    }
    if (m_themeEditor) {
        m_themeEditor->raise();
        m_themeEditor->activateWindow();
        return m_themeEditor;
    }
    m_themeEditor = new ThemeEditorDialog(m_session, &m_window);
    m_themeEditor->setAttribute(Qt::WA_DeleteOnClose);
    m_themeEditor->open(); // window-modal: this window changes nothing else under the edits
    return m_themeEditor;
}

void LearningViews::libraryChanged()
{
    m_editThemes->setEnabled(m_session.isOpen());
    if (m_session.isOpen()) {
        m_lessons->invalidate();
        m_themeTags->reload();
        m_recurring->reload();
        m_dashboard->invalidate();
    }
}

} // namespace evalreview
