#include "LinkChainPanel.h"

#include "AppSettings.h"
#include "Disagreement.h"
#include "DisplayLabels.h"
#include "LibrarySession.h"
#include "LinkCommand.h"
#include "LinkStore.h"
#include "RecommendationQuery.h"
#include "UserMessages.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace evalreview {

namespace {

enum Group
{
    Evaluation,
    Response,
    Actions,
    Progress,
    DonorComments,
    GroupCount
};

enum Role
{
    LinkIdRole = Qt::UserRole + 1,
    TargetRole,
    StateRole,
};

LinkChainPanel::CodeAsker &codeAsker()
{
    static LinkChainPanel::CodeAsker asker;
    return asker;
}

QString shortened(const QString &text, int length = 140)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1) + QChar(0x2026) : simple;
}

} // namespace

void LinkChainPanel::setCodeAsker(CodeAsker asker)
{
    codeAsker() = std::move(asker);
}

LinkChainPanel::LinkChainPanel(LibrarySession &session, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(undo), m_tree(new QTreeWidget(this)),
      m_confirm(new QPushButton(tr("Confirm"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_add(new QPushButton(tr("Add link…"), this))
{
    setObjectName(QStringLiteral("linkChain"));
    m_tree->setObjectName(QStringLiteral("linkTree"));
    m_tree->setAccessibleName(tr("Linked records"));
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setRootIsDecorated(true);
    m_confirm->setObjectName(QStringLiteral("confirmLink"));
    m_remove->setObjectName(QStringLiteral("removeLink"));
    m_add->setObjectName(QStringLiteral("addLink"));
    m_confirm->setToolTip(tr("Confirm the selected suggested link"));
    m_remove->setToolTip(tr("Remove the selected link; it will not be suggested again"));
    m_add->setToolTip(tr("Link this recommendation to another one, chosen by its code"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    const QString titles[GroupCount] = {tr("Evaluation"), tr("Management response"), tr("Actions"), tr("Progress"),
                                        tr("Donor comments")};
    for (const QString &title : titles) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        m_groups << group;
    }
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const qint64 target = item->data(0, TargetRole).toLongLong();
        if (target > 0 && target != m_current) {
            Q_EMIT recommendationActivated(target);
        }
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LinkChainPanel::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, &LinkChainPanel::confirmSelected);
    connect(m_remove, &QPushButton::clicked, this, &LinkChainPanel::removeSelected);
    connect(&m_session, &LibrarySession::linksChanged, this, &LinkChainPanel::rebuild);
    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = true;
        const QString code =
            codeAsker() ? codeAsker()()
                        : QInputDialog::getText(this, tr("Add link"), tr("Code of the recommendation to link to:"),
                                                QLineEdit::Normal, QString(), &ok);
        if (ok && !code.trimmed().isEmpty()) {
            addLinkTo(code.trimmed());
        }
    });
    updateButtons();
}

void LinkChainPanel::setRecommendation(qint64 recommendationId)
{
    m_current = recommendationId;
    rebuild();
}

void LinkChainPanel::addLinkItem(const ChainLink &c)
{
    Group group = Progress;
    if (c.otherKind == QLatin1String("evaluation_report")) {
        group = Evaluation;
    } else if (c.otherKind == QLatin1String("management_response")) {
        group = c.otherType == LinkEnd::Action ? Actions : Response;
    }
    const LinkInfo &link = c.link;
    const QString state = link.state == LinkState::Confirmed ? tr("confirmed") : tr("suggested");
    auto *item = new QTreeWidgetItem(m_groups.at(group), {QStringLiteral("%1 (%2)").arg(c.label(), state)});
    item->setData(0, LinkIdRole, link.id);
    item->setData(0, TargetRole, c.otherRecommendation);
    item->setData(0, StateRole, int(link.state));
    item->setToolTip(0, tr("%1 link, score %2; click to open")
                            .arg(linkRelationName(link.relation).replace(QLatin1Char('_'), QLatin1Char(' ')))
                            .arg(link.score, 0, 'f', 2));
    if (link.state != LinkState::Confirmed) {
        QFont italic = item->font(0);
        italic.setItalic(true);
        item->setFont(0, italic);
    }
}

void LinkChainPanel::rebuild()
{
    if (m_current <= 0 || !m_session.isOpen()) {
        clearItems();
        updateButtons();
        return;
    }
    updateButtons(); // adding a link needs the recommendation only
    // the chain and the record's own fields are read on the library's reader thread; the tree
    // keeps what it showed until they come
    struct Chain
    {
        LinkChain links;
        std::optional<RecommendationDetail> detail;
    };
    const qint64 current = m_current;
    QPointer<LinkChainPanel> self(this);
    m_session.read<Chain>(
        LibrarySession::ReadChannel::Chain,
        [current](sql::Database &db) {
            return Chain{LinkStore(db).chainOf(current), RecommendationQuery(db).detail(current)};
        },
        [self, current](Chain chain) {
            if (self && self->m_current == current) {
                self->showChain(chain.links, chain.detail);
            }
        });
}

bool LinkChainPanel::isLoading() const
{
    return m_session.isReading(LibrarySession::ReadChannel::Chain);
}

void LinkChainPanel::clearItems()
{
    for (QTreeWidgetItem *group : std::as_const(m_groups)) {
        qDeleteAll(group->takeChildren());
        group->setHidden(true);
    }
}

void LinkChainPanel::showChain(const LinkChain &chain, const std::optional<RecommendationDetail> &detail)
{
    clearItems();
    if (!detail) {
        updateButtons();
        return;
    }
    auto *self =
        new QTreeWidgetItem(m_groups.at(chain.ownKind == QLatin1String("evaluation_report") ? Evaluation : Response),
                            {tr("%1 — %2 (this record)").arg(detail->documentTitle, detail->code)});
    QFont bold = self->font(0);
    bold.setBold(true);
    self->setFont(0, bold);
    if (!detail->responseCategory.isEmpty() || !detail->responseText.isEmpty()) {
        new QTreeWidgetItem(
            self, {shortened(detail->responseText.isEmpty() ? detail->responseCategory : detail->responseText)});
    }
    for (const ActionDetail &a : detail->actions) {
        new QTreeWidgetItem(m_groups.at(Actions),
                            {a.timeFrame.isEmpty() ? shortened(a.text)
                                                   : QStringLiteral("%1 (%2)").arg(shortened(a.text), a.timeFrame)});
    }
    for (const DonorCommentDetail &c : detail->donorComments) {
        new QTreeWidgetItem(
            m_groups.at(DonorComments),
            {QStringLiteral("%1 — %2: %3").arg(c.donor, display::donorStance(donorStance(c.text)), shortened(c.text))});
    }
    for (const ChainLink &c : chain.links) {
        addLinkItem(c);
    }
    for (QTreeWidgetItem *group : std::as_const(m_groups)) {
        group->setExpanded(true);
        group->setHidden(group->childCount() == 0);
    }
    updateButtons();
}

void LinkChainPanel::updateButtons()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const bool isLink = item && item->data(0, LinkIdRole).toLongLong() > 0;
    const bool writable = !m_session.isReadOnly();
    m_confirm->setEnabled(writable && isLink && LinkState(item->data(0, StateRole).toInt()) != LinkState::Confirmed);
    m_remove->setEnabled(writable && isLink);
    m_add->setEnabled(writable && m_current > 0);
}

void LinkChainPanel::confirmSelected()
{
    decideSelected(LinkState::Confirmed, tr("confirm a link"));
}

void LinkChainPanel::removeSelected()
{
    // Rejected rather than deleted: the decision is remembered, so the link is not suggested
    // again, not even for a revised version of the document.
    decideSelected(LinkState::Rejected, tr("remove a link"));
}

void LinkChainPanel::decideSelected(LinkState state, const QString &what)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->data(0, LinkIdRole).toLongLong() <= 0) {
        return;
    }
    m_undo.push(new LinkStateCommand(m_session, item->data(0, LinkIdRole).toLongLong(),
                                     LinkState(item->data(0, StateRole).toInt()), state, what,
                                     settings::reviewerName()));
}

void LinkChainPanel::addLinkTo(const QString &code)
{
    if (m_current <= 0 || !m_session.isOpen()) {
        return;
    }
    // Which recommendation has the code, and the kinds of the two documents, are read on the
    // library's reader; the link is added once they are known.
    struct Target
    {
        std::optional<qint64> id;
        bool answers = false; ///< a management response answers the evaluation recommendation
    };
    const qint64 current = m_current;
    QPointer<LinkChainPanel> self(this);
    m_session.read<Target>(
        LibrarySession::ReadChannel::LinkTarget,
        [current, code](sql::Database &db) {
            Target t;
            t.id = RecommendationQuery(db).findByCode(code);
            if (t.id && *t.id != current) {
                LinkStore links(db);
                t.answers =
                    links.documentKindOf(LinkEnd::Recommendation, *t.id) == QLatin1String("evaluation_report") &&
                    links.documentKindOf(LinkEnd::Recommendation, current) != QLatin1String("evaluation_report");
            }
            return t;
        },
        [self, current, code](Target target) {
            if (!self || self->m_current != current) {
                return; // another recommendation was selected meanwhile
            }
            if (!target.id || *target.id == current) {
                messages::show(self, messages::Kind::Warning, tr("No such recommendation"),
                               tr("No other recommendation has the code %1.").arg(code));
                return;
            }
            self->m_undo.push(new AddLinkCommand(
                self->m_session, {current, *target.id, target.answers ? LinkRelation::Answers : LinkRelation::RefersTo},
                tr("link to %1").arg(code), settings::reviewerName()));
        });
}

} // namespace evalreview
