#pragma once

#include "Model.h"
#include "RevisionCarryOver.h"

#include <stdexcept>

namespace evalreview {

namespace sql {
class Database;
}

/// A failure a person can act on; message() is one plain sentence.
class StoreError : public std::runtime_error
{
public:
    enum class Reason
    {
        Generic,
        DiskFull,
        Busy,
        TooNew,
        CannotOpen,
        NotFound,
        ReadOnly, ///< the library's file or folder cannot be written here
        Denied,   ///< the team library's server does not allow this user to do it
        Conflict  ///< someone else changed the same value first; nothing was saved
    };
    StoreError(Reason reason, const QString &message)
        : std::runtime_error(message.toStdString()), m_reason(reason), m_message(message)
    {}
    Reason reason() const { return m_reason; }
    QString message() const { return m_message; }

private:
    Reason m_reason;
    QString m_message;
};

struct ImportOutcome
{
    enum class Status
    {
        Imported,
        Duplicate,
        Failed
    };
    Status status = Status::Failed;
    qint64 documentId = 0; ///< the new document, or the existing one for a duplicate
    QString message;
    int unmatchedFollowUps = 0;               ///< reviewer data of a replaced version that matched no new record
    QList<KeptReviewerData> keptReviewerData; ///< that data, listed
    QList<KeptCorrection> keptCorrections;    ///< corrections of a replaced version that matched no new record
};

/// What the user who opened a library may do in it. A library file: everything (unless its file
/// cannot be written); a team library: what the server's role for the login allows.
struct LibraryAccess
{
    bool changeReviewData = true; ///< follow-up, corrections, links, themes (manager, evaluator, admin)
    bool importDocuments = true;  ///< import and remove documents (manager, admin)
    QString role;                 ///< a team library's role for the login (admin … viewer); empty for a file
    QString organisation;         ///< a donor's organisation
};

/// The library as the rest of the program sees it: a library file (SQLite) or a team library on
/// a PostgreSQL server. An instance belongs to the thread that created it.
class LibraryStore
{
public:
    virtual ~LibraryStore() = default;

    virtual QString location() const = 0;

    /// Stores a document with its pages and records in one transaction: all of it or nothing.
    /// A document whose SHA-256 is already in the library is reported as Duplicate, unchanged.
    virtual ImportOutcome importDocument(const ImportPayload &payload) = 0;
    virtual std::optional<qint64> documentBySha256(const QString &sha256) = 0;
    /// A document of `kind` with this title (an earlier version of a revised document), if any.
    virtual std::optional<qint64> documentByTitle(const QString &title, const QString &kind) = 0;
    virtual bool removeDocument(qint64 documentId) = 0;

    virtual QList<DocumentSummary> documents() = 0;
    virtual LibraryStats stats() = 0;
    /// integrity_check, foreign_key_check and the library's own invariants.
    virtual CheckReport check() = 0;

    /// Full-text search over page and record text, best first. Never throws for a bad query:
    /// the result carries a message instead.
    virtual SearchResult search(const QString &query, int limit) = 0;

    /// Writes a consistent copy of the library to `targetPath` (atomically replaced).
    virtual void backupTo(const QString &targetPath) = 0;

    /// The connection the core's query classes (lists, facets, follow-up, corrections) run their
    /// statements on, on this thread; they are written to mean the same on both backends.
    virtual sql::Database &database() = 0;

    /// What this user may do here (the window hides the rest; the server enforces it anyway).
    virtual LibraryAccess access() { return {}; }
};

} // namespace evalreview
