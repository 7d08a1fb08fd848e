#pragma once

#include "DocumentContent.h"
#include "Provenance.h"

#include <QList>
#include <QString>

namespace evalreview::extract {

/// One printed line of a document's body, in reading order, with where it came from.
struct DocLine
{
    int page = 0;   ///< 1-based
    int block = 0;  ///< running index of its block in the document
    int column = 0; ///< the layout's column of its block
    NormRect box;
    double fontSize = 0;
    bool bold = false;
    QString text;
    QList<Word> words;
};

/// The body lines of a whole document in reading order (running headers and footers left out),
/// with the measures extractors share: body font size, headings, joined text and provenance.
class DocLines
{
public:
    explicit DocLines(const DocumentContent &content);

    const QList<DocLine> &lines() const { return m_lines; }
    qsizetype size() const { return m_lines.size(); }
    const DocLine &at(qsizetype i) const { return m_lines.at(i); }

    /// The font size most of the text is set in.
    double bodySize() const { return m_bodySize; }
    /// A line set larger than the body text, or bold while the body is not.
    bool isHeading(qsizetype i) const;
    /// A line set larger than the body text by `factor` (a title or a top-level heading).
    bool isLarger(qsizetype i, double factor) const;
    /// True when line i starts a new block (paragraph) or a new page.
    bool startsBlock(qsizetype i) const;
    /// Vertical gap between line i-1 and line i in units of line height; large across blocks.
    double gapBefore(qsizetype i) const;

    /// Lines [from, to) joined as printed text (end-of-line hyphenation handled).
    QString join(qsizetype from, qsizetype to) const;
    /// The regions lines [from, to) cover, one box per page.
    Provenance provenance(qsizetype from, qsizetype to) const;
    /// The same for chosen lines, in the order given (footnotes and page stamps left out).
    QString join(const QList<qsizetype> &indices) const;
    Provenance provenance(const QList<qsizetype> &indices) const;
    /// Index of the first line at or after `from` whose folded text starts with one of `starts`.
    qsizetype find(const QStringList &starts, qsizetype from = 0) const;

private:
    QList<DocLine> m_lines;
    double m_bodySize = 0;
    bool m_bodyBold = false;
};

} // namespace evalreview::extract
