#include "SqliteLibraryStore.h"

#include "Schema.h"
#include "SearchRank.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace evalreview {

StoreError toStoreError(const sql::Error &error)
{
    spdlog::error("sqlite: {} (code {})", error.what(), error.code());
    if (error.isDiskFull()) {
        return {StoreError::Reason::DiskFull,
                QStringLiteral("The disk is full, so the change could not be saved; the library is unchanged.")};
    }
    if (error.isReadOnly()) {
        return {StoreError::Reason::ReadOnly,
                QStringLiteral("The library is read-only here (its file or folder cannot be written), so nothing "
                               "was changed.")};
    }
    if (error.isBusy()) {
        return {StoreError::Reason::Busy,
                QStringLiteral("The library is busy with another task; please try again in a moment.")};
    }
    return {StoreError::Reason::Generic,
            QStringLiteral("The library could not complete the operation (SQLite error %1); the log has the "
                           "details.")
                .arg(error.code())}; // SQLite's own text names tables and columns: it goes to the log only
}

StoreError internalError(const std::exception &error)
{
    spdlog::error("internal error: {}", error.what());
    if (dynamic_cast<const std::bad_alloc *>(&error)) {
        return {StoreError::Reason::Generic,
                QStringLiteral("There was not enough memory to complete the operation; nothing was changed.")};
    }
    return {StoreError::Reason::Generic,
            QStringLiteral("EvalReview met an internal error and did not complete the operation; the log has "
                           "the details.")};
}

namespace {

/// The file's format version, and whether it holds tables: one statement, so one snapshot (read
/// apart, another process creating the library meanwhile would show tables without a version).
struct FileState
{
    int version = 0;
    bool holdsTables = false;
};
FileState fileState(sql::Database &db)
{
    sql::Statement st = db.prepare(QStringLiteral(
        "SELECT user_version, (SELECT count(*) FROM sqlite_master WHERE type = 'table') FROM pragma_user_version"));
    if (!st.next()) {
        return {};
    }
    return {int(st.integer(0)), st.integer(1) > 0};
}

StoreError notALibrary(const QString &path)
{
    return {StoreError::Reason::CannotOpen,
            QStringLiteral("%1 is not an EvalReview library; it was left unchanged.").arg(path)};
}

StoreError writtenByNewerVersion(int version)
{
    return {StoreError::Reason::TooNew, QStringLiteral("This library was written by a newer version of EvalReview "
                                                       "(format %1; this version reads up to %2). It was left "
                                                       "unchanged.")
                                            .arg(version)
                                            .arg(Schema::currentVersion())};
}

/// A SQLite failure while opening: a file that is no database at all is no library.
StoreError openingError(const sql::Error &e, const QString &path)
{
    return (e.code() & 0xff) == 26 /* SQLITE_NOTADB */ ? notALibrary(path) : toStoreError(e);
}

} // namespace

std::unique_ptr<SqliteLibraryStore> SqliteLibraryStore::openReadOnly(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0) {
        throw notALibrary(path);
    }
    std::unique_ptr<SqliteLibraryStore> store(new SqliteLibraryStore);
    try {
        store->m_db.open(info.absoluteFilePath(), sql::Database::Mode::ReadOnly);
        registerSearchRank(store->m_db.handle());
        const int version = store->m_db.userVersion();
        if (version == 0) {
            throw notALibrary(path);
        }
        if (version > Schema::currentVersion()) {
            throw writtenByNewerVersion(version);
        }
        if (version < Schema::currentVersion()) {
            throw StoreError(StoreError::Reason::CannotOpen,
                             QStringLiteral("This library has an older format (%1). Open it in the app, or import "
                                            "or record follow-up with the command line, to bring it up to date; "
                                            "it was left unchanged.")
                                 .arg(version));
        }
        store->m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    } catch (const sql::Error &e) {
        throw openingError(e, path);
    }
    spdlog::info("library opened read-only: {}", path.toStdString());
    return store;
}

bool SqliteLibraryStore::canWrite(const QString &path)
{
    // The folder too: SQLite keeps its journal and WAL index beside the file, backups go there.
    const QFileInfo info(path);
    return ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) == 0 &&
           ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0;
}

std::unique_ptr<SqliteLibraryStore> SqliteLibraryStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        throw StoreError(StoreError::Reason::CannotOpen,
                         QStringLiteral("The folder %1 cannot be created.").arg(info.absolutePath()));
    }
    if (info.exists() && !canWrite(path)) {
        throw StoreError(StoreError::Reason::ReadOnly,
                         QStringLiteral("The library %1 is read-only here (its file or folder cannot be written), "
                                        "so nothing can be changed in it; it was left unchanged.")
                             .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    }
    std::unique_ptr<SqliteLibraryStore> store(new SqliteLibraryStore);
    try {
        store->m_db.open(info.absoluteFilePath());
        registerSearchRank(store->m_db.handle());
        // Read the version before anything writes to the file, so a newer library stays byte-identical.
        const FileState state = fileState(store->m_db);
        const int version = state.version;
        if (version > Schema::currentVersion()) {
            store->m_db.close();
            throw writtenByNewerVersion(version);
        }
        if (version == 0 && state.holdsTables) {
            store->m_db.close();
            throw notALibrary(path);
        }
        store->m_db.enableWriteAheadLog();
        // Searches touch pages of the index all over a large file; SQLite's default 2 MB cache
        // would read most of them again from the operating system on every query.
        store->m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        Schema::migrate(store->m_db);
    } catch (const sql::Error &e) {
        throw openingError(e, path);
    }
    spdlog::info("library opened: {}", path.toStdString());
    return store;
}

std::optional<qint64> SqliteLibraryStore::documentBySha256(const QString &sha256)
{
    sql::Statement st = m_db.prepare(QStringLiteral("SELECT id FROM documents WHERE sha256 = ?"));
    st.bind(1, sha256.toLower());
    if (st.next()) {
        return st.integer(0);
    }
    return std::nullopt;
}

std::optional<qint64> SqliteLibraryStore::documentByTitle(const QString &title, const QString &kind)
{
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT id FROM documents WHERE title = ? AND kind = ? ORDER BY imported_at DESC LIMIT 1"));
    st.bind(1, title).bind(2, kind);
    if (st.next()) {
        return st.integer(0);
    }
    return std::nullopt;
}

bool SqliteLibraryStore::removeDocument(qint64 documentId)
{
    try {
        sql::Transaction tx(m_db);
        // Reviewer data stays: follow-ups lose their link (ON DELETE SET NULL) but keep title and code.
        sql::Statement st = m_db.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
        st.bind(1, documentId);
        st.run();
        const bool removed = m_db.changes() > 0;
        tx.commit();
        return removed;
    } catch (const sql::Error &e) {
        throw toStoreError(e);
    }
}

QList<DocumentSummary> SqliteLibraryStore::documents()
{
    QList<DocumentSummary> out;
    sql::Statement st = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.file_name, d.title, d.kind, d.programme, d.source_format, d.page_count, d.imported_at,"
        " (SELECT count(*) FROM recommendations r WHERE r.document_id = d.id)"
        " - (SELECT count(*) FROM recommendations r WHERE r.document_id = d.id AND r.deleted = 1),"
        " (SELECT count(*) FROM records x WHERE x.document_id = d.id), d.sha256,"
        " d.extraction_warnings,"
        " (SELECT count(*) FROM recommendations r WHERE r.document_id = d.id AND r.verified = 1)"
        " FROM documents d ORDER BY d.kind, d.title, d.id"));
    while (st.next()) {
        DocumentSummary d;
        d.id = st.integer(0);
        d.fileName = st.text(1);
        d.title = st.text(2);
        d.kind = st.text(3);
        d.programme = st.text(4);
        d.sourceFormat = st.text(5);
        d.pageCount = int(st.integer(6));
        d.importedAt = QDateTime::fromString(st.text(7), Qt::ISODate);
        d.recommendationCount = int(st.integer(8));
        d.recordCount = int(st.integer(9));
        d.sha256 = st.text(10);
        for (const QJsonValue &w : QJsonDocument::fromJson(st.text(11).toUtf8()).array()) {
            d.extractionWarnings.append(w.toString());
        }
        d.verifiedCount = int(st.integer(12));
        out.append(d);
    }
    return out;
}

LibraryStats SqliteLibraryStore::stats()
{
    LibraryStats s;
    auto count = [this](const char *table) {
        sql::Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return st.next() ? st.integer(0) : 0;
    };
    s.documents = count("documents");
    s.pages = count("pages");
    s.recommendations = count("recommendations");
    s.actions = count("actions");
    s.donorComments = count("donor_comments");
    s.records = count("records");
    s.followups = count("followups");
    sql::Statement corrected =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM corrections WHERE field NOT IN ('verified', 'deleted')"));
    s.corrections = corrected.next() ? corrected.integer(0) : 0; // fields, not the sign-off or deletion marks
    sql::Statement verified = m_db.prepare(QStringLiteral("SELECT count(*) FROM recommendations WHERE verified = 1"));
    s.verified = verified.next() ? verified.integer(0) : 0;
    s.schemaVersion = m_db.userVersion();
    s.fileBytes = QFileInfo(m_db.path()).size();
    return s;
}

CheckReport SqliteLibraryStore::check()
{
    CheckReport report;
    {
        sql::Statement st = m_db.prepare(QStringLiteral("PRAGMA integrity_check"));
        while (st.next()) {
            if (st.text(0) != QLatin1String("ok")) {
                report.problems << QStringLiteral("integrity: %1").arg(st.text(0));
            }
        }
    }
    {
        sql::Statement st = m_db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
        while (st.next()) {
            report.problems << QStringLiteral("foreign key: row %1 of %2 points to a missing %3")
                                   .arg(st.integer(1))
                                   .arg(st.text(0), st.text(2));
        }
    }
    // The library's own invariants, each a query that returns offending rows.
    const struct
    {
        const char *what;
        const char *sql;
    } invariants[] = {
        {"document page count differs from its stored pages",
         "SELECT d.id FROM documents d WHERE d.page_count <> (SELECT count(*) FROM pages p WHERE p.document_id = "
         "d.id)"},
        {"donor comment count out of step",
         "SELECT r.id FROM recommendations r WHERE r.donor_comment_count <>"
         " (SELECT count(*) FROM donor_comments c WHERE c.recommendation_id = r.id)"},
        {"anchor points to a missing record",
         "SELECT a.id FROM anchors a WHERE NOT EXISTS (SELECT 1 FROM recommendations r WHERE a.owner_type = "
         "'recommendation' AND r.id = a.owner_id) AND NOT EXISTS (SELECT 1 FROM actions x WHERE a.owner_type = "
         "'action' AND x.id = a.owner_id) AND NOT EXISTS (SELECT 1 FROM donor_comments c WHERE a.owner_type = "
         "'donor_comment' AND c.id = a.owner_id) AND NOT EXISTS (SELECT 1 FROM records x WHERE a.owner_type = "
         "'record' AND x.id = a.owner_id)"},
        {"anchor region outside its page",
         "SELECT id FROM anchors WHERE x0 < 0 OR y0 < 0 OR x1 > 1 OR y1 > 1 OR x0 > x1 OR y0 > y1"},
        {"page missing from the search index",
         "SELECT p.id FROM pages p WHERE NOT EXISTS (SELECT 1 FROM search_index s WHERE s.rowid = p.id * 8)"},
    };
    for (const auto &inv : invariants) {
        sql::Statement st = m_db.prepare(QString::fromUtf8(inv.sql));
        int n = 0;
        while (st.next()) {
            ++n;
        }
        if (n > 0) {
            report.problems << QStringLiteral("%1 (%2 rows)").arg(QString::fromUtf8(inv.what)).arg(n);
        }
    }
    return report;
}

void SqliteLibraryStore::backupTo(const QString &targetPath)
{
    // VACUUM INTO a temporary name in the target folder, then rename over the target.
    const QString temp = targetPath + QStringLiteral(".partial");
    QFile::remove(temp);
    try {
        sql::Statement st = m_db.prepare(QStringLiteral("VACUUM INTO ?"));
        st.bind(1, temp);
        st.run();
    } catch (const sql::Error &e) {
        QFile::remove(temp);
        throw toStoreError(e);
    }
    // rename(2) replaces the target atomically: a reader sees the old backup or the new one.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        QFile::remove(temp);
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("The backup could not be written to %1.").arg(targetPath));
    }
}

std::optional<SqliteLibraryStore::StoredVersion> SqliteLibraryStore::storedVersion(qint64 documentId)
{
    try {
        sql::Statement st = m_db.prepare(
            QStringLiteral("SELECT d.title, d.file_name, d.imported_at, (SELECT count(*) FROM followups f JOIN"
                           " recommendations r ON r.id = f.recommendation_id WHERE r.document_id = d.id)"
                           " FROM documents d WHERE d.id = ?"));
        st.bind(1, documentId);
        if (!st.next()) {
            return std::nullopt;
        }
        return StoredVersion{st.text(0), st.text(1), st.text(2), int(st.integer(3))};
    } catch (const sql::Error &e) {
        throw toStoreError(e);
    }
}

} // namespace evalreview
