#include "RecommendationTableModel.h"

#include "DisplayLabels.h"
#include "LibrarySession.h"
#include "RecommendationQuery.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace evalreview {

namespace {
bool isOverdue(const RecommendationRow &r)
{
    return r.dueDate.isValid() && r.dueDate < QDate::currentDate() && r.status != followup_status::Completed &&
           r.status != followup_status::NoLongerRelevant;
}
} // namespace

RecommendationTableModel::RecommendationTableModel(LibrarySession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void RecommendationTableModel::setFilter(const RecommendationFilter &filter)
{
    m_filter = filter;
    reload();
}

void RecommendationTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_estimate = -1;
    m_more = false;
    if (m_session.isOpen()) {
        // No count here: a filter keeping most of 100,000 recommendations lists its first page
        // long before they are counted. The estimate (a sample) only chooses the plan.
        RecommendationQuery &query = m_session.query();
        m_estimate = m_sort == RecommendationSort::DocumentOrder ? query.estimate(m_filter) : -1;
        m_rows = query.rows(m_filter, 0, kPageSize, m_sort, m_order, m_estimate);
        m_more = m_rows.size() == kPageSize;
        m_total = m_more ? -1 : m_rows.size();
    }
    endResetModel();
}

void RecommendationTableModel::setTotal(qint64 total)
{
    if (m_total < 0) {
        m_total = total;
    }
}

void RecommendationTableModel::refreshFollowUp(qint64 recommendationId)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != recommendationId) {
            continue;
        }
        const FollowUpState s = m_session.followUps().state(recommendationId);
        RecommendationRow &row = m_rows[i];
        row.status = s.status;
        row.owner = s.owner;
        row.dueDate = s.dueDate;
        Q_EMIT dataChanged(index(i, Status), index(i, Owner));
        return;
    }
}

void RecommendationTableModel::refreshRow(qint64 recommendationId)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != recommendationId) {
            continue;
        }
        RecommendationFilter one;
        one.recommendationId = recommendationId;
        one.withDeleted = true;
        const QList<RecommendationRow> fresh = m_session.query().rows(one, 0, 1);
        if (!fresh.isEmpty()) {
            const QVariant sortKey = m_rows.at(i).sortKey;
            m_rows[i] = fresh.first();
            m_rows[i].sortKey = sortKey;
            Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
        }
        return;
    }
}

qint64 RecommendationTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int RecommendationTableModel::rowOf(qint64 recommendationId)
{
    for (;;) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == recommendationId) {
                return i;
            }
        }
        if (!canFetchMore({})) {
            return -1;
        }
        fetchMore({});
    }
}

int RecommendationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecommendationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor RecommendationTableModel::categoryColor(const QString &category)
{
    if (category == QLatin1String("accepted")) {
        return {0xd4, 0xed, 0xda};
    }
    if (category == QLatin1String("accepted_with_reservations") || category == QLatin1String("partially_accepted")) {
        return {0xff, 0xf3, 0xcd};
    }
    if (category == QLatin1String("not_accepted")) {
        return {0xf8, 0xd7, 0xda};
    }
    if (category == QLatin1String("deferred") || category == QLatin1String("no_position")) {
        return {0xe2, 0xe3, 0xe5};
    }
    return {};
}

QString RecommendationTableModel::reviewNote(const RecommendationRow &r)
{
    QStringList notes;
    if (r.added) {
        notes << tr("Added by a reviewer");
    } else if (r.edited) {
        notes << tr("Edited by a reviewer");
    }
    if (r.verified) {
        notes << tr("Verified");
    }
    return notes.join(QStringLiteral(" · "));
}

QVariant RecommendationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const RecommendationRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case DocumentIdRole:
        return r.documentId;
    case Qt::ToolTipRole:
        if (index.column() == Code) {
            return reviewNote(r);
        }
        if (index.column() == DonorComments) {
            return tr("%n donor comment(s)", nullptr, r.donorCommentCount);
        }
        if (index.column() == DueDate && isOverdue(r)) {
            return tr("Overdue");
        }
        return index.column() == Title || index.column() == Section ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::BackgroundRole:
        if (index.column() == Response && !r.responseCategory.isEmpty()) {
            return categoryColor(r.responseCategory);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Response && !r.responseCategory.isEmpty()) {
            return QColor(Qt::black);
        }
        if (index.column() == DueDate && isOverdue(r)) {
            return QColor(0xb0, 0x20, 0x20);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == DonorComments ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == DueDate && isOverdue(r)) { // not only the red colour says it
            return tr("%1, overdue").arg(data(index, Qt::DisplayRole).toString());
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == DueDate && isOverdue(r)) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        if (index.column() == Code && r.verified) {
            static const QIcon verified(QStringLiteral(":/icons/verified.svg"));
            return verified;
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Code && (r.edited || r.added)) {
            QFont f;
            f.setItalic(true); // a reviewer's value: italic, as the tooltip says
            return f;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Code:
        return r.code;
    case Section:
        return r.section;
    case Title:
        return r.title;
    case Priority:
        return r.priority;
    case Timing:
        return r.timing;
    case Response:
        return display::responseCategory(r.responseCategory);
    case DonorComments:
        return r.donorCommentCount > 0 ? QVariant(r.donorCommentCount) : QVariant();
    case Status:
        return display::followUpStatus(r.status);
    case DueDate:
        return r.dueDate.isValid() ? r.dueDate.toString(Qt::ISODate) : QString();
    case Owner:
        return r.owner;
    case SeenIn:
        return r.seenIn >= 2 ? QVariant(r.seenIn) : QVariant();
    default:
        return {};
    }
}

QVariant RecommendationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SeenIn) {
        return tr("Number of evaluations in which the same recommendation is made");
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        return headerData(section, orientation, Qt::DisplayRole); // the whole title of a narrow column
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Code:
        return tr("Code");
    case Section:
        return tr("Section / country");
    case Title:
        return tr("Recommendation");
    case Priority:
        return tr("Priority");
    case Timing:
        return tr("Timing");
    case Response:
        return tr("Response");
    case DonorComments:
        return tr("Comments");
    case Status:
        return tr("Follow-up");
    case DueDate:
        return tr("Due");
    case Owner:
        return tr("Owner");
    case SeenIn:
        return tr("Seen in");
    default:
        return {};
    }
}

bool RecommendationTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void RecommendationTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    // Keyset paging from the last row fetched: as fast at row 100,000 as at row 200.
    const qint64 matching = m_total >= 0 ? m_total : m_estimate;
    const QList<RecommendationRow> more =
        m_rows.isEmpty() ? m_session.query().rows(m_filter, 0, kPageSize, m_sort, m_order, matching)
                         : m_session.query().rowsAfter(m_filter, m_rows.last(), kPageSize, m_sort, m_order, matching);
    m_more = more.size() == kPageSize;
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows.append(more);
        endInsertRows();
    }
    if (!m_more && m_total < 0) {
        m_total = m_rows.size(); // every row is here: counted
    }
}

void RecommendationTableModel::sort(int column, Qt::SortOrder order)
{
    static const RecommendationSort byColumn[ColumnCount] = {
        RecommendationSort::Code,          RecommendationSort::Section, RecommendationSort::Title,
        RecommendationSort::Priority,      RecommendationSort::Timing,  RecommendationSort::ResponseCategory,
        RecommendationSort::DonorComments, RecommendationSort::Status,  RecommendationSort::DueDate,
        RecommendationSort::Owner};
    const RecommendationSort sort =
        column >= 0 && column < ColumnCount ? byColumn[column] : RecommendationSort::DocumentOrder;
    if (sort == m_sort && order == m_order) {
        return;
    }
    m_sort = sort;
    m_order = order;
    const qint64 counted = m_total;
    reload();
    if (m_total < 0) {
        m_total = counted; // the same rows in another order
    }
}

} // namespace evalreview
