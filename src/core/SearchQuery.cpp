#include "SearchQuery.h"

#include <QStringList>

namespace evalreview {

namespace {

struct Token
{
    enum Type { Term, Phrase, Or, Not } type;
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
    QStringList parts;
    QStringList plain;
    bool pendingOp = false; // an operator waits for its right-hand term
    QString op;
    for (const Token &t : tokens) {
        if (t.type == Token::Or || t.type == Token::Not) {
            // An operator needs a term on its left; a second operator replaces the first.
            if (!parts.isEmpty()) {
                op = t.type == Token::Or ? QStringLiteral("OR") : QStringLiteral("NOT");
                pendingOp = true;
            }
            continue;
        }
        const QString term = quoted(t.text) + (t.prefix ? QStringLiteral("*") : QString());
        plain << t.text;
        if (pendingOp) {
            parts << op;
            pendingOp = false;
        }
        parts << term;
    }
    m_expression = parts.join(QLatin1Char(' '));
    if (!plain.isEmpty()) {
        m_phrase = quoted(plain.join(QLatin1Char(' ')));
    }
}

} // namespace evalreview
