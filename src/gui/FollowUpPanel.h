#pragma once

#include "FollowUpStore.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FollowUpPanel;
}

namespace evalreview {

/// Shows and edits the follow-up of one recommendation. It never writes to the library itself:
/// each edit is reported by editRequested() and comes back through setState().
class FollowUpPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpPanel(QWidget *parent = nullptr);
    ~FollowUpPanel() override;

    void setState(const FollowUpState &state);
    void clearState();
    /// Off for a read-only library: the follow-up is shown, readable and selectable, not editable.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// Saves an owner or note that was typed but not yet committed (before another record is shown).
    void commitPending();
    /// The history as plain lines, newest first ("2025-01-02 10:00 · Ana: status: Not started → In progress").
    QStringList historyLines() const;

    static QString describe(const FollowUpChange &change);

Q_SIGNALS:
    void editRequested(FollowUpField field, const QString &newValue);

private:
    void commitStatus();
    void commitOwner();
    void commitDue();
    void commitNote();

    std::unique_ptr<Ui::FollowUpPanel> m_ui;
    FollowUpState m_state;
    bool m_loading = false;
    bool m_editable = true;
};

} // namespace evalreview
