#pragma once

#include "DocumentContent.h"

#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>

namespace evalreview::extract {

/// One piece of evidence for a kind: a pattern in the folded text (lower case, dashes and quotes
/// unified), its weight per hit and how many hits count.
struct Cue
{
    QString kind;
    QRegularExpression pattern;
    int weight = 1;
    int maxHits = 1;
    bool openingOnly = false; ///< only the first page counts (titles, cover fields)
};

/// The cues of every kind (English, French and Spanish where documents use them).
const QList<Cue> &cues();

/// A kind needs at least this score, and this lead over the next kind, to be named.
inline constexpr int kMinimumScore = 6;
inline constexpr int kMinimumLead = 2;

/// The score of every kind for a document (for tests and diagnostics).
QMap<QString, int> kindScores(const DocumentContent &content);

} // namespace evalreview::extract
