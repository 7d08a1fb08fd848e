#pragma once

#include "FollowUpStore.h"
#include "Model.h"

#include <QObject>

#include <optional>

class QUndoStack;

namespace evalreview {

class DetailView;
class LibrarySession;
class PageView;
class RecommendationsPanel;
class SearchPanel;

/// Keeps the views on the same record: the table's selection fills the detail view and shows
/// its page; a field click or a search hit moves the page; a click on a page region or a search
/// hit selects its record; follow-up edits go through the undo stack and refresh the views.
///
/// It reads nothing on the GUI thread. The detail of the selected recommendation is read on
/// ReadChannel::Detail and shown when it arrives (detailShown()); the previous one stays shown
/// meanwhile, and an answer for a recommendation no longer selected is dropped (a ticket per
/// request, besides the channel's latest-wins). A follow-up changed by anyone is read again on
/// ReadChannel::DetailFollowUp, a code looked up on ReadChannel::FindCode and a search hit's
/// document on ReadChannel::DocumentSource. A page shown on purpose (a region clicked, a search
/// hit, a correction) stays when the detail of its recommendation arrives.
class SelectionController : public QObject
{
    Q_OBJECT
public:
    SelectionController(LibrarySession &session, RecommendationsPanel &table, DetailView &detail, PageView &page,
                        SearchPanel &search, QUndoStack &undo, QObject *parent = nullptr);

    /// Looks up the recommendation with `code` (the first one, preferring PDF sources) in the
    /// background and selects it; codeSelected() tells whether it was found. False when no library
    /// is open (nothing is looked up then).
    bool selectCode(const QString &code);
    /// Selects a recommendation: true when it is selected now, false when it is still being looked
    /// for among the table's rows (RecommendationsPanel::select()).
    bool select(qint64 recommendationId);
    /// Whether a selection, its detail or a page of it is still on its way.
    bool isBusy() const;

Q_SIGNALS:
    void message(const QString &text);
    /// selectCode() ended: the recommendation with `code` is selected (found), or there is none.
    void codeSelected(const QString &code, bool found);
    /// The detail view shows the recommendation (0: none is selected).
    void detailShown(qint64 recommendationId);

private:
    void showRecommendation(qint64 recommendationId);
    /// Reads the detail of `recommendationId` and shows it; `movePage`: and its page.
    void readDetail(qint64 recommendationId, bool movePage);
    void codeFound(const QString &code, std::optional<qint64> recommendationId);
    void openSearchHit(const SearchHit &hit, const QString &matchedText);
    void editFollowUp(qint64 recommendationId, FollowUpField field, const QString &newValue);
    void followUpChanged(qint64 recommendationId);
    void recordCorrected(qint64 recommendationId, bool listChanged);
    /// Selects `recommendationId` without moving the page shown (it was shown on purpose).
    void selectKeepingPage(qint64 recommendationId);

    LibrarySession &m_session;
    RecommendationsPanel &m_table;
    DetailView &m_detail;
    PageView &m_page;
    QUndoStack &m_undo;
    qint64 m_keepPageFor = 0;   ///< the recommendation whose detail must not move the page
    quint64 m_detailTicket = 0; ///< the latest detail asked for; older answers are dropped
    bool m_detailPending = false;
    QString m_code;         ///< the code of selectCode() being looked up or selected
    qint64 m_codeId = 0;    ///< its recommendation, while the table looks for its row
    bool m_finding = false; ///< the code is being looked up
};

} // namespace evalreview
