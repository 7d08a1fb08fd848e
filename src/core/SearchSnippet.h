#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace evalreview {

/// Folds a word the way the search index does (tokenize = 'unicode61 remove_diacritics 2'):
/// lower case, accents and other combining marks removed.
QString foldForSearch(const QString &word);

/// One positive part of a query, as the snippet highlights it: a word, or a phrase (several
/// words in a row); the last word is a prefix when `prefix` is set. Words are folded.
struct HighlightTerm
{
    QStringList words;
    bool prefix = false;
};

/// Builds a hit's snippet from its stored text: a window of at most `maxWords` words around the
/// best cluster of matches (the one that shows the most different terms), with [ and ] around
/// each matched word or phrase and … where the text is cut. Matching folds accents and case, so
/// "securite" marks "Sécurité". Without any match, the text's first words.
QString buildSnippet(const QString &text, const QList<HighlightTerm> &terms, int maxWords = 16);

} // namespace evalreview
