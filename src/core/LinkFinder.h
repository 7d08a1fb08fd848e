#pragma once

#include <QList>
#include <QString>

namespace evalreview {

/// A record that may be linked: its id, printed code and text.
struct LinkCandidate
{
    qint64 id = 0;
    QString code;
    QString text;
};

struct SuggestedLink
{
    qint64 fromId = 0;
    qint64 toId = 0;
    double score = 0; ///< 0..1
};

/// Cosine similarity of two texts over their content words (case and accents folded, short
/// and very common words left out); 0..1.
double textSimilarity(const QString &a, const QString &b);

/// Pairs each `from` record with the `to` record it most likely answers or reports on, from the
/// text similarity and whether the codes agree ("G1" and "1" agree on their number). One-to-one,
/// best pairs first; pairs under `threshold` are not suggested.
QList<SuggestedLink> suggestLinks(const QList<LinkCandidate> &from, const QList<LinkCandidate> &to,
                                  double threshold = 0.4);

} // namespace evalreview
