#include "CorrectionCommand.h"

#include "AppSettings.h"
#include "LibrarySession.h"
#include "UserMessages.h"

#include <QCoreApplication>

namespace evalreview {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CorrectionCommand", text);
}

} // namespace

CorrectionCommand::CorrectionCommand(LibrarySession &session, qint64 recommendationId, QUndoCommand *parent)
    : QUndoCommand(parent), m_session(session), m_recommendationId(recommendationId)
{}

bool CorrectionCommand::run(const std::function<qint64(CorrectionStore &)> &change, bool listChanged)
{
    QString error;
    if (!m_session.correct(change, listChanged, &error)) {
        setObsolete(true);
        messages::show(nullptr, messages::Kind::Error, tr("Correction not saved"), error);
        return false;
    }
    return true;
}

EditFieldCommand::EditFieldCommand(LibrarySession &session, qint64 recommendationId, const RecordRef &record,
                                   QString field, QString oldValue, QString newValue, QUndoCommand *parent)
    : CorrectionCommand(session, recommendationId, parent), m_record(record), m_field(std::move(field)),
      m_old(std::move(oldValue)), m_new(std::move(newValue))
{
    setText(tr("edit %1").arg(QString(m_field).replace(QLatin1Char('_'), QLatin1Char(' '))));
}

void EditFieldCommand::undo()
{
    run([&](CorrectionStore &s) {
        s.edit(m_record, m_field, m_old, settings::reviewerName());
        return recommendationId();
    });
}

void EditFieldCommand::redo()
{
    run([&](CorrectionStore &s) {
        s.edit(m_record, m_field, m_new, settings::reviewerName());
        return recommendationId();
    });
}

DeleteRecordCommand::DeleteRecordCommand(LibrarySession &session, qint64 recommendationId, const RecordRef &record,
                                         QUndoCommand *parent)
    : CorrectionCommand(session, recommendationId, parent), m_record(record)
{
    setText(tr("delete %1").arg(record_type::name(record.type).replace(QLatin1Char('_'), QLatin1Char(' '))));
}

void DeleteRecordCommand::undo()
{
    run(
        [&](CorrectionStore &s) {
            s.setDeleted(m_record, false, settings::reviewerName());
            return recommendationId();
        },
        true);
}

void DeleteRecordCommand::redo()
{
    run(
        [&](CorrectionStore &s) {
            s.setDeleted(m_record, true, settings::reviewerName());
            return recommendationId();
        },
        true);
}

VerifyCommand::VerifyCommand(LibrarySession &session, qint64 recommendationId, bool verified, QUndoCommand *parent)
    : CorrectionCommand(session, recommendationId, parent), m_verified(verified)
{
    setText(verified ? tr("mark verified") : tr("withdraw verification"));
}

void VerifyCommand::undo()
{
    run([&](CorrectionStore &s) {
        s.setVerified(recommendationId(), !m_verified, settings::reviewerName());
        return recommendationId();
    });
}

void VerifyCommand::redo()
{
    run([&](CorrectionStore &s) {
        s.setVerified(recommendationId(), m_verified, settings::reviewerName());
        return recommendationId();
    });
}

AddRecordCommand::AddRecordCommand(LibrarySession &session, NewRecord record, QUndoCommand *parent)
    : CorrectionCommand(session, record.type == RecordType::Recommendation ? 0 : record.parentId, parent),
      m_record(std::move(record))
{
    setText(tr("add %1").arg(record_type::name(m_record.type).replace(QLatin1Char('_'), QLatin1Char(' '))));
}

qint64 AddRecordCommand::shown() const
{
    return m_record.type == RecordType::Recommendation ? m_id : m_record.parentId;
}

void AddRecordCommand::undo()
{
    if (m_id > 0) {
        run(
            [&](CorrectionStore &s) {
                s.setDeleted({m_record.type, m_id}, true, settings::reviewerName());
                return shown();
            },
            true);
    }
}

void AddRecordCommand::redo()
{
    if (m_id > 0) {
        run(
            [&](CorrectionStore &s) {
                s.setDeleted({m_record.type, m_id}, false, settings::reviewerName());
                return shown();
            },
            true);
        return;
    }
    run(
        [&](CorrectionStore &s) {
            m_id = s.add(m_record, settings::reviewerName());
            return shown();
        },
        true);
}

} // namespace evalreview
