#include "RecurringFinder.h"

#include "FontUnits.h"
#include "LibrarySession.h"
#include "RecurringGroups.h"

#include <QAction>
#include <QPointer>
#include <QProgressBar>
#include <QStatusBar>

#include <memory>

namespace evalreview {

RecurringFinder::RecurringFinder(LibrarySession &session, QStatusBar &statusBar, QObject *parent)
    : QObject(parent), m_session(session), m_statusBar(statusBar),
      m_action(new QAction(tr("Find &Recurring Recommendations"), this)), m_busy(new QProgressBar(&statusBar))
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
    updateAction();
    m_statusBar.showMessage(tr("Finding recurring recommendations…"));
    // Written on the writer thread, read here once it is stored (the writer's signal orders the two).
    auto report = std::make_shared<RecurringReport>();
    QPointer<RecurringFinder> self(this);
    m_session.changeLearning(
        [report](sql::Database &db) { *report = RecurringStore(db).compute(); }, tr("find recurring recommendations"),
        [self, report](bool stored) {
            if (!self) {
                return;
            }
            self->m_running = false;
            self->m_busy->hide();
            self->updateAction();
            if (!stored) {
                Q_EMIT self->failed();
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

} // namespace evalreview
