#pragma once

#include <QString>

namespace evalreview {

/// Translates what a person types into a safe FTS5 MATCH expression.
///
/// Words are matched as typed (accents folded by the index); "quoted text" is a phrase;
/// a trailing * makes a prefix; OR and NOT (in capitals) between words work as in FTS5,
/// AND is implied. Everything else (NEAR, column filters, brackets, SQL) is taken as plain
/// words, so any input yields a valid expression or an empty one.
class SearchQuery
{
public:
    explicit SearchQuery(const QString &input);

    bool isEmpty() const { return m_expression.isEmpty(); }
    QString ftsExpression() const { return m_expression; }
    /// Every word as one phrase, the fallback if the expression is refused anyway.
    QString phraseExpression() const { return m_phrase; }

private:
    QString m_expression;
    QString m_phrase;
};

} // namespace evalreview
