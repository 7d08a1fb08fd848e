#pragma once

#include "FollowUpStore.h"
#include "Model.h"

#include <QObject>

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
class SelectionController : public QObject
{
    Q_OBJECT
public:
    SelectionController(LibrarySession &session, RecommendationsPanel &table, DetailView &detail, PageView &page,
                        SearchPanel &search, QUndoStack &undo, QObject *parent = nullptr);

    /// Selects the recommendation with `code` (the first one, preferring PDF sources).
    bool selectCode(const QString &code);
    bool select(qint64 recommendationId);

Q_SIGNALS:
    void message(const QString &text);

private:
    void showRecommendation(qint64 recommendationId);
    void openSearchHit(const SearchHit &hit, const QString &matchedText);
    void editFollowUp(qint64 recommendationId, FollowUpField field, const QString &newValue);
    void followUpChanged(qint64 recommendationId);
    void recordCorrected(qint64 recommendationId, bool listChanged);

    LibrarySession &m_session;
    RecommendationsPanel &m_table;
    DetailView &m_detail;
    PageView &m_page;
    QUndoStack &m_undo;
    bool m_keepPage = false;
};

} // namespace evalreview
