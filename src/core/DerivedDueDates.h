#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <atomic>

namespace evalreview {

namespace sql {
class Database;
}

/// Fills in due dates derived from the timing text of recommendations (or the time frames of
/// their actions), relative to the document's own date (a date in its metadata, else the day it
/// was imported). Stored in followups with due_derived = 1. A date the reviewer set, or cleared,
/// is never touched. `documentId` 0 means every document. Works through the recommendations in
/// chunks of `kDueDateChunk`, each stored in its own transaction; when `cancel` is set it stops
/// after the chunk under way (what was stored stays, a later pass does the rest). Returns how many
/// dates were stored.
int storeDerivedDueDates(sql::Database &db, qint64 documentId = 0, const std::atomic<bool> *cancel = nullptr);
inline constexpr int kDueDateChunk = 2000;

/// The date a document speaks from: the first full date in its metadata, else its import day.
QDate documentReferenceDate(const QString &metadataJson, const QString &importedAt);

/// Follow-up flags of one recommendation.
struct FollowUpFlags
{
    QDate dueDate;
    bool dueDerived = false;
    bool overdue = false; ///< due before today and not closed
    bool stale = false;   ///< open, and no reviewer update (or import) for the configured months
    QDateTime lastUpdate; ///< the last reviewer change, else the import
};

FollowUpFlags followUpFlags(sql::Database &db, qint64 recommendationId, const QDate &today, int staleMonths);

} // namespace evalreview
