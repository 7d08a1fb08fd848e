#include "ThemeTagsPanel.h"

#include "AppSettings.h"
#include "FontUnits.h"
#include "LibrarySession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>

namespace evalreview {

ThemeTagsPanel::ThemeTagsPanel(LibrarySession &session, LibrarySession::ReadChannel channel, QWidget *parent)
    : QWidget(parent), m_session(session), m_channel(channel), m_label(new QLabel(tr("Themes:"), this)),
      m_list(new QListWidget(this)), m_confirm(new QPushButton(tr("Confirm"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("themeTagsPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setBuddy(m_list);
    layout->addWidget(m_label);
    m_list->setObjectName(QStringLiteral("themeTags"));
    m_list->setAccessibleName(tr("Themes"));
    m_list->setToolTip(tr("Themes suggested from keywords; confirm or remove them"));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setSpacing(2);
    m_list->setMaximumHeight(font_units::lines(m_list, 2));
    layout->addWidget(m_list, 1);
    m_confirm->setObjectName(QStringLiteral("confirmTheme"));
    m_confirm->setToolTip(tr("Confirm the selected theme"));
    m_remove->setObjectName(QStringLiteral("removeTheme"));
    m_remove->setToolTip(tr("Remove the selected theme"));
    layout->addWidget(m_confirm);
    layout->addWidget(m_remove);
    connect(m_list, &QListWidget::currentRowChanged, this, &ThemeTagsPanel::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, [this] { decide(tag_status::Confirmed); });
    connect(m_remove, &QPushButton::clicked, this, [this] { decide(tag_status::Removed); });
    connect(&m_session, &LibrarySession::learningChanged, this, &ThemeTagsPanel::reload);
    updateButtons();
}

void ThemeTagsPanel::setTarget(const QString &targetType, qint64 targetId)
{
    if (targetType == m_targetType && targetId == m_targetId) {
        return;
    }
    m_targetType = targetType;
    m_targetId = targetId;
    if (targetType == QLatin1String("recommendation")) {
        m_list->setAccessibleName(tr("Themes of the recommendation and its actions"));
    } else if (targetType == QLatin1String("action")) {
        m_list->setAccessibleName(tr("Themes of the action"));
    } else if (targetType == QLatin1String("record")) {
        m_list->setAccessibleName(tr("Themes of the lesson"));
    } else {
        m_list->setAccessibleName(tr("Themes"));
    }
    reload();
}

void ThemeTagsPanel::setRecommendation(qint64 recommendationId)
{
    setTarget(QStringLiteral("recommendation"), recommendationId);
}

qint64 ThemeTagsPanel::recommendation() const
{
    return m_targetType == QLatin1String("recommendation") ? m_targetId : 0;
}

bool ThemeTagsPanel::isLoading() const
{
    return m_session.isReading(m_channel);
}

void ThemeTagsPanel::reload()
{
    if (m_targetId <= 0 || m_targetType.isEmpty() || !m_session.isOpen()) {
        showTags({});
        return;
    }
    QPointer<ThemeTagsPanel> self(this);
    const QString type = m_targetType;
    const qint64 id = m_targetId;
    m_session.read<QList<ThemeTag>>(
        m_channel,
        [type, id](sql::Database &db) {
            ThemeStore themes(db);
            return type == QLatin1String("recommendation") ? themes.tagsOfRecommendation(id) : themes.tagsOf(type, id);
        },
        [self, type, id](QList<ThemeTag> tags) {
            if (self && self->m_targetType == type && self->m_targetId == id) {
                self->showTags(tags);
            }
        });
}

QString ThemeTagsPanel::lineText(const ThemeTag &tag) const
{
    QString text = tag.themeLabel;
    if (tag.status == tag_status::Suggested) {
        text = tr("%1 (suggested)").arg(tag.themeLabel);
    } else if (tag.status == tag_status::Removed) {
        text = tr("%1 (removed)").arg(tag.themeLabel);
    }
    if (tag.targetType == QLatin1String("action") && m_targetType != QLatin1String("action")) {
        //: a theme tag of one of the recommendation's actions: "Action 2: Gender (suggested)"
        text = tr("Action %1: %2").arg(tag.actionNumber, text);
    }
    return text;
}

QString ThemeTagsPanel::lineToolTip(const ThemeTag &tag) const
{
    QString tip = tag.keyword.isEmpty() ? tag.themeLabel
                                        : tr("%1: found the keyword \u201c%2\u201d").arg(tag.themeLabel, tag.keyword);
    if (tag.targetType == QLatin1String("action") && m_targetType != QLatin1String("action")) {
        tip = tr("Action %1: %2").arg(tag.actionNumber, tag.actionText) + QLatin1Char('\n') + tip;
    }
    return tip;
}

void ThemeTagsPanel::showTags(const QList<ThemeTag> &tags)
{
    const int row = m_list->currentRow();
    const ThemeTag current = row >= 0 && row < m_tags.size() ? m_tags.at(row) : ThemeTag{};
    m_tags = tags;
    m_list->clear();
    for (const ThemeTag &tag : tags) {
        auto *item = new QListWidgetItem(lineText(tag), m_list);
        QFont font = item->font();
        font.setBold(tag.status == tag_status::Confirmed);
        font.setStrikeOut(tag.status == tag_status::Removed);
        item->setFont(font);
        item->setToolTip(lineToolTip(tag));
        if (!current.themeKey.isEmpty() && tag.themeKey == current.themeKey && tag.targetType == current.targetType &&
            tag.targetId == current.targetId) {
            m_list->setCurrentItem(item);
        }
    }
    if (tags.isEmpty()) {
        auto *item = new QListWidgetItem(tr("None found"), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void ThemeTagsPanel::updateButtons()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_tags.size() && !m_session.isReadOnly();
    const QString status = any ? m_tags.at(row).status : QString();
    m_confirm->setEnabled(any && status != tag_status::Confirmed);
    m_remove->setEnabled(any && status != tag_status::Removed);
}

void ThemeTagsPanel::decide(const QString &status)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_tags.size()) {
        return;
    }
    const ThemeTag tag = m_tags.at(row);
    if (tag.targetId <= 0 || tag.targetType.isEmpty()) {
        return;
    }
    const QString author = settings::reviewerName();
    const QString what = status == tag_status::Confirmed ? tr("confirm the theme %1").arg(tag.themeLabel)
                                                         : tr("remove the theme %1").arg(tag.themeLabel);
    // The status the reviewer saw goes along: a colleague's decision meanwhile is not overwritten
    // (the write fails with their decision, and the panel shows it).
    QPointer<ThemeTagsPanel> guard(this);
    m_session.changeLearning(
        [type = tag.targetType, id = tag.targetId, key = tag.themeKey, status, author,
         seen = tag.status](sql::Database &db) { ThemeStore(db).setStatus(type, id, key, status, author, seen); },
        what,
        [guard](bool stored) {
            if (!stored && guard) {
                guard->reload();
            }
        });
}

} // namespace evalreview
