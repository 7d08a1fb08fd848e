#pragma once

#include "LibraryStore.h"

#include <QJsonObject>

#include <functional>

namespace evalreview {

struct DocumentContent;

/// What happened to one file of an import.
struct FileImportResult
{
    enum class Status
    {
        Imported,
        Duplicate,
        Failed,
        Cancelled
    };
    QString path;
    Status status = Status::Failed;
    qint64 documentId = 0;
    QString kind;
    int pages = 0;
    int recommendations = 0;
    QString message;                          ///< a sentence for failures and duplicates
    bool badInput = false;                    ///< the file itself could not be read (vs. the library failing)
    qint64 replacedDocumentId = 0;            ///< the earlier version this import replaced
    int unmatchedFollowUps = 0;               ///< reviewer data of that version that matched no new record
    QList<KeptReviewerData> keptReviewerData; ///< that data, kept in the library and listed here
    QList<KeptCorrection> keptCorrections;    ///< reviewers' corrections of that version with no new record
    QJsonObject extractionReport;             ///< what the extraction found and its warnings (see ExtractionReport)
    /// The report's warnings, for the summaries.
    QStringList warnings() const;
    static QString statusName(Status s);
};

/// Reads, extracts and stores documents. The store is used from the calling thread only.
class Importer
{
public:
    /// Where documents are parsed: in a separate, limited process (the default, for untrusted
    /// files) or in this one (tools and benchmarks on trusted files).
    enum class Isolation
    {
        Subprocess,
        InProcess
    };

    explicit Importer(LibraryStore &store, Isolation isolation = Isolation::Subprocess)
        : m_store(store), m_isolation(isolation)
    {}

    struct Hooks
    {
        std::function<bool()> isCancelled;
        std::function<void(int pagesDone, int pagesTotal)> pageProgress;
        /// Asked when the library holds a document of the same kind and title with other content
        /// (an earlier version): true replaces it, carrying the reviewer's data over. Unset: the new
        /// version is imported beside the old one.
        std::function<bool(qint64 earlierDocumentId)> replaceEarlierVersion;
    };

    FileImportResult importFile(const QString &path, const Hooks &hooks = {});

    /// SHA-256 of a file's bytes, lower-case hex; empty when unreadable.
    static QString sha256Of(const QString &path);

private:
    LibraryStore &m_store;
    Isolation m_isolation;
};

} // namespace evalreview
