#include "FollowUpViews.h"

#include "BackupController.h"
#include "DashboardView.h"
#include "DerivedDueDates.h"
#include "DisagreementView.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "FollowUpSettings.h"
#include "ImportController.h"
#include "LibrarySession.h"
#include "LibraryStoreFactory.h"
#include "LinkChainPanel.h"
#include "MainWindow.h"
#include "RecommendationsPanel.h"
#include "StoreResult.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace evalreview {

namespace {

QDockWidget *makeDock(MainWindow &window, const QString &title, const QString &name, QWidget *content)
{
    auto *dock = new QDockWidget(title, &window);
    dock->setObjectName(name);
    dock->setWidget(content);
    return dock;
}

} // namespace

FollowUpViews::FollowUpViews(MainWindow &window, LibrarySession &session, RecommendationsPanel &table, QObject *parent)
    : QObject(parent), m_window(window), m_session(session), m_table(table),
      m_disagreements(new DisagreementView(session, &window)), m_dashboard(new DashboardView(session, &window)),
      m_chain(new LinkChainPanel(session, *window.undoStack(), &window)),
      m_backup(new BackupController(window, session, this))
{
    auto *chainBox = new QWidget(&window);
    auto *chainLayout = new QVBoxLayout(chainBox);
    chainLayout->setContentsMargins(0, 0, 0, 0);
    m_flags = new QLabel(chainBox);
    m_flags->setObjectName(QStringLiteral("followUpFlags"));
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::PlainText);
    m_flags->setContentsMargins(6, 4, 6, 0);
    chainLayout->addWidget(m_flags);
    chainLayout->addWidget(m_chain, 1);
    auto *chainDock = makeDock(window, tr("Linked Records"), QStringLiteral("linkDock"), chainBox);
    window.addDockWidget(Qt::LeftDockWidgetArea, chainDock);

    m_disagreementDock = makeDock(window, tr("Disagreements"), QStringLiteral("disagreementDock"), m_disagreements);
    m_dashboardDock = makeDock(window, tr("Dashboard"), QStringLiteral("dashboardDock"), m_dashboard);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_disagreementDock);
    window.tabifyDockWidget(m_disagreementDock, m_dashboardDock);
    m_disagreementDock->hide(); // on demand (View menu): the workbench keeps its space
    m_dashboardDock->hide();

    // Connected before the window's own reload, so the table shows the stored due dates.
    connect(&session, &LibrarySession::opened, this, &FollowUpViews::libraryChanged);
    connect(&session, &LibrarySession::contentChanged, this, &FollowUpViews::libraryChanged);
    connect(&session, &LibrarySession::changedElsewhere, this, &FollowUpViews::libraryChanged);
    connect(&session, &LibrarySession::followUpChanged, this, [this](qint64 id) {
        m_dashboard->invalidate();
        if (id == m_table.currentId()) {
            showSelection(id);
        }
    });
    connect(&table, &RecommendationsPanel::currentChanged, this, &FollowUpViews::showSelection);
    connect(m_disagreements, &DisagreementView::recommendationActivated, &table, &RecommendationsPanel::select);
    connect(m_chain, &LinkChainPanel::recommendationActivated, &table, &RecommendationsPanel::select);
    connect(m_dashboard, &DashboardView::filterRequested, this, &FollowUpViews::applyPick);
    m_backup->setBeforeClose([this] {
        m_cancelDerivation = true; // the pass starts again when the restored library opens
        m_derivation.waitForFinished();
    });
    m_backup->setBusyReason([this] {
        // An export or import reads the library on its own connection while the file would be replaced.
        if (m_exportDialog && m_exportDialog->job()->isRunning()) {
            return tr("An export is still running; restore the backup when it has finished.");
        }
        if (m_window.importController() && m_window.importController()->isRunning()) {
            return tr("Documents are still being imported; restore the backup when the import has finished.");
        }
        return QString();
    });
}

void FollowUpViews::addFileActions(QMenu *file)
{
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] { showExportDialog(); });
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *backupAction = file->addAction(tr("&Back Up Library…"), m_backup, &BackupController::chooseBackup);
    backupAction->setObjectName(QStringLiteral("actionBackup"));
    QAction *restoreAction = file->addAction(tr("&Restore From Backup…"), m_backup, &BackupController::chooseRestore);
    restoreAction->setObjectName(QStringLiteral("actionRestore"));
}

ExportDialog *FollowUpViews::exportDialog() const
{
    return m_exportDialog;
}

ExportDialog *FollowUpViews::showExportDialog()
{
    if (!m_session.isOpen()) {
        return nullptr;
    }
    if (m_exportDialog) {
        m_exportDialog->raise();
        return m_exportDialog;
    }
    m_exportDialog = new ExportDialog(m_session, m_table.currentFilter(), &m_window);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog->open();
    return m_exportDialog;
}

FollowUpViews::~FollowUpViews()
{
    m_cancelDerivation = true; // quitting waits for one chunk at most; the next start does the rest
    m_derivation.waitForFinished();
}

void FollowUpViews::libraryChanged()
{
    if (!m_session.isOpen()) {
        return;
    }
    deriveDueDates();
    m_disagreements->invalidate();
    m_dashboard->invalidate();
    showSelection(m_table.currentId());
}

void FollowUpViews::deriveDueDates()
{
    if (m_session.isReadOnly()) {
        return; // shown as derived when read, never stored
    }
    if (m_deriving) {
        m_deriveAgain = true; // an import added documents meanwhile
        return;
    }
    m_deriving = true;
    m_cancelDerivation = false;
    // A pass over a large library takes seconds: it runs on a worker thread with its own connection.
    m_derivation = QtConcurrent::run([this, path = m_session.path()] {
        const StoreResult<int> derived = guarded(
            [this, &path] { return storeDerivedDueDates(openLibraryStore(path)->database(), 0, &m_cancelDerivation); });
        if (!derived) {
            spdlog::warn("Derived due dates not stored: {}", derived.errorString().toStdString());
        }
        const int stored = derived.ok() ? derived.value() : 0;
        QMetaObject::invokeMethod(this, [this, stored, path] {
            m_deriving = false;
            if (stored > 0 && m_session.isOpen() && m_session.path() == path) {
                spdlog::info("Stored {} derived due dates", stored);
                m_table.reload();
                m_dashboard->invalidate();
                showSelection(m_table.currentId());
            }
            if (std::exchange(m_deriveAgain, false) && m_session.isOpen()) {
                deriveDueDates();
                return;
            }
            Q_EMIT dueDatesDerived(stored);
        });
    });
}

void FollowUpViews::showSelection(qint64 recommendationId)
{
    m_chain->setRecommendation(recommendationId);
    m_flagsOf = recommendationId;
    if (recommendationId <= 0 || !m_session.isOpen()) {
        m_flags->clear();
        return;
    }
    const int months = followup_settings::staleMonths();
    QPointer<FollowUpViews> self(this);
    m_session.read<FollowUpFlags>(
        LibrarySession::ReadChannel::FollowUpFlags,
        [recommendationId, months](sql::Database &db) {
            return followUpFlags(db, recommendationId, QDate::currentDate(), months);
        },
        [self, recommendationId, months](FollowUpFlags flags) {
            if (self && self->m_flagsOf == recommendationId) {
                self->showFlags(flags, months);
            }
        });
}

void FollowUpViews::showFlags(const FollowUpFlags &flags, int months)
{
    QStringList parts;
    if (flags.dueDate.isValid()) {
        parts << (flags.dueDerived ? tr("Due %1 (derived from the timing; editable)") : tr("Due %1"))
                     .arg(QLocale().toString(flags.dueDate, QLocale::ShortFormat));
    } else {
        parts << tr("No due date");
    }
    if (flags.overdue) {
        parts << tr("Overdue");
    }
    if (flags.stale) {
        parts << tr("No update for %n month(s)", nullptr, months);
    }
    m_flags->setText(parts.join(QStringLiteral(" · ")));
    m_flags->setStyleSheet(flags.overdue || flags.stale ? QStringLiteral("color: #b02020;") : QString());
}

void FollowUpViews::applyPick(const DashboardPick &pick)
{
    FilterBar *bar = m_table.filterBar();
    m_table.setScope({}, {}, 0);
    bar->clear();
    if (!pick.section.isEmpty()) {
        bar->choose(Facet::Section, pick.section);
    }
    if (!pick.responseCategory.isEmpty()) {
        bar->choose(Facet::ResponseCategory, pick.responseCategory);
    }
    if (!pick.status.isEmpty()) {
        bar->choose(Facet::Status, pick.status);
    }
    if (!pick.donor.isEmpty()) {
        bar->choose(Facet::Donor, pick.donor);
    }
    if (pick.overdue) {
        bar->overdueBox()->setChecked(true);
    }
    if (pick.dueFrom.isValid() || pick.dueTo.isValid() || pick.withoutDueDate) {
        bar->setDueRange(pick.dueFrom, pick.dueTo, pick.withoutDueDate, pick.dueLabel);
    }
}

} // namespace evalreview
