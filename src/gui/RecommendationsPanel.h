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
class RecommendationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationsPanel(LibrarySession &session, QWidget *parent = nullptr);

    /// The part of the filter chosen in the library sidebar.
    void setScope(const QString &kind, const QString &programme, qint64 documentId);
    /// Re-runs the query, keeping the selection when it is still listed.
    void reload();
    void refreshFollowUp(qint64 recommendationId);
    /// Counts the facet values again (on the worker): a reviewer's edit changed a section,
    /// priority, response category or donor.
    void recountFacets() { updateFacets(); }

    /// Selects a recommendation; when the filters hide it they are cleared first. False if unknown.
    bool select(qint64 recommendationId);
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

private:
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
};

} // namespace evalreview
