#pragma once

#include "IndicatorQuery.h"

#include <QAbstractTableModel>

namespace evalreview {

/// The follow-up indicators of one grouping (by document, organisation, year or owner) as a table:
/// a row per group with its recommendations, responses not actionable ("2 of 3"), accepted
/// recommendations implemented and follow-ups due in the period closed ("2 of 3 (67 %)"), overdue,
/// open donor requests and the median days to response. SortRole holds what a column sorts by:
/// the count, or the share (-1 where there is nothing to divide, or no median).
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Grouping
    {
        Document,
        Organisation,
        Year,
        Owner,
    };
    enum Column
    {
        Group,
        Recommendations,
        NotActionable,
        Implemented,
        ClosureRate,
        Overdue,
        DonorRequests,
        MedianDays,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows the rows of `grouping` of `indicators`.
    void setIndicators(const Indicators &indicators, Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    const QList<IndicatorRow> &rows() const { return m_rows; }

    /// The grouping's settings key ("document", "organisation", "year", "owner") and back.
    static QString keyOf(Grouping grouping);
    static Grouping groupingOf(const QString &key);
    /// "Document", "Organisation", "Year", "Owner", translated.
    static QString groupingLabel(Grouping grouping);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString groupName(const IndicatorRow &row) const;

    QList<IndicatorRow> m_rows;
    Grouping m_grouping = Grouping::Document;
};

} // namespace evalreview
