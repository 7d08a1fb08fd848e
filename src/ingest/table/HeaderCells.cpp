#include "HeaderCells.h"

#include <QRegularExpression>

#include <algorithm>

namespace evalreview::ingest::table {

/// `inDrawnRow`: the line runs through a row drawn with column borders, where a centred cell's
/// middle line may open in lower case ("de la" between "Respuesta" and "gerencia").
bool looksLikeHeaderCell(const Segment &s, bool inDrawnRow)
{
    if (s.words.size() > 5) {
        return false;
    }
    const QString t = s.text();
    const QChar first = t.at(0);
    if (!(first.isUpper() || first.isDigit() || first == QLatin1Char('#') || first == QLatin1Char('(') ||
          (inDrawnRow && first.isLower()))) {
        return false;
    }
    // Header cells name columns: no list markers, no sentence or clause endings ("No." is fine).
    static const QRegularExpression listMarker(
        QStringLiteral("^(\\d{1,2}(?:\\.\\d{1,2})+[a-z]?[.)]?|\\d{1,2}[.)]|[a-z][.)])\\s"));
    if (listMarker.match(t).hasMatch()) {
        return false;
    }
    const bool endsClause = t.endsWith(QLatin1Char(',')) || t.endsWith(QLatin1Char(';')) ||
                            t.endsWith(QLatin1Char(':')) || (t.endsWith(QLatin1Char('.')) && t.size() > 4);
    return !endsClause;
}

/// A row label ("3.1a", "G1", "12", "Recommendation 4"), alone or opening the text ("Recommendation 2:
/// Extend ..."), marks a body row, not a header.
bool isRowLabel(const QString &text)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:[A-Za-z]{0,3}|\\p{L}{4,16}\\.?\\s)\\d{1,3}(?:[.\\-]\\d{1,2})*[a-z]?\\.?$"));
    // or opens the cell's text: "Recommendation 2: Extend the project", "R1 - Train"
    static const QRegularExpression opening(QStringLiteral(
        "^(?:[A-Za-z]{0,3}|\\p{L}{4,16}\\.?\\s)\\d{1,3}(?:[.\\-]\\d{1,2})*[a-z]?\\s*[:.)\u2013\u2014-]\\s+\\S"));
    return label.match(text).hasMatch() || opening.match(text).hasMatch();
}

bool endsMidPhrase(const QString &text)
{
    static const QRegularExpression open(
        QStringLiteral("\\b(?:to|of|and|or|the|an|for|with|in|on|by|from|at|de|la|le|les|des|du|et|ou|en|"
                       "au|aux|pour|par|el|los|las|del|con|para|por|un|una)$")); // lower case: "UN" is a name
    return open.match(text.trimmed()).hasMatch();
}

double segmentGap(const VisualLine &line, const Page &page)
{
    return std::max(6.0, 1.2 * (line.fontSize > 0 ? line.fontSize : 10)) * pointX(page);
}

double headerCellGap(const VisualLine &line, const Page &page, double wordSpace)
{
    // The page's word space comes from its prose, which justified text stretches; header cells
    // are set ragged, their spaces a third of an em at most.
    constexpr double kRaggedSpaceEm = 0.3;
    const double space = std::min(wordSpace, kRaggedSpaceEm * line.fontSize * pointX(page));
    return wordSpace > 0 ? std::max(1.2 * space, 2.5 * pointX(page)) : segmentGap(line, page);
}

/// Header cells name their columns in a few words; a drawn band holding sentences is a body row.
bool namesColumns(const QStringList &texts)
{
    constexpr int kMaxCellWords = 15, kMaxMeanWords = 6;
    qsizetype total = 0;
    for (const QString &t : texts) {
        const qsizetype words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        if (words > kMaxCellWords) {
            return false;
        }
        total += words;
    }
    return total <= kMaxMeanWords * texts.size();
}

} // namespace evalreview::ingest::table
