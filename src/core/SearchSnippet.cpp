#include "SearchSnippet.h"

#include <algorithm>
#include <vector>

namespace evalreview {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

struct Word
{
    qsizetype begin; ///< in the text, inclusive
    qsizetype end;   ///< exclusive
    QString folded;
};

std::vector<Word> splitWords(const QString &text)
{
    std::vector<Word> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isWordChar(text.at(end))) {
            ++end;
        }
        out.push_back({i, end, foldForSearch(text.mid(i, end - i))});
        i = end;
    }
    return out;
}

struct Match
{
    std::size_t first; ///< word index
    std::size_t last;  ///< inclusive
    int term;
};

bool wordMatches(const QString &folded, const QString &want, bool prefix)
{
    return prefix ? folded.startsWith(want) : folded == want;
}

std::vector<Match> findMatches(const std::vector<Word> &words, const QList<HighlightTerm> &terms)
{
    std::vector<Match> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        for (int t = 0; t < int(terms.size()); ++t) {
            const HighlightTerm &term = terms.at(t);
            const auto count = std::size_t(term.words.size());
            if (count == 0 || i + count > words.size()) {
                continue;
            }
            bool all = true;
            for (std::size_t k = 0; k < count && all; ++k) {
                all = wordMatches(words[i + k].folded, term.words.at(qsizetype(k)), term.prefix && k + 1 == count);
            }
            if (all) {
                out.push_back({i, i + count - 1, t});
                break; // one match per starting word; the first term that fits
            }
        }
    }
    // Overlapping matches (a phrase inside a longer phrase) keep the one that starts first.
    std::vector<Match> kept;
    for (const Match &m : out) {
        if (kept.empty() || m.first > kept.back().last) {
            kept.push_back(m);
        }
    }
    return kept;
}

/// The first word of the window that shows the most different terms, then the most matches.
std::size_t bestWindowStart(const std::vector<Word> &words, const std::vector<Match> &matches, int termCount,
                            std::size_t maxWords)
{
    if (matches.empty() || words.size() <= maxWords) {
        return 0;
    }
    std::size_t bestStart = 0;
    int bestDistinct = -1, bestCount = -1;
    std::vector<int> seen(std::size_t(std::max(termCount, 1)));
    for (std::size_t a = 0; a < matches.size(); ++a) {
        std::fill(seen.begin(), seen.end(), 0);
        int distinct = 0, count = 0;
        const std::size_t limit = matches[a].first + maxWords;
        for (std::size_t b = a; b < matches.size() && matches[b].last < limit; ++b) {
            distinct += seen[std::size_t(matches[b].term)]++ == 0 ? 1 : 0;
            ++count;
        }
        if (distinct > bestDistinct || (distinct == bestDistinct && count > bestCount)) {
            bestDistinct = distinct;
            bestCount = count;
            bestStart = matches[a].first;
        }
    }
    // A little context before the first match, without running past the text's end.
    const std::size_t lead = std::min<std::size_t>(bestStart, 3);
    return std::min(bestStart - lead, words.size() - maxWords);
}

} // namespace

QString foldForSearch(const QString &word)
{
    if (std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        return word.toLower(); // most words: nothing to decompose
    }
    // Decompose, drop the combining marks, compose again (Hangul syllables stay whole).
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out += c;
        }
    }
    return out.normalized(QString::NormalizationForm_C).toLower();
}

QString buildSnippet(const QString &text, const QList<HighlightTerm> &terms, int maxWords)
{
    const std::vector<Word> words = splitWords(text);
    if (words.empty()) {
        return {};
    }
    const std::vector<Match> matches = findMatches(words, terms);
    const auto width = std::size_t(std::max(maxWords, 1));
    const std::size_t start = bestWindowStart(words, matches, int(terms.size()), width);
    const std::size_t stop = std::min(words.size(), start + width); // exclusive

    QString out;
    if (start > 0) {
        out += QChar(0x2026);
    }
    auto m = std::find_if(matches.begin(), matches.end(), [&](const Match &x) { return x.first >= start; });
    qsizetype pos = words[start].begin;
    for (std::size_t w = start; w < stop; ++w) {
        const bool opens = m != matches.end() && m->first == w && m->last < stop;
        out += QStringView(text).mid(pos, words[w].begin - pos);
        if (opens) {
            out += QLatin1Char('[');
            out += QStringView(text).mid(words[w].begin, words[m->last].end - words[w].begin);
            out += QLatin1Char(']');
            pos = words[m->last].end;
            w = m->last;
            ++m;
            continue;
        }
        if (m != matches.end() && m->first == w) {
            ++m; // a phrase cut by the window's end stays unmarked
        }
        out += QStringView(text).mid(words[w].begin, words[w].end - words[w].begin);
        pos = words[w].end;
    }
    if (stop < words.size()) {
        out += QChar(0x2026);
    }
    // Line breaks of page text would break the one-line display of a hit.
    return out.simplified();
}

} // namespace evalreview
