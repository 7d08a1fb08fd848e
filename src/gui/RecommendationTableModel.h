#pragma once

#include "RecommendationTypes.h"

#include <QAbstractTableModel>
#include <QSet>

namespace evalreview {

class LibrarySession;

/// The filtered recommendations of the library, fetched from SQL a page at a time as the view
/// scrolls (canFetchMore / fetchMore); sorting and filtering are done by the query, not in memory.
///
/// Nothing is read on the GUI thread: every read goes to the library's reader (LibrarySession::read).
/// reload() asks for the first page on ReadChannel::Rows and keeps showing the rows it has until
/// that page arrives; the model is then reset to it. fetchMore() asks for the next page on the
/// same channel when none is on its way (canFetchMore() is false meanwhile) and appends it. As a
/// reload and the pages share the channel, the latest request wins: a page of an older filter or
/// sort is dropped, and a generation number drops what the reader still delivers after a close.
/// pageArrived() follows every answer of the channel (or its failure); isLoading() says whether one
/// is awaited. refreshRow() reads listed rows again on ReadChannel::RowRefresh: the rows asked for
/// stay wanted until an answer names them, so a newer refresh also reads those of an older one.
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
    /// Re-runs the query (after an import or when the library changed); the rows shown stay until
    /// the first page of the new query arrives (pageArrived()).
    void reload();
    /// Rereads the follow-up columns of one recommendation (in the background).
    void refreshFollowUp(qint64 recommendationId) { refreshRow(recommendationId); }
    /// Whether a reload or a further page is awaited.
    bool isLoading() const { return m_pending != Pending::None; }
    /// Whether the rows shown are about to be replaced (a reload is awaited, not a further page).
    bool isReloading() const { return m_pending == Pending::Reload; }

    /// How many recommendations the filter keeps; -1 until counted (a filter keeping more than
    /// one page is counted on a worker thread, see setTotal()).
    qint64 totalCount() const { return m_total; }
    /// The count of the current filter, from the worker that counted it (kept for the rows of a
    /// reload still awaited).
    void setTotal(qint64 total);
    qint64 idAt(int row) const;
    /// The row of a recommendation among the rows fetched so far; -1 when it is not among them.
    int rowOf(qint64 recommendationId) const;
    /// Reads one listed row again in the background (after a correction of its fields or its
    /// follow-up), keeping its place.
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

Q_SIGNALS:
    /// A read of the rows answered (the model was reset or rows were appended) or failed.
    void pageArrived();

private:
    enum class Pending
    {
        None,
        Reload,
        Page
    };
    struct FirstPage
    {
        QList<RecommendationRow> rows;
        qint64 estimate = -1;
    };
    void showFirstPage(FirstPage page);
    void appendPage(const QList<RecommendationRow> &more);
    void requestRefresh();
    void applyRefresh(const QList<RecommendationRow> &fresh, const QSet<qint64> &asked);

    LibrarySession &m_session;
    RecommendationFilter m_filter;
    RecommendationSort m_sort = RecommendationSort::DocumentOrder;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<RecommendationRow> m_rows;
    qint64 m_total = 0;
    qint64 m_estimate = -1; ///< the plan's guess of the count while it is unknown
    bool m_more = false;    ///< the last page fetched was full
    Pending m_pending = Pending::None;
    quint64 m_generation = 0;   ///< the latest reload; answers of older ones are dropped
    qint64 m_pendingTotal = -1; ///< the count of the reload awaited, when counted first
    QSet<qint64> m_stale;       ///< rows to read again (refreshRow())
};

} // namespace evalreview
