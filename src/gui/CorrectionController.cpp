#include "CorrectionController.h"

#include "CorrectionCommand.h"
#include "DetailView.h"
#include "LibrarySession.h"
#include "PageView.h"
#include "RecommendationQuery.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"
#include "UserMessages.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace evalreview {

namespace {

CorrectionController::DialogRunner &dialogRunner()
{
    static CorrectionController::DialogRunner runner;
    return runner;
}

int run(QDialog &dialog)
{
    return dialogRunner() ? dialogRunner()(dialog) : dialog.exec();
}

} // namespace

void CorrectionController::setDialogRunner(DialogRunner runner)
{
    dialogRunner() = std::move(runner);
}

CorrectionController::CorrectionController(LibrarySession &session, RecommendationsPanel &table, DetailView &detail,
                                           PageView &page, QUndoStack &undo, QWidget *window)
    : QObject(window), m_session(session), m_table(table), m_detail(detail), m_page(page), m_undo(undo),
      m_window(window)
{
    m_edit = new QAction(QIcon(QStringLiteral(":/icons/edit-record.svg")), tr("&Edit Record…"), this);
    m_edit->setObjectName(QStringLiteral("actionEditRecord"));
    m_edit->setShortcut(Qt::Key_F2);
    m_edit->setStatusTip(tr("Correct the recommendation, its response, actions or donor comments"));
    m_delete = new QAction(tr("&Delete Recommendation"), this);
    m_delete->setObjectName(QStringLiteral("actionDeleteRecord"));
    m_delete->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_delete->setStatusTip(tr("Remove a recommendation the import found by mistake (Undo brings it back)"));
    m_verify = new QAction(QIcon(QStringLiteral(":/icons/verified.svg")), tr("&Verified"), this);
    m_verify->setObjectName(QStringLiteral("actionVerify"));
    m_verify->setCheckable(true);
    m_verify->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_verify->setStatusTip(tr("Sign off the recommendation as checked against the document"));
    m_split = new QAction(tr("&Split Recommendation…"), this);
    m_split->setObjectName(QStringLiteral("actionSplit"));
    m_merge = new QAction(tr("&Merge with Next"), this);
    m_merge->setObjectName(QStringLiteral("actionMerge"));
    m_draw = new QAction(QIcon(QStringLiteral(":/icons/draw-region.svg")), tr("&Add Record from Page…"), this);
    m_draw->setObjectName(QStringLiteral("actionDrawRecord"));
    m_draw->setCheckable(true);
    m_draw->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_draw->setStatusTip(tr("Draw a rectangle around a record's text on the page"));

    connect(m_edit, &QAction::triggered, this, &CorrectionController::edit);
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const auto &d = m_detail.detail()) {
            m_undo.push(new DeleteRecordCommand(m_session, d->id, {RecordType::Recommendation, d->id}));
        }
    });
    connect(m_verify, &QAction::triggered, this, [this](bool on) {
        if (const auto &d = m_detail.detail(); d && d->verified != on) {
            m_undo.push(new VerifyCommand(m_session, d->id, on));
        }
    });
    connect(m_split, &QAction::triggered, this, &CorrectionController::split);
    connect(m_merge, &QAction::triggered, this, &CorrectionController::merge);
    connect(m_draw, &QAction::toggled, &m_page, &PageView::setDrawing);
    connect(&m_page, &PageView::drawingChanged, m_draw, &QAction::setChecked);
    connect(&m_page, &PageView::regionDrawn, this, &CorrectionController::regionDrawn);
    connect(&m_detail, &DetailView::detailChanged, this, &CorrectionController::updateActions);
    connect(&m_session, &LibrarySession::opened, this, &CorrectionController::updateActions);
    updateActions();
}

void CorrectionController::updateActions()
{
    const auto &d = m_detail.detail();
    const bool writable = !m_session.isReadOnly();
    for (QAction *a : {m_edit, m_delete, m_verify, m_split, m_merge}) {
        a->setEnabled(d.has_value() && writable);
    }
    m_draw->setEnabled(writable);
    m_verify->setChecked(d && d->verified);
}

void CorrectionController::edit()
{
    const auto &d = m_detail.detail();
    if (!d) {
        return;
    }
    RecordEditDialog dialog(*d, m_window);
    if (run(dialog) == QDialog::Accepted) {
        applyEdits(d->code, dialog.changes());
    }
}

void CorrectionController::applyEdits(const QString &code, const QList<FieldChange> &changes)
{
    const auto &d = m_detail.detail();
    if (!d || changes.isEmpty()) {
        return;
    }
    const qint64 id = d->id;
    m_undo.beginMacro(tr("edit recommendation %1").arg(code));
    for (const FieldChange &c : changes) {
        m_undo.push(new EditFieldCommand(m_session, id, c.record, c.field, c.oldValue, c.newValue));
    }
    m_undo.endMacro();
}

void CorrectionController::regionDrawn(qint64 documentId, const Anchor &region, const QString &text,
                                       const QString &error)
{
    if (!error.isEmpty()) {
        messages::show(m_window, messages::Kind::Warning, tr("Page not read"), error);
        return;
    }
    // The recommendations the new record may belong to are read first, in the background.
    QPointer<CorrectionController> guard(this);
    m_session.read<QList<ParentChoice>>(
        LibrarySession::ReadChannel::Correction,
        [documentId](sql::Database &db) {
            RecommendationFilter f;
            f.documentId = documentId;
            QList<ParentChoice> out;
            for (const RecommendationRow &r : RecommendationQuery(db).rows(f, 0, 5000)) {
                out.append({r.id, r.code, r.title});
            }
            return out;
        },
        [guard, documentId, region, text](QList<ParentChoice> parents) {
            if (guard) {
                // Not inside the reader's answer: the dialog runs an event loop of its own.
                QMetaObject::invokeMethod(
                    guard,
                    [guard, documentId, region, text, parents] {
                        if (guard) {
                            guard->askForRecord(documentId, region, text, parents);
                        }
                    },
                    Qt::QueuedConnection);
            }
        });
}

void CorrectionController::askForRecord(qint64 documentId, const Anchor &region, const QString &text,
                                        const QList<ParentChoice> &parents)
{
    const auto &d = m_detail.detail();
    const qint64 current = d && d->documentId == documentId ? d->id : 0;
    AddRecordDialog dialog(text, parents, current, m_window);
    if (run(dialog) == QDialog::Accepted) {
        applyAdd(documentId, region, dialog.kind(), dialog.text(), dialog.code(), dialog.parentId(), dialog.donor());
    }
}

void CorrectionController::applyAdd(qint64 documentId, const Anchor &region, AddRecordDialog::Kind kind,
                                    const QString &text, const QString &code, qint64 parentId, const QString &donor)
{
    if (kind == AddRecordDialog::Kind::Response) {
        // A response is a field of its recommendation: what was there before comes back on undo.
        // What was there before is read first (in the background); it comes back on undo.
        const RecordRef rec{RecordType::Recommendation, parentId};
        QPointer<CorrectionController> guard(this);
        m_session.read<QString>(
            LibrarySession::ReadChannel::Correction,
            [rec](sql::Database &db) { return CorrectionStore(db).value(rec, QStringLiteral("response_text")); },
            [guard, parentId, rec, text](QString old) {
                if (guard) {
                    guard->m_undo.push(new EditFieldCommand(guard->m_session, parentId, rec,
                                                            QStringLiteral("response_text"), old, text));
                }
            });
        return;
    }
    NewRecord r;
    r.type = kind == AddRecordDialog::Kind::Recommendation ? RecordType::Recommendation
             : kind == AddRecordDialog::Kind::Action       ? RecordType::Action
                                                           : RecordType::DonorComment;
    r.documentId = documentId;
    r.parentId = parentId;
    r.code = code;
    r.donor = donor;
    r.text = text;
    r.region = region;
    m_undo.push(new AddRecordCommand(m_session, r));
}

void CorrectionController::split()
{
    const auto &d = m_detail.detail();
    if (!d) {
        return;
    }
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Split Recommendation %1").arg(d->code));
    auto *hint = new QLabel(tr("Click where the second recommendation starts, then choose Split."), &dialog);
    auto *text = new QPlainTextEdit(d->text, &dialog);
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("Split"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(560, 360);
    if (run(dialog) == QDialog::Accepted) {
        applySplit(text->textCursor().position());
    }
}

void CorrectionController::applySplit(int position)
{
    const auto &d = m_detail.detail();
    if (!d) {
        return;
    }
    const QString first = d->text.left(position).trimmed();
    const QString second = d->text.mid(position).trimmed();
    if (first.isEmpty() || second.isEmpty()) {
        messages::show(m_window, messages::Kind::Information, tr("Nothing to split"),
                       tr("Place the cursor inside the text: both parts need some of it."));
        return;
    }
    NewRecord r;
    r.documentId = d->documentId;
    r.text = second;
    const QList<Anchor> regions = d->anchorsFor(QStringLiteral("text"));
    if (!regions.isEmpty()) {
        r.region = regions.last(); // the second part comes from the end of the same region
    }
    const RecordRef rec{RecordType::Recommendation, d->id};
    m_undo.beginMacro(tr("split recommendation %1").arg(d->code));
    m_undo.push(new EditFieldCommand(m_session, d->id, rec, QStringLiteral("text"), d->text, first));
    m_undo.push(new AddRecordCommand(m_session, r));
    m_undo.endMacro();
}

void CorrectionController::merge()
{
    applyMerge();
}

void CorrectionController::applyMerge()
{
    const auto &d = m_detail.detail();
    if (!d) {
        return;
    }
    const int row = m_table.model()->rowOf(d->id);
    const qint64 nextId = row >= 0 && row + 1 < m_table.model()->rowCount() ? m_table.model()->idAt(row + 1) : 0;
    const RecommendationDetail keep = *d;
    if (nextId <= 0) {
        mergeWith(keep, std::nullopt);
        return;
    }
    // The next recommendation is read in full first, in the background.
    QPointer<CorrectionController> guard(this);
    m_session.read<std::optional<RecommendationDetail>>(
        LibrarySession::ReadChannel::Correction,
        [nextId](sql::Database &db) { return RecommendationQuery(db).detail(nextId); },
        [guard, keep](std::optional<RecommendationDetail> next) {
            if (guard) {
                guard->mergeWith(keep, next);
            }
        });
}

void CorrectionController::mergeWith(const RecommendationDetail &keep, const std::optional<RecommendationDetail> &next)
{
    if (!next || next->documentId != keep.documentId) {
        messages::show(m_window, messages::Kind::Information, tr("Nothing to merge"),
                       tr("The next recommendation in the list belongs to another document."));
        return;
    }
    m_undo.beginMacro(tr("merge recommendations %1 and %2").arg(keep.code, next->code));
    m_undo.push(new EditFieldCommand(m_session, keep.id, {RecordType::Recommendation, keep.id}, QStringLiteral("text"),
                                     keep.text, keep.text + QLatin1Char(' ') + next->text));
    m_undo.push(new DeleteRecordCommand(m_session, keep.id, {RecordType::Recommendation, next->id}));
    m_undo.endMacro();
}

void CorrectionController::markUpByHand(qint64 documentId)
{
    if (!m_session.isOpen()) {
        return;
    }
    QPointer<PageView> page(&m_page);
    m_session.read<DocumentSource>(
        LibrarySession::ReadChannel::DocumentSource,
        [documentId](sql::Database &db) { return RecommendationQuery(db).documentSource(documentId); },
        [page, documentId](DocumentSource source) {
            if (!page) {
                return;
            }
            PageTarget t;
            t.documentId = documentId;
            t.documentTitle = source.title;
            t.sourcePath = source.path;
            t.sourceFormat = source.format;
            t.page = 1;
            page->showTarget(t);
            page->setDrawing(true);
        });
}

} // namespace evalreview
