#include "ImportWorker.h"

#include "Sqlite.h"
#include "SqliteLibraryStore.h"

#include <QFileInfo>

namespace evalreview {

ImportWorker::ImportWorker(QString libraryPath, QObject *parent)
    : QObject(parent), m_libraryPath(std::move(libraryPath))
{}

void ImportWorker::cancel()
{
    m_cancelled = true;
    const std::lock_guard lock(m_mutex);
    m_answered.notify_all();
}

void ImportWorker::answerReplace(int serial, bool replace)
{
    const std::lock_guard lock(m_mutex);
    if (serial == m_serial && !m_answer) {
        m_answer = replace;
        m_answered.notify_all();
    }
}

bool ImportWorker::askReplace(SqliteLibraryStore &store, const QString &path, qint64 earlierDocumentId)
{
    ReplaceQuestion q;
    q.fileName = QFileInfo(path).fileName();
    q.earlierDocumentId = earlierDocumentId;
    if (const auto earlier = store.storedVersion(earlierDocumentId)) {
        q.title = earlier->title;
        q.earlierFileName = earlier->fileName;
        q.earlierImportedAt = earlier->importedAt;
        q.followUps = earlier->followUps;
    }
    {
        const std::lock_guard lock(m_mutex);
        q.serial = ++m_serial;
        m_answer.reset();
    }
    Q_EMIT replaceQuestion(q);
    // Only this thread waits; the GUI thread asks and stays responsive. Cancel ends the wait: no.
    std::unique_lock lock(m_mutex);
    m_answered.wait(lock, [this] { return m_answer.has_value() || m_cancelled; });
    return m_answer.value_or(false) && !m_cancelled;
}

void ImportWorker::run(const QStringList &paths)
{
    std::unique_ptr<SqliteLibraryStore> store;
    try {
        store = SqliteLibraryStore::open(m_libraryPath);
    } catch (const StoreError &e) {
        for (const QString &path : paths) {
            FileImportResult r;
            r.path = path;
            r.message = e.message();
            Q_EMIT fileFinished(r);
        }
        Q_EMIT finished();
        return;
    }
    Importer importer(*store);
    Importer::Hooks hooks;
    hooks.isCancelled = [this] { return m_cancelled.load(); };
    hooks.pageProgress = [this](int done, int total) { Q_EMIT pageProgress(done, total); };
    QString current;
    hooks.replaceEarlierVersion = [this, &store, &current](qint64 earlierDocumentId) {
        return askReplace(*store, current, earlierDocumentId);
    };
    for (int i = 0; i < paths.size(); ++i) {
        if (m_cancelled) {
            FileImportResult r;
            r.path = paths.at(i);
            r.status = FileImportResult::Status::Cancelled;
            r.message = tr("The import was cancelled.");
            Q_EMIT fileFinished(r);
            continue;
        }
        Q_EMIT fileStarted(i, int(paths.size()), QFileInfo(paths.at(i)).fileName());
        FileImportResult r;
        current = paths.at(i);
        try {
            r = importer.importFile(paths.at(i), hooks);
        } catch (const StoreError &e) {
            r.path = paths.at(i);
            r.message = e.message();
        } catch (const std::exception &) {
            r.path = paths.at(i);
            r.message =
                tr("%1 could not be imported because of an internal error.").arg(QFileInfo(paths.at(i)).fileName());
        }
        Q_EMIT fileFinished(r);
    }
    Q_EMIT finished();
}

} // namespace evalreview
