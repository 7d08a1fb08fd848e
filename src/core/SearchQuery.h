#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace evalreview {

/// Translates what a person types into a safe FTS5 MATCH expression.
///
/// Words are matched as typed (accents folded by the index); "quoted text" is a phrase;
/// a trailing * makes a prefix; OR and NOT (in capitals) between words work as in FTS5,
/// AND is implied. A prefix needs two letters or more (a one-letter prefix is the word itself).
/// Everything else (NEAR, column filters, brackets, SQL) is taken as plain
/// words, so any input yields a valid expression or an empty one.
class SearchQuery
{
public:
    /// One term of the expression with the operator that joins it to what comes before.
    struct Part
    {
        enum Op
        {
            And,
            Or,
            Not
        } op = And;
        QStringList words; ///< one word, or the words of a phrase, as typed
        bool prefix = false;
    };
    /// Completions of a prefix (as typed) to search instead of the prefix itself, each a single
    /// word; an empty list keeps the prefix.
    using Expander = std::function<QStringList(const QString &prefix)>;

    explicit SearchQuery(const QString &input);

    bool isEmpty() const { return m_parts.isEmpty(); }
    QString ftsExpression() const { return expression({}); }
    /// The expression with prefixes replaced by an OR of the words `expand` gives for them.
    QString ftsExpression(const Expander &expand) const { return expression(expand); }
    /// Every word as one phrase, the fallback if the expression is refused anyway.
    QString phraseExpression() const { return m_phrase; }
    const QList<Part> &parts() const { return m_parts; }
    /// Whether a part is a phrase (of two words or more).
    bool hasPhrase() const;
    /// The expression of one part on its own (its operator left out).
    static QString termExpression(const Part &part, const Expander &expand = {});

private:
    QString expression(const Expander &expand) const;

    QList<Part> m_parts;
    QString m_phrase;
};

} // namespace evalreview
