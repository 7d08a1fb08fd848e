#include "TableRows.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace evalreview::ingest::table {

namespace {

constexpr double EdgeTolerance = 0.004;

double median(QList<double> v)
{
    if (v.isEmpty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool isLabelLike(const QString &text)
{
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z]{0,4}[.\\- ]?\\d{1,3}(?:[.\\-]\\d{1,2})*[a-z]?\\.?$"));
    return label.match(text.trimmed()).hasMatch();
}

bool opensWithNumber(const VisualLine &line, const QList<double> &edges)
{
    static const QRegularExpression number(QStringLiteral("^\\d{1,2}(?:\\.\\d{1,2})+[a-z]?$|^\\d{1,2}[.)]$"));
    return !line.words.isEmpty() && columnOf(edges, line.words.first().box) == 0 &&
           number.match(line.words.first().text).hasMatch();
}

} // namespace

/// A row label opening a line of the first column: a code alone ("3.1a"), or a word and a number
/// alone ("Recommendation 4", "Rec. 4") or closed by a stop before the text ("Recommendation 4.
/// The Executive Boards ...").
bool isWordLabel(const QString &text)
{
    static const QRegularExpression label(
        QStringLiteral("^\\p{L}{3,16}\\.?\\s\\d{1,3}(?:\\.\\d{1,2})*[a-z]?(?:\\.?$|[.:]\\s+\\S)"));
    return label.match(text.trimmed()).hasMatch();
}

bool isLeadLabel(const QString &text)
{
    return isLabelLike(text) || isWordLabel(text);
}

int columnOf(const QList<double> &edges, const NormRect &box)
{
    int column = 0;
    for (int c = 1; c + 1 < edges.size(); ++c) {
        if (box.x0 >= edges[c] - EdgeTolerance) {
            column = c;
        }
    }
    return column;
}

double wordSpaceOf(const QList<VisualLine> &lines, const Page &page)
{
    QList<double> gaps;
    for (const VisualLine &l : lines) {
        for (int i = 1; i < l.words.size(); ++i) {
            const double gap = l.words[i].box.x0 - l.words[i - 1].box.x1;
            const double em = (l.fontSize > 0 ? l.fontSize : 10) * pointX(page);
            if (gap > 0 && gap < em) {
                gaps.append(gap);
            }
        }
    }
    return gaps.isEmpty() ? 4 * pointX(page) : 1.3 * median(gaps);
}

bool crossesColumns(const VisualLine &line, const QList<double> &edges, double wordSpace)
{
    // Words of two columns closer than the words of a cell run across the boundary, unless the
    // boundary lies in the gap between them and the line fills three cells or more: borderless
    // cells set a word's space apart (LibreOffice's default cell margins) are still cells, while
    // a title across a two-column table may have a space just where the columns meet.
    int closeAtEdge = 0;
    QSet<int> columns;
    for (int i = 0; i < line.words.size(); ++i) {
        const Word &w = line.words[i];
        const int c = columnOf(edges, w.box);
        columns.insert(c);
        if (c + 1 < edges.size() - 1 && w.box.x1 > edges[c + 1] + 2 * EdgeTolerance) {
            return true;
        }
        if (i > 0) {
            const Word &prev = line.words[i - 1];
            const int p = columnOf(edges, prev.box);
            if (p == c || w.box.x0 - prev.box.x1 >= wordSpace) {
                continue;
            }
            const bool edgeInGap = p + 1 < edges.size() && prev.box.x1 <= edges[p + 1] + EdgeTolerance &&
                                   w.box.x0 >= edges[p + 1] - EdgeTolerance;
            if (!edgeInGap) {
                return true;
            }
            ++closeAtEdge;
        }
    }
    constexpr int kCellsSideBySide = 3;
    return closeAtEdge > 0 && columns.size() < kCellsSideBySide;
}

bool RowRules::between(double a, double b) const
{
    constexpr double kSlack = 0.002; // a rule may touch the glyph boxes it separates
    return std::any_of(ys.begin(), ys.end(), [&](double y) { return y >= a - kSlack && y <= b + kSlack; });
}

RowRules RowRules::of(const QList<Ruling> &rulings, const QList<double> &edges, const QList<VisualLine> &body)
{
    RowRules rules;
    if (edges.size() < 2 || body.isEmpty()) {
        return rules;
    }
    // rules from just above the body to a little below it (the rule that closes the last row)
    const double margin = 3 * body.first().box.height();
    const double top = body.first().box.y0 - margin, bottom = body.last().box.y1 + margin;
    for (const Ruling &r : rulings) {
        const double y = (r.box.y0 + r.box.y1) / 2;
        if (r.horizontal && r.box.x0 <= edges[0] + 0.01 && r.box.x1 >= edges[1] - 0.01 && y >= top && y <= bottom) {
            rules.ys.append(y);
        }
    }
    std::sort(rules.ys.begin(), rules.ys.end());
    rules.inner = std::any_of(rules.ys.begin(), rules.ys.end(),
                              [&](double y) { return y > body.first().box.y1 && y < body.last().box.y0; });
    // One drawn row: rules above and below the body and column walls through all of it (a table
    // with rules under its header and at its foot only draws no walls).
    constexpr double kNear = 0.005;
    const bool closedAbove =
        std::any_of(rules.ys.begin(), rules.ys.end(), [&](double y) { return y <= body.first().box.y0 + kNear; });
    const bool closedBelow =
        std::any_of(rules.ys.begin(), rules.ys.end(), [&](double y) { return y >= body.last().box.y1 - kNear; });
    const bool walled = std::any_of(rulings.begin(), rulings.end(), [&](const Ruling &r) {
        const double x = (r.box.x0 + r.box.x1) / 2;
        return !r.horizontal && r.box.y0 <= body.first().box.y0 && r.box.y1 >= body.last().box.y1 &&
               std::any_of(edges.begin() + 1, edges.end() - 1, [&](double e) { return std::abs(x - e) < 0.02; });
    });
    rules.oneDrawnRow = !rules.inner && closedAbove && closedBelow && walled;
    return rules;
}

bool crossesColumns(const VisualLine &line, const QList<double> &edges, double wordSpace, const QList<Ruling> &rulings)
{
    const double mid = (line.box.y0 + line.box.y1) / 2;
    QList<double> walls; // x of the vertical rules at this line's height
    for (const Ruling &r : rulings) {
        if (!r.horizontal && r.box.y0 <= mid && r.box.y1 >= mid) {
            walls.append((r.box.x0 + r.box.x1) / 2);
        }
    }
    if (walls.size() < 2) {
        return crossesColumns(line, edges, wordSpace);
    }
    constexpr double kNearEdge = 0.02; // a rule this close to a header-derived edge draws that edge
    for (int e = 1; e + 1 < edges.size(); ++e) {
        const bool drawn =
            std::any_of(walls.begin(), walls.end(), [&](double x) { return std::abs(x - edges[e]) < kNearEdge; });
        if (drawn) {
            continue;
        }
        for (int i = 0; i < line.words.size(); ++i) {
            const NormRect &b = line.words[i].box;
            if (b.x0 < edges[e] - EdgeTolerance && b.x1 > edges[e] + EdgeTolerance) {
                return true; // a word over an undrawn edge
            }
            if (i > 0 && line.words[i - 1].box.x1 < edges[e] && b.x0 >= edges[e] &&
                b.x0 - line.words[i - 1].box.x1 < wordSpace) {
                return true; // words at word spacing on both sides of an undrawn edge
            }
        }
    }
    return false;
}

TableRow RowAssembler::newRow(int page) const
{
    TableRow row;
    row.page = page;
    const int columns = static_cast<int>(m_edges.size()) - 1;
    for (int c = 0; c < columns; ++c) {
        TableCell cell;
        cell.box = {m_edges[c], 1, m_edges[c + 1], 0};
        row.cells.append(cell);
    }
    return row;
}

void RowAssembler::appendLine(TableRow &row, const VisualLine &line, int page, bool spanning) const
{
    QList<TextLine> parts(row.cells.size());
    for (const Word &w : line.words) {
        const int c = spanning ? 0 : std::min<int>(columnOf(m_edges, w.box), row.cells.size() - 1);
        TextLine &l = parts[c];
        l.words.append(w);
        l.box = l.box.united(w.box);
        l.fontSize = std::max(l.fontSize, w.fontSize);
        l.page = page;
    }
    for (int c = 0; c < parts.size(); ++c) {
        if (parts[c].words.isEmpty()) {
            continue;
        }
        QList<Word> &words = parts[c].words;
        // a visible gap is a space even where the text layer has none (justified lines)
        for (qsizetype k = 0; k + 1 < words.size(); ++k) {
            const double charWidth = words[k].box.width() / std::max<qsizetype>(1, words[k].text.size());
            words[k].spaceAfter = words[k].spaceAfter || words[k + 1].box.x0 - words[k].box.x1 > 0.25 * charWidth;
        }
        words.last().spaceAfter = false;
        parts[c].bold = isMostlyBold(words);
        row.cells[c].lines.append(parts[c]);
        if (page == row.page) {
            NormRect &box = row.cells[c].box;
            box.y0 = std::min(box.y0, line.box.y0);
            box.y1 = std::max(box.y1, line.box.y1);
        }
    }
    if (spanning) {
        row.cells[0].columnSpan = static_cast<int>(row.cells.size());
    }
}

void RowAssembler::finishRow(TableRow &row) const
{
    // Every cell spans the row's height on its first page.
    double top = 1, bottom = 0;
    for (const TableCell &c : std::as_const(row.cells)) {
        top = std::min(top, c.box.y0);
        bottom = std::max(bottom, c.box.y1);
    }
    for (TableCell &c : row.cells) {
        c.box.y0 = top;
        c.box.y1 = std::max(top, bottom);
    }
    int filled = 0;
    for (const TableCell &c : std::as_const(row.cells)) {
        filled += c.lines.isEmpty() ? 0 : 1;
    }
    const QString first = row.cells.isEmpty() ? QString() : row.cells.first().text();
    // A lone heading in the first column ("Ghana") or across the row is a section row.
    row.sectionRow = filled == 1 && !first.isEmpty() && !isLabelLike(first) &&
                     first.split(QLatin1Char(' ')).size() <= 6 && row.cells.size() > 1;
    if (row.sectionRow) {
        row.cells[0].columnSpan = static_cast<int>(row.cells.size());
    }
}

bool RowAssembler::labelMode(const QList<VisualLine> &lines) const
{
    // The first column holds row labels when it prints short texts: either on few of the lines
    // (labels of multi-line rows) or on lines that fill other columns too (one line per row).
    int withFirst = 0, total = 0, longLabels = 0, multiColumn = 0;
    for (const VisualLine &l : lines) {
        QStringList first;
        QList<int> columns;
        for (const Word &w : l.words) {
            const int c = columnOf(m_edges, w.box);
            if (c == 0) {
                first.append(w.text);
            }
            if (!columns.contains(c)) {
                columns.append(c);
            }
        }
        ++total;
        withFirst += first.isEmpty() ? 0 : 1;
        longLabels += first.size() > 3 ? 1 : 0;
        multiColumn += !first.isEmpty() && columns.size() >= 2 ? 1 : 0;
    }
    const bool shortLabels = withFirst > 0 && longLabels * 4 <= withFirst;
    return total > 0 && shortLabels && (withFirst * 10 <= total * 7 || multiColumn * 10 >= withFirst * 8);
}

bool RowAssembler::labelIn(const VisualLine &line) const
{
    QStringList first;
    for (const Word &w : line.words) {
        if (columnOf(m_edges, w.box) == 0) {
            first.append(w.text);
        }
    }
    return !first.isEmpty() && isLabelLike(first.join(QLatin1Char(' ')));
}

QList<bool> RowAssembler::centredRowStarts(const QList<VisualLine> &lines, double lineHeight) const
{
    constexpr double kRowGap = 0.6;
    QList<bool> starts(lines.size(), false);
    QList<int> labelsInBand;
    bool centred = false; // some label sits below its band's first line
    for (int i = 0; i < lines.size(); ++i) {
        if (i == 0 || lines[i].box.y0 - lines[i - 1].box.y1 > kRowGap * lineHeight) {
            starts[i] = true;
            labelsInBand.append(0);
        }
        if (labelIn(lines[i])) {
            ++labelsInBand.last();
            centred = centred || !starts[i];
        }
    }
    // the first band may run on from the page before, the last run on overleaf, without a label
    for (int b = 0; b < labelsInBand.size(); ++b) {
        const bool edge = b == 0 || b + 1 == labelsInBand.size();
        if (labelsInBand[b] > 1 || (labelsInBand[b] == 0 && !edge)) {
            return {};
        }
    }
    return centred ? starts : QList<bool>();
}

QList<bool> RowAssembler::centredLabelStarts(const QList<VisualLine> &lines, const QList<bool> &label,
                                             double lineHeight) const
{
    auto inFirstColumn = [&](const VisualLine &l) {
        return std::any_of(l.words.begin(), l.words.end(),
                           [&](const Word &w) { return columnOf(m_edges, w.box) == 0; });
    };
    QList<int> labels;
    for (int i = 0; i < label.size(); ++i) {
        if (label[i]) {
            labels.append(i);
        }
    }
    if (labels.size() < 2) {
        return {};
    }
    // each row's first-column cell: from its label to its last line in the first column
    QList<int> firstColumnEnd;
    for (int n = 0; n < labels.size(); ++n) {
        const int next = n + 1 < labels.size() ? labels[n + 1] : int(lines.size());
        int last = labels[n];
        for (int k = labels[n]; k < next; ++k) {
            last = inFirstColumn(lines[k]) ? k : last;
        }
        firstColumnEnd.append(last);
    }
    // a row's first line: the widest gap between the row above's first-column cell and the label
    constexpr double kWider = 0.1; // of a line's height
    QList<int> rowStart{0};
    for (int n = 1; n < labels.size(); ++n) {
        int best = labels[n];
        double widest = lines[best].box.y0 - lines[best - 1].box.y1;
        for (int k = firstColumnEnd[n - 1] + 1; k < labels[n]; ++k) {
            const double gap = lines[k].box.y0 - lines[k - 1].box.y1;
            if (gap > widest + kWider * lineHeight) {
                best = k;
                widest = gap;
            }
        }
        rowStart.append(best);
    }
    // A row that starts above its label is taken only where its cells are centred on the
    // first-column cell (in a top-aligned table the widest gap may part paragraphs of a cell).
    QList<bool> starts(lines.size(), false);
    bool moved = false;
    for (int n = 0; n < labels.size(); ++n) {
        const int end = (n + 1 < labels.size() ? rowStart[n + 1] : int(lines.size())) - 1;
        const double rowCentre = (lines[rowStart[n]].box.y0 + lines[end].box.y1) / 2;
        const double cellCentre = (lines[labels[n]].box.y0 + lines[firstColumnEnd[n]].box.y1) / 2;
        const bool centred = std::abs(rowCentre - cellCentre) < 0.5 * lineHeight;
        if (n > 0 && rowStart[n] < labels[n] && centred) {
            starts[rowStart[n]] = true;
            moved = true;
        } else {
            starts[n == 0 ? 0 : labels[n]] = true;
        }
    }
    return moved ? starts : QList<bool>();
}

bool RowAssembler::rowStarts(const QList<VisualLine> &lines, const QList<bool> &spanning, int i,
                             const RowRules &rules) const
{
    return spanning[i] || spanning[i - 1] || rules.between(lines[i - 1].box.y1, lines[i].box.y0);
}

PageRules RowAssembler::addPage(const QList<VisualLine> &lines, const QList<bool> &spanning, int page, bool continues,
                                const QList<Ruling> &rulings, PageRules before)
{
    if (lines.isEmpty()) {
        return before;
    }
    const RowRules rules = RowRules::of(rulings, m_edges, lines);
    const bool ruled = rules.ruled(before.ruled);
    continues = continues && !before.closedAtFoot; // a closed row does not run on here
    const bool labels = labelMode(lines);
    // the page's first drawn row has a code of its own (centred cells print it in the row's middle)
    bool firstPieceLabelled = false;
    for (int i = 0; i < lines.size() && (i == 0 || !rules.between(lines[i - 1].box.y1, lines[i].box.y0)); ++i) {
        firstPieceLabelled = firstPieceLabelled || labelIn(lines[i]);
    }
    // Labels on lines of their own above long first-column texts ("Recommendation 4" over the
    // recommendation's text, its status beside it): each label opens a row.
    QList<bool> leadLabel;
    for (const VisualLine &l : lines) {
        QStringList first;
        for (const Word &w : l.words) {
            if (columnOf(m_edges, w.box) == 0) {
                first.append(w.text);
            }
        }
        leadLabel.append(!first.isEmpty() && isLeadLabel(first.join(QLatin1Char(' '))));
    }
    const auto leadCount = std::count(leadLabel.begin(), leadLabel.end(), true);
    const bool leadLabels = !labels && (leadCount >= 2 || (before.leadLabels && leadCount >= 1));
    QList<double> heights;
    for (const VisualLine &l : lines) {
        heights.append(l.box.height());
    }
    const double lineHeight = median(heights);
    // Line pitch (top to top) of consecutive lines: rows are set apart by a taller pitch.
    QList<double> pitches;
    for (int i = 1; i < lines.size(); ++i) {
        pitches.append(lines[i].box.y0 - lines[i - 1].box.y0);
    }
    const double pitch = median(pitches);
    // borderless rows of vertically centred cells: white bands across the columns part them
    const QList<bool> bands = labels && !ruled ? centredRowStarts(lines, lineHeight) : QList<bool>();
    // rows opened by labels (short codes, or lead labels over the first column's text), cells
    // centred vertically with no white band between rows: the widest gap between two labels
    const bool continuesRow = continues && !m_table.rows.isEmpty();
    QList<bool> centredLabels;
    if (!ruled && !continuesRow && (leadLabels || (labels && bands.isEmpty()))) {
        QList<bool> labelLines = leadLabel;
        if (!leadLabels) {
            std::transform(lines.begin(), lines.end(), labelLines.begin(),
                           [&](const VisualLine &l) { return labelIn(l); });
        }
        centredLabels = centredLabelStarts(lines, labelLines, lineHeight);
    }
    bool bandHasLabel = false; // the band that opens the page has a label
    for (int i = 0; i < lines.size() && !bands.isEmpty() && (i == 0 || !bands[i]); ++i) {
        bandHasLabel = bandHasLabel || labelIn(lines[i]);
    }

    TableRow current;
    bool haveCurrent = false;
    bool continuing = continues && !m_table.rows.isEmpty();
    const VisualLine *previous = nullptr;
    bool previousHadLabel = false;
    int linesInRow = 0;
    bool rowIsLoneHeading = false;  // the current row is one short line in the first column so far
    bool rowHasFirstColumn = false; // the current row has text in the first column so far
    for (int i = 0; i < lines.size(); ++i) {
        const VisualLine &line = lines[i];
        bool hasLabel = false;
        QList<int> columns;
        for (const Word &w : line.words) {
            const int c = columnOf(m_edges, w.box);
            hasLabel = hasLabel || c == 0;
            if (!columns.contains(c)) {
                columns.append(c);
            }
        }
        const double gap = previous ? line.box.y0 - previous->box.y1 : 0;
        bool starts = false;
        // Where labels open rows ("Recommendation 4"): each label does, and so does a line of the
        // first column alone right above one, numbered, bold or set apart ("2. Recommendations
        // addressed to ..."; at the foot of a page the label may come overleaf, at its top the
        // gap is unknown).
        static const QRegularExpression numbered(QStringLiteral("^\\d{1,2}[.)]$"));
        const bool marked = numbered.match(line.words.first().text).hasMatch() || isMostlyBold(line.words);
        const bool leadStart =
            leadLabels && (leadLabel[i] || ((i + 1 == lines.size() || leadLabel[i + 1]) && columns == QList<int>{0} &&
                                            (marked || (previous != nullptr && gap > 0.5 * lineHeight))));
        if (ruled) {
            // a rule between reports of a document does not make every row ruled: labels open rows
            // too, and a bold title across the columns at the top of a page
            const bool title = spanning[i] && isMostlyBold(line.words);
            // the page's first drawn row is a new one when it has a code and the row running on has
            // its own (LibreOffice closes every row at a page break, so the rule there says nothing)
            const bool secondLabel = continuing && firstPieceLabelled && !m_table.rows.isEmpty() &&
                                     isLabelLike(m_table.rows.last().cells.first().text());
            starts = leadStart ||
                     (previous == nullptr ? !continuing || title || secondLabel : rowStarts(lines, spanning, i, rules));
        } else if (spanning[i]) {
            starts = true;
        } else if (!bands.isEmpty()) {
            starts = bands[i] && (previous != nullptr || !continuing || bandHasLabel);
        } else if (!centredLabels.isEmpty()) {
            starts = centredLabels[i];
        } else if (labels) {
            starts = hasLabel && !(previousHadLabel && gap < 0.5 * lineHeight);
        } else if (leadLabels) {
            starts = leadStart || (previous == nullptr && !continuing);
        } else {
            starts = previous == nullptr ? !continuing : gap > 0.9 * lineHeight;
            // In tightly set tables the row gap is small but still taller than the line pitch.
            starts = starts ||
                     (previous != nullptr && hasLabel && pitch > 0 && line.box.y0 - previous->box.y0 > 1.15 * pitch);
            // A numbered item opening the first column ("1.2 Set up ...") opens a row.
            starts = starts || (previous != nullptr && opensWithNumber(line, m_edges));
            // A heading line alone in the first column ("Kenya") ends where the columns start.
            starts = starts || (linesInRow == 1 && rowIsLoneHeading && columns.size() >= 2);
        }
        // a merged cell across a ruled table wraps over lines that no rule parts: the line above
        // is full (this line's first word would not have fitted after it)
        constexpr double kCellPadding = 0.02;
        const bool wrapsSpanningCell =
            ruled && previous && spanning[i] && spanning[i - 1] && !rules.between(previous->box.y1, line.box.y0) &&
            gap < 0.5 * lineHeight && m_edges.last() - previous->box.x1 < line.words.first().box.width() + kCellPadding;
        if (wrapsSpanningCell) {
            starts = false;
        } else if (previous && spanning[i - 1]) {
            starts = true; // the row after a section row
        } else if (leadLabels && leadLabel[i] && haveCurrent && !rowHasFirstColumn && !spanning[i]) {
            starts = false; // the label of a row whose other cells, centred, start above it
        }
        if (starts) {
            if (haveCurrent) {
                finishRow(current);
                m_table.rows.append(current);
            }
            current = newRow(page);
            haveCurrent = true;
            continuing = false;
            linesInRow = 0;
            rowHasFirstColumn = false;
            rowIsLoneHeading = columns.size() == 1 && hasLabel && line.words.size() <= 3;
        }
        ++linesInRow;
        rowHasFirstColumn = rowHasFirstColumn || hasLabel || spanning[i];
        if (haveCurrent) {
            appendLine(current, line, page, spanning[i]);
        } else if (continuing) {
            TableRow &last = m_table.rows.last();
            last.continuedFromPreviousPage = true;
            appendLine(last, line, page, false);
        } else {
            current = newRow(page);
            haveCurrent = true;
            appendLine(current, line, page, spanning[i]);
        }
        previous = &line;
        previousHadLabel = hasLabel;
    }
    if (haveCurrent) {
        finishRow(current);
        m_table.rows.append(current);
    }
    return {ruled, !rules.ys.isEmpty() && rules.between(lines.last().box.y1, 1.0), leadLabels};
}

} // namespace evalreview::ingest::table
