#pragma once

#include <QFontMetrics>
#include <QWidget>

/// Sizes in the widget's font rather than in pixels, so that a larger font (or a language with
/// longer words) gets room in proportion.
namespace evalreview::font_units {

/// The width of `n` average characters of the widget's font.
inline int chars(const QWidget *widget, int n)
{
    return widget->fontMetrics().averageCharWidth() * n;
}

/// The height of `n` lines of the widget's font.
inline int lines(const QWidget *widget, int n)
{
    return widget->fontMetrics().lineSpacing() * n;
}

} // namespace evalreview::font_units
