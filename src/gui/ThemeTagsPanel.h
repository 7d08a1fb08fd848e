#pragma once

#include "LibrarySession.h"
#include "ThemeStore.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace evalreview {

/// The theme tags of a recommendation, action or lesson (suggested from keywords, confirmed or
/// removed by a reviewer), with Confirm and Remove. A recommendation's come with those of its
/// actions, each line saying which action it is of. Read on the library's reader thread; the
/// decisions are stored by the library's writer.
class ThemeTagsPanel : public QWidget
{
    Q_OBJECT
public:
    /// Reads on `channel` of the library's reader (a panel of its own each: the latest read of a
    /// channel wins).
    explicit ThemeTagsPanel(LibrarySession &session,
                            LibrarySession::ReadChannel channel = LibrarySession::ReadChannel::Themes,
                            QWidget *parent = nullptr);

    /// Shows the tags of the record `targetType` ("recommendation", "action" or "record") `targetId`
    /// (0: none).
    void setTarget(const QString &targetType, qint64 targetId);
    /// Shows the tags of `recommendationId` and of its actions (0: none).
    void setRecommendation(qint64 recommendationId);
    QString targetType() const { return m_targetType; }
    qint64 targetId() const { return m_targetId; }
    /// The recommendation shown, 0 when the target is none or not a recommendation.
    qint64 recommendation() const;
    /// Reads the tags again (after a decision was stored).
    void reload();
    bool isLoading() const;

    /// Confirms or removes the tag of the current line (tag_status::Confirmed or Removed), on the
    /// record the tag is of (the recommendation or one of its actions).
    void decide(const QString &status);

    QListWidget *list() const { return m_list; }
    const QList<ThemeTag> &tags() const { return m_tags; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void showTags(const QList<ThemeTag> &tags);
    void updateButtons();
    QString lineText(const ThemeTag &tag) const;
    QString lineToolTip(const ThemeTag &tag) const;

    LibrarySession &m_session;
    const LibrarySession::ReadChannel m_channel;
    QLabel *m_label = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_remove = nullptr;
    QList<ThemeTag> m_tags;
    QString m_targetType;
    qint64 m_targetId = 0;
};

} // namespace evalreview
