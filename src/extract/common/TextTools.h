#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace evalreview::extract {

/// Shared text helpers of the extractors: dates, numbers, numbering patterns, label/value lines.
namespace text {

/// "20 September 2016" -> "2016-09-20", "June 2019" -> "2019-06", "September 20, 2016",
/// "2016-09-20", "20/09/2016" (day first) and French/Spanish month names. Empty when the
/// text holds no date. The first date found in `text` wins.
QString isoDate(const QString &text);

/// "4,345,610" -> 4345610, "USD 4 345 610" -> 4345610, "1.722.398" -> 1722398, "12.5" -> 12.5.
/// Currency words and symbols around the number are ignored; nullopt when there is no number.
std::optional<double> parseNumber(const QString &text);

/// Whole numbers written as digits ("03", "102") or as small English words ("three").
std::optional<int> parseCount(const QString &text);

/// The text after a label such as "Date:" or "Joint Programme Number" at the start of `line`
/// (case-insensitive, optional colon); nullopt when the line does not start with one of them.
std::optional<QString> valueAfterLabel(const QString &line, const QStringList &labels);

/// Joins printed lines: single spaces, a line ending in a hyphen joined without a space
/// (the hyphen kept, as compounds such as "medium-term" print), runs of spaces collapsed.
QString joinLines(const QStringList &lines);

/// Removes a leading list marker: "1.", "1)", "(a)", "a.", "•", "-", "–", "▪".
QString stripListMarker(const QString &text);

/// The number a list item starts with ("1." / "10)" / "3.2" / "• 1." -> "1", "10", "3.2", "1");
/// empty if none.
QString leadingNumber(const QString &text);

/// True for a bullet glyph on its own or at the start of a line.
bool startsWithBullet(const QString &text);

/// Lower-case words that cannot end a sentence or a title ("and", "of", "for", ...).
bool isFunctionWord(const QString &word);

/// Normalises for comparisons: lower case without accents, dashes and quotes unified, spaces collapsed.
QString fold(const QString &text);

/// A numbered paragraph of a report's body ("23. The Board …"): the paragraph number, a space,
/// a capital. Paragraph numbers are structure, never recommendation codes.
bool opensNumberedParagraph(const QString &text);

/// The text of an enumerated heading ("A. Review of …", "IV. Status …") without its enumerator;
/// empty when the line is none.
QString withoutEnumerator(const QString &heading);

} // namespace text
} // namespace evalreview::extract
