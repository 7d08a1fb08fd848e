#pragma once

#include "CellText.h"
#include "ColumnMap.h"

#include <QJsonObject>

namespace evalreview::extract::mr {

struct Action
{
    QString id; ///< printed number or code; empty when unnumbered
    Piece text;
    QString timeFrame;
    QString responsible;
    QString status;
    QString comments;
};

struct DonorComment
{
    QString donor;
    Piece text;
};

/// One recommendation row of a response table, read into the fields of the contract.
struct Recommendation
{
    QString id;
    QString section;
    QString title;
    Piece text;
    QStringList addressedTo;
    QString priority;
    QString resourceImplications;
    QString timing;
    QString responseCategory;
    Piece responseText;
    Piece actionsIntro; ///< text before the first numbered action (kept, not an action)
    QList<Action> actions;
    QList<DonorComment> donorComments;
    Provenance source; ///< the whole row

    /// Every text of the row where references to other recommendations may stand.
    QList<const Piece *> referenceTexts() const;
    QJsonObject toJson() const;
};

/// Reads a table row into a recommendation; false when the row holds none (no code and no text).
bool readRecommendationRow(const TableRow &row, const ColumnMap &map, const LineJoiner &joiner, Recommendation &out);

/// A row that goes on with the recommendation above it: no code and no recommendation text (a
/// cell merged from above, or left blank), but a response, actions or comments of its own.
bool continuesRecommendation(const TableRow &row, const ColumnMap &map);

/// Adds such a row's response text, actions (with their time frame, responsible unit, status and
/// comments) and donor comments to the recommendation above.
void readContinuationRow(const TableRow &row, const ColumnMap &map, const LineJoiner &joiner, Recommendation &into);

/// Splits an action cell into its actions: numbered or bulleted items, or one unnumbered action.
QList<Action> splitActions(const CellText &cell, Piece *intro = nullptr);

} // namespace evalreview::extract::mr
