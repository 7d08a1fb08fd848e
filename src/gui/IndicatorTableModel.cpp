#include "IndicatorTableModel.h"

#include <QLocale>

namespace evalreview {

namespace {

/// "2 of 3", and with `withShare` "2 of 3 (67 %)"; "–" when there is nothing to count.
QString partOf(qint64 part, qint64 whole, bool withShare)
{
    if (whole <= 0) {
        return QStringLiteral("–");
    }
    const QString count = IndicatorTableModel::tr("%1 of %2").arg(part).arg(whole);
    if (!withShare) {
        return count;
    }
    return IndicatorTableModel::tr("%1 (%2)").arg(
        count, QLocale().toString(100.0 * double(part) / double(whole), 'f', 0) + QStringLiteral(" %"));
}

double shareOf(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : -1.0;
}

} // namespace

void IndicatorTableModel::setIndicators(const Indicators &indicators, Grouping grouping)
{
    beginResetModel();
    m_grouping = grouping;
    switch (grouping) {
    case Grouping::Document:
        m_rows = indicators.byDocument;
        break;
    case Grouping::Organisation:
        m_rows = indicators.byOrganisation;
        break;
    case Grouping::Year:
        m_rows = indicators.byYear;
        break;
    case Grouping::Owner:
        m_rows = indicators.byOwner;
        break;
    }
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, Group, Group);
}

QString IndicatorTableModel::keyOf(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Document:
        return QStringLiteral("document");
    case Grouping::Organisation:
        return QStringLiteral("organisation");
    case Grouping::Year:
        return QStringLiteral("year");
    case Grouping::Owner:
        return QStringLiteral("owner");
    }
    return {};
}

IndicatorTableModel::Grouping IndicatorTableModel::groupingOf(const QString &key)
{
    for (const Grouping g : {Grouping::Organisation, Grouping::Year, Grouping::Owner}) {
        if (key == keyOf(g)) {
            return g;
        }
    }
    return Grouping::Document;
}

QString IndicatorTableModel::groupingLabel(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Document:
        return tr("Document");
    case Grouping::Organisation:
        return tr("Organisation");
    case Grouping::Year:
        return tr("Year");
    case Grouping::Owner:
        return tr("Owner");
    }
    return {};
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorTableModel::groupName(const IndicatorRow &row) const
{
    if (!row.group.isEmpty()) {
        return row.group;
    }
    return m_grouping == Grouping::Owner ? tr("No owner") : tr("Unknown");
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const IndicatorRow &r = m_rows.at(index.row());
    const std::optional<double> median = r.medianResponseDays();
    if (role == SortRole) {
        switch (index.column()) {
        case Group:
            return groupName(r);
        case Recommendations:
            return r.recommendations;
        case NotActionable:
            return shareOf(r.notActionable, r.responses);
        case Implemented:
            return shareOf(r.acceptedImplemented, r.accepted);
        case ClosureRate:
            return shareOf(r.closed, r.due);
        case Overdue:
            return r.overdue;
        case DonorRequests:
            return r.openDonorRequests;
        case MedianDays:
            return median.value_or(-1.0);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Group:
            return groupName(r);
        case Recommendations:
            return r.recommendations;
        case NotActionable:
            return partOf(r.notActionable, r.responses, false);
        case Implemented:
            return partOf(r.acceptedImplemented, r.accepted, true);
        case ClosureRate:
            return partOf(r.closed, r.due, true);
        case Overdue:
            return r.overdue;
        case DonorRequests:
            return r.openDonorRequests;
        case MedianDays:
            return median ? QLocale().toString(*median, 'f', 0) : QStringLiteral("–");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Group) {
        return groupName(r);
    }
    if (role == Qt::TextAlignmentRole) {
        return int((index.column() == Group ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Group:
            return groupingLabel(m_grouping);
        case Recommendations:
            return tr("Recommendations");
        case NotActionable:
            return tr("Not actionable");
        case Implemented:
            return tr("Implemented");
        case ClosureRate:
            return tr("Closure rate");
        case Overdue:
            return tr("Overdue");
        case DonorRequests:
            return tr("Donor requests");
        case MedianDays:
            return tr("Days to response");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NotActionable:
            return tr("Management responses none of whose actions names both a responsible unit and a time frame, "
                      "of the responses");
        case Implemented:
            return tr("Accepted recommendations (also with reservations or partially) whose follow-up is completed, "
                      "of the accepted ones");
        case ClosureRate:
            return tr("Follow-ups due in the period chosen and completed by its end, of those due in it");
        case Overdue:
            return tr("Open follow-ups due before today");
        case DonorRequests:
            return tr("Donor comments that ask for something or disagree, on records not closed");
        case MedianDays:
            return tr("Median days from an evaluation to the management response that answers it");
        default:
            return {};
        }
    }
    return {};
}

} // namespace evalreview
