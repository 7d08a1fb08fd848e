#include "SelectionController.h"

#include "DetailView.h"
#include "FollowUpCommand.h"
#include "LibrarySession.h"
#include "PageView.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "SearchPanel.h"

#include <QUndoStack>

namespace evalreview {

SelectionController::SelectionController(LibrarySession &session, RecommendationsPanel &table, DetailView &detail,
                                         PageView &page, SearchPanel &search, QUndoStack &undo, QObject *parent)
    : QObject(parent), m_session(session), m_table(table), m_detail(detail), m_page(page), m_undo(undo)
{
    connect(&table, &RecommendationsPanel::currentChanged, this, &SelectionController::showRecommendation);
    connect(&detail, &DetailView::sourceRequested, &page, &PageView::showTarget);
    connect(&page, &PageView::regionActivated, this, [this](qint64 id) {
        m_keepPage = true; // the click came from this page: keep it where it is
        select(id);
        m_keepPage = false;
    });
    connect(&search, &SearchPanel::hitActivated, this, &SelectionController::openSearchHit);
    connect(&detail, &DetailView::followUpEditRequested, this, &SelectionController::editFollowUp);
    connect(&session, &LibrarySession::followUpChanged, this, &SelectionController::followUpChanged);
    connect(&session, &LibrarySession::recordCorrected, this, &SelectionController::recordCorrected);
}

bool SelectionController::selectCode(const QString &code)
{
    if (!m_session.isOpen()) {
        return false;
    }
    const auto id = m_session.query().findByCode(code);
    return id && select(*id);
}

bool SelectionController::select(qint64 recommendationId)
{
    if (m_table.currentId() == recommendationId) {
        return true;
    }
    return m_table.select(recommendationId);
}

void SelectionController::showRecommendation(qint64 recommendationId)
{
    if (recommendationId <= 0 || !m_session.isOpen()) {
        m_detail.setDetail(std::nullopt);
        return;
    }
    m_detail.setDetail(m_session.query().detail(recommendationId));
    if (!m_keepPage) {
        m_page.showTarget(m_detail.recommendationTarget());
    }
}

void SelectionController::openSearchHit(const SearchHit &hit, const QString &matchedText)
{
    if (hit.recommendationId > 0) {
        m_keepPage = true;
        select(hit.recommendationId);
        m_keepPage = false;
    }
    if (hit.page <= 0) {
        Q_EMIT message(tr("This match has no page to show."));
        return;
    }
    const DocumentSource source = m_session.query().documentSource(hit.documentId);
    PageTarget t;
    t.documentId = hit.documentId;
    t.documentTitle = source.title;
    t.sourcePath = source.path;
    t.sourceFormat = source.format;
    t.page = hit.page;
    t.searchText = matchedText;
    m_page.showTarget(t);
}

void SelectionController::editFollowUp(qint64 recommendationId, FollowUpField field, const QString &newValue)
{
    const QString old = m_session.followUps().value(recommendationId, field);
    if (old == newValue) {
        return;
    }
    const auto &detail = m_detail.detail();
    const QString code = detail && detail->id == recommendationId ? detail->code : QString();
    m_undo.push(new FollowUpCommand(m_session, recommendationId, code, field, old, newValue));
}

void SelectionController::recordCorrected(qint64 recommendationId, bool listChanged)
{
    m_keepPage = true;
    if (listChanged) {
        // The list may have gained or lost the recommendation (added, deleted, restored by undo).
        m_table.reload();
        if (recommendationId > 0 && m_table.model()->rowOf(recommendationId) >= 0) {
            m_table.select(recommendationId);
        }
    } else {
        m_table.model()->refreshRow(recommendationId); // only its fields changed
        m_table.recountFacets();                       // a section or category may have changed
    }
    if (m_table.currentId() == recommendationId) {
        m_detail.setDetail(m_session.query().detail(recommendationId));
    }
    m_keepPage = false;
}

void SelectionController::followUpChanged(qint64 recommendationId)
{
    m_table.refreshFollowUp(recommendationId);
    if (m_detail.detail() && m_detail.detail()->id == recommendationId) {
        m_detail.setFollowUp(m_session.followUps().state(recommendationId));
    }
}

} // namespace evalreview
