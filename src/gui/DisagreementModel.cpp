#include "DisagreementModel.h"

#include "DisplayLabels.h"
#include "RecommendationTypes.h"

#include <QBrush>
#include <QColor>
#include <QThreadPool>

#include <utility>

namespace evalreview {

void DisagreementModel::setRows(QList<DisagreementRow> rows)
{
    beginResetModel();
    QList<DisagreementRow> old = std::exchange(m_rows, std::move(rows));
    endResetModel();
    // tens of thousands of lines are hundreds of thousands of strings to free: off the GUI thread
    constexpr qsizetype kFreeElsewhere = 1000;
    if (old.size() > kFreeElsewhere) {
        QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old.clear(); });
    }
}

int DisagreementModel::rowOf(qint64 recommendationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).recommendationId == recommendationId) {
            return i;
        }
    }
    return -1;
}

int DisagreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisagreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisagreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const DisagreementRow &r = m_rows.at(index.row());
    if (role == RecommendationIdRole) {
        return r.recommendationId;
    }
    const bool hasComment = r.commentId > 0;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Code:
            return r.code;
        case Recommendation:
            return r.section.isEmpty() ? r.recommendationText
                                       : QStringLiteral("[%1] %2").arg(r.section, r.recommendationText);
        case Response: {
            const QString category =
                r.responseCategory.isEmpty() ? tr("No response") : display::responseCategory(r.responseCategory);
            return r.responseText.isEmpty() || r.responseText == category
                       ? category
                       : QStringLiteral("%1: %2").arg(category, r.responseText);
        }
        case Donor:
            return r.donor;
        case Stance:
            return hasComment ? display::donorStance(r.stance) : QString();
        case Comment:
            return r.commentText;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Stance && hasComment) {
        switch (r.stance) {
        case DonorStance::Disagrees:
            return QBrush(QColor(0xb0, 0x20, 0x20));
        case DonorStance::Requests:
            return QBrush(QColor(0xa0, 0x60, 0x00));
        case DonorStance::Agrees:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        }
    }
    return {};
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Recommendation:
        return tr("Recommendation");
    case Response:
        return tr("Management response");
    case Donor:
        return tr("Donor");
    case Stance:
        return tr("Stance");
    case Comment:
        return tr("Donor comment");
    default:
        return {};
    }
}

} // namespace evalreview
