#pragma once

#include "FollowUpStore.h"

#include <QUndoCommand>

namespace evalreview {

class LibrarySession;

/// One follow-up edit; redo writes the new value, undo the old one. Both are saved at once and
/// each lands in the history with the reviewer's name.
class FollowUpCommand : public QUndoCommand
{
public:
    FollowUpCommand(LibrarySession &session, qint64 recommendationId, const QString &code, FollowUpField field,
                    QString oldValue, QString newValue);

    void undo() override;
    void redo() override;

    qint64 recommendationId() const { return m_recommendationId; }

private:
    void apply(const QString &value, const QString &seen);

    LibrarySession &m_session;
    qint64 m_recommendationId;
    FollowUpField m_field;
    QString m_old;
    QString m_new;
};

} // namespace evalreview
