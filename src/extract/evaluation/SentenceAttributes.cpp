#include "SentenceAttributes.h"

#include "mr/TextFold.h"

#include <QRegularExpression>

namespace evalreview::extract::evaluation {

namespace {

/// A deadline phrase (matched on accent-folded text of the same length).
const QRegularExpression &deadlinePattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:(?:by|before) (?:the (?:end|beginning|middle) of |mid-|end-)?(?:(?:[a-z]+ )?\\d{4})"
                       "|at the (?:end|beginning) of \\d{4}"
                       "|at its [a-z-]+ (?:regular |ordinary )?session"
                       "|(?:d'ici|avant) (?:a |la fin de |a la fin de |le debut de )?(?:[a-z]+ )?\\d{4}"
                       "|(?:para|antes de) (?:(?:finales|fines|mediados) de )?(?:[a-z]+ de )?\\d{4}"
                       "|a mas tardar (?:en )?(?:[a-z]+ de )?\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

SentenceAttributes sentenceAttributes(const QString &text)
{
    SentenceAttributes out;
    // The first sentence holds both; a time phrase may open it ("By the end of 2026, …").
    const qsizetype stop = text.indexOf(QRegularExpression(QStringLiteral("[.;:](?:\\s|$)")));
    const QString sentence = stop > 0 ? text.left(stop) : text;
    const QString folded = mr::fold(sentence);
    if (const auto m = deadlinePattern().match(folded); m.hasMatch()) {
        out.deadline = sentence.mid(m.capturedStart(), m.capturedLength());
    }
    // a leading phrase: a short one without commas ("By the end of 2026, …"), or an adverbial
    // clause of any punctuation that opens with a preposition ("Within the context of its regional,
    // subregional and transboundary mandate, the Division should …")
    static const QRegularExpression subject(
        QStringLiteral("^(?:(?:[^,]{3,60}),\\s+|(?:within|in|with|given|through|building on|based on|dans|compte tenu|"
                       "dentro|teniendo en cuenta)\\s[^;:()]{3,240}?,\\s+)?([a-z][^,;:()]{2,160}?)\\s+"
                       "(?:should|shall|must|(?:is|are) (?:requested|encouraged|invited|called upon) to"
                       "|devrai(?:en)?t|(?:est|sont) (?:invite|invitee|invites|invitees|prie|pries)s? a"
                       "|deberia(?:n)?|(?:se )?(?:invita|insta) a)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pronoun(
        QStringLiteral(
            "^(?:it|this|that|these|those|they|there|we|il|elle|ils|elles|ce|cela|on|se|ello|esto|esta|este)$"),
        QRegularExpression::CaseInsensitiveOption);
    constexpr int kMaxSubjectWords = 16;
    if (const auto m = subject.match(folded); m.hasMatch()) {
        const QString who = sentence.mid(m.capturedStart(1), m.capturedLength(1)).trimmed();
        // a leading clause other than a deadline ("To that end, …") is not what the sentence addresses
        static const QRegularExpression adverbial(
            QStringLiteral("^(?:within|in|with|given|through|building on|based on|dans|compte tenu|dentro|teniendo en "
                           "cuenta)\\s"));
        const QString lead = folded.left(m.capturedStart(1));
        const bool leadIsDeadline =
            m.capturedStart(1) == 0 || deadlinePattern().match(lead).hasMatch() || adverbial.match(lead).hasMatch();
        const bool reported = mr::fold(who).contains(QStringLiteral("recommend")); // "the team recommends that X"
        if (leadIsDeadline && !reported && !pronoun.match(who).hasMatch() &&
            who.split(QLatin1Char(' ')).size() <= kMaxSubjectWords) {
            out.addressee = who;
        }
    }
    return out;
}

QStringList splitAddressees(const QString &value)
{
    static const QRegularExpression preposition(
        QStringLiteral("\\s(on|for|of|in|with|at|from|sur|de|du|des|en|pour|avec|para|sobre|con|del)\\s"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression conjunction(QStringLiteral("\\s+(?:and|et|y|e|&)\\s+"));
    QStringList out;
    for (const QString &group : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        bool ofField = false; // the last part names a field its coordinated words belong to
        const QStringList commaParts = group.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (qsizetype c = 0; c < commaParts.size(); ++c) {
            const QString part = commaParts.at(c).trimmed();
            if (part.isEmpty()) {
                continue;
            }
            const bool ownField = preposition.match(QLatin1Char(' ') + part + QLatin1Char(' ')).hasMatch();
            if (ofField && !out.isEmpty() && !part.front().isUpper() && !ownField) {
                out.last() += QStringLiteral(", ") + part; // "… on RBA, gender, environment and disability"
                continue;
            }
            // "A and B": two addressees, unless "and" joins the words after a preposition
            QString rest = part;
            for (auto m = conjunction.match(rest); m.hasMatch(); m = conjunction.match(rest)) {
                const QString left = rest.left(m.capturedStart());
                if (preposition.match(QLatin1Char(' ') + left + QLatin1Char(' ')).hasMatch()) {
                    break;
                }
                out << left.trimmed();
                rest = rest.mid(m.capturedEnd());
            }
            out << rest.trimmed();
            ofField = preposition.match(QLatin1Char(' ') + out.last() + QLatin1Char(' ')).hasMatch();
        }
    }
    for (QString &who : out) {
        while (who.endsWith(QLatin1Char('.'))) {
            who.chop(1);
        }
    }
    out.removeAll(QString());
    return out;
}

} // namespace evalreview::extract::evaluation
