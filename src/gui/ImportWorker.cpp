#include "ImportWorker.h"

#include "LibraryStoreFactory.h"
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

bool ImportWorker::askReplace(LibraryStore &store, const QString &path, qint64 earlierDocumentId)
{
    ReplaceQuestion q;
    q.fileName = QFileInfo(path).fileName();
    q.earlierDocumentId = earlierDocumentId;
    auto *file = dynamic_cast<SqliteLibraryStore *>(&store); // a team library tells only the title
    if (const auto earlier = file ? file->storedVersion(earlierDocumentId) : std::nullopt) {
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
    StoreResult<std::unique_ptr<LibraryStore>> opened = guarded([this] { return openLibraryStore(m_libraryPath); });
    if (!opened) {
        for (const QString &path : paths) {
            FileImportResult r;
            r.path = path;
            r.message = opened.errorString();
            Q_EMIT fileFinished(r);
        }
        Q_EMIT finished();
        return;
    }
    std::unique_ptr<LibraryStore> store = std::move(opened).value();
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
        current = paths.at(i);
        StoreResult<FileImportResult> imported = guarded([&] { return importer.importFile(paths.at(i), hooks); });
        FileImportResult r;
        if (imported) {
            r = std::move(imported).value();
        } else {
            r.path = paths.at(i);
            r.message = imported.errorString();
        }
        Q_EMIT fileFinished(r);
    }
    Q_EMIT finished();
}

} // namespace evalreview
