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

QString stage(const QString &backupPath, const QString &libraryPath, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return QString();
    };
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
    try {
        auto store = SqliteLibraryStore::open(staged); // refuses a newer version, migrates an older one
        const CheckReport report = store->check();
        if (!report.ok()) {
            store.reset();
            QFile::remove(staged);
            return fail(QStringLiteral("The backup is damaged and was not restored (%1).")
                            .arg(report.problems.isEmpty() ? QString() : report.problems.first()));
        }
    } catch (const StoreError &e) {
        QFile::remove(staged);
        return fail(e.reason() == StoreError::Reason::TooNew
                        ? QStringLiteral("The backup comes from a newer version of EvalReview and cannot be restored.")
                        : e.message());
    }
    return staged;
}

bool commit(const QString &stagedPath, const QString &libraryPath, QString *error)
{
    const QString aside = keptAsidePath(libraryPath);
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(aside + QLatin1String(suffix));
    }
    if (QFileInfo::exists(libraryPath) && !renameFile(libraryPath, aside)) {
        if (error) {
            *error = QStringLiteral("The current library could not be kept aside; nothing was restored.");
        }
        return false;
    }
    for (const char *suffix : {"-wal", "-shm"}) { // left only if the library was not closed cleanly
        if (QFileInfo::exists(libraryPath + QLatin1String(suffix))) {
            renameFile(libraryPath + QLatin1String(suffix), aside + QLatin1String(suffix));
        }
    }
    if (!renameFile(stagedPath, libraryPath)) {
        renameFile(aside, libraryPath);
        if (error) {
            *error = QStringLiteral("The backup could not be put in place; the library is unchanged.");
        }
        return false;
    }
    return true;
}

} // namespace evalreview::restore
