#include "SearchQuery.h"

#include <QStringList>

#include <algorithm>

namespace evalreview {

namespace {

struct Token
{
    enum Type
    {
        Term,
        Phrase,
        Or,
        Not
    } type;
    QString text;
    bool prefix = false;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

/// Splits a run of characters into words (the index's own notion of a token).
QStringList words(const QString &s)
{
    QStringList out;
    QString cur;
    for (const QChar c : s) {
        if (isWordChar(c)) {
            cur += c;
        } else if (!cur.isEmpty()) {
            out << cur;
            cur.clear();
        }
    }
    if (!cur.isEmpty()) {
        out << cur;
    }
    return out;
}

QString quoted(const QString &s)
{
    // Words contain no quotes (see words()), but keep the escaping for safety.
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QList<Token> tokenize(const QString &input)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(input.size());
    while (i < n) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            int end = int(input.indexOf(QLatin1Char('"'), i + 1));
            if (end < 0) {
                end = n; // unbalanced quote: the rest is the phrase
            }
            const QStringList w = words(input.mid(i + 1, end - i - 1));
            if (!w.isEmpty()) {
                tokens.append(Token{Token::Phrase, w.join(QLatin1Char(' '))});
            }
            i = end + 1;
            continue;
        }
        int end = i;
        while (end < n && !input.at(end).isSpace() && input.at(end) != QLatin1Char('"')) {
            ++end;
        }
        const QString raw = input.mid(i, end - i);
        i = end;
        if (raw == QLatin1String("OR")) {
            tokens.append(Token{Token::Or, {}});
            continue;
        }
        if (raw == QLatin1String("NOT")) {
            tokens.append(Token{Token::Not, {}});
            continue;
        }
        if (raw == QLatin1String("AND")) {
            continue;
        }
        const QStringList w = words(raw);
        const bool prefix = raw.endsWith(QLatin1Char('*'));
        for (int k = 0; k < w.size(); ++k) {
            tokens.append(Token{Token::Term, w.at(k), prefix && k == w.size() - 1});
        }
    }
    return tokens;
}

} // namespace

SearchQuery::SearchQuery(const QString &input)
{
    const QList<Token> tokens = tokenize(input.left(1000));
    QStringList plain;
    bool pendingOp = false; // an operator waits for its right-hand term
    Part::Op op = Part::And;
    for (const Token &t : tokens) {
        if (t.type == Token::Or || t.type == Token::Not) {
            // An operator needs a term on its left; a second operator replaces the first.
            if (!m_parts.isEmpty()) {
                op = t.type == Token::Or ? Part::Or : Part::Not;
                pendingOp = true;
            }
            continue;
        }
        Part part;
        part.op = pendingOp ? op : Part::And;
        pendingOp = false;
        part.words = t.type == Token::Phrase ? t.text.split(QLatin1Char(' ')) : QStringList{t.text};
        // A one-letter prefix would merge the index entries of a good part of the vocabulary.
        part.prefix = t.prefix && t.text.size() >= 2;
        plain << t.text;
        m_parts << part;
    }
    if (!plain.isEmpty()) {
        m_phrase = quoted(plain.join(QLatin1Char(' ')));
    }
}

bool SearchQuery::hasPhrase() const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(), [](const Part &p) { return p.words.size() > 1; });
}

QString SearchQuery::termExpression(const Part &part, const Expander &expand)
{
    const QString phrase = quoted(part.words.join(QLatin1Char(' ')));
    if (!part.prefix) {
        return phrase;
    }
    const QStringList completions = expand ? expand(part.words.first()) : QStringList();
    if (completions.isEmpty()) {
        return phrase + QLatin1Char('*');
    }
    QStringList alternatives;
    for (const QString &word : completions) {
        alternatives << quoted(word);
    }
    return completions.size() == 1 ? alternatives.first()
                                   : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString SearchQuery::expression(const Expander &expand) const
{
    QStringList out;
    for (const Part &p : m_parts) {
        if (!out.isEmpty() && p.op != Part::And) {
            out << (p.op == Part::Or ? QStringLiteral("OR") : QStringLiteral("NOT"));
        }
        out << termExpression(p, expand);
    }
    return out.join(QLatin1Char(' '));
}

} // namespace evalreview
