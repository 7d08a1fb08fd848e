#include "CellText.h"

#include "TextJoin.h"

#include <QRegularExpression>

namespace evalreview::extract::mr {

namespace {

const QRegularExpression &wordPattern()
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}]+(?:-[\\p{L}]+)*"));
    return re;
}

/// The letters-only tail of a text ("... cluster-" -> "cluster") and head ("specific ..." -> "specific").
QString lastWord(const QString &s)
{
    qsizetype i = s.size();
    while (i > 0 && s.at(i - 1).isLetter()) {
        --i;
    }
    return s.mid(i).toLower();
}

QString firstWord(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i).isLetter()) {
        ++i;
    }
    return s.left(i).toLower();
}

} // namespace

LineJoiner::LineJoiner(const DocumentContent &content) : m_dehyphenate(content.format == SourceFormat::Pdf)
{
    if (!m_dehyphenate) {
        return;
    }
    for (const Page &p : content.pages) {
        for (const Word &w : p.words) {
            auto it = wordPattern().globalMatch(w.text);
            while (it.hasNext()) {
                const QString token = it.next().captured().toLower();
                if (token.contains(QLatin1Char('-'))) {
                    m_hyphenated.insert(token);
                    for (const QString &part : token.split(QLatin1Char('-'))) {
                        m_words.insert(part);
                    }
                } else {
                    m_words.insert(token);
                }
            }
        }
    }
}

QString LineJoiner::join(const QString &left, const QString &right) const
{
    if (left.isEmpty()) {
        return right;
    }
    if (right.isEmpty()) {
        return left;
    }
    if (ingest::endsWithClosedDash(left)) {
        return left + right;
    }
    if (!left.endsWith(QLatin1Char('-')) && !left.endsWith(QChar(0x00AD))) {
        return left + QLatin1Char(' ') + right;
    }
    if (left.endsWith(QChar(0x00AD))) {
        return left.chopped(1) + right; // soft hyphen: always a break
    }
    if (!m_dehyphenate) {
        return left + QLatin1Char(' ') + right;
    }
    const QString head = lastWord(left.chopped(1));
    const QString tail = firstWord(right);
    if (head.isEmpty() || tail.isEmpty() || !right.at(0).isLower()) {
        return left + right; // "no -" + "cost", "Accra -" + ...: keep as printed
    }
    const QString joined = head + tail;
    const QString compound = head + QLatin1Char('-') + tail;
    bool breakHyphen = false;
    if (m_hyphenated.contains(compound)) {
        breakHyphen = false;
    } else if (m_words.contains(joined)) {
        breakHyphen = true;
    } else {
        breakHyphen = !(m_words.contains(head) && m_words.contains(tail));
    }
    return breakHyphen ? left.chopped(1) + right : left + right;
}

CellText::CellText(const QList<TextLine> &lines, int fallbackPage, const LineJoiner &joiner) : m_lines(lines)
{
    for (const TextLine &l : lines) {
        const QString t = l.text().simplified();
        if (t.isEmpty()) {
            continue;
        }
        const QString joined = joiner.join(m_text, t);
        // The new line starts where its text begins in the joined string.
        m_starts.append(joined.size() - t.size());
        m_text = joined;
        m_pages.append(l.page > 0 ? l.page : fallbackPage);
    }
    // Keep only non-empty lines, aligned with m_starts.
    QList<TextLine> kept;
    for (const TextLine &l : lines) {
        if (!l.text().simplified().isEmpty()) {
            kept.append(l);
        }
    }
    m_lines = kept;
}

Piece CellText::slice(qsizetype from, qsizetype to) const
{
    Piece p;
    from = std::clamp<qsizetype>(from, 0, m_text.size());
    to = std::clamp<qsizetype>(to, from, m_text.size());
    p.text = simplified(m_text.mid(from, to - from));
    if (p.text.isEmpty()) {
        return p;
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        const qsizetype start = m_starts[i];
        const qsizetype end = i + 1 < m_starts.size() ? m_starts[i + 1] : m_text.size();
        if (start < to && end > from) {
            p.source.add(m_pages[i], m_lines[i].box);
        }
    }
    return p;
}

} // namespace evalreview::extract::mr
