#include "ImportController.h"

#include "LibrarySession.h"
#include "ReplaceVersionQuestion.h"
#include "UserMessages.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace evalreview {

ImportController::ImportController(LibrarySession &session, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent)
{
    qRegisterMetaType<evalreview::FileImportResult>();
    qRegisterMetaType<evalreview::ReplaceQuestion>();
}

ImportController::~ImportController()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

QStringList ImportController::importableFiles(const QStringList &paths)
{
    QStringList out;
    auto accept = [&out](const QFileInfo &info) {
        const QString suffix = info.suffix().toLower();
        if (info.isFile() && (suffix == QLatin1String("pdf") || suffix == QLatin1String("docx"))) {
            out << info.absoluteFilePath();
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QFileInfoList entries = QDir(path).entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo &entry : entries) {
                accept(entry);
            }
        } else {
            accept(info);
        }
    }
    out.removeDuplicates();
    return out;
}

bool ImportController::start(const QStringList &paths)
{
    if (m_thread || !m_session.isOpen() || paths.isEmpty()) {
        return false;
    }
    m_results.clear();
    m_thread = new QThread(this);
    m_worker = new ImportWorker(m_session.path());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::fileStarted, this, &ImportController::onFileStarted);
    connect(m_worker, &ImportWorker::pageProgress, this, &ImportController::onPageProgress);
    connect(m_worker, &ImportWorker::replaceQuestion, this, &ImportController::onReplaceQuestion);
    connect(m_worker, &ImportWorker::fileFinished, this, &ImportController::onFileFinished);
    connect(m_worker, &ImportWorker::finished, this, &ImportController::onFinished);

    m_progress = new QProgressDialog(m_dialogParent);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setLabelText(tr("Preparing…"));
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    m_progress->show();

    m_thread->start();
    ImportWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, paths] { worker->run(paths); }, Qt::QueuedConnection);
    Q_EMIT started(int(paths.size()));
    return true;
}

void ImportController::cancel()
{
    if (m_worker) {
        m_worker->cancel();
    }
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling…"));
    }
}

void ImportController::onFileStarted(int index, int total, const QString &fileName)
{
    m_fileLabel = tr("File %1 of %2: %3").arg(index + 1).arg(total).arg(fileName);
    if (m_progress && !m_progress->wasCanceled()) {
        m_progress->setLabelText(m_fileLabel);
        m_progress->setMaximum(0); // busy until the page count is known
        m_progress->setValue(0);
    }
}

void ImportController::onPageProgress(int done, int total)
{
    if (m_progress && !m_progress->wasCanceled()) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("%1\nPage %2 of %3").arg(m_fileLabel).arg(done).arg(total));
    }
}

void ImportController::onReplaceQuestion(const ReplaceQuestion &question)
{
    if (!m_worker) {
        return;
    }
    if (m_progress && !m_progress->wasCanceled()) {
        m_progress->setLabelText(tr("%1\nWaiting for your answer…").arg(m_fileLabel));
    }
    // The answer goes to the worker that asked, if it still runs (it is deleted only after finished()).
    auto answer = [this, worker = m_worker, serial = question.serial](bool replace) {
        if (m_worker == worker) {
            worker->answerReplace(serial, replace);
        }
    };
    QWidget *parent = m_progress ? static_cast<QWidget *>(m_progress) : m_dialogParent.data();
    if (const auto &asker = replace_question::asker()) {
        asker(parent, question, answer);
    } else {
        m_question = replace_question::ask(parent, question, answer);
    }
}

void ImportController::onFileFinished(const FileImportResult &result)
{
    m_results.append(result);
    if (result.status == FileImportResult::Status::Imported) {
        Q_EMIT fileImported(result.documentId);
    }
}

void ImportController::onFinished()
{
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_worker = nullptr;
    if (m_question) {
        m_question->close(); // a question left open by a cancel
    }
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    m_session.notifyContentChanged();
    QString details;
    const QString text = summary(m_results, &details);
    Q_EMIT finished(m_results);
    messages::show(m_dialogParent, messages::Kind::Information, tr("Import finished"), text, details);
}

QString ImportController::summary(const QList<FileImportResult> &results, QString *details)
{
    int imported = 0;
    int cancelled = 0;
    QStringList duplicates;
    QStringList failures;
    QStringList replaced;
    QStringList kept;
    QStringList warned;
    for (const FileImportResult &r : results) {
        const QString name = QFileInfo(r.path).fileName();
        switch (r.status) {
        case FileImportResult::Status::Imported:
            ++imported;
            if (r.replacedDocumentId > 0) {
                replaced << name;
            }
            for (const KeptReviewerData &k : r.keptReviewerData) {
                kept << tr("%1: %2").arg(name, k.summary());
            }
            for (const KeptCorrection &k : r.keptCorrections) {
                kept << tr("%1: correction of %2").arg(name, k.summary());
            }
            for (const QString &w : r.warnings()) {
                warned << tr("%1: %2").arg(name, w);
            }
            break;
        case FileImportResult::Status::Duplicate:
            duplicates << name;
            break;
        case FileImportResult::Status::Cancelled:
            ++cancelled;
            break;
        case FileImportResult::Status::Failed:
            failures << tr("%1: %2").arg(name, r.message);
            break;
        }
    }
    QStringList sentences;
    sentences << tr("%n document(s) imported.", nullptr, imported);
    if (!duplicates.isEmpty()) {
        sentences << tr("%n document(s) were already in the library: %1.", nullptr, int(duplicates.size()))
                         .arg(duplicates.join(QStringLiteral(", ")));
    }
    if (cancelled > 0) {
        sentences << tr("%n file(s) were not imported because the import was cancelled.", nullptr, cancelled);
    }
    if (!replaced.isEmpty()) {
        sentences << tr("%1 replaced the earlier version; the follow-up moved to the matching recommendations.")
                         .arg(replaced.join(QStringLiteral(", ")));
    }
    if (!failures.isEmpty()) {
        sentences << tr("%n file(s) could not be imported:", nullptr, int(failures.size()));
    }
    QString text = sentences.join(QLatin1Char(' '));
    if (!failures.isEmpty()) {
        text += QLatin1Char('\n') + failures.join(QLatin1Char('\n'));
    }
    if (!kept.isEmpty()) {
        // Never dropped: reviewer data without a record stays in the library and is named here.
        text += QLatin1String("\n\n") +
                tr("%n follow-up(s) or correction(s) matched no record of the new version and were kept in the "
                   "library:",
                   nullptr, int(kept.size())) +
                QLatin1Char('\n') + kept.join(QLatin1Char('\n'));
    }
    if (!warned.isEmpty()) {
        // Where the extraction is unsure it says so: the reviewer checks these documents.
        text += QLatin1String("\n\n") + tr("Check the extraction of these documents:") + QLatin1Char('\n') +
                warned.join(QLatin1Char('\n'));
    }
    if (details) {
        *details = (failures + kept + warned).join(QLatin1Char('\n'));
    }
    return text;
}

} // namespace evalreview
