#include "FollowUpCommand.h"

#include "LibrarySession.h"

#include <QCoreApplication>

namespace evalreview {

namespace {

QString fieldLabel(FollowUpField field)
{
    switch (field) {
    case FollowUpField::Status:
        return QCoreApplication::translate("FollowUpCommand", "status");
    case FollowUpField::Owner:
        return QCoreApplication::translate("FollowUpCommand", "owner");
    case FollowUpField::DueDate:
        return QCoreApplication::translate("FollowUpCommand", "due date");
    case FollowUpField::Note:
        return QCoreApplication::translate("FollowUpCommand", "note");
    }
    return {};
}

} // namespace

FollowUpCommand::FollowUpCommand(LibrarySession &session, qint64 recommendationId, const QString &code,
                                 FollowUpField field, QString oldValue, QString newValue)
    : m_session(session), m_recommendationId(recommendationId), m_field(field), m_old(std::move(oldValue)),
      m_new(std::move(newValue))
{
    setText(QCoreApplication::translate("FollowUpCommand", "change %1 of %2").arg(fieldLabel(field), code));
}

void FollowUpCommand::apply(const QString &value, const QString &seen)
{
    // Stored on the library's writer, unless someone else changed the value meanwhile; a failure
    // is reported by the window (LibrarySession::writeFailed).
    m_session.setFollowUp(m_recommendationId, m_field, value, text(), seen);
}

void FollowUpCommand::undo()
{
    apply(m_old, m_new);
}

void FollowUpCommand::redo()
{
    apply(m_new, m_old);
}

} // namespace evalreview
