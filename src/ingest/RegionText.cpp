#include "RegionText.h"

#include "TextJoin.h"

namespace evalreview::ingest {

namespace {

bool centreInside(const NormRect &box, const NormRect &region)
{
    const double cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
    return cx >= region.x0 && cx <= region.x1 && cy >= region.y0 && cy <= region.y1;
}

} // namespace

QString textInRegion(const Page &page, const NormRect &region)
{
    QString text;
    LineEndHyphen previous = LineEndHyphen::Guess; // how the line before this one ends
    auto addLine = [&](const QList<Word> &words, LineEndHyphen endHyphen) {
        QString line;
        for (const Word &w : words) {
            if (centreInside(w.box, region)) {
                line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + w.text;
            }
        }
        if (!line.isEmpty()) {
            appendLine(text, line, previous);
            previous = endHyphen;
        }
    };
    for (const TextBlock &block : page.blocks) {
        for (const TextLine &line : block.lines) {
            addLine(line.words, line.endHyphen);
        }
    }
    // Running headers and footers are kept apart from the blocks; a region drawn on them gets them.
    for (const TextLine &line : page.furniture) {
        addLine(line.words, line.endHyphen);
    }
    return withoutSoftHyphens(text).simplified();
}

} // namespace evalreview::ingest
