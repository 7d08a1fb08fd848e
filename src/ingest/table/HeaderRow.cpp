#include "HeaderRow.h"

#include "CentredHeader.h"
#include "HeaderCells.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace evalreview::ingest::table {

namespace {

/// A line of prose set justified parts at every word with one stretched space ("Development
/// Programme/United Nations Population ..."): single words at gaps of one width, which the
/// columns of a header never keep.
bool isJustifiedProse(const QList<Segment> &cells)
{
    constexpr int kMinGaps = 3;
    constexpr double kSameGap = 1.15;
    if (cells.size() <= kMinGaps ||
        std::any_of(cells.begin(), cells.end(), [](const Segment &c) { return c.words.size() > 1; })) {
        return false;
    }
    double narrowest = 1, widest = 0;
    for (int c = 1; c < cells.size(); ++c) {
        const double gap = cells[c].box.x0 - cells[c - 1].box.x1;
        narrowest = std::min(narrowest, gap);
        widest = std::max(widest, gap);
    }
    return narrowest > 0 && widest < kSameGap * narrowest;
}

/// The column a box starts in, by the header cells' left edges (tolerant by half a cell gap).
int columnOf(const QList<NormRect> &cells, double x0)
{
    int column = -1;
    for (int c = 0; c < cells.size(); ++c) {
        const double start = c == 0 ? 0.0 : (cells[c - 1].x1 + cells[c].x0) / 2;
        if (x0 >= start) {
            column = c;
        }
    }
    return column;
}

/// A row drawn by rules: the rules above and below a line that run across its walls, the walls
/// (vertical borders) crossing it, and the lines between the two rules.
struct DrawnBand
{
    double above = -1;
    double below = 2;
    QList<double> walls;         ///< sorted x positions
    bool wallsStartAtTop = true; ///< every wall starts at the rule above (the first drawn row of its run)
    int first = 0;
    int last = 0;
};

std::optional<DrawnBand> drawnBandAt(const QList<VisualLine> &lines, int index, const Page &page, double left,
                                     double right)
{
    constexpr double kSlack = 0.002, kWallTop = 0.006;
    const VisualLine &line = lines[index];
    const double mid = (line.box.y0 + line.box.y1) / 2;
    DrawnBand band;
    QList<double> wallTops;
    for (const Ruling &r : page.rulings) {
        if (r.horizontal && r.box.x0 <= left + 0.01 && r.box.x1 >= right - 0.01) {
            const double y = (r.box.y0 + r.box.y1) / 2;
            if (y < mid) {
                band.above = std::max(band.above, y);
            } else {
                band.below = std::min(band.below, y);
            }
        } else if (!r.horizontal && r.box.y0 <= mid && r.box.y1 >= mid) {
            band.walls.append((r.box.x0 + r.box.x1) / 2);
            wallTops.append(r.box.y0);
        }
    }
    constexpr int kMinWalls = 3;
    if (band.above < 0 || band.below > 1 || band.walls.size() < kMinWalls) {
        return std::nullopt;
    }
    band.wallsStartAtTop = std::all_of(wallTops.begin(), wallTops.end(),
                                       [&](double top) { return std::abs(top - band.above) < kWallTop; });
    std::sort(band.walls.begin(), band.walls.end());
    band.first = band.last = index;
    while (band.first > 0 && lines[band.first - 1].box.y0 >= band.above - kSlack) {
        --band.first;
    }
    while (band.last + 1 < lines.size() && lines[band.last + 1].box.y1 <= band.below + kSlack) {
        ++band.last;
    }
    return band;
}

/// The text between each two walls of a drawn band, with its box; empty cells are left out.
void takeBandCells(HeaderRow &header, const QList<VisualLine> &lines, const DrawnBand &band)
{
    header.texts.clear();
    header.boxes.clear();
    for (int k = 0; k + 1 < band.walls.size(); ++k) {
        QStringList words;
        NormRect box{1, 1, 0, 0};
        for (int j = band.first; j <= band.last; ++j) {
            for (const Word &w : lines[j].words) {
                const double cx = (w.box.x0 + w.box.x1) / 2;
                if (cx > band.walls[k] && cx < band.walls[k + 1]) {
                    words.append(w.text);
                    box = words.size() == 1 ? w.box : box.united(w.box);
                }
            }
        }
        if (!words.isEmpty()) {
            header.texts.append(words.join(QLatin1Char(' ')));
            header.boxes.append(box);
        }
    }
    header.firstLine = band.first;
    header.lastLine = band.last;
}

constexpr int kMaxHeaderLines = 6;

/// Where rules draw the header row (a rule above and below it, borders between its cells), the
/// header is every line between those rules and each cell the text between two borders: cells of
/// one, two or three lines centred vertically do not share a baseline.
void takeRuledBand(HeaderRow &header, const QList<VisualLine> &lines, int index, const Page &page)
{
    const auto band = drawnBandAt(lines, index, page, header.boxes.first().x0, header.boxes.last().x1);
    if (!band) {
        return;
    }
    header.ruled = true;
    if (band->last - band->first + 1 > kMaxHeaderLines) {
        header.tallBand = true; // a drawn row of many lines: a body row
        return;
    }
    HeaderRow cells = header;
    takeBandCells(cells, lines, *band);
    if (cells.texts.size() >= 3) {
        header = cells;
    }
}

/// The most lines that one cell of a drawn band takes (centred cells of different heights put
/// their lines on different baselines, so the band has more lines than its tallest cell).
int tallestCell(const QList<VisualLine> &lines, const DrawnBand &band)
{
    int tallest = 0;
    for (int k = 0; k + 1 < band.walls.size(); ++k) {
        int count = 0;
        for (int j = band.first; j <= band.last; ++j) {
            count += std::any_of(lines[j].words.begin(), lines[j].words.end(),
                                 [&](const Word &w) {
                                     const double cx = (w.box.x0 + w.box.x1) / 2;
                                     return cx > band.walls[k] && cx < band.walls[k + 1];
                                 })
                         ? 1
                         : 0;
        }
        tallest = std::max(tallest, count);
    }
    return tallest;
}

/// A header drawn as the first row of a ruled table (each wall starts at the rule above it), read
/// cell by cell: its cells may wrap over lines that open in lower case or end in a comma
/// ("Indicators of / achievement, / including / timeline"), which no single line shows as a header.
std::optional<HeaderRow> drawnHeaderAt(const QList<VisualLine> &lines, int index, const Page &page)
{
    const VisualLine &line = lines[index];
    const double mid = (line.box.y0 + line.box.y1) / 2;
    double left = 1, right = 0;
    for (const Ruling &r : page.rulings) {
        if (!r.horizontal && r.box.y0 <= mid && r.box.y1 >= mid) {
            left = std::min(left, (r.box.x0 + r.box.x1) / 2);
            right = std::max(right, (r.box.x0 + r.box.x1) / 2);
        }
    }
    const auto band = left < right ? drawnBandAt(lines, index, page, left, right) : std::nullopt;
    if (!band || band->first != index || !band->wallsStartAtTop || tallestCell(lines, *band) > kMaxHeaderLines) {
        return std::nullopt;
    }
    HeaderRow header;
    takeBandCells(header, lines, *band);
    constexpr int kMinCells = 3;
    const auto columns = band->walls.size() - 1;
    if (header.texts.size() < kMinCells || header.texts.size() + 1 < columns || !namesColumns(header.texts) ||
        isRowLabel(header.texts.first())) {
        return std::nullopt;
    }
    for (const QString &t : std::as_const(header.texts)) {
        const QChar first = t.at(0);
        const bool opens = first.isUpper() || first.isDigit() || first == QLatin1Char('#') || first == QLatin1Char('(');
        const bool endsClause = t.endsWith(QLatin1Char(',')) || t.endsWith(QLatin1Char(';')) ||
                                t.endsWith(QLatin1Char(':')) || (t.endsWith(QLatin1Char('.')) && t.size() > 4);
        if (!opens || endsClause) {
            return std::nullopt;
        }
    }
    header.ruled = true;
    header.fontSize = line.fontSize;
    return header;
}

std::optional<HeaderRow> headerOnLine(const QList<VisualLine> &lines, int index, const Page &page, double wordSpace)
{
    const VisualLine &line = lines[index];
    const double cellGap = headerCellGap(line, page, wordSpace);
    // drawn column borders across the line separate header cells too (narrow columns set close)
    QList<double> walls;
    const double mid = (line.box.y0 + line.box.y1) / 2;
    for (const Ruling &r : page.rulings) {
        if (!r.horizontal && r.box.y0 <= mid && r.box.y1 >= mid) {
            walls.append((r.box.x0 + r.box.x1) / 2);
        }
    }
    const QList<Segment> cells = segments(line, cellGap, walls);
    // Two cells name columns as often as three ("Recommendation | Response"), but two short
    // phrases side by side are also what a two-column page prints: such a header must be spread
    // over half the page and confirmed by more lines of two columns below it.
    const bool twoColumns = cells.size() == 2;
    // the spread is the drawn frame's where borders cross the line (a table narrower than the
    // page, whose header cells are centred over several lines)
    constexpr int kMinWalls = 3;
    std::sort(walls.begin(), walls.end());
    // Cells centred over two or three lines stand above and below this line, overlapping it:
    // their pieces count for the spread ("Management" / "response" and "SECO" / "Comments" beside
    // "No | Recommendation | Action"), from the line with most cells (the header's own).
    double left = cells.first().box.x0, right = cells.last().box.x1;
    constexpr int kCentredMinCells = 3;
    for (const int k : {index - 1, index + 1}) {
        if (cells.size() < kCentredMinCells) {
            break;
        }
        const bool overlaps =
            k >= 0 && k < lines.size() && lines[k].box.y0 < line.box.y1 && lines[k].box.y1 > line.box.y0;
        if (!overlaps) {
            continue;
        }
        const QList<Segment> pieces = segments(lines[k], segmentGap(lines[k], page));
        if (std::all_of(pieces.begin(), pieces.end(), [](const Segment &p) { return looksLikeHeaderCell(p); })) {
            left = std::min(left, pieces.first().box.x0);
            right = std::max(right, pieces.last().box.x1);
        }
    }
    const double spread = walls.size() >= kMinWalls && cells.size() >= 3 ? walls.last() - walls.first() : right - left;
    if (cells.size() < 2 || spread < (twoColumns ? 0.5 : 0.4) || isJustifiedProse(cells)) {
        return std::nullopt;
    }
    if (isRowLabel(cells.first().text()) && !isRowLabel(cells[1].text())) {
        return std::nullopt;
    }
    int withLetters = 0;
    // in a drawn row, a cell may open in lower case where most of the line's cells are capitalised
    const auto capitalised =
        std::count_if(cells.begin(), cells.end(), [](const Segment &s) { return !s.text().at(0).isLower(); });
    const bool lenient = walls.size() >= kMinWalls && capitalised * 2 > cells.size();
    for (const Segment &s : cells) {
        if (!looksLikeHeaderCell(s, lenient)) {
            return std::nullopt;
        }
        withLetters += s.text().contains(QRegularExpression(QStringLiteral("\\p{L}{2,}"))) ? 1 : 0;
    }
    if (withLetters < 2 || (twoColumns && (cells[0].words.size() > 4 || cells[1].words.size() > 4))) {
        return std::nullopt;
    }
    HeaderRow header;
    header.firstLine = header.lastLine = index;
    header.fontSize = line.fontSize;
    for (const Segment &s : cells) {
        header.texts.append(s.text());
        header.boxes.append(s.box);
    }
    // Wrapped header cells: lines right below (and, for vertically centred cells, right above)
    // whose short pieces sit under header cells.
    const double lineHeight = line.box.height();
    // a piece of one or two characters left of the header's first cell: a narrow column's header
    // broken letter by letter
    constexpr int kNarrowChars = 2;
    bool leftCellAdded = false;
    auto narrowFirstCell = [&](const Segment &p) {
        const double firstStart = leftCellAdded ? header.boxes[1].x0 : header.boxes.first().x0;
        return p.words.size() == 1 && p.text().size() <= kNarrowChars && p.box.x1 < firstStart;
    };
    // A centred cell of two lines leaves the header's own line empty between its neighbours
    // ("Manageme" above, "nt response" below): a piece clear of the cells on both sides is a
    // header cell of its own, inserted at the index returned (-1: none such).
    auto cellBetween = [&](const Segment &p) {
        for (int c = 0; c < header.boxes.size(); ++c) {
            if (p.box.x0 > header.boxes[c].x1 + cellGap &&
                (c + 1 == header.boxes.size() || p.box.x1 < header.boxes[c + 1].x0)) {
                return p.words.size() <= 3 ? c + 1 : -1;
            }
        }
        return -1;
    };
    auto fitsHeader = [&](const VisualLine &other) {
        if (other.fontSize > line.fontSize * 1.1) {
            return false;
        }
        const QList<Segment> pieces = segments(other, segmentGap(other, page));
        return std::all_of(pieces.begin(), pieces.end(), [&](const Segment &p) {
            const int c = columnOf(header.boxes, p.box.x0);
            return (c >= 0 && p.words.size() <= 3 && p.box.x0 >= header.boxes[c].x0 - 0.01 &&
                    p.box.x1 <= (c + 1 < header.boxes.size() ? header.boxes[c + 1].x0 : 1.0)) ||
                   narrowFirstCell(p) || cellBetween(p) > 0;
        });
    };
    // Adds a wrapped piece to its header cell; a piece of a narrow first column left of the
    // header's cells opens that cell ("N" over "o" beside "Recommendation").
    auto addPiece = [&](const Segment &p, bool above) {
        int c = columnOf(header.boxes, p.box.x0);
        if (c < 0 || (c == 0 && p.box.x1 < header.boxes.first().x0)) {
            if (!leftCellAdded) {
                header.texts.prepend(p.text());
                header.boxes.prepend(p.box);
                leftCellAdded = true;
                return;
            }
            c = 0;
        }
        if (const int at = cellBetween(p); at > 0) {
            header.texts.insert(at, p.text());
            header.boxes.insert(at, p.box);
            return;
        }
        header.texts[c] =
            above ? p.text() + QLatin1Char(' ') + header.texts[c] : header.texts[c] + QLatin1Char(' ') + p.text();
        header.boxes[c] = header.boxes[c].united(p.box);
    };
    // A centred cell's first line above opens like a header cell itself ("ILO Management" over
    // "response"); the end of a sentence above the table ("... maintenance plan.") does not.
    auto opensHeaderCells = [&](const VisualLine &other) {
        const QList<Segment> pieces = segments(other, segmentGap(other, page));
        return std::all_of(pieces.begin(), pieces.end(), [](const Segment &p) { return looksLikeHeaderCell(p); });
    };
    // up to two lines above: the tallest centred cell ("ILO" over "Management" over "response")
    constexpr int kMaxLinesAbove = 2;
    for (int k = index - 1; k >= 0 && k >= index - kMaxLinesAbove; --k) {
        if (lines[k + 1].box.y0 - lines[k].box.y1 >= 0.6 * lineHeight || !fitsHeader(lines[k]) ||
            !opensHeaderCells(lines[k])) {
            break;
        }
        for (const Segment &p : segments(lines[k], segmentGap(lines[k], page))) {
            addPiece(p, true);
        }
        header.firstLine = k;
    }
    for (int j = index + 1; j < lines.size(); ++j) {
        const VisualLine &next = lines[j];
        if (next.box.y0 - lines[j - 1].box.y1 > 0.6 * lineHeight) {
            break;
        }
        const QList<Segment> pieces = segments(next, segmentGap(next, page));
        bool fits = true;
        for (const Segment &p : pieces) {
            const int c = columnOf(header.boxes, p.box.x0);
            fits = fits && ((c >= 0 && p.words.size() <= 3 && p.box.x0 >= header.boxes[c].x0 - 0.01) ||
                            (c <= 0 && narrowFirstCell(p)) || cellBetween(p) > 0);
        }
        if (!fits) {
            break;
        }
        for (const Segment &p : pieces) {
            addPiece(p, false);
        }
        header.lastLine = j;
    }
    takeRuledBand(header, lines, index, page);
    // a drawn row whose cells end sentences is a body row ("Train forty teachers ... province.")
    const bool endsSentence = std::any_of(header.texts.begin(), header.texts.end(), [](const QString &t) {
        return t.size() > 4 && (t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char(';')));
    });
    if (header.tallBand || (header.ruled && (!namesColumns(header.texts) || endsSentence))) {
        return std::nullopt; // a drawn body row of short first lines, not a header
    }
    return header;
}

} // namespace

std::optional<HeaderRow> headerAt(const QList<VisualLine> &lines, int index, const Page &page, double wordSpace,
                                  bool confirmed)
{
    // Confirmation: text under at least two columns in the lines that follow.
    auto isConfirmed = [&](const HeaderRow &header) {
        int confirming = 0;
        for (int j = header.lastLine + 1; j < lines.size() && j <= header.lastLine + 8; ++j) {
            QList<int> used;
            for (const Word &w : lines[j].words) {
                const int c = columnOf(header.boxes, w.box.x0);
                if (c >= 0 && !used.contains(c)) {
                    used.append(c);
                }
            }
            confirming += used.size() >= 2 ? 1 : 0;
        }
        // a drawn header needs one line of cells below it (a one-row table at a page's foot)
        constexpr int kTwoColumnConfirming = 3;
        const bool twoColumns = header.texts.size() == 2;
        return !confirmed || confirming >= (header.ruled ? 1 : twoColumns ? kTwoColumnConfirming : 2);
    };
    // one line of header cells (and its wrapped lines), else the first drawn row of a ruled table,
    // else a borderless header of vertically centred cells
    for (auto found : {headerOnLine(lines, index, page, wordSpace), drawnHeaderAt(lines, index, page),
                       centredHeaderAt(lines, index, page, wordSpace)}) {
        // (where rules draw the header, its cells are whole whatever their last piece: a narrow
        // column breaks "considerati / on")
        const bool wholeCells =
            found && (found->ruled || std::none_of(found->texts.begin(), found->texts.end(),
                                                   [](const QString &t) { return endsMidPhrase(t); }));
        if (found && wholeCells && isConfirmed(*found)) {
            return found;
        }
    }
    return std::nullopt;
}

bool sameHeader(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    int same = 0;
    for (int i = 0; i < a.size(); ++i) {
        same += a[i].simplified().compare(b[i].simplified(), Qt::CaseInsensitive) == 0 ? 1 : 0;
    }
    return same * 2 > a.size();
}

QList<double> columnEdges(const HeaderRow &header, const QList<VisualLine> &body)
{
    constexpr int Bins = 2000;
    QList<int> coverage(Bins, 0);
    // Every word, runs across columns included: where the cells of a borderless row stand a space
    // apart, the row is one such run, and only this says where its words are.
    QList<int> everyWord(Bins, 0);
    for (const VisualLine &l : body) {
        for (const Word &w : l.words) {
            const int a = std::clamp(int(w.box.x0 * Bins), 0, Bins - 1);
            const int b = std::clamp(int(w.box.x1 * Bins), 0, Bins - 1);
            for (int i = a; i <= b; ++i) {
                ++everyWord[i];
            }
        }
    }
    QList<double> centres;
    for (const NormRect &b : header.boxes) {
        centres.append((b.x0 + b.x1) / 2);
    }
    for (const VisualLine &l : body) {
        // Text running across columns (footnotes, notes below the table) says nothing of them:
        // a run of words over two header centres is left out.
        QList<Word> run;
        auto flush = [&]() {
            if (run.isEmpty()) {
                return;
            }
            const double x0 = run.first().box.x0, x1 = run.last().box.x1;
            const auto inside =
                std::count_if(centres.begin(), centres.end(), [&](double c) { return c > x0 && c < x1; });
            if (inside < 2) {
                for (const Word &w : std::as_const(run)) {
                    const int a = std::clamp(int(w.box.x0 * Bins), 0, Bins - 1);
                    const int b = std::clamp(int(w.box.x1 * Bins), 0, Bins - 1);
                    for (int i = a; i <= b; ++i) {
                        ++coverage[i];
                    }
                }
            }
            run.clear();
        };
        for (const Word &w : l.words) {
            if (!run.isEmpty() && w.box.x0 - run.last().box.x1 > 0.01) {
                flush();
            }
            run.append(w);
        }
        flush();
    }
    const int n = static_cast<int>(header.boxes.size());
    QList<double> edges;
    double left = header.boxes.first().x0;
    for (const VisualLine &l : body) {
        for (const Word &w : l.words) {
            if (w.box.x1 > header.boxes.first().x0 - 0.05) {
                left = std::min(left, w.box.x0);
            }
        }
    }
    edges.append(std::max(0.0, left - 0.002));
    // A stub column without a header (row names left of the first header cell) is a column too:
    // runs of words that end before the first header cell on lines that also reach the table.
    const double firstStart = header.boxes.first().x0;
    double stubLeft = 1, stubRight = -1;
    qsizetype stubLines = 0;
    for (const VisualLine &l : body) {
        double runLeft = -1, runRight = -1;
        bool reachesTable = false;
        for (int i = 0; i < l.words.size(); ++i) {
            const Word &w = l.words[i];
            if (i == 0 || w.box.x0 - l.words[i - 1].box.x1 > 0.01) {
                if (runLeft >= 0 && runRight < firstStart - 0.005) {
                    reachesTable = true; // the run before ended left of the table
                    break;
                }
                runLeft = w.box.x0;
            }
            runRight = w.box.x1;
        }
        if (reachesTable) {
            ++stubLines;
            // the first run of this line is a stub cell
            double x1 = l.words.first().box.x1;
            for (int i = 1; i < l.words.size() && l.words[i].box.x0 - l.words[i - 1].box.x1 <= 0.01; ++i) {
                x1 = l.words[i].box.x1;
            }
            stubLeft = std::min(stubLeft, l.words.first().box.x0);
            stubRight = std::max(stubRight, x1);
        }
    }
    // A stub column's edge is crossed by fewer body lines than print a stub cell; text that runs
    // from the left margin into a centred first header cell is that column's own text.
    const double stubEdge = (stubRight + firstStart) / 2;
    const auto crossing = std::count_if(body.begin(), body.end(), [&](const VisualLine &l) {
        return std::any_of(l.words.begin(), l.words.end(),
                           [&](const Word &w) { return w.box.x0 < stubEdge && w.box.x1 > stubEdge; });
    });
    if (stubRight > 0 && firstStart - stubRight > 0.005 && crossing <= stubLines) {
        edges.first() = std::max(0.0, std::min(left, stubLeft) - 0.002);
        edges.append((stubRight + firstStart) / 2);
    }
    for (int c = 0; c + 1 < n; ++c) {
        const NormRect &a = header.boxes[c];
        const NormRect &b = header.boxes[c + 1];
        const int from = std::clamp(int((a.x0 + a.x1) / 2 * Bins), 0, Bins - 1);
        const int to = std::clamp(int(b.x0 * Bins), from, Bins - 1);
        // The least covered run, widest among equals; its middle is the boundary.
        auto leastCovered = [&](const QList<int> &cover) {
            int best = INT_MAX, bestStart = to, bestLength = 0;
            for (int i = from; i <= to;) {
                int j = i;
                while (j <= to && cover[j] == cover[i]) {
                    ++j;
                }
                if (cover[i] < best || (cover[i] == best && j - i > bestLength)) {
                    best = cover[i];
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            }
            return std::tuple{best, bestStart, bestLength};
        };
        auto [best, bestStart, bestLength] = leastCovered(coverage);
        // A boundary through a word of a row left out above moves to the gap that no body word
        // touches just left of the next header cell, where that column's text starts.
        const int middle = std::clamp(int(bestStart + bestLength / 2.0), 0, Bins - 1);
        constexpr double kStartSlack = 0.01;
        const int near = std::clamp(int((b.x0 - kStartSlack) * Bins), from, to);
        if (everyWord[middle] > 0) {
            int end = to;
            while (end >= near && everyWord[end] > 0) {
                --end;
            }
            if (end >= near) {
                int start = end;
                while (start > from && everyWord[start - 1] == 0) {
                    --start;
                }
                bestStart = start;
                bestLength = end - start + 1;
            }
        }
        edges.append((bestStart + bestLength / 2.0) / Bins);
    }
    double right = header.boxes.last().x1;
    for (const VisualLine &l : body) {
        for (const Word &w : l.words) {
            if (w.box.x0 >= edges.last()) {
                right = std::max(right, w.box.x1);
            }
        }
    }
    edges.append(std::min(1.0, right + 0.002));
    return edges;
}

QList<double> snapEdgesToRules(QList<double> edges, const HeaderRow &header, const QList<Ruling> &rulings)
{
    if (edges.size() < 2 || header.boxes.isEmpty()) {
        return edges;
    }
    const double mid = (header.boxes.first().y0 + header.boxes.first().y1) / 2;
    QList<double> walls;
    for (const Ruling &r : rulings) {
        if (!r.horizontal && r.box.y0 <= mid && r.box.y1 >= mid) {
            walls.append((r.box.x0 + r.box.x1) / 2);
        }
    }
    if (walls.size() < 3) {
        return edges; // a frame at most, no column borders
    }
    std::sort(walls.begin(), walls.end());
    constexpr double kTextInset = 0.003; // text may start a hair left of its border in rounding
    for (int c = 0; c + 1 < edges.size(); ++c) {
        double textStart = 2;
        for (const NormRect &b : header.boxes) {
            const double centre = (b.x0 + b.x1) / 2;
            if (centre >= edges[c] && centre < edges[c + 1]) {
                textStart = std::min(textStart, b.x0);
            }
        }
        if (textStart > 1) {
            continue; // no header text: nothing tells which border is this column's
        }
        // the last border at or left of the text, still right of the previous column's edge
        double best = -1;
        for (double w : walls) {
            if (w <= textStart + kTextInset && (c == 0 || w > edges[c - 1])) {
                best = w;
            }
        }
        if (best >= 0) {
            edges[c] = best;
        }
    }
    // the right edge: the first border right of the last column's text
    const double lastText = header.boxes.last().x1;
    for (double w : walls) {
        if (w >= lastText - kTextInset && w > edges[edges.size() - 2]) {
            edges.last() = std::max(edges.last(), w);
            break;
        }
    }
    return edges;
}

} // namespace evalreview::ingest::table
