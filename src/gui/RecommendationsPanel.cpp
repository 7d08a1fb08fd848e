#include "RecommendationsPanel.h"

#include "FacetCounter.h"
#include "FilterBar.h"
#include "FontUnits.h"
#include "LibrarySession.h"
#include "RecommendationTableModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace evalreview {

RecommendationsPanel::RecommendationsPanel(LibrarySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_filters(new FilterBar(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_model(new RecommendationTableModel(session, this)), m_facets(new FacetCounter(this)),
      m_facetRequest(new QTimer(this))
{
    // The counts are asked for once the table has been drawn, so their worker does not compete
    // with it for the processor; several changes in a row make one request.
    m_facetRequest->setSingleShot(true);
    m_facetRequest->setInterval(0);
    connect(m_facetRequest, &QTimer::timeout, this, [this] {
        if (m_model->isLoading()) {
            m_facetsAfterRows = true; // asked for once the first rows are shown (pageArrived())
            return;
        }
        if (m_session.isOpen()) {
            m_facets->request(m_session.path(), currentFilter());
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    m_count->setObjectName(QStringLiteral("recommendationCount"));

    m_table->setObjectName(QStringLiteral("recommendationTable"));
    m_table->setAccessibleName(tr("Recommendations"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: no per-row measuring, so 100,000 rows cost nothing to lay out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    m_table->setSortingEnabled(true);
    // in average characters of the table's font
    const int widths[RecommendationTableModel::ColumnCount] = {6, 12, 29, 8, 11, 17, 9, 13, 10, 14, 7};
    for (int i = 0; i < RecommendationTableModel::ColumnCount; ++i) {
        header->resizeSection(i, font_units::chars(m_table, widths[i]));
    }
    header->setStretchLastSection(true);

    connect(m_filters, &FilterBar::changed, this, &RecommendationsPanel::applyFilter);
    connect(m_facets, &FacetCounter::totalCounted, this, [this](const RecommendationFilter &f, qint64 total) {
        if (f == m_model->filter() && (m_model->totalCount() < 0 || m_model->isReloading())) {
            m_model->setTotal(total); // kept for the rows on their way when a reload is awaited
            showCount();
        }
    });
    connect(m_facets, &FacetCounter::counted, this, [this](const FacetCounts &counts) {
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            m_filters->setFacetValues(Facet(it.key()), it.value());
        }
        Q_EMIT facetsUpdated();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecommendationsPanel::emitCurrent);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_beforeReset = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecommendationsPanel::restoreAfterReset);
    connect(m_model, &RecommendationTableModel::pageArrived, this, [this] {
        if (std::exchange(m_facetsAfterRows, false)) {
            m_facetRequest->start();
        }
        if (std::exchange(m_newRows, false)) {
            showCount(); // the rows of a reload: their count, or "counting"
        }
        pursue();
    });
}

RecommendationFilter RecommendationsPanel::currentFilter() const
{
    RecommendationFilter f;
    f.documentKind = m_kind;
    f.programme = m_programme;
    m_filters->applyTo(f);
    return f;
}

void RecommendationsPanel::setScope(const QString &kind, const QString &programme, qint64 documentId)
{
    m_kind = kind;
    m_programme = programme;
    if (documentId > 0) {
        m_filters->choose(Facet::Document, QString::number(documentId)); // emits changed()
        return;
    }
    if (!m_filters->combo(Facet::Document)->currentData().toString().isEmpty()) {
        m_filters->choose(Facet::Document, QString()); // emits changed()
        return;
    }
    applyFilter();
}

void RecommendationsPanel::reloadSelecting(qint64 recommendationId)
{
    if (m_pursuit != Pursuit::Select) {
        m_wanted = recommendationId > 0 ? recommendationId : currentId();
        m_pursuit = m_wanted > 0 ? Pursuit::Keep : Pursuit::None;
    }
    m_model->reload();
    updateFacets();
    showCount();
}

void RecommendationsPanel::applyFilter()
{
    if (!m_clearing && m_pursuit != Pursuit::None) {
        endPursuit(false); // the reviewer chose another filter: what it keeps is what they want
    }
    // The selection stays only if it is among the first rows of the new filter (restoreAfterReset()):
    // no fetching per keystroke.
    m_model->setFilter(currentFilter());
    showCount();
    updateFacets();
}

void RecommendationsPanel::restoreAfterReset()
{
    const qint64 before = std::exchange(m_beforeReset, 0);
    m_newRows = true;
    int row = m_pursuit != Pursuit::None ? m_model->rowOf(m_wanted) : -1;
    if (row < 0 && before > 0) {
        row = m_model->rowOf(before);
    }
    m_lastEmitted = -1; // the views read the recommendation again: the library may have changed it
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0)); // emits currentChanged()
    }
    if (row < 0 && m_pursuit == Pursuit::Keep && m_model->canFetchMore({})) {
        return; // told once the kept row is found (or the list ends), not "none" meanwhile
    }
    emitCurrent();
}

void RecommendationsPanel::pursue()
{
    if (m_pursuit == Pursuit::None || m_model->isLoading()) {
        return;
    }
    const int row = m_model->rowOf(m_wanted);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        if (m_pursuit == Pursuit::Select) {
            m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
        endPursuit(true);
        return;
    }
    if (m_model->canFetchMore({})) {
        m_model->fetchMore({}); // pageArrived() comes back here
        return;
    }
    if (m_pursuit == Pursuit::Select && !m_filtersCleared) {
        m_filtersCleared = true;
        clearFilters();
        return;
    }
    endPursuit(false);
}

void RecommendationsPanel::endPursuit(bool found)
{
    const qint64 id = std::exchange(m_wanted, 0);
    const Pursuit pursuit = std::exchange(m_pursuit, Pursuit::None);
    emitCurrent(); // when a kept row was not found: no recommendation is selected now
    if (pursuit == Pursuit::Select) {
        Q_EMIT selectFinished(id, found);
    }
}

void RecommendationsPanel::clearFilters()
{
    m_clearing = true;
    m_kind.clear();
    m_programme.clear();
    m_filters->clear(); // emits changed() when a filter was chosen
    if (!m_model->isLoading()) {
        applyFilter();
    }
    m_clearing = false;
}

void RecommendationsPanel::showCount()
{
    if (m_model->isLoading()) {
        return; // the count of the rows on their way is shown when they arrive (pageArrived())
    }
    const qint64 total = m_model->totalCount();
    if (total < 0) {
        m_count->setText(tr("More than %n recommendation(s), counting…", nullptr, m_model->rowCount()));
        return;
    }
    m_count->setText(tr("%n recommendation(s)", nullptr, int(total)));
    Q_EMIT filterApplied(total);
}

void RecommendationsPanel::updateFacets()
{
    m_facetRequest->start();
}

bool RecommendationsPanel::facetsPending() const
{
    return m_facetRequest->isActive() || m_facetsAfterRows || m_facets->isBusy();
}

void RecommendationsPanel::refreshFollowUp(qint64 recommendationId)
{
    m_model->refreshFollowUp(recommendationId);
}

bool RecommendationsPanel::select(qint64 recommendationId)
{
    if (m_pursuit == Pursuit::Select && m_wanted != recommendationId) {
        endPursuit(false); // a newer select() takes its place
    }
    const int row = m_model->isReloading() ? -1 : m_model->rowOf(recommendationId);
    if (row >= 0) {
        m_wanted = 0;
        m_pursuit = Pursuit::None;
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        Q_EMIT selectFinished(recommendationId, true);
        return true;
    }
    if (recommendationId <= 0 || !m_session.isOpen()) {
        Q_EMIT selectFinished(recommendationId, false);
        return false;
    }
    if (m_pursuit != Pursuit::Select) {
        m_filtersCleared = false;
    }
    m_wanted = recommendationId;
    m_pursuit = Pursuit::Select;
    pursue();
    return false;
}

bool RecommendationsPanel::isBusy() const
{
    return m_model->isLoading() || m_pursuit != Pursuit::None ||
           m_session.isReading(LibrarySession::ReadChannel::RowRefresh);
}

qint64 RecommendationsPanel::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void RecommendationsPanel::step(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    int row = current.isValid() ? current.row() + delta : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, current.isValid() ? current.column() : 0));
    }
}

void RecommendationsPanel::emitCurrent()
{
    const qint64 id = currentId();
    if (id != m_lastEmitted) {
        m_lastEmitted = id;
        Q_EMIT currentChanged(id);
    }
}

} // namespace evalreview
