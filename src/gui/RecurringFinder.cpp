#include "RecurringFinder.h"

#include "FontUnits.h"
#include "LibrarySession.h"
#include "RecurringGroups.h"

#include <QAction>
#include <QPointer>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include <memory>

namespace evalreview {

RecurringFinder::RecurringFinder(LibrarySession &session, QStatusBar &statusBar, QObject *parent)
    : QObject(parent), m_session(session), m_statusBar(statusBar),
      m_action(new QAction(tr("Find &Recurring Recommendations"), this)), m_busy(new QProgressBar(&statusBar)),
      m_cancel(new QToolButton(&statusBar))
{
    m_action->setObjectName(QStringLiteral("actionFindRecurring"));
    m_action->setStatusTip(tr("Group the recommendations of different evaluations that say the same thing "
                              "(the \u201cSeen in\u201d column)"));
    connect(m_action, &QAction::triggered, this, &RecurringFinder::find);
    m_busy->setObjectName(QStringLiteral("recurringBusy"));
    m_busy->setRange(0, 0); // no measure of how far: the computation tells none
    m_busy->setMaximumWidth(font_units::chars(m_busy, 15));
    m_busy->setAccessibleName(tr("Finding recurring recommendations"));
    m_busy->setToolTip(tr("Finding recurring recommendations…"));
    m_busy->hide();
    m_statusBar.addPermanentWidget(m_busy);
    m_cancel->setObjectName(QStringLiteral("cancelFindRecurring"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop finding recurring recommendations; the groups stay as they were"));
    m_cancel->hide();
    m_statusBar.addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &RecurringFinder::cancel);
    connect(&m_session, &LibrarySession::opened, this, &RecurringFinder::updateAction);
    updateAction();
}

void RecurringFinder::updateAction()
{
    m_action->setEnabled(m_session.isOpen() && !m_session.isReadOnly() && !m_running);
}

void RecurringFinder::find()
{
    if (m_running || !m_session.isOpen() || m_session.isReadOnly()) {
        return;
    }
    m_running = true;
    m_busy->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    updateAction();
    m_statusBar.showMessage(tr("Finding recurring recommendations…"));
    // Written on the writer thread, read here once it is stored (the writer's signal orders the two).
    auto report = std::make_shared<RecurringReport>();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    QPointer<RecurringFinder> self(this);
    m_session.changeLearning(
        [report, stop = m_stop](sql::Database &db) {
            RecurringOptions options;
            options.cancelled = [stop] { return stop->load(); };
            *report = RecurringStore(db).compute(options);
        },
        tr("find recurring recommendations"),
        [self, report](bool stored) {
            if (!self) {
                return;
            }
            self->m_running = false;
            self->m_busy->hide();
            self->m_cancel->hide();
            self->updateAction();
            if (!stored) {
                Q_EMIT self->failed();
                return;
            }
            if (report->cancelled) {
                self->m_statusBar.showMessage(
                    tr("Finding recurring recommendations was cancelled; the groups are as they were."));
                Q_EMIT self->cancelled();
                return;
            }
            Q_EMIT self->found(report->groups, report->grouped); // lists read again
            self->m_statusBar.showMessage(tr("%n group(s) of recurring recommendations found; %1 of %2 recommendations "
                                             "are in one.",
                                             nullptr, int(report->groups))
                                              .arg(report->grouped)
                                              .arg(report->recommendations));
        });
}

void RecurringFinder::cancel()
{
    if (m_running && m_stop) {
        m_stop->store(true);
        m_cancel->setEnabled(false);
        m_statusBar.showMessage(tr("Cancelling…"));
    }
}

} // namespace evalreview
