#pragma once

#include "Importer.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace evalreview {

/// Imports files on a worker thread with its own connection to the library. Progress and results
/// travel as queued signals; cancel() may be called from any thread.
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    explicit ImportWorker(QString libraryPath, QObject *parent = nullptr);

    void cancel() { m_cancelled = true; }

public Q_SLOTS:
    void run(const QStringList &paths);

Q_SIGNALS:
    void fileStarted(int index, int total, const QString &fileName);
    void pageProgress(int pagesDone, int pagesTotal);
    void fileFinished(const evalreview::FileImportResult &result);
    void finished();

private:
    QString m_libraryPath;
    std::atomic<bool> m_cancelled = false;
};

} // namespace evalreview

Q_DECLARE_METATYPE(evalreview::FileImportResult)
