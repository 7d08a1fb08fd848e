#pragma once

#include "StoreResult.h"

#include <QString>

namespace evalreview {

/// Restoring a library from a backup, in two steps so the open library is closed only once the
/// backup is known to be good.
namespace restore {

/// The name the current library is kept under while a backup replaces it.
QString keptAsidePath(const QString &libraryPath);

/// Copies `backupPath` next to `libraryPath`, checks the copy is an EvalReview library of this or an
/// older version (migrating it) that passes check(). Returns the staged copy's path. The backup
/// file itself is never changed.
StoreResult<QString> stage(const QString &backupPath, const QString &libraryPath);

/// With the library closed: keeps the current file as keptAsidePath() and renames the staged copy
/// into place (atomic on one file system). When it fails the library is left as it was.
StoreResult<void> commit(const QString &stagedPath, const QString &libraryPath);

} // namespace restore

} // namespace evalreview
