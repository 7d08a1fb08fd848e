#pragma once

#include "RecurringGroups.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace evalreview {

class LibrarySession;

/// The recurring group of the selected recommendation: the recommendations of other evaluations
/// that say the same thing, with their document and text. "Split from Group" takes a member out
/// (stored by the library's writer; computing the groups again keeps it out).
class RecurringGroupView : public QWidget
{
    Q_OBJECT
public:
    explicit RecurringGroupView(LibrarySession &session, QWidget *parent = nullptr);

    /// Shows the group of `recommendationId` (none when it is in no group).
    void setRecommendation(qint64 recommendationId);
    void reload();
    bool isLoading() const;
    /// Splits the current member from its group.
    void splitCurrent();

    QTreeWidget *members() const { return m_members; }
    QPushButton *splitButton() const { return m_split; }
    qint64 groupId() const { return m_groupId; }
    const QList<RecurringMember> &memberRows() const { return m_rows; }

Q_SIGNALS:
    void recommendationActivated(qint64 recommendationId);
    /// A member was split: these recommendations' "seen in" changed.
    void membersChanged(const QList<qint64> &recommendationIds);

private:
    struct Group
    {
        qint64 groupId = 0;
        int documents = 0;
        QList<RecurringMember> members;
    };
    void showGroup(const Group &group);

    LibrarySession &m_session;
    QLabel *m_title = nullptr;
    QTreeWidget *m_members = nullptr;
    QPushButton *m_split = nullptr;
    QList<RecurringMember> m_rows;
    qint64 m_recommendationId = 0;
    qint64 m_groupId = 0;
    QList<qint64> m_splitting; ///< members of the group a split was asked for
};

} // namespace evalreview
