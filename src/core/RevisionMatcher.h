#pragma once

#include <QList>
#include <QString>

namespace evalreview {

/// A record of one version of a document, as the matcher sees it: an id, its printed code and text.
struct RevisionItem
{
    qint64 id = 0;
    QString code;
    QString text;
};

/// An old record and the record of the revised version that takes its place.
struct RevisionPair
{
    qint64 oldId = 0;
    qint64 newId = 0;
    double similarity = 0; ///< text similarity 0..1 (1 when both texts are empty)
    bool sameCode = false;
};

struct RevisionMatch
{
    QList<RevisionPair> pairs;  ///< best pairs first, each record in at most one pair
    QList<qint64> unmatchedOld; ///< old records nothing in the revision takes the place of, in input order
};

/// Pairs the records of an earlier version of a document with those of its revision, one to one,
/// by code and text similarity together:
/// - the same code and texts that still share a good part of their words (edited text) match;
/// - a different code matches only when the texts are nearly the same (a renumbered record);
/// - the same code with a text that has nothing in common does not match (a record was removed
///   and another one took its number);
/// - duplicate codes are told apart by their texts.
/// A record without text matches by its code alone. Best pairs are taken first.
RevisionMatch matchRevision(const QList<RevisionItem> &earlier, const QList<RevisionItem> &revised);

/// The thresholds of matchRevision(), exposed for tests and documentation.
namespace revision_match {
inline constexpr double kSameCodeMinSimilarity = 0.3;
inline constexpr double kOtherCodeMinSimilarity = 0.75;
} // namespace revision_match

} // namespace evalreview
