#pragma once

#include "Model.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace evalreview {

/// Reads the library's document list on a worker thread with its own connection: after an import
/// into a library of thousands of documents the window goes on answering while it is read. A newer
/// request overtakes an older one; only the newest list is delivered.
class DocumentListLoader : public QObject
{
    Q_OBJECT
public:
    explicit DocumentListLoader(QObject *parent = nullptr);
    ~DocumentListLoader() override;

    void request(const QString &libraryPath);
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void loaded(const QList<evalreview::DocumentSummary> &documents);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
    int m_busy = 0;
};

} // namespace evalreview
