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
    bool coverOnly = false;   ///< only the first lines of the first page count (the title)
};

/// How much of the first page's folded text is its title.
inline constexpr qsizetype kCoverChars = 300;

/// The cues of every kind (English, French and Spanish where documents use them).
const QList<Cue> &cues();

/// Documents of the evaluation process that hold no recommendations of their own, named on their
/// cover ("Terms of reference", "Rapport initial", "Estudio de caso"): kind "other" with this genre.
struct Genre
{
    QString name;  ///< "terms_of_reference", "inception_report", "case_study"
    QString label; ///< "terms of reference", for sentences
    QRegularExpression pattern;
};
const QList<Genre> &otherGenres();

/// The genre of a kind "other" document from its opening; empty when none is named.
QString genreOf(const DocumentContent &content);

/// A kind needs at least this score, and this lead over the next kind, to be named.
inline constexpr int kMinimumScore = 6;
inline constexpr int kMinimumLead = 2;

/// The score of every kind for a document (for tests and diagnostics).
QMap<QString, int> kindScores(const DocumentContent &content);

} // namespace evalreview::extract
