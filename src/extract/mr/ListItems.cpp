#include "ResponsePatterns.h"

#include <QRegularExpression>

namespace evalreview::extract::mr {

namespace {

enum class Family
{
    Number,
    Dotted,
    Letter,
    Bullet
};

struct Marker
{
    Family family;
    QString label;
    qsizetype start;
    qsizetype textStart;
};

/// The list marker a line opens with, if any.
std::optional<Marker> markerAt(const QString &text, qsizetype pos)
{
    static const QRegularExpression dotted(QStringLiteral("\\G(\\d{1,2}(?:\\.\\d{1,2})+[a-z]?)[.)]?\\s+(?=\\S)"));
    static const QRegularExpression number(QStringLiteral("\\G(\\d{1,2})[.)]\\s+(?=\\S)"));
    static const QRegularExpression letter(QStringLiteral("\\G\\(?([a-z])[.)]\\s+(?=\\S)"));
    static const QRegularExpression bullet(
        QStringLiteral("\\G[\uF0B7\uF0A7\u2022\u25AA\u25CF\u25E6\u2023\u2219\u00B7\u25A0*\u2013\u2014-]\\s+(?=\\S)"));
    const std::pair<const QRegularExpression *, Family> tries[] = {
        {&dotted, Family::Dotted}, {&number, Family::Number}, {&letter, Family::Letter}, {&bullet, Family::Bullet}};
    for (const auto &[pattern, family] : tries) {
        const auto m =
            pattern->match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            return Marker{family, family == Family::Bullet ? QString() : m.captured(1), pos, m.capturedEnd()};
        }
    }
    return std::nullopt;
}

/// Whether `next` may follow `prev` in the same list.
bool follows(const Marker &prev, const Marker &next)
{
    switch (prev.family) {
    case Family::Number:
        return next.label.toInt() == prev.label.toInt() + 1;
    case Family::Letter:
        return next.label.at(0).unicode() == prev.label.at(0).unicode() + 1;
    case Family::Dotted: {
        // 1.1 -> 1.2, 1.2 -> 2.1, 3.1a -> 3.1b: same depth, later in order
        const QStringList a = prev.label.split(QLatin1Char('.'));
        const QStringList b = next.label.split(QLatin1Char('.'));
        return a.size() == b.size() && next.label != prev.label;
    }
    case Family::Bullet:
        return true;
    }
    return false;
}

bool startsList(const Marker &m)
{
    switch (m.family) {
    case Family::Number:
        return m.label == QLatin1String("1");
    case Family::Letter:
        return m.label == QLatin1String("a");
    case Family::Dotted:
    case Family::Bullet:
        return true;
    }
    return false;
}

} // namespace

QList<ListItem> findListItems(const QString &text, const QList<qsizetype> &lineStarts)
{
    QList<Marker> markers;
    for (const qsizetype start : lineStarts) {
        if (const auto m = markerAt(text, start)) {
            markers.append(*m);
        }
    }
    // The top level is the family of the first marker that can open a list.
    const auto first = std::find_if(markers.begin(), markers.end(), startsList);
    if (first == markers.end()) {
        return {};
    }
    QList<Marker> chosen{*first};
    for (auto it = first + 1; it != markers.end(); ++it) {
        if (it->family == first->family && follows(chosen.last(), *it)) {
            chosen.append(*it);
        }
    }
    if (first->family == Family::Bullet && chosen.size() < 2 && first->start > 0) {
        return {}; // a lone dash inside the text is no list
    }
    // a number wrapped onto a line of its own after the word that announces it ("recommendation
    // nr." / "1. Regarding ...") is no list of one item
    static const QRegularExpression announces(
        QStringLiteral("\\b(?:nr|no|n°|nº|num|núm|number|numéro|número|recommendations?|recommandations?|"
                       "recomendaci[oó]n(?:es)?|paragraphs?|para|sections?|chapters?)\\.?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (chosen.size() == 1 && first->start > 0 && announces.match(text.left(first->start)).hasMatch()) {
        return {};
    }
    QList<ListItem> items;
    for (int i = 0; i < chosen.size(); ++i) {
        ListItem item;
        item.label = chosen[i].label;
        item.markerStart = chosen[i].start;
        item.textStart = chosen[i].textStart;
        item.end = i + 1 < chosen.size() ? chosen[i + 1].start : text.size();
        items.append(item);
    }
    return items;
}

} // namespace evalreview::extract::mr
