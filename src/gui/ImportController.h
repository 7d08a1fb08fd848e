#pragma once

#include "ImportWorker.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QThread;
class QWidget;

namespace evalreview {

class LibrarySession;

/// Runs imports in the background: one worker thread, a progress dialog per file and page with
/// Cancel, and a summary of what was imported, what was already there and what failed. When a file
/// revises a stored document it asks whether to replace it (see ReplaceVersionQuestion) while the
/// worker waits; the summary lists the reviewer data that matched no record of the new version.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(LibrarySession &session, QWidget *dialogParent, QObject *parent = nullptr);
    ~ImportController() override;

    /// The PDF and DOCX files among `paths` (folders are searched one level deep).
    static QStringList importableFiles(const QStringList &paths);

    /// Starts importing; false (and nothing happens) when an import is already running.
    bool start(const QStringList &paths);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    QProgressDialog *progressDialog() const { return m_progress; }
    const QList<FileImportResult> &results() const { return m_results; }

    /// The summary shown at the end, as plain sentences.
    static QString summary(const QList<FileImportResult> &results, QString *details);

Q_SIGNALS:
    void started(int fileCount);
    void fileImported(qint64 documentId);
    void finished(const QList<evalreview::FileImportResult> &results);

private:
    void onFileStarted(int index, int total, const QString &fileName);
    void onPageProgress(int done, int total);
    void onReplaceQuestion(const ReplaceQuestion &question);
    void onFileFinished(const FileImportResult &result);
    void onFinished();

    LibrarySession &m_session;
    QPointer<QWidget> m_dialogParent;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<QWidget> m_question;
    QList<FileImportResult> m_results;
    QString m_fileLabel;
};

} // namespace evalreview
