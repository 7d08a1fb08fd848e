#include "TextJoin.h"

#include <QSet>
#include <QStringList>

namespace evalreview::ingest {

namespace {

const QChar kSoftHyphen(0x00AD);

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010);
}

/// First parts that usually keep their hyphen ("well-known", "self-employment", "twelve-month").
const QSet<QString> &compoundHeads()
{
    static const QSet<QString> heads = [] {
        QSet<QString> s;
        for (const char *w :
             {"well",  "self",   "non",     "co",       "multi",    "cross",   "long",     "short",  "medium", "mid",
              "high",  "low",    "follow",  "cost",     "decision", "semi",    "ex",       "anti",   "full",   "part",
              "small", "large",  "all",     "life",     "one",      "two",     "three",    "four",   "five",   "six",
              "seven", "eight",  "nine",    "ten",      "eleven",   "twelve",  "first",    "second", "third",  "top",
              "time",  "gender", "country", "donor",    "result",   "results", "evidence", "quasi",  "macro",  "meso",
              "micro", "socio",  "growth",  "resource", "less",     "more",    "so"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return heads;
}

/// Second parts that usually follow a hyphen ("long-term", "capacity-building").
const QSet<QString> &compoundTails()
{
    static const QSet<QString> tails = [] {
        QSet<QString> s;
        for (const char *w :
             {"term",    "based",     "level",    "making",    "up",    "cutting", "known",   "effective", "specific",
              "related", "sensitive", "oriented", "owned",     "led",   "wide",    "scale",   "building",  "month",
              "months",  "year",      "years",    "day",       "days",  "week",    "weeks",   "being",     "friendly",
              "driven",  "sharing",   "funded",   "sponsored", "bound", "focused", "centred", "centered",  "to",
              "face",    "off",       "out",      "in",        "on"}) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return tails;
}

QString lastWord(const QString &text)
{
    qsizetype i = text.size();
    while (i > 0 && !text.at(i - 1).isSpace()) {
        --i;
    }
    return text.mid(i);
}

QString firstWordLower(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i).isLetter()) {
        ++i;
    }
    return line.left(i).toLower();
}

bool keepsHyphen(const QString &word, const QString &next)
{
    // word ends with the hyphen; next is the following line.
    const QString stem = word.chopped(1);
    if (stem.isEmpty() || !stem.at(stem.size() - 1).isLetter() || !next.at(0).isLower()) {
        return true;
    }
    if (stem.contains(QLatin1Char('-')) || stem.contains(QChar(0x2010))) {
        return true; // "face-to-" + "face", "state-of-the-" + "art"
    }
    QString head = stem.toLower();
    while (!head.isEmpty() && !head.at(0).isLetter()) {
        head.remove(0, 1);
    }
    return compoundHeads().contains(head) || compoundTails().contains(firstWordLower(next));
}

QString bareWord(const QString &word)
{
    qsizetype from = 0;
    qsizetype to = word.size();
    while (from < to && !word.at(from).isLetterOrNumber()) {
        ++from;
    }
    while (to > from && !word.at(to - 1).isLetterOrNumber()) {
        --to;
    }
    return word.mid(from, to - from).toLower();
}

} // namespace

QSet<QString> documentVocabulary(const QList<Page> &pages)
{
    QSet<QString> words;
    for (const Page &p : pages) {
        for (const Word &w : p.words) {
            words.insert(bareWord(withoutSoftHyphens(w.text)));
        }
    }
    return words;
}

void settleLineEndHyphens(QList<Page> &pages)
{
    const QSet<QString> vocabulary = documentVocabulary(pages);
    for (Page &page : pages) {
        for (TextBlock &block : page.blocks) {
            for (qsizetype i = 0; i + 1 < block.lines.size(); ++i) {
                TextLine &line = block.lines[i];
                if (line.words.isEmpty() || block.lines.at(i + 1).words.isEmpty()) {
                    continue;
                }
                const QString last = line.words.constLast().text;
                if (last.size() < 3 || !isHyphen(last.at(last.size() - 1))) {
                    continue;
                }
                const QString head = bareWord(last);
                const QString tail = bareWord(block.lines.at(i + 1).words.constFirst().text);
                if (head.isEmpty() || tail.isEmpty()) {
                    continue;
                }
                if (vocabulary.contains(head + QLatin1Char('-') + tail)) {
                    line.endHyphen = LineEndHyphen::Keep;
                } else if (vocabulary.contains(head + tail)) {
                    line.endHyphen = LineEndHyphen::Join;
                }
            }
        }
    }
}

QString withoutSoftHyphens(QString text)
{
    return text.remove(kSoftHyphen);
}

namespace {

/// The line without soft hyphens, except one at its very end (it marks a word broken there).
QString cleaned(const QString &line)
{
    const bool broken = line.endsWith(kSoftHyphen);
    QString out = withoutSoftHyphens(line).trimmed();
    if (broken) {
        out += kSoftHyphen;
    }
    return out;
}

} // namespace

bool endsWithClosedDash(const QString &text)
{
    return text.size() >= 2 && text.back() == QChar(0x2014) && !text.at(text.size() - 2).isSpace();
}

void appendLine(QString &text, const QString &rawLine, LineEndHyphen hint)
{
    const QString line = cleaned(rawLine.trimmed());
    if (line.isEmpty()) {
        return;
    }
    if (text.isEmpty()) {
        text = line;
        return;
    }
    if (text.endsWith(kSoftHyphen)) {
        text.chop(1);
        text += line;
        return;
    }
    if (endsWithClosedDash(text)) {
        text += line;
        return;
    }
    const QString word = lastWord(text);
    if (word.size() >= 2 && isHyphen(word.at(word.size() - 1))) {
        const bool keep = hint == LineEndHyphen::Guess ? keepsHyphen(word, line) : hint == LineEndHyphen::Keep;
        if (!keep) {
            text.chop(1);
        }
        text += line;
        return;
    }
    text += QLatin1Char(' ') + line;
}

} // namespace evalreview::ingest
