#include "LibraryRestore.h"

#include "Schema.h"
#include "Sqlite.h"
#include "SqliteLibraryStore.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace evalreview::restore {

namespace {

bool renameFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

/// True when `path` is a SQLite file with the library's tables.
bool looksLikeLibrary(const QString &path)
{
    try {
        sql::Database db;
        db.open(path, sql::Database::Mode::ReadOnly);
        sql::Statement st = db.prepare(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('documents', 'recommendations',"
            " 'followups')"));
        return st.next() && st.integer(0) == 3 && db.userVersion() >= 1;
    } catch (const sql::Error &) {
        return false;
    }
}

} // namespace

QString keptAsidePath(const QString &libraryPath)
{
    return libraryPath + QStringLiteral(".before-restore");
}

StoreResult<QString> stage(const QString &backupPath, const QString &libraryPath)
{
    auto fail = [](const QString &message) { return Failure{StoreError::Reason::CannotOpen, message}; };
    if (!QFileInfo(backupPath).isFile()) {
        return fail(QStringLiteral("The backup %1 does not exist.").arg(backupPath));
    }
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(libraryPath).canonicalFilePath()) {
        return fail(QStringLiteral("The chosen file is the library itself; choose a backup."));
    }
    if (!looksLikeLibrary(backupPath)) {
        return fail(QStringLiteral("The chosen file is not an EvalReview library."));
    }
    const QString staged = libraryPath + QStringLiteral(".restoring");
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(staged + QLatin1String(suffix));
    }
    if (!QFile::copy(backupPath, staged)) {
        return fail(QStringLiteral("The backup could not be copied next to the library; check the free space."));
    }
    // Opening refuses a newer version and migrates an older one.
    const StoreResult<CheckReport> checked = guarded([&staged] { return SqliteLibraryStore::open(staged)->check(); });
    if (!checked) {
        QFile::remove(staged);
        return checked.reason() == StoreError::Reason::TooNew
                   ? fail(QStringLiteral("The backup comes from a newer version of EvalReview and cannot be restored."))
                   : checked.failure();
    }
    if (!checked->ok()) {
        QFile::remove(staged);
        return fail(QStringLiteral("The backup is damaged and was not restored (%1).")
                        .arg(checked->problems.isEmpty() ? QString() : checked->problems.first()));
    }
    return staged;
}

StoreResult<void> commit(const QString &stagedPath, const QString &libraryPath)
{
    const QString aside = keptAsidePath(libraryPath);
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(aside + QLatin1String(suffix));
    }
    if (QFileInfo::exists(libraryPath) && !renameFile(libraryPath, aside)) {
        return Failure{StoreError::Reason::Generic,
                       QStringLiteral("The current library could not be kept aside; nothing was restored.")};
    }
    for (const char *suffix : {"-wal", "-shm"}) { // left only if the library was not closed cleanly
        if (QFileInfo::exists(libraryPath + QLatin1String(suffix))) {
            renameFile(libraryPath + QLatin1String(suffix), aside + QLatin1String(suffix));
        }
    }
    if (!renameFile(stagedPath, libraryPath)) {
        renameFile(aside, libraryPath);
        return Failure{StoreError::Reason::Generic,
                       QStringLiteral("The backup could not be put in place; the library is unchanged.")};
    }
    return {};
}

} // namespace evalreview::restore
