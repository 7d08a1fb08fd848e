#include "WordTable.h"

#include "TextJoin.h"
#include "TextTools.h"

#include <algorithm>
#include <cmath>

namespace evalreview::extract {

namespace {

/// Words sharing a baseline, left to right.
struct VisualLine
{
    QList<const Word *> words;
    double y0 = 1, y1 = 0, size = 0;
    QString text() const
    {
        QStringList t;
        for (const Word *w : words) {
            t << w->text;
        }
        return t.join(QLatin1Char(' '));
    }
};

QList<VisualLine> visualLines(const Page &page)
{
    QList<const Word *> words;
    for (const Word &w : page.words) {
        words << &w;
    }
    std::sort(words.begin(), words.end(),
              [](const Word *a, const Word *b) { return a->box.y0 + a->box.y1 < b->box.y0 + b->box.y1; });
    QList<VisualLine> lines;
    for (const Word *w : words) {
        const double mid = (w->box.y0 + w->box.y1) / 2;
        if (!lines.isEmpty() && mid > lines.last().y0 && mid < lines.last().y1) {
            VisualLine &l = lines.last();
            l.words << w;
            l.y0 = std::min(l.y0, w->box.y0);
            l.y1 = std::max(l.y1, w->box.y1);
            continue;
        }
        VisualLine l;
        l.words << w;
        l.y0 = w->box.y0;
        l.y1 = w->box.y1;
        lines << l;
    }
    for (VisualLine &l : lines) {
        std::sort(l.words.begin(), l.words.end(), [](const Word *a, const Word *b) { return a->box.x0 < b->box.x0; });
        QList<double> sizes;
        for (const Word *w : l.words) {
            sizes << w->fontSize;
        }
        std::sort(sizes.begin(), sizes.end());
        l.size = sizes.at(sizes.size() / 2);
    }
    return lines;
}

/// Left edges of the word clusters of a line: a new cluster after a gap wider than ~1.2 em.
QList<double> clusterLefts(const VisualLine &l, double emX)
{
    QList<double> lefts;
    double prevRight = -1;
    for (const Word *w : l.words) {
        if (prevRight < 0 || w->box.x0 - prevRight > 1.2 * emX) {
            lefts << w->box.x0;
        }
        prevRight = w->box.x1;
    }
    return lefts;
}

int columnOf(const QList<double> &lefts, double x)
{
    int c = 0;
    for (int i = 0; i < lefts.size(); ++i) {
        if (x >= lefts.at(i) - 0.006) {
            c = i;
        }
    }
    return c;
}

void mergeLefts(QList<double> &all, const QList<double> &more)
{
    for (double x : more) {
        const bool known = std::any_of(all.begin(), all.end(), [x](double a) { return std::abs(a - x) < 0.02; });
        if (!known) {
            all << x;
        }
    }
    std::sort(all.begin(), all.end());
}

/// Whether the page draws horizontal rulings across the table's first column, and whether one
/// of them closes the table below `bottom` (before the next text, within a few lines).
void readRulings(WordTable &t, const Page &page, double bottom, double lineHeight, double nextTop)
{
    if (t.lefts.size() < 2) {
        return;
    }
    const double from = t.lefts.at(0), to = t.lefts.at(1);
    int across = 0;
    for (const Ruling &r : page.rulings) {
        if (!r.horizontal || r.box.x0 > from + 0.01 || r.box.x1 < to) {
            continue;
        }
        ++across;
        const double y = (r.box.y0 + r.box.y1) / 2;
        if (y >= bottom && y <= std::min(nextTop, bottom + 3 * lineHeight)) {
            t.closedAtFoot = true;
        }
    }
    t.ruled = across >= 2;
    t.closedAtFoot = t.closedAtFoot && t.ruled;
}

WordTable readPage(const Page &page, const QList<VisualLine> &lines, qsizetype headerAt)
{
    WordTable t;
    t.page = page.number;
    const double emX = lines.at(headerAt).size / std::max(1.0, page.sizePt.width());
    const double headerSize = lines.at(headerAt).size;
    qsizetype body = headerAt;
    QList<double> lefts;
    while (body < lines.size() && std::abs(lines.at(body).size - headerSize) < 0.3 &&
           (body == headerAt ||
            lines.at(body).y0 - lines.at(body - 1).y1 < 0.5 * (lines.at(body).y1 - lines.at(body).y0))) {
        mergeLefts(lefts, clusterLefts(lines.at(body), emX));
        ++body;
    }
    QList<QStringList> headerText(lefts.size());
    for (qsizetype i = headerAt; i < body; ++i) {
        for (const Word *w : lines.at(i).words) {
            headerText[columnOf(lefts, w->box.x0)] << w->text;
        }
    }
    if (body >= lines.size()) {
        return t;
    }
    // a row-label column without a header
    double minX = 1;
    const double bodySize = lines.at(body).size;
    for (qsizetype i = body; i < lines.size() && std::abs(lines.at(i).size - bodySize) < 0.5; ++i) {
        minX = std::min(minX, lines.at(i).words.first()->box.x0);
    }
    if (!lefts.isEmpty() && minX < lefts.first() - 0.02) {
        lefts.prepend(minX);
        headerText.prepend({});
    }
    t.lefts = lefts;
    for (const QStringList &h : headerText) {
        t.headers << text::joinLines({h.join(QLatin1Char(' '))});
    }
    const double lineH = lines.at(body).y1 - lines.at(body).y0;
    QList<std::pair<const VisualLine *, bool>> pending; // the lines of the current row, spanning or not
    auto flush = [&] {
        if (pending.isEmpty()) {
            return;
        }
        WordRow row;
        row.page = page.number;
        row.cells.resize(lefts.size());
        row.spanning = std::all_of(pending.begin(), pending.end(), [](const auto &p) { return p.second; });
        for (const auto &[l, spans] : pending) {
            QList<QStringList> parts(lefts.size());
            for (const Word *w : l->words) {
                const int c = row.spanning ? 0 : columnOf(lefts, w->box.x0);
                parts[c] << w->text;
                row.cells[c].source.add(page.number, w->box);
            }
            for (int c = 0; c < parts.size(); ++c) {
                if (!parts.at(c).isEmpty()) {
                    row.cells[c].lines << parts.at(c).join(QLatin1Char(' '));
                }
            }
        }
        t.rows << row;
        pending.clear();
    };
    double lastY1 = -1;
    double nextTop = 1; // the first line below the table
    for (qsizetype i = body; i < lines.size(); ++i) {
        const VisualLine &l = lines.at(i);
        if (std::abs(l.size - bodySize) > bodySize * 0.1 || (lastY1 >= 0 && l.y0 - lastY1 > 2.5 * lineH)) {
            nextTop = l.y0;
            break;
        }
        if (lastY1 < 0 || l.y0 - lastY1 > 0.5 * lineH) {
            flush();
        }
        lastY1 = l.y1;
        // a line whose words run across a column edge at normal word spacing spans the columns
        bool spans = false;
        for (qsizetype k = 1; k < l.words.size(); ++k) {
            const int a = columnOf(lefts, l.words.at(k - 1)->box.x0);
            const int b = columnOf(lefts, l.words.at(k)->box.x0);
            if (a != b && l.words.at(k)->box.x0 - l.words.at(k - 1)->box.x1 < 0.5 * emX) {
                spans = true;
            }
        }
        pending.append({&l, spans});
    }
    flush();
    readRulings(t, page, lastY1, lineH, nextTop);
    if (!t.rows.isEmpty() && t.rows.first().cells.first().lines.isEmpty()) {
        t.rows.first().continued = true;
    }
    return t;
}

} // namespace

QString WordCell::text() const
{
    return text::joinLines(lines);
}

QList<WordTable> readWordTables(const DocumentContent &content,
                                const std::function<bool(const QString &foldedHeaderText)> &isHeader)
{
    QList<WordTable> out;
    const bool openSplits = splitRowsLeftOpen(content.pages);
    for (const Page &page : content.pages) {
        const QList<VisualLine> lines = visualLines(page);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            // the header band: this line and the next few at the same size
            QString band;
            for (qsizetype k = i; k < lines.size() && k < i + 4 && std::abs(lines.at(k).size - lines.at(i).size) < 0.3;
                 ++k) {
                band += lines.at(k).text() + QLatin1Char(' ');
            }
            const double emX = lines.at(i).size / std::max(1.0, page.sizePt.width());
            if (clusterLefts(lines.at(i), emX).size() >= 2 && isHeader(text::fold(band))) {
                WordTable t = readPage(page, lines, i);
                t.closedAtFoot = t.closedAtFoot && openSplits; // else every row is closed at a break
                if (!t.rows.isEmpty()) {
                    out << t;
                }
                break;
            }
        }
    }
    return out;
}

} // namespace evalreview::extract
