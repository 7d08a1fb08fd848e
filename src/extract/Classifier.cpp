// Names a document's kind from its content: weighted cues (title words, table header words,
// vocabulary) per kind, thresholds in docs/extraction.md. Never looks at the file name.
#include "ClassifierCues.h"
#include "Extraction.h"
#include "Model.h"
#include "TextJoin.h"
#include "TextTools.h"

#include <QMap>

namespace evalreview::extract {

namespace {

/// The opening of the document (its first page, where titles sit) and the whole text, folded.
std::pair<QString, QString> foldedText(const DocumentContent &content)
{
    QString opening;
    QString all;
    for (const Page &page : content.pages) {
        QString pageText;
        for (const TextBlock &b : page.blocks) {
            pageText += b.text() + QLatin1Char('\n');
        }
        if (page.blocks.isEmpty()) {
            for (const Word &w : page.words) {
                pageText += w.text + QLatin1Char(' ');
            }
        }
        if (opening.isEmpty()) {
            opening = pageText;
        }
        all += pageText + QLatin1Char('\n');
    }
    for (const Table &t : content.tables) {
        all += t.headers.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return {text::fold(opening.left(1500)), text::fold(all)};
}

} // namespace

QMap<QString, int> kindScores(const DocumentContent &content)
{
    const auto [opening, all] = foldedText(content);
    QMap<QString, int> scores;
    for (const Cue &cue : cues()) {
        const QString &where = cue.openingOnly ? opening : all;
        const int hits = int(std::min<qsizetype>(cue.maxHits, where.count(cue.pattern)));
        scores[cue.kind] += hits * cue.weight;
    }
    return scores;
}

QString classify(const DocumentContent &content)
{
    const QMap<QString, int> scores = kindScores(content);
    QString best = kinds::Unknown;
    int bestScore = 0;
    int second = 0;
    for (auto it = scores.begin(); it != scores.end(); ++it) {
        if (it.value() > bestScore) {
            second = bestScore;
            bestScore = it.value();
            best = it.key();
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    if (bestScore < kMinimumScore || bestScore - second < kMinimumLead) {
        return kinds::Unknown;
    }
    return best;
}

} // namespace evalreview::extract
