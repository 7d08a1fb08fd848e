#include "RunningFurniture.h"

#include <QHash>
#include <QRegularExpression>

namespace evalreview::ingest {

namespace {

constexpr double kMarginBand = 0.13; ///< top and bottom share of the page searched
constexpr double kSameHeight = 0.02; ///< tolerance on the vertical position across pages

bool inMarginBand(const NormRect &r)
{
    return r.y1 <= kMarginBand || r.y0 >= 1 - kMarginBand;
}

struct Occurrence
{
    int page;
    double y;
};

/// Drops candidates that sit within 1.25 em of body text on the side facing the page centre (a
/// header repeated atop a table sits a line space above it; a running stamp, a blank line or more).
void keepOnlySetOff(const QList<LineFragment> &fragments, QList<bool> &flags, double emY)
{
    QList<bool> kept = flags;
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        if (!flags.at(i)) {
            continue;
        }
        const NormRect &f = fragments.at(i).line.box;
        const bool top = f.y1 <= kMarginBand;
        double gap = 1;
        for (qsizetype j = 0; j < fragments.size(); ++j) {
            if (flags.at(j)) {
                continue;
            }
            const NormRect &b = fragments.at(j).line.box;
            if (top && b.y0 >= f.y1) {
                gap = std::min(gap, b.y0 - f.y1);
            } else if (!top && b.y1 <= f.y0) {
                gap = std::min(gap, f.y0 - b.y1);
            }
        }
        kept[i] = gap >= 1.25 * emY;
    }
    flags = kept;
}

/// Drops candidates with body text beside them or on their outer side: a form's label that
/// happens to stand at the same height on several pages, with its value beside it and the form's
/// next row below it. Repeated until no more drop: a dropped candidate is body text for the rest.
void keepOnlyOutermost(const QList<LineFragment> &fragments, QList<bool> &flags)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype i = 0; i < fragments.size(); ++i) {
            if (!flags.at(i)) {
                continue;
            }
            const NormRect &f = fragments.at(i).line.box;
            const bool top = f.y1 <= kMarginBand;
            for (qsizetype j = 0; j < fragments.size() && flags.at(i); ++j) {
                const NormRect &b = fragments.at(j).line.box;
                const double overlap = std::min(f.y1, b.y1) - std::max(f.y0, b.y0);
                const bool beside = overlap > 0.5 * std::min(f.height(), b.height());
                if (!flags.at(j) && (beside || (top ? b.y1 <= f.y0 : b.y0 >= f.y1))) {
                    flags[i] = false;
                    changed = true;
                }
            }
        }
    }
}

} // namespace

QString furnitureKey(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    static const QRegularExpression roman(QStringLiteral("^[ivxlc]+$"));
    QString key = text.simplified().toLower();
    if (roman.match(key).hasMatch()) {
        return QStringLiteral("#");
    }
    key.replace(number, QStringLiteral("#"));
    return key;
}

QList<QList<bool>> findRunningFurniture(const QList<QList<LineFragment>> &pages, const QList<PageMetrics> &metrics)
{
    QList<QList<bool>> flags;
    QHash<QString, QList<Occurrence>> seen;
    QList<QList<QString>> keys;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        flags.append(QList<bool>(pages.at(p).size(), false));
        QList<QString> pageKeys;
        for (const LineFragment &f : pages.at(p)) {
            QString key;
            if (inMarginBand(f.line.box)) {
                key = furnitureKey(f.line.text());
                seen[key].append({int(p), (f.line.box.y0 + f.line.box.y1) / 2});
            }
            pageKeys.append(key);
        }
        keys.append(pageKeys);
    }
    const int minPages = pages.size() <= 5 ? 2 : 3;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        for (qsizetype i = 0; i < pages.at(p).size(); ++i) {
            const QString &key = keys.at(p).at(i);
            if (key.isEmpty()) {
                continue;
            }
            const LineFragment &f = pages.at(p).at(i);
            const double y = (f.line.box.y0 + f.line.box.y1) / 2;
            QList<int> pagesAtHeight;
            for (const Occurrence &o : seen.value(key)) {
                if (std::abs(o.y - y) <= kSameHeight && !pagesAtHeight.contains(o.page)) {
                    pagesAtHeight.append(o.page);
                }
            }
            flags[p][i] = pagesAtHeight.size() >= minPages;
        }
        keepOnlySetOff(pages.at(p), flags[p], metrics.at(p).emY);
        keepOnlyOutermost(pages.at(p), flags[p]);
    }
    return flags;
}

} // namespace evalreview::ingest
