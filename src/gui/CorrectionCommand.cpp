#include "CorrectionCommand.h"

#include "AppSettings.h"
#include "FieldNames.h"
#include "LibrarySession.h"

#include <QCoreApplication>

namespace evalreview {

namespace {

/// The words of this file, in the context "CorrectionCommand".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionCommand)
};

} // namespace

CorrectionCommand::CorrectionCommand(LibrarySession &session, qint64 recommendationId, QUndoCommand *parent)
    : QUndoCommand(parent), m_session(session), m_recommendationId(recommendationId)
{}

void CorrectionCommand::run(std::function<qint64(CorrectionStore &)> change, bool listChanged)
{
    // stored on the library's writer; a failure is reported by the window (LibrarySession::writeFailed)
    m_session.correct(std::move(change), listChanged, text());
}

EditFieldCommand::EditFieldCommand(LibrarySession &session, qint64 recommendationId, const RecordRef &record,
                                   QString field, QString oldValue, QString newValue, QUndoCommand *parent)
    : CorrectionCommand(session, recommendationId, parent), m_record(record), m_field(std::move(field)),
      m_old(std::move(oldValue)), m_new(std::move(newValue))
{
    setText(Text::tr("edit %1").arg(field_names::field(m_field)));
}

void EditFieldCommand::undo()
{
    run([record = m_record, field = m_field, value = m_old, who = settings::reviewerName(),
         id = recommendationId()](CorrectionStore &s) {
        s.edit(record, field, value, who);
        return id;
    });
}

void EditFieldCommand::redo()
{
    run([record = m_record, field = m_field, value = m_new, who = settings::reviewerName(),
         id = recommendationId()](CorrectionStore &s) {
        s.edit(record, field, value, who);
        return id;
    });
}

DeleteRecordCommand::DeleteRecordCommand(LibrarySession &session, qint64 recommendationId, const RecordRef &record,
                                         QUndoCommand *parent)
    : CorrectionCommand(session, recommendationId, parent), m_record(record)
{
    setText(Text::tr("delete %1").arg(field_names::recordType(record.type)));
}

void DeleteRecordCommand::undo()
{
    run(
        [record = m_record, who = settings::reviewerName(), id = recommendationId()](CorrectionStore &s) {
            s.setDeleted(record, false, who);
            return id;
        },
        true);
}

void DeleteRecordCommand::redo()
{
    run(
        [record = m_record, who = settings::reviewerName(), id = recommendationId()](CorrectionStore &s) {
            s.setDeleted(record, true, who);
            return id;
        },
        true);
}

VerifyCommand::VerifyCommand(LibrarySession &session, qint64 recommendationId, bool verified, QUndoCommand *parent)
    : CorrectionCommand(session, recommendationId, parent), m_verified(verified)
{
    setText(verified ? Text::tr("mark verified") : Text::tr("withdraw verification"));
}

void VerifyCommand::undo()
{
    run([verified = !m_verified, who = settings::reviewerName(), id = recommendationId()](CorrectionStore &s) {
        s.setVerified(id, verified, who);
        return id;
    });
}

void VerifyCommand::redo()
{
    run([verified = m_verified, who = settings::reviewerName(), id = recommendationId()](CorrectionStore &s) {
        s.setVerified(id, verified, who);
        return id;
    });
}

AddRecordCommand::AddRecordCommand(LibrarySession &session, NewRecord record, QUndoCommand *parent)
    : CorrectionCommand(session, record.type == RecordType::Recommendation ? 0 : record.parentId, parent),
      m_record(std::move(record)), m_added(std::make_shared<Added>())
{
    setText(Text::tr("add %1").arg(field_names::recordType(m_record.type)));
}

void AddRecordCommand::undo()
{
    // the writer runs the steps in order, so the record added by redo is known when undo runs
    run(
        [record = m_record, added = m_added, who = settings::reviewerName()](CorrectionStore &s) {
            if (added->id > 0) {
                s.setDeleted({record.type, added->id}, true, who);
            }
            return record.type == RecordType::Recommendation ? added->id : record.parentId;
        },
        true);
}

void AddRecordCommand::redo()
{
    run(
        [record = m_record, added = m_added, who = settings::reviewerName()](CorrectionStore &s) {
            if (added->id > 0) {
                s.setDeleted({record.type, added->id}, false, who);
            } else {
                added->id = s.add(record, who);
            }
            return record.type == RecordType::Recommendation ? added->id : record.parentId;
        },
        true);
}

} // namespace evalreview
