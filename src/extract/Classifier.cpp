// Names a document's kind from its content: weighted cues (title words, table header words,
// vocabulary) per kind, thresholds in docs/extraction.md. Never looks at the file name.
#include "ClassifierCues.h"
#include "Extraction.h"
#include "Model.h"
#include "TextJoin.h"
#include "TextTools.h"

#include <QMap>

#include <spdlog/spdlog.h>

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
        const QString where = cue.coverOnly ? opening.left(kCoverChars) : cue.openingOnly ? opening : all;
        const int hits = int(std::min<qsizetype>(cue.maxHits, where.count(cue.pattern)));
        scores[cue.kind] += hits * cue.weight;
        if (hits > 0) {
            spdlog::trace("cue {} x{} for {}: {}", cue.weight, hits, cue.kind.toStdString(),
                          cue.pattern.pattern().left(60).toStdString());
        }
    }
    return scores;
}

QString genreOf(const DocumentContent &content)
{
    const QString cover = foldedText(content).first.left(kCoverChars);
    for (const Genre &g : otherGenres()) {
        if (cover.contains(g.pattern)) {
            return g.name;
        }
    }
    return {};
}

QString classify(const DocumentContent &content)
{
    const QMap<QString, int> scores = kindScores(content);
    if (spdlog::should_log(spdlog::level::debug)) {
        QStringList parts;
        for (auto it = scores.begin(); it != scores.end(); ++it) {
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        }
        spdlog::debug("kind scores: {}", parts.join(QStringLiteral(", ")).toStdString());
    }
    QString best = kinds::Other;
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
        return kinds::Other;
    }
    return best;
}

} // namespace evalreview::extract
