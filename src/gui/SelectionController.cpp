#include "SelectionController.h"

#include "DetailView.h"
#include "FollowUpCommand.h"
#include "LibrarySession.h"
#include "PageView.h"
#include "RecommendationQuery.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "SearchPanel.h"

#include <QPointer>
#include <QUndoStack>

namespace evalreview {

namespace {
/// One field of a follow-up as text, as FollowUpStore::value() gives it.
QString fieldValue(const FollowUpState &state, FollowUpField field)
{
    switch (field) {
    case FollowUpField::Status:
        return state.status;
    case FollowUpField::Owner:
        return state.owner;
    case FollowUpField::DueDate:
        return state.dueDate.isValid() ? state.dueDate.toString(Qt::ISODate) : QString();
    case FollowUpField::Note:
        return state.note;
    }
    return {};
}
} // namespace

SelectionController::SelectionController(LibrarySession &session, RecommendationsPanel &table, DetailView &detail,
                                         PageView &page, SearchPanel &search, QUndoStack &undo, QObject *parent)
    : QObject(parent), m_session(session), m_table(table), m_detail(detail), m_page(page), m_undo(undo)
{
    connect(&table, &RecommendationsPanel::currentChanged, this, &SelectionController::showRecommendation);
    connect(&table, &RecommendationsPanel::selectFinished, this, [this](qint64 id, bool found) {
        if (m_codeId > 0 && id == m_codeId) {
            m_codeId = 0;
            Q_EMIT codeSelected(m_code, found);
        }
    });
    connect(&detail, &DetailView::sourceRequested, &page, &PageView::showTarget);
    connect(&page, &PageView::regionActivated, this, &SelectionController::selectKeepingPage);
    connect(&search, &SearchPanel::hitActivated, this, &SelectionController::openSearchHit);
    connect(&detail, &DetailView::followUpEditRequested, this, &SelectionController::editFollowUp);
    connect(&session, &LibrarySession::followUpChanged, this, &SelectionController::followUpChanged);
    connect(&session, &LibrarySession::recordCorrected, this, &SelectionController::recordCorrected);
    connect(&session, &LibrarySession::readDone, this, [this](LibrarySession::ReadChannel channel) {
        if (m_session.isReading(channel)) {
            return;
        }
        // Still waiting once the channel is idle: the read failed (readFailed() tells why).
        if (channel == LibrarySession::ReadChannel::Detail && m_detailPending) {
            m_detailPending = false;
            m_detail.setDetail(std::nullopt); // not the previous recommendation's under the new selection
            Q_EMIT detailShown(0);
        } else if (channel == LibrarySession::ReadChannel::FindCode && m_finding) {
            m_finding = false;
            Q_EMIT codeSelected(m_code, false);
        }
    });
}

bool SelectionController::selectCode(const QString &code)
{
    if (!m_session.isOpen()) {
        return false;
    }
    m_code = code;
    m_codeId = 0;
    m_finding = true;
    QPointer<SelectionController> guard(this);
    m_session.read<std::optional<qint64>>(
        LibrarySession::ReadChannel::FindCode,
        [code](sql::Database &db) { return LibraryReader::recommendationQuery(db).findByCode(code); },
        [guard, code](std::optional<qint64> id) {
            if (guard) {
                guard->codeFound(code, id);
            }
        });
    return true;
}

void SelectionController::codeFound(const QString &code, std::optional<qint64> recommendationId)
{
    m_finding = false;
    if (!recommendationId) {
        Q_EMIT codeSelected(code, false);
        return;
    }
    if (m_table.currentId() == *recommendationId && !m_table.isBusy()) {
        Q_EMIT codeSelected(code, true);
        return;
    }
    m_codeId = *recommendationId; // selectFinished() tells codeSelected()
    m_table.select(*recommendationId);
}

bool SelectionController::select(qint64 recommendationId)
{
    if (m_table.currentId() == recommendationId && !m_table.isBusy()) {
        return true; // the table may be looking for another one: it then selects this one instead
    }
    return m_table.select(recommendationId);
}

bool SelectionController::isBusy() const
{
    return m_finding || m_codeId > 0 || m_detailPending || m_table.isBusy() ||
           m_session.isReading(LibrarySession::ReadChannel::DocumentSource) ||
           m_session.isReading(LibrarySession::ReadChannel::DetailFollowUp);
}

void SelectionController::selectKeepingPage(qint64 recommendationId)
{
    if (m_table.currentId() != recommendationId) {
        m_keepPageFor = recommendationId;
    }
    select(recommendationId);
}

void SelectionController::showRecommendation(qint64 recommendationId)
{
    // Another recommendation may be shown while the one wanted is looked for (the filters cleared):
    // the page stays for the one wanted.
    const bool movePage = recommendationId != m_keepPageFor;
    if (!movePage) {
        m_keepPageFor = 0;
    }
    readDetail(recommendationId, movePage);
}

void SelectionController::readDetail(qint64 recommendationId, bool movePage)
{
    const quint64 ticket = ++m_detailTicket;
    if (recommendationId <= 0 || !m_session.isOpen()) {
        m_detailPending = false;
        m_detail.setDetail(std::nullopt);
        Q_EMIT detailShown(0);
        return;
    }
    m_detailPending = true;
    // The same recommendation read again (the library changed) keeps the reviewer's page.
    movePage = movePage && !(m_detail.detail() && m_detail.detail()->id == recommendationId);
    QPointer<SelectionController> guard(this);
    m_session.read<std::optional<RecommendationDetail>>(
        LibrarySession::ReadChannel::Detail,
        [recommendationId](sql::Database &db) {
            return LibraryReader::recommendationQuery(db).detail(recommendationId);
        },
        [guard, ticket, recommendationId, movePage](std::optional<RecommendationDetail> detail) {
            if (!guard || ticket != guard->m_detailTicket) {
                return; // another recommendation was selected meanwhile
            }
            guard->m_detailPending = false;
            guard->m_detail.setDetail(std::move(detail));
            if (movePage) {
                guard->m_page.showTarget(guard->m_detail.recommendationTarget());
            }
            Q_EMIT guard->detailShown(recommendationId);
        });
}

void SelectionController::openSearchHit(const SearchHit &hit, const QString &matchedText)
{
    if (hit.recommendationId > 0) {
        selectKeepingPage(hit.recommendationId);
    }
    if (hit.page <= 0) {
        Q_EMIT message(tr("This match has no page to show."));
        return;
    }
    if (!m_session.isOpen()) {
        return;
    }
    QPointer<PageView> page(&m_page);
    m_session.read<DocumentSource>(
        LibrarySession::ReadChannel::DocumentSource,
        [documentId = hit.documentId](sql::Database &db) { return RecommendationQuery(db).documentSource(documentId); },
        [page, hit, matchedText](DocumentSource source) {
            if (!page) {
                return;
            }
            PageTarget t;
            t.documentId = hit.documentId;
            t.documentTitle = source.title;
            t.sourcePath = source.path;
            t.sourceFormat = source.format;
            t.page = hit.page;
            t.searchText = matchedText;
            page->showTarget(t);
        });
}

void SelectionController::editFollowUp(qint64 recommendationId, FollowUpField field, const QString &newValue)
{
    // The value the reviewer saw is the one shown: the edit is refused if someone else saved
    // another meanwhile, and undo brings it back.
    const auto &detail = m_detail.detail();
    if (!detail || detail->id != recommendationId) {
        return;
    }
    const QString old = fieldValue(detail->followUp, field);
    if (old == newValue) {
        return;
    }
    m_undo.push(new FollowUpCommand(m_session, recommendationId, detail->code, field, old, newValue));
}

void SelectionController::recordCorrected(qint64 recommendationId, bool listChanged)
{
    const bool shown = recommendationId > 0 && m_table.currentId() == recommendationId;
    if (listChanged) {
        // The list may have gained or lost the recommendation (added, deleted, restored by undo):
        // it is selected again once listed, without moving the page, and its detail read again.
        m_keepPageFor = recommendationId;
        m_table.reloadSelecting(recommendationId);
        return;
    }
    m_table.model()->refreshRow(recommendationId); // only its fields changed
    m_table.recountFacets();                       // a section or category may have changed
    if (shown) {
        readDetail(recommendationId, false);
    }
}

void SelectionController::followUpChanged(qint64 recommendationId)
{
    m_table.refreshFollowUp(recommendationId);
    if (!m_detail.detail() || m_detail.detail()->id != recommendationId || !m_session.isOpen()) {
        return;
    }
    QPointer<DetailView> detail(&m_detail);
    m_session.read<FollowUpState>(
        LibrarySession::ReadChannel::DetailFollowUp,
        [recommendationId](sql::Database &db) { return FollowUpStore(db).state(recommendationId); },
        [detail, recommendationId](FollowUpState state) {
            if (detail && detail->detail() && detail->detail()->id == recommendationId) {
                detail->setFollowUp(state);
            }
        });
}

} // namespace evalreview
