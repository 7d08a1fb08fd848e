#pragma once

#include "DocumentContent.h"

#include <QString>

namespace evalreview::test {

/// Builds a DocumentContent as the reader and layout stage would: words with boxes from a
/// fixed character width, one block per paragraph, page.words for the table readers.
class ContentBuilder
{
public:
    explicit ContentBuilder(double pageWidthPt = 595, double pageHeightPt = 842);

    /// Starts a new page.
    ContentBuilder &page();
    /// Adds a line at (x, y) in points (top-left origin) with the font size; `newBlock` starts a
    /// paragraph, `column` names the layout column, `bold` sets the line in bold. A run of spaces
    /// sets the words apart by as many characters (a label and its value in one line).
    ContentBuilder &line(const QString &text, double x, double y, double size = 10, bool newBlock = false,
                         int column = 0, bool bold = false);
    /// Adds words only (no body line), as table cells print.
    ContentBuilder &cell(const QString &text, double x, double y, double size = 9);

    DocumentContent build() const { return m_content; }

private:
    QList<Word> words(const QString &text, double x, double y, double size) const;
    DocumentContent m_content;
    double m_w, m_h;
};

} // namespace evalreview::test
