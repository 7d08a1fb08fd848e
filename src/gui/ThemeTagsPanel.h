#pragma once

#include "ThemeStore.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace evalreview {

class LibrarySession;

/// The theme tags of the selected recommendation (suggested from keywords, confirmed or removed by
/// a reviewer), with Confirm and Remove. Read on the library's reader thread; the decisions are
/// stored by the library's writer.
class ThemeTagsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ThemeTagsPanel(LibrarySession &session, QWidget *parent = nullptr);

    /// Shows the tags of `recommendationId` (0: none).
    void setRecommendation(qint64 recommendationId);
    qint64 recommendation() const { return m_recommendationId; }
    /// Reads the tags again (after a decision was stored).
    void reload();
    bool isLoading() const;

    /// Confirms or removes the tag of the current line (tag_status::Confirmed or Removed).
    void decide(const QString &status);

    QListWidget *list() const { return m_list; }
    const QList<ThemeTag> &tags() const { return m_tags; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void showTags(const QList<ThemeTag> &tags);
    void updateButtons();

    LibrarySession &m_session;
    QLabel *m_label = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_remove = nullptr;
    QList<ThemeTag> m_tags;
    qint64 m_recommendationId = 0;
};

} // namespace evalreview
