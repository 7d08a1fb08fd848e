#pragma once

#include "AddRecordDialog.h"
#include "RecordEditDialog.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QDialog;
class QUndoStack;
class QWidget;

namespace evalreview {

class DetailView;
class LibrarySession;
class PageView;
class RecommendationsPanel;

/// The reviewer's corrections in the window: edit a record's fields, add one drawn on the page,
/// delete, split, merge, verify. Each is a command on the undo stack; dialogs only collect what the
/// reviewer typed. The apply…() functions do the work without a dialog (menus call them after one,
/// tests call them directly). What a command needs from the library beyond the record shown (the
/// recommendations of a document, the next one to merge with, a field's stored value, a document's
/// source) is read in the background on ReadChannel::Correction or ::DocumentSource first: the
/// command is pushed, or its dialog opened, when that answer arrives.
class CorrectionController : public QObject
{
    Q_OBJECT
public:
    CorrectionController(LibrarySession &session, RecommendationsPanel &table, DetailView &detail, PageView &page,
                         QUndoStack &undo, QWidget *window);

    /// Runs the controller's dialogs (default: exec()); tests answer them instead. nullptr restores.
    using DialogRunner = std::function<int(QDialog &dialog)>;
    static void setDialogRunner(DialogRunner runner);

    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *verifyAction() const { return m_verify; }
    QAction *splitAction() const { return m_split; }
    QAction *mergeAction() const { return m_merge; }
    QAction *drawAction() const { return m_draw; }

    /// Saves the changes of a RecordEditDialog as one undo step.
    void applyEdits(const QString &code, const QList<FieldChange> &changes);
    /// Adds what a reviewer drew (as AddRecordDialog describes it) as one undo step.
    void applyAdd(qint64 documentId, const Anchor &region, AddRecordDialog::Kind kind, const QString &text,
                  const QString &code, qint64 parentId, const QString &donor);
    /// Splits the shown recommendation where its text reaches `position`: the rest becomes a new one.
    void applySplit(int position);
    /// Merges the shown recommendation with the next one of the list (its text appended, it deleted).
    void applyMerge();
    /// Marks up a document by hand: shows its first page with the drawing tool on.
    void markUpByHand(qint64 documentId);

private:
    void updateActions();
    void edit();
    void split();
    void merge();
    void regionDrawn(qint64 documentId, const Anchor &region, const QString &text, const QString &error);
    /// The add dialog for a region drawn, once the recommendations of its document were read.
    void askForRecord(qint64 documentId, const Anchor &region, const QString &text, const QList<ParentChoice> &parents);
    /// Merges `keep` with `next` (read in the background), when both are of the same document.
    void mergeWith(const RecommendationDetail &keep, const std::optional<RecommendationDetail> &next);

    LibrarySession &m_session;
    RecommendationsPanel &m_table;
    DetailView &m_detail;
    PageView &m_page;
    QUndoStack &m_undo;
    QWidget *m_window;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_verify = nullptr;
    QAction *m_split = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_draw = nullptr;
};

} // namespace evalreview
