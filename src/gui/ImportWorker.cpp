#include "ImportWorker.h"

#include "SqliteLibraryStore.h"

#include <QFileInfo>

namespace evalreview {

ImportWorker::ImportWorker(QString libraryPath, QObject *parent)
    : QObject(parent), m_libraryPath(std::move(libraryPath))
{}

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
