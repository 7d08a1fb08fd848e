#include "LayoutAnalyzer.h"

#include "BlockBuilder.h"
#include "ColumnLayout.h"
#include "LineBuilder.h"
#include "RunningFurniture.h"
#include "TextJoin.h"

#include <QtConcurrent>

namespace evalreview::ingest {

namespace {

void layOutPage(Page &page, const PageMetrics &metrics, const QList<LineFragment> &fragments,
                const QList<bool> &furniture)
{
    QList<LineFragment> body;
    QList<LineFragment> margin;
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        (furniture.at(i) ? margin : body).append(fragments.at(i));
    }
    page.blocks.clear();
    for (const ReadingRegion &region : readingRegions(body, metrics)) {
        page.blocks.append(buildBlocks(joinRows(region.fragments, metrics), region.column, metrics));
    }
    page.furniture.clear();
    for (const LineFragment &f : std::as_const(margin)) {
        page.furniture.append(f.line); // each running element on its own (header left, date right)
    }
}

} // namespace

void analyzeLayout(DocumentContent &content)
{
    const qsizetype n = content.pages.size();
    QList<PageMetrics> metrics(n);
    QList<QList<LineFragment>> fragments(n);
    QList<int> indexes;
    for (qsizetype p = 0; p < n; ++p) {
        indexes.append(int(p));
    }
    QtConcurrent::blockingMap(indexes, [&](int p) {
        metrics[p] = pageMetrics(content.pages.at(p));
        fragments[p] = buildFragments(content.pages.at(p).words, metrics.at(p));
    });
    const QList<QList<bool>> furniture = findRunningFurniture(fragments, metrics);
    QtConcurrent::blockingMap(
        indexes, [&](int p) { layOutPage(content.pages[p], metrics.at(p), fragments.at(p), furniture.at(p)); });
}

} // namespace evalreview::ingest
