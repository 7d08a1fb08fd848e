#pragma once

#include "Importer.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace evalreview {

class LibraryStore;

/// What the worker asks when a file is a revision of a stored document (same kind and title,
/// other content): replace the earlier version, or import the file beside it.
struct ReplaceQuestion
{
    int serial = 0; ///< to answer this question and no other
    QString fileName;
    QString title;
    qint64 earlierDocumentId = 0;
    QString earlierFileName;
    QString earlierImportedAt;
    int followUps = 0; ///< follow-up records of the earlier version
};

/// Imports files on a worker thread with its own connection to the library. Progress and results
/// travel as queued signals; cancel() may be called from any thread. When a file revises a stored
/// document the worker emits replaceQuestion() and waits (on its own thread) for answerReplace().
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    explicit ImportWorker(QString libraryPath, QObject *parent = nullptr);

    void cancel();
    /// The answer to the question with this serial; any thread.
    void answerReplace(int serial, bool replace);

public Q_SLOTS:
    void run(const QStringList &paths);

Q_SIGNALS:
    void fileStarted(int index, int total, const QString &fileName);
    void pageProgress(int pagesDone, int pagesTotal);
    void replaceQuestion(const evalreview::ReplaceQuestion &question);
    void fileFinished(const evalreview::FileImportResult &result);
    void finished();

private:
    bool askReplace(LibraryStore &store, const QString &path, qint64 earlierDocumentId);

    QString m_libraryPath;
    std::atomic<bool> m_cancelled = false;
    std::mutex m_mutex;
    std::condition_variable m_answered;
    int m_serial = 0;
    std::optional<bool> m_answer;
};

} // namespace evalreview

Q_DECLARE_METATYPE(evalreview::FileImportResult)
Q_DECLARE_METATYPE(evalreview::ReplaceQuestion)
