#pragma once

#include "LibraryStore.h"
#include "Sqlite.h"
#include "StoreResult.h"

#include <memory>
#include <optional>

namespace evalreview {

class SqliteLibraryStore final : public LibraryStore
{
public:
    /// Opens or creates the library at `path`, migrating it to the current schema.
    /// Throws StoreError (TooNew leaves the file untouched).
    static std::unique_ptr<SqliteLibraryStore> open(const QString &path);
    /// Opens an existing library of the current format for reading only: nothing is written to the
    /// file (no schema, no journal mode, no migration or backup). Another program's database, an
    /// empty file or a library of another format is refused with a sentence, unchanged.
    static std::unique_ptr<SqliteLibraryStore> openReadOnly(const QString &path);
    /// Whether this user may change the library at `path` (its file and its folder are writable).
    static bool canWrite(const QString &path);

    QString location() const override { return m_db.path(); }
    ImportOutcome importDocument(const ImportPayload &payload) override;
    std::optional<qint64> documentBySha256(const QString &sha256) override;
    std::optional<qint64> documentByTitle(const QString &title, const QString &kind) override;
    bool removeDocument(qint64 documentId) override;
    QList<DocumentSummary> documents() override;
    LibraryStats stats() override;
    CheckReport check() override;
    SearchResult search(const QString &query, int limit) override;
    void backupTo(const QString &targetPath) override;

    /// What a revised document would replace: the stored version's title, file name, import time
    /// and how many follow-up records its recommendations carry. Empty when there is no such document.
    struct StoredVersion
    {
        QString title;
        QString fileName;
        QString importedAt;
        int followUps = 0;
    };
    std::optional<StoredVersion> storedVersion(qint64 documentId);

    sql::Database &database() override { return m_db; }

private:
    SqliteLibraryStore() = default;
    /// Typical length of each kind of index row for the search ranking (SqliteSearch.cpp).
    QByteArray typicalRowLengths();

    sql::Database m_db;
    QByteArray m_typicalRowLengths;
    qint64 m_typicalRowSample = 0;
};

} // namespace evalreview
