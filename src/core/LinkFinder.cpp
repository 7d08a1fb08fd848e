#include "LinkFinder.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

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

Bag bagOf(const QString &text)
{
    Bag bag;
    const QString folded = text.normalized(QString::NormalizationForm_D).toLower();
    QString word;
    auto flush = [&] {
        if (word.size() >= 3 && !stopWords().contains(word)) {
            bag[word.left(7)] += 1.0; // a crude stem: "strengthen"/"strengthening" meet
        }
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            flush();
        }
    }
    flush();
    return bag;
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
    // Only a word of the `from` side can give a `to` candidate a score: the `to` bags are kept as
    // lists of candidates per such word (with the word's weight) and a norm each, and each `from`
    // record adds up its products along its words' lists. Against 190,000 planned actions that is
    // the candidates sharing a word, not every pair.
    QList<Bag> fromBags;
    fromBags.reserve(from.size());
    QHash<QString, int> wordIds;
    for (const LinkCandidate &f : from) {
        fromBags.append(bagOf(f.text));
        for (auto it = fromBags.last().cbegin(); it != fromBags.last().cend(); ++it) {
            if (!wordIds.contains(it.key())) {
                wordIds.insert(it.key(), int(wordIds.size()));
            }
        }
    }
    std::vector<std::vector<std::pair<int, double>>> postings(std::size_t(wordIds.size()));
    std::vector<double> toNorm(std::size_t(to.size()), 0.0);
    for (int i = 0; i < to.size(); ++i) {
        const Bag bag = bagOf(to.at(i).text);
        for (auto it = bag.cbegin(); it != bag.cend(); ++it) {
            toNorm[std::size_t(i)] += it.value() * it.value();
            const int word = wordIds.value(it.key(), -1);
            if (word >= 0) {
                postings[std::size_t(word)].emplace_back(i, it.value());
            }
        }
    }
    QList<SuggestedLink> all;
    std::vector<double> dot(std::size_t(to.size()), 0.0);
    std::vector<int> touched;
    for (int f = 0; f < from.size(); ++f) {
        const Bag &fb = fromBags.at(f);
        double fromNorm = 0;
        for (auto it = fb.cbegin(); it != fb.cend(); ++it) {
            fromNorm += it.value() * it.value();
            for (const auto &[i, weight] : postings[std::size_t(wordIds.value(it.key()))]) {
                if (dot[std::size_t(i)] == 0.0) {
                    touched.push_back(i);
                }
                dot[std::size_t(i)] += it.value() * weight;
            }
        }
        const QString fc = codeNumber(from.at(f).code);
        std::sort(touched.begin(), touched.end()); // candidates in their order, as pair by pair
        for (const int i : touched) {
            const double text = dot[std::size_t(i)] / std::sqrt(fromNorm * toNorm[std::size_t(i)]);
            dot[std::size_t(i)] = 0.0;
            const bool sameCode = !fc.isEmpty() && fc == codeNumber(to.at(i).code);
            // Agreeing codes count only when the texts share something too.
            const double score = sameCode && text >= 0.15 ? std::min(1.0, 0.4 + 0.6 * text) : text;
            if (score >= threshold) {
                all.append({from.at(f).id, to.at(i).id, score});
            }
        }
        touched.clear();
    }
    std::sort(all.begin(), all.end(), [](const SuggestedLink &a, const SuggestedLink &b) { return a.score > b.score; });
    QSet<qint64> usedFrom;
    QSet<qint64> usedTo;
    QList<SuggestedLink> out;
    for (const SuggestedLink &l : all) {
        if (!usedFrom.contains(l.fromId) && !usedTo.contains(l.toId)) {
            usedFrom.insert(l.fromId);
            usedTo.insert(l.toId);
            out.append(l);
        }
    }
    return out;
}

} // namespace evalreview
