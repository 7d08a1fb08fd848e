#include "DocumentListLoader.h"

#include "LibraryStoreFactory.h"
#include "Sqlite.h"
#include "StoreResult.h"

#include <QPointer>
#include <QtConcurrent>

#include <spdlog/spdlog.h>

namespace evalreview {

DocumentListLoader::DocumentListLoader(QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{}

DocumentListLoader::~DocumentListLoader()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // a read under way delivers nothing
}

void DocumentListLoader::request(const QString &libraryPath)
{
    const quint64 id = ++*m_latest;
    ++m_busy;
    QPointer<DocumentListLoader> self(this);
    // Not waited for: a running read ends on its own and finds its requester gone or overtaken.
    (void)QtConcurrent::run([self, id, latest = m_latest, libraryPath] {
        std::optional<QList<DocumentSummary>> documents;
        if (id == latest->load()) {
            StoreResult<QList<DocumentSummary>> read =
                guarded([&libraryPath] { return openLibraryStore(libraryPath, true)->documents(); });
            if (read) {
                documents = std::move(read).value();
            } else {
                spdlog::warn("document list not read: {}", read.errorString().toStdString());
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, id, latest, documents = std::move(documents)] {
                if (!self) {
                    return;
                }
                --self->m_busy;
                if (documents && id == latest->load()) {
                    Q_EMIT self->loaded(*documents);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace evalreview
