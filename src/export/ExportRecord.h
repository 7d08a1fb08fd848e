#pragma once

#include "RecommendationTypes.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace evalreview {

/// One recommendation with everything an export shows: its detail as the store gives it
/// (text, response, actions, donor comments, follow-up, source regions).
using ExportRecord = RecommendationDetail;

/// The due date as yyyy-MM-dd, or empty.
QString exportDueDate(const ExportRecord &record);
/// Where the recommendation's text sits on its page (page 0: unknown).
Anchor exportRegion(const ExportRecord &record);

/// Asked just before a written file would replace its target: true cancels, and the target is left
/// as it was (nothing committed, no partial file). Unset: never cancelled.
using CancelCheck = std::function<bool()>;

enum class ExportError
{
    CannotWrite, ///< the target could not be written or replaced (the message says why)
    Cancelled,   ///< cancelled before the commit: the target is as it was
    Nothing,     ///< no record to export
    Library      ///< the library could not be read
};
/// An export written, or why not; on failure the target is as it was.
using ExportResult = Result<void, ExportError>;
/// The failure of an export cancelled before its commit.
Failure<ExportError> exportCancelled();

/// The donors present in `records`, in first-seen order.
QStringList donorsOf(const QList<ExportRecord> &records);

/// A human label for a response category ("accepted_with_reservations" -> "Accepted with reservations").
QString responseCategoryLabel(const QString &category);

/// What reviewers did to a record: "added" (drawn by hand), "edited" (a field of it, its response,
/// an action or a comment corrected or added), "verified"; empty when it is as extracted.
QStringList reviewMarks(const ExportRecord &record);

/// The table columns every tabular export shares (one column per donor present).
QStringList exportHeaders(const QStringList &donors);
/// The cells of one record in the order of exportHeaders().
QStringList exportCells(const ExportRecord &record, const QStringList &donors);

} // namespace evalreview
