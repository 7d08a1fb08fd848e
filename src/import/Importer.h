#pragma once

#include "LibraryStore.h"

#include <functional>

namespace evalreview {

struct DocumentContent;

/// What happened to one file of an import.
struct FileImportResult
{
    enum class Status { Imported, Duplicate, Failed, Cancelled };
    QString path;
    Status status = Status::Failed;
    qint64 documentId = 0;
    QString kind;
    int pages = 0;
    int recommendations = 0;
    QString message; ///< a sentence for failures and duplicates
    bool badInput = false; ///< the file itself could not be read (vs. the library failing)
    static QString statusName(Status s);
};

/// Reads, extracts and stores documents. The store is used from the calling thread only.
class Importer
{
public:
    explicit Importer(LibraryStore &store) : m_store(store) {}

    struct Hooks
    {
        std::function<bool()> isCancelled;
        std::function<void(int pagesDone, int pagesTotal)> pageProgress;
    };

    FileImportResult importFile(const QString &path, const Hooks &hooks = {});

    /// SHA-256 of a file's bytes, lower-case hex; empty when unreadable.
    static QString sha256Of(const QString &path);

private:
    LibraryStore &m_store;
};

} // namespace evalreview
