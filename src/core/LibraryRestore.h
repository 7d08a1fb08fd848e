#pragma once

#include <QString>

namespace evalreview {

/// Restoring a library from a backup, in two steps so the open library is closed only once the
/// backup is known to be good.
namespace restore {

/// The name the current library is kept under while a backup replaces it.
QString keptAsidePath(const QString &libraryPath);

/// Copies `backupPath` next to `libraryPath`, checks the copy is an EvalReview library of this or an
/// older version (migrating it) that passes check(). Returns the staged copy, or an empty string
/// with a sentence in `error`. The backup file itself is never changed.
QString stage(const QString &backupPath, const QString &libraryPath, QString *error);

/// With the library closed: keeps the current file as keptAsidePath() and renames the staged copy
/// into place (atomic on one file system). False with a sentence in `error` when it failed; the
/// library is then left as it was.
bool commit(const QString &stagedPath, const QString &libraryPath, QString *error);

} // namespace restore

} // namespace evalreview
