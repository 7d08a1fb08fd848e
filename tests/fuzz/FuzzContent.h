#pragma once

// Builds a DocumentContent of positioned words from fuzzer bytes: each 6-byte record is a word
// (its text from a small vocabulary of the documents' own words, codes and labels, its box from
// the other bytes), on one of up to four pages.
#include "DocumentContent.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace evalreview::fuzz {

inline DocumentContent contentFromBytes(const uint8_t *data, size_t size)
{
    static const QStringList vocabulary{QStringLiteral("No"),         QStringLiteral("Recommendation"),
                                        QStringLiteral("Management"), QStringLiteral("response"),
                                        QStringLiteral("Action"),     QStringLiteral("SECO"),
                                        QStringLiteral("Comments"),   QStringLiteral("G1"),
                                        QStringLiteral("3.1a"),       QStringLiteral("Accepted"),
                                        QStringLiteral("Priority:"),  QStringLiteral("High"),
                                        QStringLiteral("Timing:"),    QStringLiteral("Short-term"),
                                        QStringLiteral("Ghana"),      QStringLiteral("1."),
                                        QStringLiteral("Output"),     QStringLiteral("Outcome"),
                                        QStringLiteral("Lessons"),    QStringLiteral("learned"),
                                        QStringLiteral("—"),          QStringLiteral("-"),
                                        QStringLiteral("(a)"),        QStringLiteral("2016–17"),
                                        QStringLiteral("Key"),        QStringLiteral("actions"),
                                        QStringLiteral("Réponse"),    QStringLiteral("Plazo"),
                                        QStringLiteral("4,345,610"),  QStringLiteral("Total"),
                                        QStringLiteral("the"),        QStringLiteral("pro-")};
    DocumentContent content;
    for (int p = 1; p <= 4; ++p) {
        Page page;
        page.number = p;
        page.sizePt = p % 2 ? QSizeF(595, 842) : QSizeF(842, 595);
        content.pages.append(page);
    }
    for (size_t i = 0; i + 6 <= size; i += 6) {
        Word w;
        w.text = vocabulary.at(data[i] % vocabulary.size());
        const double x = data[i + 1] / 255.0;
        const double y = data[i + 2] / 255.0;
        const double width = (1 + data[i + 3] % 64) / 255.0;
        const double height = (1 + data[i + 4] % 16) / 400.0;
        w.box = {x, y, std::min(1.0, x + width), std::min(1.0, y + height)};
        w.fontSize = height * 842 / 1.15;
        w.spaceAfter = data[i + 5] & 1;
        content.pages[(data[i + 5] >> 1) % 4].words.append(w);
    }
    return content;
}

} // namespace evalreview::fuzz
