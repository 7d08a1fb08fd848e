#pragma once

#include "LibraryStore.h"
#include "PgConnection.h"

#include <memory>
#include <optional>

namespace evalreview::pg {

/// A team library on a PostgreSQL server behind the store interface of the SQLite library: the
/// same records from an import, the same document list, counts and search (PostgreSQL's full text
/// with accents folded). What a user may do is decided by the server (roles, row-level security):
/// a refused statement comes back as a StoreError with Reason::Denied.
class PgLibraryStore final : public LibraryStore
{
public:
    /// Connects to the team library at `address`. Throws StoreError with a sentence when the
    /// server cannot be reached, the database holds no team library yet (server init) or one of
    /// a newer version.
    static std::unique_ptr<PgLibraryStore> open(const ServerAddress &address);
    ~PgLibraryStore() override;

    QString location() const override { return m_db.address().url; }
    /// One transaction; links to the other documents' records are suggested after it (LinkStore),
    /// as on a library file. Replacing an earlier version (payload.replaces) carries its reviewer
    /// data over to the revision in the same transaction (RevisionCarryOver), as on a library file.
    ImportOutcome importDocument(const ImportPayload &payload) override;
    std::optional<qint64> documentBySha256(const QString &sha256) override;
    std::optional<qint64> documentByTitle(const QString &title, const QString &kind) override;
    bool removeDocument(qint64 documentId) override;
    QList<DocumentSummary> documents() override;
    /// fileBytes is the size of the server's database.
    LibraryStats stats() override;
    /// The schema version and the library's own invariants (the server keeps its keys itself).
    CheckReport check() override;
    SearchResult search(const QString &query, int limit) override;
    /// "Save a local copy": the team library as a library file at `targetPath` (atomically
    /// replaced), from one snapshot of the server, without its members and audit log.
    void backupTo(const QString &targetPath) override;

    /// A second connection to the same library, opened when first asked for.
    sql::Database &database() override;
    /// From the login's membership of the group roles (a superuser may do everything).
    LibraryAccess access() override;

    Connection &connection() { return m_db; }

private:
    explicit PgLibraryStore(Connection db);

    Connection m_db;
    std::unique_ptr<sql::Database> m_queries; ///< the program's statements, run on m_db
};

} // namespace evalreview::pg
