#include "RecurringGroupView.h"

#include "AppSettings.h"
#include "LessonQuery.h"
#include "LibrarySession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace evalreview {

RecurringGroupView::RecurringGroupView(LibrarySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_members(new QTreeWidget(this)),
      m_split(new QPushButton(tr("&Split from Group"), this))
{
    setObjectName(QStringLiteral("recurringGroupView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("recurringTitle"));
    m_title->setWordWrap(true);
    top->addWidget(m_title, 1);
    m_split->setObjectName(QStringLiteral("splitFromGroup"));
    m_split->setToolTip(tr("This recommendation does not say the same thing: take it out of the group"));
    top->addWidget(m_split);
    layout->addLayout(top);
    m_members->setObjectName(QStringLiteral("recurringMembers"));
    m_members->setAccessibleName(tr("Recommendations of other evaluations that say the same thing"));
    m_members->setRootIsDecorated(false);
    m_members->setAlternatingRowColors(true);
    m_members->setWordWrap(true);
    m_members->setHeaderLabels({tr("Document"), tr("Code"), tr("Page"), tr("Similarity"), tr("Text")});
    m_members->header()->setStretchLastSection(true);
    layout->addWidget(m_members, 1);

    connect(m_members, &QTreeWidget::currentItemChanged, this,
            [this] { m_split->setEnabled(m_members->currentItem() && !m_session.isReadOnly()); });
    connect(m_members, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT recommendationActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_split, &QPushButton::clicked, this, &RecurringGroupView::splitCurrent);
    connect(&m_session, &LibrarySession::learningChanged, this, [this] {
        if (!m_splitting.isEmpty()) {
            Q_EMIT membersChanged(std::exchange(m_splitting, {}));
        }
        reload();
    });
    showGroup({});
}

void RecurringGroupView::setRecommendation(qint64 recommendationId)
{
    if (recommendationId != m_recommendationId) {
        m_recommendationId = recommendationId;
        reload();
    }
}

bool RecurringGroupView::isLoading() const
{
    return m_session.isReading(LibrarySession::ReadChannel::Recurring);
}

void RecurringGroupView::reload()
{
    if (m_recommendationId <= 0 || !m_session.isOpen()) {
        showGroup({});
        return;
    }
    const qint64 id = m_recommendationId;
    QPointer<RecurringGroupView> self(this);
    m_session.read<Group>(
        LibrarySession::ReadChannel::Recurring,
        [id](sql::Database &db) {
            Group g;
            if (!libraryHasTable(db, QStringLiteral("recurring_members"))) {
                return g;
            }
            RecurringStore store(db);
            const std::optional<qint64> groupId = store.groupOf(id);
            if (groupId) {
                g.groupId = *groupId;
                g.documents = store.group(*groupId).value_or(RecurringGroup{}).documents;
                g.members = store.members(*groupId);
            }
            return g;
        },
        [self, id](Group g) {
            if (self && self->m_recommendationId == id) {
                self->showGroup(g);
            }
        });
}

void RecurringGroupView::showGroup(const Group &group)
{
    m_groupId = group.groupId;
    m_rows = group.members;
    m_members->clear();
    m_title->setText(group.groupId > 0 ? tr("Seen in %n evaluation(s): the recommendations below say the same thing.",
                                            nullptr, group.documents)
                                       : tr("The selected recommendation is seen in no other evaluation."));
    for (const RecurringMember &m : group.members) {
        auto *item = new QTreeWidgetItem(m_members,
                                         {m.documentTitle, m.code, m.page > 0 ? QString::number(m.page) : QString(),
                                          QStringLiteral("%1 %").arg(qRound(m.similarity * 100)), m.text.simplified()});
        item->setData(0, Qt::UserRole, m.recommendationId);
        item->setToolTip(4, m.text);
        if (m.recommendationId == m_recommendationId) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < m_members->columnCount(); ++c) {
                item->setFont(c, bold);
            }
            m_members->setCurrentItem(item);
        }
    }
    m_split->setEnabled(m_members->currentItem() && !m_session.isReadOnly());
}

void RecurringGroupView::splitCurrent()
{
    QTreeWidgetItem *item = m_members->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const QString author = settings::reviewerName();
    for (const RecurringMember &m : std::as_const(m_rows)) {
        m_splitting << m.recommendationId;
    }
    m_session.changeLearning(
        [id, author](sql::Database &db) { RecurringStore(db).split(id, author); },
        tr("split %1 from its group").arg(item->text(1).isEmpty() ? item->text(4).left(40) : item->text(1)));
}

} // namespace evalreview
