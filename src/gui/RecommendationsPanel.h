#pragma once

#include "RecommendationTypes.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace evalreview {

class FacetCounter;
class FilterBar;
class LibrarySession;
class RecommendationTableModel;

/// The recommendations table with its filters: keeps the current filter, updates the facet
/// counts, and reports which recommendation is selected.
///
/// The table's rows come in the background (RecommendationTableModel), so a recommendation to
/// select may not be listed yet. The panel then pursues it: it remembers the one wanted and asks
/// for page after page as they arrive until its row is there (and, for select(), clears the
/// filters once when they hide it), or the list ends. One pursuit at a time: a newer select()
/// takes the place of an older one, and a filter the reviewer chooses ends it. A reload keeps the
/// selected recommendation the same way, without clearing filters.
class RecommendationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationsPanel(LibrarySession &session, QWidget *parent = nullptr);

    /// The part of the filter chosen in the library sidebar.
    void setScope(const QString &kind, const QString &programme, qint64 documentId);
    /// Re-runs the query, keeping the selection when it is still listed.
    void reload() { reloadSelecting(0); }
    /// Re-runs the query and selects `recommendationId` when it is listed, else keeps the selection.
    void reloadSelecting(qint64 recommendationId);
    void refreshFollowUp(qint64 recommendationId);
    /// Counts the facet values again (on the worker): a reviewer's edit changed a section,
    /// priority, response category or donor.
    void recountFacets() { updateFacets(); }

    /// Selects a recommendation: at once when its row is listed (true), otherwise once the pages
    /// up to it arrived, clearing the filters first when they hide it (false now). In either case
    /// selectFinished() tells whether it was selected.
    bool select(qint64 recommendationId);
    /// Whether rows are awaited (or read again), or a recommendation is still looked for among them.
    bool isBusy() const;
    qint64 currentId() const;
    /// Moves the selection by `delta` rows (Ctrl+PgUp / Ctrl+PgDn).
    void step(int delta);

    FilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    RecommendationTableModel *model() const { return m_model; }
    RecommendationFilter currentFilter() const;
    /// True until the facet counts of the current filter have arrived.
    bool facetsPending() const;

Q_SIGNALS:
    void currentChanged(qint64 recommendationId);
    void filterApplied(qint64 count);
    void facetsUpdated();
    /// select() of `recommendationId` ended: it is the current row (found), or it is not listed
    /// even without filters, or a newer select() or filter took its place (not found).
    void selectFinished(qint64 recommendationId, bool found);

private:
    enum class Pursuit
    {
        None,
        Keep,  ///< keep a row after a reload: fetch pages, never clear filters
        Select ///< select(): fetch pages, then clear filters once
    };
    /// Takes the next step towards the wanted row: select it, ask for a page or clear filters.
    void pursue();
    void endPursuit(bool found);
    void clearFilters();
    void restoreAfterReset();
    void applyFilter();
    void updateFacets();
    /// The count under the table (and filterApplied()) once known, "counting" until then.
    void showCount();
    void emitCurrent();

    LibrarySession &m_session;
    FilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    RecommendationTableModel *m_model = nullptr;
    FacetCounter *m_facets = nullptr;
    QTimer *m_facetRequest = nullptr;
    QString m_kind;
    QString m_programme;
    qint64 m_lastEmitted = -1;
    qint64 m_wanted = 0; ///< the recommendation pursued
    Pursuit m_pursuit = Pursuit::None;
    bool m_filtersCleared = false;  ///< the pursuit of select() already cleared the filters
    bool m_clearing = false;        ///< the filters change for the pursuit, not by the reviewer
    qint64 m_beforeReset = 0;       ///< the current recommendation before the rows were replaced
    bool m_facetsAfterRows = false; ///< the counts wait for the rows of the filter to be shown
    bool m_newRows = false;         ///< the rows were replaced: their count is shown on pageArrived()
};

} // namespace evalreview
