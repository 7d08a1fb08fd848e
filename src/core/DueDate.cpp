#include "DueDate.h"

#include <QRegularExpression>
#include <QStringList>

namespace evalreview {

namespace {

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

/// Month number for an English, French or Spanish month name or abbreviation; 0 if none.
int monthNumber(const QString &word)
{
    static const QStringList names[] = {
        {QStringLiteral("jan"), QStringLiteral("janv"), QStringLiteral("ene")},
        {QStringLiteral("feb"), QStringLiteral("fév"), QStringLiteral("fev")},
        {QStringLiteral("mar")},
        {QStringLiteral("apr"), QStringLiteral("avr"), QStringLiteral("abr")},
        {QStringLiteral("may"), QStringLiteral("mai")},
        {QStringLiteral("jun"), QStringLiteral("juin")},
        {QStringLiteral("jul"), QStringLiteral("juil")},
        {QStringLiteral("aug"), QStringLiteral("août"), QStringLiteral("aout"), QStringLiteral("ago")},
        {QStringLiteral("sep"), QStringLiteral("set")},
        {QStringLiteral("oct")},
        {QStringLiteral("nov")},
        {QStringLiteral("dec"), QStringLiteral("déc"), QStringLiteral("dic")},
    };
    const QString w = word.toLower();
    if (w.size() < 3) {
        return 0;
    }
    int best = 0;
    qsizetype bestLength = 0;
    for (int m = 0; m < 12; ++m) {
        for (const QString &n : names[m]) {
            if (w.startsWith(n) && n.size() > bestLength) {
                best = m + 1;
                bestLength = n.size();
            }
        }
    }
    // "mars" (fr) and "marzo" (es) start with "mar"; "juil" must win over "jul" only by length.
    return best;
}

std::optional<QDate> relativeTerm(const QString &t, const QDate &issued)
{
    if (!issued.isValid()) {
        return std::nullopt;
    }
    static const struct
    {
        const char *pattern;
        int months;
    } terms[] = {
        {"\\b(immediate(ly)?|immédiat|inmediat)", 3},
        {"\\b(short[- ]?term|court terme|corto plazo)", 6},
        {"\\b(medium[- ]?term|moyen terme|mediano plazo|medio plazo)", 12},
        {"\\b(long[- ]?term|long terme|largo plazo)", 24},
    };
    for (const auto &term : terms) {
        const QRegularExpression re(QString::fromUtf8(term.pattern), QRegularExpression::CaseInsensitiveOption);
        if (re.match(t).hasMatch()) {
            return issued.addMonths(term.months);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QDate> deriveDueDate(const QString &timing, const QDate &issued)
{
    const QString t = timing.simplified();
    if (t.isEmpty()) {
        return std::nullopt;
    }
    // Numeric month/year: 03/2016, 3-2016; the last one in the text wins (a range's end).
    static const QRegularExpression monthYear(QStringLiteral("\\b(0?[1-9]|1[0-2])\\s*[/.-]\\s*((?:19|20)\\d\\d)\\b"));
    std::optional<QDate> found;
    for (auto it = monthYear.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        found = endOfMonth(m.captured(2).toInt(), m.captured(1).toInt());
    }
    if (found) {
        return found;
    }
    // Quarter: Q3 2025
    static const QRegularExpression quarter(QStringLiteral("\\b[QT]([1-4])\\s*((?:19|20)\\d\\d)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = quarter.match(t); m.hasMatch()) {
        return endOfMonth(m.captured(2).toInt(), m.captured(1).toInt() * 3);
    }
    // Named months with a year: "January–April 2025", "June 2024", "juin 2024".
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+"));
    static const QRegularExpression year(QStringLiteral("\\b((?:19|20)\\d\\d)\\b"));
    int lastYear = 0;
    for (auto it = year.globalMatch(t); it.hasNext();) {
        lastYear = it.next().captured(1).toInt();
    }
    if (lastYear > 0) {
        int lastMonth = 0;
        for (auto it = word.globalMatch(t); it.hasNext();) {
            if (const int month = monthNumber(it.next().captured(0))) {
                lastMonth = month;
            }
        }
        if (lastMonth > 0) {
            return endOfMonth(lastYear, lastMonth);
        }
        // Biennium "2016–17" or "2016-2017": the end of the second year.
        static const QRegularExpression biennium(QStringLiteral("\\b((?:19|20)\\d\\d)\\s*[-–—/]\\s*(\\d\\d)\\b"));
        if (const auto m = biennium.match(t); m.hasMatch()) {
            const int start = m.captured(1).toInt();
            const int end = (start / 100) * 100 + m.captured(2).toInt();
            if (end > start && end - start <= 5) {
                return QDate(end, 12, 31);
            }
        }
        return QDate(lastYear, 12, 31);
    }
    return relativeTerm(t, issued);
}

} // namespace evalreview
