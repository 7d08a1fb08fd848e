#include "TableDetector.h"

#include "table/HeaderRow.h"
#include "table/TableRows.h"
#include "table/VisualLines.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>

namespace evalreview::ingest {

using namespace table;

namespace {

/// Lines of a page that the layout stage found to be running headers or footers. A table header
/// repeated on every page is found there too; the scan recognises it before skipping furniture.
QList<bool> furnitureFlags(const QList<VisualLine> &lines, const Page &page)
{
    QList<bool> flags;
    for (const VisualLine &l : lines) {
        int inside = 0;
        for (const Word &w : l.words) {
            const double cx = (w.box.x0 + w.box.x1) / 2, cy = (w.box.y0 + w.box.y1) / 2;
            for (const TextLine &f : page.furniture) {
                if (cx >= f.box.x0 && cx <= f.box.x1 && cy >= f.box.y0 && cy <= f.box.y1) {
                    ++inside;
                    break;
                }
            }
        }
        flags.append(inside * 2 > l.words.size());
    }
    return flags;
}

/// Whether a vertical rule drawn at one of the table's inner column edges reaches into the band
/// from y0 to y1.
bool innerWallIn(double y0, double y1, const QList<double> &edges, const QList<Ruling> &rulings)
{
    constexpr double kNear = 0.02;
    return std::any_of(rulings.begin(), rulings.end(), [&](const Ruling &r) {
        if (r.horizontal || r.box.y0 > y1 || r.box.y1 < y0) {
            return false;
        }
        const double x = (r.box.x0 + r.box.x1) / 2;
        for (int e = 1; e + 1 < edges.size(); ++e) {
            if (std::abs(x - edges[e]) < kNear) {
                return true;
            }
        }
        return false;
    });
}

double middle(const VisualLine &line)
{
    return (line.box.y0 + line.box.y1) / 2;
}

int wordCount(const VisualLine &l)
{
    return static_cast<int>(l.words.size());
}

/// Whether the table's outer vertical borders are drawn on both sides of a line, from the line
/// above (`from`, the table's previous line) on and below it: the line is inside the table's
/// frame, whatever its cells look like (another table's frame below a gap starts lower).
bool insideFrame(const VisualLine &line, double from, const QList<double> &edges, const QList<Ruling> &rulings)
{
    if (edges.size() < 2) {
        return false;
    }
    constexpr double kNear = 0.02;
    bool left = false, right = false;
    for (const Ruling &r : rulings) {
        if (r.horizontal || r.box.y0 > from || r.box.y1 < line.box.y1 + line.box.height()) {
            continue;
        }
        const double x = (r.box.x0 + r.box.x1) / 2;
        left = left || (std::abs(x - edges.first()) < kNear && x <= line.box.x0);
        right = right || (std::abs(x - edges.last()) < kNear && x >= line.box.x1);
    }
    if (!(left && right)) {
        return false;
    }
    // Where the page draws the table's inner column walls, a frame that runs on below the last of
    // them holds other content (a boxed annex with a key-action table inside one of its rows): a
    // merged cell lies between rows whose walls are drawn again further down.
    return !innerWallIn(0, 1, edges, rulings) || innerWallIn(line.box.y1, 1, edges, rulings);
}

/// Walks the pages top to bottom, opening a table at each header and following it over page
/// breaks while the next page repeats the header or carries on in the same columns.
class TableScanner
{
public:
    explicit TableScanner(DocumentContent &content) : m_content(content) {}

    void run()
    {
        m_openSplits = splitRowsLeftOpen(m_content.pages);
        for (const Page &page : std::as_const(m_content.pages)) {
            scanPage(page);
        }
        closeTable();
    }

private:
    struct Open
    {
        Table table;
        QStringList headerTexts; ///< as printed, to recognise the header on later pages
        QList<double> edges;
        double bodyFontSize = 0;
        bool atPageEnd = false;
        PageRules rules; ///< what the table's last page showed of its rules
    };

    void scanPage(const Page &page)
    {
        m_pageNumber = page.number;
        const QList<VisualLine> lines = visualLines(page.words);
        const QList<bool> furniture = furnitureFlags(lines, page);
        m_wordSpace = wordSpaceOf(lines, page);
        // Header candidates are looked at many times while scanning; find them once per page.
        m_headers.clear();
        for (int j = 0; j < lines.size(); ++j) {
            m_headers.append(headerAt(lines, j, page, m_wordSpace));
        }
        // A header whose cells are centred starts on a line above the one that found it: the
        // scan meets it at its first line.
        for (int j = 0; j < lines.size(); ++j) {
            const auto header = m_headers[j];
            if (header && header->firstLine < j && !m_headers[header->firstLine]) {
                m_headers[header->firstLine] = header;
                m_headers[j].reset();
            }
        }
        int i = 0;
        // A table left open at the foot of the previous page may carry on here.
        if (m_open && m_open->atPageEnd) {
            i = firstContentLine(lines, furniture, 0);
            // the repeated header, also when its first line (a centred cell's) was furniture, and
            // also when the row running on below it fills one column only
            for (int k = 0; k < i; ++k) {
                // unconfirmed: the row running on below it may fill one column only
                if (!m_headers[k]) {
                    m_headers[k] = headerAt(lines, k, page, m_wordSpace, false);
                }
                if (m_headers[k] && m_headers[k]->lastLine >= i) {
                    i = k;
                    break;
                }
            }
            for (int k = i; k < std::min<int>(i + 3, lines.size()) && !m_headers[i]; ++k) {
                const auto repeated = headerAt(lines, k, page, m_wordSpace, false);
                if (repeated && repeated->firstLine <= i && sameHeader(repeated->texts, m_open->headerTexts)) {
                    i = repeated->firstLine;
                    m_headers[i] = repeated;
                }
            }
            const auto header = i < lines.size() ? m_headers[i] : std::nullopt;
            if (header && sameHeader(header->texts, m_open->headerTexts)) {
                const int bodyStart = header->lastLine + 1;
                const QList<double> edges = columnEdges(*header, bodyUntilHeader(lines, furniture, *header, page));
                if (edges.size() == m_open->edges.size()) {
                    m_open->edges = edges; // else keep the first page's columns
                }
                m_open->edges = snapEdgesToRules(m_open->edges, *header, page.rulings);
                i = collectBody(lines, furniture, bodyStart, page, true);
            } else if (i < lines.size() && !header && carriesOn(lines, furniture, i, page)) {
                i = collectBody(lines, furniture, i, page, true);
            } else {
                closeTable();
                i = 0;
            }
        }
        while (i < lines.size()) {
            const auto &header = m_headers[i];
            if (!header) {
                if (resumesLastTable(lines, furniture, i, page)) {
                    i = std::max(i + 1, collectBody(lines, furniture, i, page, false));
                } else {
                    ++i;
                }
                continue;
            }
            closeTable();
            const int bodyStart = header->lastLine + 1;
            m_open = std::make_unique<Open>();
            m_open->headerTexts = header->texts;
            m_open->table.firstPage = page.number;
            m_open->table.caption = captionAbove(lines, furniture, header->firstLine);
            m_open->edges = snapEdgesToRules(columnEdges(*header, bodyUntilHeader(lines, furniture, *header, page)),
                                             *header, page.rulings);
            m_open->table.columnEdges = m_open->edges;
            m_open->table.headers = header->texts;
            while (m_open->table.headers.size() < m_open->edges.size() - 1) {
                m_open->table.headers.prepend(QString()); // a stub column without a header
            }
            i = collectBody(lines, furniture, bodyStart, page, false);
        }
    }

    /// Whether the table left open at the foot of the previous page goes on with line `i` (no
    /// repeated header): the line fits the columns, and a line filling one column only is followed
    /// by another that fits (a label line over prose across the page starts what follows the table).
    bool carriesOn(const QList<VisualLine> &lines, const QList<bool> &furniture, int i, const Page &page) const
    {
        if (!fitsColumns(lines, i, page)) {
            return false;
        }
        const int next = nextContentLine(lines, furniture, i + 1);
        return columnsFilled(lines[i]) > 1 || next >= lines.size() || fitsColumns(lines, next, page);
    }

    /// Whether line `j`, in one column, is the label over a paragraph across the page ("Recommendation
    /// 9." over its text): the table has ended above it, also inside a frame drawn around both.
    bool labelsProseBelow(const QList<VisualLine> &lines, const QList<bool> &furniture, int j, const Page &page) const
    {
        constexpr int kMinProseWords = 12;
        const int next = nextContentLine(lines, furniture, j + 1);
        QStringList words;
        for (const Word &w : lines[j].words) {
            words.append(w.text);
        }
        return columnsFilled(lines[j]) == 1 && isWordLabel(words.join(QLatin1Char(' '))) && next < lines.size() &&
               wordCount(lines[next]) >= kMinProseWords && !fitsColumns(lines, next, page);
    }

    int columnsFilled(const VisualLine &line) const
    {
        QSet<int> columns;
        for (const Word &w : line.words) {
            columns.insert(columnOf(m_open->edges, w.box));
        }
        return int(columns.size());
    }

    /// A header inside an open table: it must open in the table's first column (a line of short
    /// capitalised cells further right is a row with vertically centred cells).
    bool newHeaderAt(const QList<VisualLine> &lines, int j, const Page &page) const
    {
        Q_UNUSED(lines);
        Q_UNUSED(page);
        const auto &header = m_headers[j];
        return header && (!m_open || m_open->edges.size() < 2 || header->boxes.first().x0 < m_open->edges[1]);
    }

    static int firstContentLine(const QList<VisualLine> &lines, const QList<bool> &furniture, int from)
    {
        // Furniture lines are skipped, but a repeated table header (often furniture) is content.
        int i = from;
        while (i < lines.size() && furniture[i]) {
            ++i;
        }
        for (int j = from; j < i; ++j) {
            if (wordCount(lines[j]) >= 3) {
                return j;
            }
        }
        return i;
    }

    /// The lines below a header down to the next header that opens in the first column.
    QList<VisualLine> bodyUntilHeader(const QList<VisualLine> &lines, const QList<bool> &furniture,
                                      const HeaderRow &header, const Page &page) const
    {
        QList<VisualLine> body;
        const int from = header.lastLine + 1;
        for (int j = from; j < lines.size(); ++j) {
            Q_UNUSED(page);
            const auto &next = j > from ? m_headers[j] : std::optional<HeaderRow>();
            if (next && next->boxes.first().x0 < header.boxes[1].x0) {
                // the next table's caption ("Viet Nam" over its header) says nothing of these columns
                constexpr int kMaxCaptionWords = 6;
                if (body.size() >= 2 && wordCount(body.last()) <= kMaxCaptionWords &&
                    body.last().box.y0 - body[body.size() - 2].box.y1 > body.last().box.height()) {
                    body.removeLast();
                }
                break;
            }
            if (!furniture[j]) {
                body.append(lines[j]);
            }
        }
        return body;
    }

    QString captionAbove(const QList<VisualLine> &lines, const QList<bool> &furniture, int headerLine) const
    {
        for (int j = headerLine - 1; j >= 0; --j) {
            if (furniture[j]) {
                continue;
            }
            const VisualLine &l = lines[j];
            const double gap = lines[headerLine].box.y0 - l.box.y1;
            const bool belowLastTable = m_lastTablePage != m_pageNumber || l.box.y1 > m_lastTableBottom;
            if (gap > 4 * l.box.height() || wordCount(l) > 8 || !belowLastTable) {
                return {};
            }
            // the last line of a paragraph ("... of the evaluation.") runs on from a full line just
            // above it, starting where that line starts
            for (int k = j - 1; k >= 0; --k) {
                if (furniture[k]) {
                    continue;
                }
                const VisualLine &above = lines[k];
                const bool runsOn = l.box.y0 - above.box.y1 < 0.5 * l.box.height() &&
                                    std::abs(above.box.x0 - l.box.x0) < 0.01 && wordCount(above) > 8;
                if (runsOn) {
                    return {};
                }
                break;
            }
            QStringList words;
            for (const Word &w : l.words) {
                words.append(w.text);
            }
            return words.join(QLatin1Char(' '));
        }
        return {};
    }

    /// Adds the table's lines from `from` down to where the table ends on this page; returns the
    /// index of the first line after it.
    int collectBody(const QList<VisualLine> &lines, const QList<bool> &furniture, int from, const Page &page,
                    bool continues)
    {
        QList<VisualLine> body;
        QList<bool> spanning;
        QList<double> sizes;
        int j = from;
        bool endedByPage = true;
        bool walledBody = false; ///< the page draws column walls beside the body lines so far
        for (; j < lines.size(); ++j) {
            if (furniture[j]) {
                continue;
            }
            // a header-like first row in the header's columns is the table's first row (a table
            // does not end before it has one)
            const bool firstRow = body.isEmpty() && m_open->table.rows.isEmpty() && fitsColumns(lines, j, page);
            if (newHeaderAt(lines, j, page) && !firstRow) {
                endedByPage = false;
                break;
            }
            const VisualLine &line = lines[j];
            const bool walled = innerWallIn(middle(line), middle(line), m_open->edges, page.rulings);
            // where the drawn columns stop above this line, the table ends; where they go on
            // below it, the line is a merged row (a title between two walled rows)
            if (walledBody && !walled && !innerWallIn(line.box.y1, 1, m_open->edges, page.rulings)) {
                endedByPage = false;
                break;
            }
            walledBody = walledBody || walled;
            if (isFootnoteRule(line) && onlyFootnotesFrom(lines, furniture, j, bodySizeOf(sizes))) {
                break; // the footnotes of the page: the table may go on overleaf
            }
            // Cells of a borderless row set a space apart run into each other, but such a line
            // leaves the first column empty; prose and titles under a table start in it.
            const bool besideFirstColumn = !body.isEmpty() && m_open->edges.size() > 2 &&
                                           line.box.x0 >= m_open->edges[1] && !isMostlyBold(line.words);
            const bool crosses = !besideFirstColumn && crossesColumns(line, m_open->edges, m_wordSpace, page.rulings);
            const int next = nextContentLine(lines, furniture, j + 1);
            const bool nextIsHeader = next < lines.size() && newHeaderAt(lines, next, page);
            const double bodySize = sizes.isEmpty() ? line.fontSize : median(sizes);
            const bool larger = line.fontSize > 1.2 * bodySize;
            if ((crosses || larger) && nextIsHeader && wordCount(line) <= 8) {
                endedByPage = false; // a heading above the next table
                break;
            }
            if (!crosses && !body.isEmpty() && labelsProseBelow(lines, furniture, j, page)) {
                endedByPage = false;
                break;
            }
            if (crosses) {
                const bool nextFits = fitsColumns(lines, next, page);
                // a short spanning line, or any text inside the table's drawn frame (a merged cell)
                // that runs on from the line above (the table's last line or its header)
                const double above = !body.isEmpty() ? body.last().box.y0 : j > 0 ? lines[j - 1].box.y0 : line.box.y0;
                // a bold line across the columns is a section title of any length, also as the
                // table's first line ("Report on ... (symbol)"), when the columns follow it
                const bool title = isMostlyBold(line.words) && titleRunEndsInColumns(lines, furniture, j, page);
                // a longer one under a title ("1. Recommendations addressed to the executive head")
                constexpr int kMaxSpanningWords = 6, kMaxSubheadingWords = 12;
                const bool underTitle = !body.isEmpty() && (spanning.last() || isMostlyBold(body.last().words));
                const int maxWords = underTitle ? kMaxSubheadingWords : kMaxSpanningWords;
                if ((!body.isEmpty() && wordCount(line) <= maxWords && nextFits) || title ||
                    (insideFrame(line, above, m_open->edges, page.rulings) && (walled || !walledBody))) {
                    body.append(line);
                    spanning.append(true);
                    continue;
                }
                // footnotes under the table at the foot of the page: it may go on overleaf
                endedByPage = onlyFootnotesFrom(lines, furniture, j, bodySizeOf(sizes));
                break;
            }
            body.append(line);
            spanning.append(false);
            sizes.append(line.fontSize);
        }
        m_open->rules = RowAssembler(m_open->table, m_open->edges)
                            .addPage(body, spanning, page.number, continues, page.rulings, m_open->rules);
        m_open->rules.closedAtFoot = m_open->rules.closedAtFoot && m_openSplits;
        if (!body.isEmpty()) {
            m_open->table.lastPage = page.number;
            m_lastTableBottom = body.last().box.y1;
            m_lastTablePage = page.number;
        }
        m_open->bodyFontSize = bodySizeOf(sizes);
        m_open->atPageEnd = endedByPage;

        if (!endedByPage) {
            closeTable();
        }
        return j;
    }

    /// Whether the lines from `from` to the foot of the page are a footnote rule and footnotes,
    /// set smaller than the table's body.
    /// A line of underscores or dashes alone: the rule above a page's footnotes.
    static bool isFootnoteRule(const VisualLine &line)
    {
        static const QRegularExpression rule(QStringLiteral("^[_\u2014\u2013-]{5,}$"));
        return line.words.size() == 1 && rule.match(line.words.first().text).hasMatch();
    }

    static bool onlyFootnotesFrom(const QList<VisualLine> &lines, const QList<bool> &furniture, int from,
                                  double bodySize)
    {
        for (int j = from; j < lines.size(); ++j) {
            const VisualLine &l = lines[j];
            if (!furniture[j] && !isFootnoteRule(l) && !(bodySize > 0 && l.fontSize < 0.9 * bodySize)) {
                return false;
            }
        }
        return true;
    }

    /// Whether a bold title across the columns starting at line `j` (a few lines, bold or short:
    /// the title, its wrapped lines and a subheading such as "1. Recommendations addressed to
    /// ...") is followed by lines in the table's columns.
    bool titleRunEndsInColumns(const QList<VisualLine> &lines, const QList<bool> &furniture, int j,
                               const Page &page) const
    {
        constexpr int kMaxTitleLines = 6, kMaxTitleWords = 25, kMaxSubheadingWords = 12;
        if (wordCount(lines[j]) > kMaxTitleWords) {
            return false;
        }
        int k = nextContentLine(lines, furniture, j + 1);
        for (int run = 1; run < kMaxTitleLines && k < lines.size() && !fitsColumns(lines, k, page); ++run) {
            if (!isMostlyBold(lines[k].words) && wordCount(lines[k]) > kMaxSubheadingWords) {
                return false;
            }
            k = nextContentLine(lines, furniture, k + 1);
        }
        return fitsColumns(lines, k, page);
    }

    bool fitsColumns(const QList<VisualLine> &lines, int j, const Page &page) const
    {
        return j < lines.size() && !crossesColumns(lines[j], m_open->edges, m_wordSpace, page.rulings);
    }

    static int nextContentLine(const QList<VisualLine> &lines, const QList<bool> &furniture, int from)
    {
        int j = from;
        while (j < lines.size() && furniture[j] && wordCount(lines[j]) < 3) {
            ++j;
        }
        return j;
    }

    static double median(QList<double> v)
    {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v[v.size() / 2];
    }

    /// The table's body type size: this page's lines where there are a few, else the table's own.
    double bodySizeOf(const QList<double> &sizes) const
    {
        constexpr int kFewLines = 3;
        return sizes.size() >= kFewLines || !m_open || m_open->bodyFontSize <= 0 ? (sizes.isEmpty() ? 0 : median(sizes))
                                                                                 : m_open->bodyFontSize;
    }

    void closeTable()
    {
        if (m_open && !m_open->table.rows.isEmpty()) {
            m_content.tables.append(m_open->table);
            m_last = std::make_unique<Open>(*m_open);
            m_last->table.rows.clear();
            m_last->table.caption.clear();
        }
        m_open.reset();
    }

    /// A table without a header of its own that takes up the columns of the table closed just
    /// before it (a second annex laid out as the first): from line `i` (a title across the columns
    /// or a line in them), lines in those columns follow, one of them opened by a row label
    /// ("Recommendation 1. ..."). Opens that table.
    bool resumesLastTable(const QList<VisualLine> &lines, const QList<bool> &furniture, int i, const Page &page)
    {
        constexpr int kLookAhead = 8, kMinFitting = 3, kMaxPagesApart = 1;
        if (!m_last || m_open || furniture[i] || page.number - m_last->table.lastPage > kMaxPagesApart) {
            return false;
        }
        m_open = std::make_unique<Open>(*m_last); // to ask about its columns
        const bool title = isMostlyBold(lines[i].words) && titleRunEndsInColumns(lines, furniture, i, page);
        int fitting = 0;
        bool labelled = false;
        bool headerNear = false; // a table with a header of its own comes next
        for (int j = i; j < lines.size() && j < i + kLookAhead && (title || j == i || fitsColumns(lines, j - 1, page));
             ++j) {
            headerNear = headerNear || m_headers[j].has_value();
            if (furniture[j] || !fitsColumns(lines, j, page)) { // a page number is no row label
                continue;
            }
            ++fitting;
            QStringList first;
            for (const Word &w : lines[j].words) {
                if (columnOf(m_open->edges, w.box) == 0) {
                    first.append(w.text);
                }
            }
            labelled = labelled || (!first.isEmpty() && isLeadLabel(first.join(QLatin1Char(' '))));
        }
        const bool resumes =
            (title || fitsColumns(lines, i, page)) && fitting >= kMinFitting && labelled && !headerNear;
        if (resumes) {
            m_open->table.firstPage = m_open->table.lastPage = page.number;
            m_open->atPageEnd = false;
            m_open->rules = {};
        } else {
            m_open.reset();
        }
        return resumes;
    }

    DocumentContent &m_content;
    std::unique_ptr<Open> m_open;
    std::unique_ptr<Open> m_last; ///< the columns of the table closed last, without its rows
    double m_wordSpace = 0;
    QList<std::optional<HeaderRow>> m_headers; ///< per visual line of the page being scanned
    double m_lastTableBottom = -1;
    int m_lastTablePage = 0;   ///< the page m_lastTableBottom is on
    int m_pageNumber = 0;      ///< the page being scanned
    bool m_openSplits = false; ///< the renderer leaves split rows open, so a closed row has ended
};

} // namespace

void detectTables(DocumentContent &content)
{
    if (content.format != SourceFormat::Pdf) {
        return; // Word documents carry their tables (DocxReader)
    }
    content.tables.clear();
    TableScanner(content).run();
}

} // namespace evalreview::ingest
