#pragma once

#include "DisagreementQuery.h"

#include <QAbstractTableModel>

namespace evalreview {

/// The lines of the disagreement view: recommendation | management response | donor | stance | comment.
class DisagreementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Code,
        Recommendation,
        Response,
        Donor,
        Stance,
        Comment,
        ColumnCount
    };
    enum Role
    {
        RecommendationIdRole = Qt::UserRole + 1,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<DisagreementRow> rows);
    const DisagreementRow &rowAt(int row) const { return m_rows.at(row); }
    /// The first line of a recommendation, or -1.
    int rowOf(qint64 recommendationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DisagreementRow> m_rows;
};

} // namespace evalreview
