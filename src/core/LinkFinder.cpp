#include "LinkFinder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace evalreview {

namespace {

using Bag = QHash<QString, double>;

const QSet<QString> &stopWords()
{
    static const QSet<QString> words{
        QStringLiteral("the"),    QStringLiteral("and"),  QStringLiteral("for"),   QStringLiteral("with"),
        QStringLiteral("that"),   QStringLiteral("this"), QStringLiteral("from"),  QStringLiteral("into"),
        QStringLiteral("are"),    QStringLiteral("was"),  QStringLiteral("were"),  QStringLiteral("will"),
        QStringLiteral("should"), QStringLiteral("its"),  QStringLiteral("their"), QStringLiteral("which"),
        QStringLiteral("have"),   QStringLiteral("has"),  QStringLiteral("been"),  QStringLiteral("also"),
        QStringLiteral("les"),    QStringLiteral("des"),  QStringLiteral("pour"),  QStringLiteral("dans"),
        QStringLiteral("los"),    QStringLiteral("las"),  QStringLiteral("para"),  QStringLiteral("con")};
    return words;
}

/// Calls `take(word)` for each content word of `text`: case and accents folded, three characters
/// or more, not a stop word, cut to its first seven characters (a crude stem: "strengthen" and
/// "strengthening" meet). The word handed over lives until the next one.
template <typename Take> void forEachWord(const QString &text, Take &&take)
{
    constexpr int kKept = 7;
    constexpr int kLongestStopWord = 6;
    QChar word[kKept];
    int length = 0; // of the whole word, of which the first kKept characters are kept
    auto flush = [&] {
        if (length >= 3 && (length > kLongestStopWord || !stopWords().contains(QString::fromRawData(word, length)))) {
            take(QStringView(word, std::min(length, kKept)));
        }
        length = 0;
    };
    auto keep = [&](QChar c) {
        if (length < kKept) {
            word[length] = c;
        }
        ++length;
    };
    auto add = [&](QChar c) {
        if (c.isLetterOrNumber()) {
            keep(c);
        } else if (c.category() != QChar::Mark_NonSpacing) {
            flush();
        }
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) { // most characters: folded here, no tables to look up
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
                keep(c);
            } else if (u >= u'A' && u <= u'Z') {
                keep(QChar(char16_t(u + (u'a' - u'A'))));
            } else {
                flush();
            }
            continue;
        }
        // decomposed (an accent becomes a mark, which is skipped) and lower-cased
        for (const QChar d : QString(c).normalized(QString::NormalizationForm_D).toLower()) {
            add(d);
        }
    }
    flush();
}

Bag bagOf(const QString &text)
{
    Bag bag;
    forEachWord(text, [&bag](QStringView w) { bag[w.toString()] += 1.0; });
    return bag;
}

/// The words of a text as bagOf() counts them, each by its hash: (hash, count) pairs, and the
/// norm of the counts. Allocates nothing once `hashes` and `out` have grown.
struct WordCounts
{
    std::vector<std::pair<std::size_t, double>> counts;
    double norm = 0;
};

void countWords(const QString &text, std::vector<std::size_t> &hashes, WordCounts &out)
{
    hashes.clear();
    forEachWord(text, [&hashes](QStringView w) { hashes.push_back(qHash(w)); });
    std::sort(hashes.begin(), hashes.end());
    out.counts.clear();
    out.norm = 0;
    for (std::size_t k = 0; k < hashes.size();) {
        std::size_t end = k;
        while (end < hashes.size() && hashes[end] == hashes[k]) {
            ++end;
        }
        const double n = double(end - k);
        out.counts.emplace_back(hashes[k], n);
        out.norm += n * n;
        k = end;
    }
}

double cosine(const Bag &a, const Bag &b)
{
    double dot = 0, na = 0, nb = 0;
    for (auto it = a.begin(); it != a.end(); ++it) {
        na += it.value() * it.value();
        dot += it.value() * b.value(it.key());
    }
    for (const double v : b) {
        nb += v * v;
    }
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

/// The numeric part of a code: "G1" -> "1", "3.1a" -> "3.1a", "V7" -> "7".
QString codeNumber(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("(\\d+(?:[.]\\d+)*[a-z]?)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(code);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

} // namespace

double textSimilarity(const QString &a, const QString &b)
{
    return cosine(bagOf(a), bagOf(b));
}

QList<SuggestedLink> suggestLinks(const QList<LinkCandidate> &from, const QList<LinkCandidate> &to, double threshold)
{
    // The smaller side is indexed: a list of its records (with the word's count) per word, and a
    // norm each. Each record of the larger side (190,000 planned actions, say) is read once, its
    // words counted by hash, and adds up its products along its words' lists: only the records
    // sharing a word with it are scored, not every pair.
    const bool fromIsIndexed = from.size() <= to.size();
    const QList<LinkCandidate> &indexed = fromIsIndexed ? from : to;
    const QList<LinkCandidate> &streamed = fromIsIndexed ? to : from;
    std::vector<std::size_t> hashes;
    WordCounts counts;
    QHash<std::size_t, std::vector<std::pair<int, double>>> postings;
    std::vector<double> indexedNorm(std::size_t(indexed.size()), 0.0);
    std::vector<QString> indexedCode(std::size_t(indexed.size()));
    for (int i = 0; i < indexed.size(); ++i) {
        countWords(indexed.at(i).text, hashes, counts);
        indexedNorm[std::size_t(i)] = counts.norm;
        indexedCode[std::size_t(i)] = codeNumber(indexed.at(i).code);
        for (const auto &[hash, n] : counts.counts) {
            postings[hash].emplace_back(i, n);
        }
    }
    struct Pair
    {
        SuggestedLink link;
        int from = 0;
        int to = 0;
    };
    std::vector<Pair> all;
    std::vector<double> dot(std::size_t(indexed.size()), 0.0);
    std::vector<int> touched;
    for (int s = 0; s < streamed.size(); ++s) {
        countWords(streamed.at(s).text, hashes, counts);
        for (const auto &[hash, n] : counts.counts) {
            const auto list = postings.constFind(hash);
            if (list == postings.cend()) {
                continue;
            }
            for (const auto &[i, weight] : *list) {
                if (dot[std::size_t(i)] == 0.0) {
                    touched.push_back(i);
                }
                dot[std::size_t(i)] += n * weight;
            }
        }
        if (touched.empty()) {
            continue;
        }
        const QString code = codeNumber(streamed.at(s).code);
        for (const int i : touched) {
            const double text = dot[std::size_t(i)] / std::sqrt(counts.norm * indexedNorm[std::size_t(i)]);
            dot[std::size_t(i)] = 0.0;
            const bool sameCode = !code.isEmpty() && code == indexedCode[std::size_t(i)];
            // Agreeing codes count only when the texts share something too.
            const double score = sameCode && text >= 0.15 ? std::min(1.0, 0.4 + 0.6 * text) : text;
            if (score < threshold) {
                continue;
            }
            const int f = fromIsIndexed ? i : s;
            const int t = fromIsIndexed ? s : i;
            all.push_back({{from.at(f).id, to.at(t).id, score}, f, t});
        }
        touched.clear();
    }
    // Best pairs first; of equal scores, the earlier records on the `from` side, then the `to` side.
    std::sort(all.begin(), all.end(), [](const Pair &a, const Pair &b) {
        return a.link.score != b.link.score ? a.link.score > b.link.score
                                            : std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });
    QSet<qint64> usedFrom;
    QSet<qint64> usedTo;
    QList<SuggestedLink> out;
    for (const Pair &p : all) {
        const SuggestedLink &l = p.link;
        if (!usedFrom.contains(l.fromId) && !usedTo.contains(l.toId)) {
            usedFrom.insert(l.fromId);
            usedTo.insert(l.toId);
            out.append(l);
        }
    }
    return out;
}

} // namespace evalreview
