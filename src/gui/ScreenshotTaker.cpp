#include "ScreenshotTaker.h"

#include "FollowUpViews.h"
#include "ImportController.h"
#include "LearningViews.h"
#include "LessonTableModel.h"
#include "LessonsView.h"
#include "MainWindow.h"
#include "PageView.h"
#include "RecommendationsPanel.h"
#include "SearchPanel.h"
#include "SelectionController.h"
#include "ThemeEditorDialog.h"
#include "ThemeTagsPanel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QHash>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace evalreview {

namespace {
constexpr int kRenderTimeoutMs = 8000;
}

ScreenshotTaker::ScreenshotTaker(MainWindow &window, QString file, QString code, QString search, QObject *parent)
    : QObject(parent), m_window(window), m_file(std::move(file)), m_code(std::move(code)), m_search(std::move(search)),
      m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(kRenderTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, &ScreenshotTaker::capture);
}

void ScreenshotTaker::start()
{
    if (m_window.importController()->isRunning()) {
        connect(m_window.importController(), &ImportController::finished, this, &ScreenshotTaker::prepare,
                Qt::QueuedConnection);
        return;
    }
    QTimer::singleShot(0, this, &ScreenshotTaker::prepare);
}

void ScreenshotTaker::prepare()
{
    connect(m_window.pageView(), &PageView::pageShown, this, [this] {
        if (!m_window.pageView()->isRendering()) {
            QTimer::singleShot(150, this, &ScreenshotTaker::capture); // let the last repaint land
        }
    });
    m_timeout->start();
    if (!m_search.isEmpty()) {
        m_searchPending = true;
        connect(m_window.searchPanel(), &SearchPanel::resultsShown, this, [this] { m_searchPending = false; });
        m_window.searchPanel()->search(m_search);
    }
    if (!m_code.isEmpty()) {
        // Looked up and selected in the background: capture() waits while the selection is busy.
        connect(m_window.selection(), &SelectionController::codeSelected, this, [](const QString &code, bool found) {
            if (!found) {
                std::fprintf(stderr, "No recommendation with the code %s is in the library.\n", qPrintable(code));
            }
        });
        if (!m_window.selectCode(m_code)) {
            std::fprintf(stderr, "No recommendation with the code %s is in the library.\n", qPrintable(m_code));
        }
    } else {
        selectFirst();
    }
    const QHash<QString, QDockWidget *> docks{
        {QStringLiteral("dashboard"), m_window.followUpViews()->dashboardDock()},
        {QStringLiteral("disagreements"), m_window.followUpViews()->disagreementDock()},
        {QStringLiteral("lessons"), m_window.learningViews()->lessonsDock()},
        {QStringLiteral("recurring"), m_window.learningViews()->recurringDock()},
        {QStringLiteral("themes"), m_window.learningViews()->themesAndIndicatorsDock()}};
    if (QDockWidget *dock = docks.value(m_view)) {
        dock->setFloating(true);
        dock->resize(m_window.size());
        dock->show();
        dock->raise();
        m_target = dock;
    }
    if (m_view == QLatin1String("theme-editor")) {
        ThemeEditorDialog *editor = m_window.learningViews()->showThemeEditor();
        editor->resize(m_window.size() * 0.8);
        m_target = editor;
        m_themeEditor = editor;
    }
    QTimer::singleShot(300, this, &ScreenshotTaker::capture); // again from pageShown() when a page comes
}

void ScreenshotTaker::selectFirst()
{
    if (m_window.recommendations()->isBusy() && m_timeout->isActive()) {
        QTimer::singleShot(50, this, &ScreenshotTaker::selectFirst); // the first rows are on their way
        return;
    }
    m_window.recommendations()->step(0);
}

void ScreenshotTaker::capture()
{
    if (m_captured) {
        return;
    }
    if (m_window.pageView()->isRendering() && m_timeout->isActive()) {
        return; // a newer page is coming; its pageShown() calls again
    }
    const bool themesLoading = m_themeEditor && m_themeEditor->isLoading();
    const bool lessonsLoading = m_view == QLatin1String("lessons") && !lessonShown();
    const bool waiting = m_window.recommendations()->facetsPending() || m_window.isListingDocuments() ||
                         m_window.selection()->isBusy() || themesLoading || lessonsLoading || m_searchPending;
    if (waiting && m_timeout->isActive()) {
        QTimer::singleShot(100, this, &ScreenshotTaker::capture); // counts, lists or results still coming
        return;
    }
    m_captured = true;
    const bool ok = (m_target ? m_target->grab() : m_window.grab()).save(m_file);
    if (!ok) {
        std::fprintf(stderr, "The screenshot could not be written to %s.\n", qPrintable(m_file));
    }
    QCoreApplication::exit(ok ? 0 : 1);
}

bool ScreenshotTaker::lessonShown()
{
    LessonsView *lessons = m_window.learningViews()->lessons();
    if (lessons->isLoading() || lessons->model()->rowCount() == 0) {
        return false;
    }
    if (!lessons->table()->currentIndex().isValid()) {
        int row = 0;
        while (row < lessons->model()->rowCount() && lessons->model()->rowAt(row).themes.isEmpty()) {
            ++row;
        }
        lessons->table()->selectRow(row < lessons->model()->rowCount() ? row : 0);
        return false;
    }
    return !lessons->themeTags()->isLoading();
}

} // namespace evalreview
