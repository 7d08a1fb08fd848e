#pragma once

#include "VisualLines.h"

namespace evalreview::ingest::table {

/// The column a word belongs to: the last column whose left edge it starts at or after.
int columnOf(const QList<double> &edges, const NormRect &box);

/// A row label opening a line of the first column: a code alone ("3.1a"), or a word and a number
/// alone ("Recommendation 4") or closed by a stop before the text ("Recommendation 4. The ...").
bool isLeadLabel(const QString &text);
/// A word and a number opening a line: "Recommendation 9.", "Recomendación 2: …".
bool isWordLabel(const QString &text);

/// A line whose text runs across a column boundary (a paragraph, a footnote, a spanning
/// heading): words of different columns no further apart than `wordSpace` (normalised), or a
/// word over an edge.
bool crossesColumns(const VisualLine &line, const QList<double> &edges, double wordSpace);

/// The same where the page draws its cell borders: at the line's height, a column edge with a
/// vertical rule beside it separates cells whatever the gap, and text runs across an edge only
/// where no rule is drawn there (a merged cell). Without rules at that height, as above.
bool crossesColumns(const VisualLine &line, const QList<double> &edges, double wordSpace, const QList<Ruling> &rulings);

/// The widest gap that still separates words rather than cells on this page: 1.3 times the
/// median gap between neighbouring words of a line (normalised x).
double wordSpaceOf(const QList<VisualLine> &lines, const Page &page);

/// The horizontal rules a page draws across a table's first column (normalised y, top down).
struct RowRules
{
    QList<double> ys;
    bool inner = false;       ///< a rule crosses the body between its first and last line
    bool oneDrawnRow = false; ///< rules above and below the body, walls through it, none between
    /// Rows are drawn: rules cross the first column inside the body, not only above and below
    /// it (a table with rules under the header and at its foot only is not ruled by row), or the
    /// body is one row drawn with its walls; on a page filled by one row, the table's rows were
    /// drawn on an earlier page.
    bool ruled(bool ruledBefore) const { return inner || oneDrawnRow || (ruledBefore && !ys.isEmpty()); }
    /// A rule lies between y positions a and b (a above b).
    bool between(double a, double b) const;
    static RowRules of(const QList<Ruling> &rulings, const QList<double> &edges, const QList<VisualLine> &body);
};

/// What a page of a table showed of its rules.
struct PageRules
{
    bool ruled = false;        ///< rules separate the rows
    bool closedAtFoot = false; ///< a rule closes the last row (it does not run on to the next page)
    bool leadLabels = false;   ///< rows open at labels on lines of their own ("Recommendation 4")
};

/// Adds the body lines of one page to a table's rows. Where the page draws rules between the
/// rows, they separate the rows; otherwise a new row starts where the first column prints a new
/// label (label mode) or after a gap taller than a line (no label column). Lines before the
/// first row start continue the table's last row when `continues` is set.
class RowAssembler
{
public:
    RowAssembler(Table &table, const QList<double> &edges) : m_table(table), m_edges(edges) {}
    /// `before`: what the table's previous page showed (rows drawn, last row closed).
    PageRules addPage(const QList<VisualLine> &lines, const QList<bool> &spanning, int page, bool continues,
                      const QList<Ruling> &rulings = {}, PageRules before = {});

private:
    bool labelIn(const VisualLine &line) const; ///< the first column holds a row label alone
    bool rowStarts(const QList<VisualLine> &lines, const QList<bool> &spanning, int i, const RowRules &rules) const;
    TableRow newRow(int page) const;
    void appendLine(TableRow &row, const VisualLine &line, int page, bool spanning) const;
    void finishRow(TableRow &row) const;
    bool labelMode(const QList<VisualLine> &lines) const;
    /// Borderless rows of vertically centred cells print their label in the row's middle, the
    /// other cells' first lines above it: a white band across the columns (over half a line)
    /// parts the rows. Where each band holds one label (the page's first and last may hold none:
    /// rows running over a page break) and some label sits below its band's first line, the
    /// lines that open a band; else empty.
    QList<bool> centredRowStarts(const QList<VisualLine> &lines, double lineHeight) const;
    /// Rows opened by labels (`label`: short codes, or lead labels such as "Recommendation 2.
    /// Extend ...") whose cells are centred vertically with no white band between rows: the
    /// other cells of a row may start above its label. Between two labels, the row parts at the
    /// widest gap below the first row's last line in the first column, where the row then
    /// centres on its first-column cell; empty when no row starts above its label.
    QList<bool> centredLabelStarts(const QList<VisualLine> &lines, const QList<bool> &label, double lineHeight) const;

    Table &m_table;
    QList<double> m_edges;
};

} // namespace evalreview::ingest::table
