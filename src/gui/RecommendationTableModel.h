#pragma once

#include "RecommendationTypes.h"

#include <QAbstractTableModel>

namespace evalreview {

class LibrarySession;

/// The filtered recommendations of the library, fetched from SQL a page at a time as the view
/// scrolls (canFetchMore / fetchMore); sorting and filtering are done by the query, not in memory.
class RecommendationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Section,
        Title,
        Priority,
        Timing,
        Response,
        DonorComments,
        Status,
        DueDate,
        Owner,
        SeenIn, ///< evaluations its recurring group spans
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        DocumentIdRole,
    };
    static constexpr int kPageSize = 200;

    explicit RecommendationTableModel(LibrarySession &session, QObject *parent = nullptr);

    void setFilter(const RecommendationFilter &filter);
    const RecommendationFilter &filter() const { return m_filter; }
    /// Re-runs the query (after an import or when the library changed).
    void reload();
    /// Rereads the follow-up columns of one recommendation.
    void refreshFollowUp(qint64 recommendationId);

    /// How many recommendations the filter keeps; -1 until counted (a filter keeping more than
    /// one page is counted on a worker thread, see setTotal()).
    qint64 totalCount() const { return m_total; }
    /// The count of the current filter, from the worker that counted it.
    void setTotal(qint64 total);
    qint64 idAt(int row) const;
    /// The row of a recommendation, fetching further pages when needed; -1 when the filter hides it.
    int rowOf(qint64 recommendationId);
    /// Reads one listed row again (after a correction of its fields), keeping its place.
    void refreshRow(qint64 recommendationId);
    /// What reviewers did to a row ("Edited by a reviewer · Verified"), for its tooltip.
    static QString reviewNote(const RecommendationRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    /// The colour that marks a response category.
    static QColor categoryColor(const QString &category);

private:
    LibrarySession &m_session;
    RecommendationFilter m_filter;
    RecommendationSort m_sort = RecommendationSort::DocumentOrder;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<RecommendationRow> m_rows;
    qint64 m_total = 0;
    qint64 m_estimate = -1; ///< the plan's guess of the count while it is unknown
    bool m_more = false;    ///< the last page fetched was full
};

} // namespace evalreview
