#pragma once

#include "DocumentContent.h"
#include "Provenance.h"

#include <QList>
#include <QSet>
#include <QString>

namespace evalreview::extract::mr {

/// Joins printed lines into running text. A hyphen at a line end is a line-break hyphenation
/// ("imple-" + "mentation") only when the document's vocabulary says so: the joined word occurs
/// elsewhere and the hyphenated form does not, or the parts are not words themselves. Otherwise
/// the hyphen is kept ("Short-" + "term" -> "Short-term"). Word documents have no line-end
/// hyphenation, so their lines are joined with a space.
class LineJoiner
{
public:
    LineJoiner() = default;
    explicit LineJoiner(const DocumentContent &content);
    QString join(const QString &left, const QString &right) const;

private:
    bool m_dehyphenate = false;
    QSet<QString> m_words;      ///< lower-case words of the document
    QSet<QString> m_hyphenated; ///< lower-case hyphenated compounds of the document
};

/// A piece of text with the regions it covers.
struct Piece
{
    QString text;
    Provenance source;
    bool isEmpty() const { return text.isEmpty(); }
};

/// The text of a table cell (or several lines) with the offset where each line starts, so that
/// any slice of the text can name the lines (pages and boxes) it comes from.
class CellText
{
public:
    CellText() = default;
    CellText(const QList<TextLine> &lines, int fallbackPage, const LineJoiner &joiner);

    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    /// Offsets in text() where a printed line starts.
    const QList<qsizetype> &lineStarts() const { return m_starts; }
    /// The text between two offsets (trimmed, spaces collapsed) and the regions of its lines.
    Piece slice(qsizetype from, qsizetype to) const;
    Piece all() const { return slice(0, m_text.size()); }

private:
    QString m_text;
    QList<qsizetype> m_starts;
    QList<TextLine> m_lines;
    QList<int> m_pages;
};

} // namespace evalreview::extract::mr
