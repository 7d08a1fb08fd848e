#pragma once

#include "CorrectionStore.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace evalreview {

class LibrarySession;

/// A reviewer's correction on the undo stack. Each step is saved at once and lands in the
/// corrections' history with the reviewer's name; a step the library refuses shows why and leaves
/// the stack (obsolete).
class CorrectionCommand : public QUndoCommand
{
public:
    /// `recommendationId` is the recommendation the record belongs to (the views show it).
    CorrectionCommand(LibrarySession &session, qint64 recommendationId, QUndoCommand *parent = nullptr);

protected:
    /// Saves one step; `change` returns the recommendation the views should show.
    /// Queues the change on the library's writer. `change` runs on the writer thread: it holds
    /// copies of what it needs, never references to the command.
    void run(std::function<qint64(CorrectionStore &)> change, bool listChanged = false);
    qint64 recommendationId() const { return m_recommendationId; }
    LibrarySession &session() const { return m_session; }

private:
    LibrarySession &m_session;
    qint64 m_recommendationId;
};

/// A field set to a new value; undo sets the old one back (the extracted value again leaves no
/// correction).
class EditFieldCommand : public CorrectionCommand
{
public:
    EditFieldCommand(LibrarySession &session, qint64 recommendationId, const RecordRef &record, QString field,
                     QString oldValue, QString newValue, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    RecordRef m_record;
    QString m_field;
    QString m_old;
    QString m_new;
};

/// A record marked deleted (kept in the library) or restored.
class DeleteRecordCommand : public CorrectionCommand
{
public:
    DeleteRecordCommand(LibrarySession &session, qint64 recommendationId, const RecordRef &record,
                        QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    RecordRef m_record;
};

/// The reviewer's sign-off on a recommendation, given or withdrawn.
class VerifyCommand : public CorrectionCommand
{
public:
    VerifyCommand(LibrarySession &session, qint64 recommendationId, bool verified, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    bool m_verified;
};

/// A record drawn on a page. Undo marks it deleted; redo restores it (it is added once).
class AddRecordCommand : public CorrectionCommand
{
public:
    AddRecordCommand(LibrarySession &session, NewRecord record, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    /// The new record once the writer has added it; read and written on the writer thread only.
    struct Added
    {
        qint64 id = 0;
    };
    NewRecord m_record;
    std::shared_ptr<Added> m_added;
};

} // namespace evalreview
