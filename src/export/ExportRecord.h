#pragma once

#include "Model.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace evalreview {

struct ExportAction
{
    QString code;
    QString text;
    QString timeFrame;
    QString responsible;
    QString status;
};

struct ExportDonorComment
{
    QString donor;
    QString text;
};

/// One recommendation with everything an export shows, independent of the store.
struct ExportRecord
{
    QString documentTitle;
    QString sourcePath;
    QString code;
    QString section;
    QString title;
    QString text;
    QStringList addressedTo;
    QString priority;
    QString resourceImplications;
    QString timing;
    QString responseCategory;
    QString responseText;
    QList<ExportAction> actions;
    QList<ExportDonorComment> donorComments;
    QString status;
    QString owner;
    QString dueDate;
    QString note;
    int page = 0;
    Anchor region; ///< where the recommendation's text sits (page 0: unknown)
};

/// Asked just before a written file would replace its target: true cancels, and the target is left
/// as it was (nothing committed, no partial file). Unset: never cancelled.
using CancelCheck = std::function<bool()>;

/// The donors present in `records`, in first-seen order.
QStringList donorsOf(const QList<ExportRecord> &records);

/// A human label for a response category ("accepted_with_reservations" -> "Accepted with reservations").
QString responseCategoryLabel(const QString &category);

/// The table columns every tabular export shares (one column per donor present).
QStringList exportHeaders(const QStringList &donors);
/// The cells of one record in the order of exportHeaders().
QStringList exportCells(const ExportRecord &record, const QStringList &donors);

} // namespace evalreview
