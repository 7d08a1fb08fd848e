#include "NewsletterParts.h"
#include "TextTools.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace evalreview::extract::newsletter {

namespace {

QString leadWord(const QString &heading)
{
    for (const QString &w : heading.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!text::isFunctionWord(w)) {
            return w.toLower();
        }
    }
    return {};
}

bool continuesItem(const QString &itemSoFar, const QString &line)
{
    if (line.isEmpty()) {
        return false;
    }
    if (line.at(0).isLower()) {
        return true;
    }
    const QString t = itemSoFar.trimmed();
    if (t.endsWith(QLatin1Char(',')) || t.endsWith(QLatin1Char('-'))) {
        return true;
    }
    const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
    return text::isFunctionWord(t.mid(space + 1));
}

} // namespace

Headings findHeadings(const DocLines &lines)
{
    Headings h;
    double titleSize = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.isHeading(i)) {
            continue;
        }
        qsizetype j = i + 1;
        while (j < lines.size() && lines.isHeading(j) && !lines.startsBlock(j) &&
               std::abs(lines.at(j).fontSize - lines.at(i).fontSize) < 0.3) {
            ++j;
        }
        const QString t = lines.join(i, j);
        if (h.title.isEmpty() && lines.at(i).page == 1 && lines.isLarger(i, 1.5)) {
            h.title = t;
            titleSize = lines.at(i).fontSize;
        } else if (titleSize == 0 || lines.at(i).fontSize < titleSize * 0.9) {
            h.starts << i;
            const bool sub =
                !h.sections.isEmpty() && leadWord(h.sections.last().text) == leadWord(t) && !leadWord(t).isEmpty();
            if (!sub) {
                h.sections << Heading{t, i, j};
            }
        }
        i = j - 1;
    }
    return h;
}

QJsonArray upcomingEvents(const DocLines &lines, const Headings &headings)
{
    QJsonArray out;
    static const QRegularExpression upcoming(QStringLiteral("\\bupcoming\\b|\\bforthcoming\\b|\\bnext steps\\b|"
                                                            "\\bà venir\\b|\\bpróximos?\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    qsizetype from = -1;
    qsizetype to = lines.size();
    for (const Heading &h : headings.sections) {
        if (from >= 0 && h.first > from) {
            to = h.first;
            break;
        }
        if (upcoming.match(h.text).hasMatch()) {
            from = h.last;
        }
    }
    if (from < 0) {
        return out;
    }
    // left edge of each page column in the part
    QHash<qint64, double> columnLeft;
    for (qsizetype i = from; i < to; ++i) {
        const qint64 key = qint64(lines.at(i).page) * 100 + lines.at(i).column;
        columnLeft[key] =
            columnLeft.contains(key) ? std::min(columnLeft.value(key), lines.at(i).box.x0) : lines.at(i).box.x0;
    }
    QStringList item;
    Provenance source;
    auto flush = [&] {
        if (!item.isEmpty()) {
            out.append(QJsonObject{{QStringLiteral("text"), text::stripListMarker(text::joinLines(item))},
                                   {QStringLiteral("source"), source.toJson()}});
        }
        item.clear();
        source = Provenance();
    };
    for (qsizetype i = from; i < to; ++i) {
        const DocLine &l = lines.at(i);
        if (l.fontSize < lines.bodySize() * 0.85) {
            continue;
        }
        const double left = columnLeft.value(qint64(l.page) * 100 + l.column);
        const bool indented = l.box.x0 > left + 0.015 || text::startsWithBullet(l.text);
        const QString soFar = text::joinLines(item);
        if (indented) {
            const bool startsItem =
                text::startsWithBullet(l.text) || item.isEmpty() ||
                ((l.text.at(0).isUpper() || l.text.at(0).isDigit()) && !continuesItem(soFar, l.text));
            if (startsItem) {
                flush();
            }
            item << l.text;
            source.add(l.page, l.box);
        } else if (!item.isEmpty() && continuesItem(soFar, l.text)) {
            item << l.text;
            source.add(l.page, l.box);
        } else {
            flush();
        }
    }
    flush();
    return out;
}

} // namespace evalreview::extract::newsletter
