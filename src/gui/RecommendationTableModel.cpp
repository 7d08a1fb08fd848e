#include "RecommendationTableModel.h"

#include "DisplayLabels.h"
#include "LibrarySession.h"
#include "RecommendationQuery.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPointer>
#include <QStyle>

#include <optional>

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
{
    connect(&m_session, &LibrarySession::readDone, this, [this](LibrarySession::ReadChannel channel) {
        if (channel == LibrarySession::ReadChannel::Rows && m_pending != Pending::None &&
            !m_session.isReading(channel)) {
            // The read failed (readFailed() tells the reviewer): no further page is asked for.
            m_pending = Pending::None;
            m_more = false;
            Q_EMIT pageArrived();
        }
    });
}

void RecommendationTableModel::setFilter(const RecommendationFilter &filter)
{
    m_filter = filter;
    reload();
}

void RecommendationTableModel::reload()
{
    const quint64 generation = ++m_generation;
    m_pendingTotal = -1;
    if (!m_session.isOpen()) {
        m_pending = Pending::None;
        showFirstPage({});
        return;
    }
    m_pending = Pending::Reload;
    // No count here: a filter keeping most of 100,000 recommendations lists its first page
    // long before they are counted. The estimate (a sample) only chooses the plan.
    QPointer<RecommendationTableModel> guard(this);
    m_session.read<FirstPage>(
        LibrarySession::ReadChannel::Rows,
        [filter = m_filter, sort = m_sort, order = m_order](sql::Database &db) {
            RecommendationQuery &query = LibraryReader::recommendationQuery(db);
            FirstPage page;
            page.estimate = sort == RecommendationSort::DocumentOrder ? query.estimate(filter) : -1;
            page.rows = query.rows(filter, 0, kPageSize, sort, order, page.estimate);
            return page;
        },
        [guard, generation](FirstPage page) {
            if (guard && generation == guard->m_generation) {
                guard->showFirstPage(std::move(page));
            }
        });
}

void RecommendationTableModel::showFirstPage(FirstPage page)
{
    beginResetModel();
    m_rows = std::move(page.rows);
    m_estimate = page.estimate;
    m_more = m_rows.size() == kPageSize;
    m_total = m_more ? m_pendingTotal : m_rows.size();
    m_pendingTotal = -1;
    m_pending = Pending::None;
    endResetModel();
    Q_EMIT pageArrived();
}

void RecommendationTableModel::setTotal(qint64 total)
{
    if (m_pending == Pending::Reload) {
        m_pendingTotal = total; // for the rows on their way
    } else if (m_total < 0) {
        m_total = total;
    }
}

void RecommendationTableModel::refreshRow(qint64 recommendationId)
{
    if (rowOf(recommendationId) < 0 || !m_session.isOpen()) {
        return; // not listed: a reload brings it as it is
    }
    m_stale.insert(recommendationId);
    requestRefresh();
}

void RecommendationTableModel::requestRefresh()
{
    const QList<qint64> ids(m_stale.cbegin(), m_stale.cend());
    QPointer<RecommendationTableModel> guard(this);
    m_session.read<QList<RecommendationRow>>(
        LibrarySession::ReadChannel::RowRefresh,
        [ids](sql::Database &db) {
            RecommendationQuery &query = LibraryReader::recommendationQuery(db);
            QList<RecommendationRow> fresh;
            for (const qint64 id : ids) {
                RecommendationFilter one;
                one.recommendationId = id;
                one.withDeleted = true;
                fresh.append(query.rows(one, 0, 1));
            }
            return fresh;
        },
        [guard, asked = QSet<qint64>(ids.cbegin(), ids.cend())](QList<RecommendationRow> fresh) {
            if (guard) {
                guard->applyRefresh(fresh, asked);
            }
        });
}

void RecommendationTableModel::applyRefresh(const QList<RecommendationRow> &fresh, const QSet<qint64> &asked)
{
    m_stale -= asked;
    for (const RecommendationRow &row : fresh) {
        const int i = rowOf(row.id);
        if (i < 0) {
            continue;
        }
        const QVariant sortKey = m_rows.at(i).sortKey;
        m_rows[i] = row;
        m_rows[i].sortKey = sortKey;
        Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
    }
}

qint64 RecommendationTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int RecommendationTableModel::rowOf(qint64 recommendationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == recommendationId) {
            return i;
        }
    }
    return -1;
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
    return !parent.isValid() && m_more && m_pending == Pending::None;
}

void RecommendationTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    m_pending = Pending::Page;
    // Keyset paging from the last row fetched: as fast at row 100,000 as at row 200.
    const qint64 matching = m_total >= 0 ? m_total : m_estimate;
    std::optional<RecommendationRow> after;
    if (!m_rows.isEmpty()) {
        after = m_rows.last();
    }
    const quint64 generation = m_generation;
    QPointer<RecommendationTableModel> guard(this);
    m_session.read<QList<RecommendationRow>>(
        LibrarySession::ReadChannel::Rows,
        [filter = m_filter, sort = m_sort, order = m_order, matching, after](sql::Database &db) {
            RecommendationQuery &query = LibraryReader::recommendationQuery(db);
            return after ? query.rowsAfter(filter, *after, kPageSize, sort, order, matching)
                         : query.rows(filter, 0, kPageSize, sort, order, matching);
        },
        [guard, generation](QList<RecommendationRow> more) {
            if (guard && generation == guard->m_generation) {
                guard->appendPage(more);
            }
        });
}

void RecommendationTableModel::appendPage(const QList<RecommendationRow> &more)
{
    m_pending = Pending::None;
    m_more = more.size() == kPageSize;
    if (!more.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows.append(more);
        endInsertRows();
    }
    if (!m_more && m_total < 0) {
        m_total = m_rows.size(); // every row is here: counted
    }
    Q_EMIT pageArrived();
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
    const qint64 counted = m_pending == Pending::Reload ? m_pendingTotal : m_total;
    reload();
    m_pendingTotal = counted; // the same rows in another order
}

} // namespace evalreview
