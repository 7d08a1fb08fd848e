#include "RevisionMatcher.h"

#include "LinkFinder.h"

#include <QSet>

#include <algorithm>

namespace evalreview {

namespace {

QString normalizedCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.')) {
            out += c.toLower();
        }
    }
    while (out.endsWith(QLatin1Char('.'))) {
        out.chop(1);
    }
    return out;
}

bool hasWords(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

struct Candidate
{
    RevisionPair pair;
    double rank = 0;
    int order = 0; ///< the position in the revision, to break ties in reading order
};

} // namespace

RevisionMatch matchRevision(const QList<RevisionItem> &earlier, const QList<RevisionItem> &revised)
{
    QList<Candidate> candidates;
    for (const RevisionItem &o : earlier) {
        const QString oc = normalizedCode(o.code);
        const bool oldWords = hasWords(o.text);
        for (int i = 0; i < revised.size(); ++i) {
            const RevisionItem &n = revised.at(i);
            const bool sameCode = !oc.isEmpty() && oc == normalizedCode(n.code);
            const bool newWords = hasWords(n.text);
            double similarity = 0;
            bool accept = false;
            if (!oldWords || !newWords) {
                // Nothing to compare (e.g. reviewer data kept without an excerpt): the code alone decides.
                similarity = !oldWords && !newWords ? 1.0 : 0.0;
                accept = sameCode;
            } else {
                similarity = textSimilarity(o.text, n.text);
                accept = sameCode ? similarity >= revision_match::kSameCodeMinSimilarity
                                  : similarity >= revision_match::kOtherCodeMinSimilarity;
            }
            if (accept) {
                // The code weighs in as a bonus, so that between equal texts the same code wins.
                const double rank = similarity + (sameCode ? 0.2 : 0.0);
                candidates.append({{o.id, n.id, similarity, sameCode}, rank, i});
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.rank != b.rank ? a.rank > b.rank : a.order < b.order;
    });
    RevisionMatch match;
    QSet<qint64> usedOld;
    QSet<qint64> usedNew;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!usedOld.contains(c.pair.oldId) && !usedNew.contains(c.pair.newId)) {
            usedOld.insert(c.pair.oldId);
            usedNew.insert(c.pair.newId);
            match.pairs.append(c.pair);
        }
    }
    for (const RevisionItem &o : earlier) {
        if (!usedOld.contains(o.id)) {
            match.unmatchedOld.append(o.id);
        }
    }
    return match;
}

} // namespace evalreview
