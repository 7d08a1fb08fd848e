#include "ResponsePatterns.h"

#include "TextFold.h"

#include <QRegularExpression>

namespace evalreview::extract::mr {

namespace {

QRegularExpression re(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

struct CategoryRule
{
    const char *category;
    QRegularExpression pattern;
};

/// In priority order: the first rule that matches names the category.
const QList<CategoryRule> &categoryRules()
{
    static const QList<CategoryRule> rules{
        {"no_position", re("not in (the|a) position to (accept|agree|decide)|neither accept|no position|"
                           "^not (relevant|applicable)|^outside (the |its )?(sole )?remit|^non "
                           "(pertinente?|applicable)|^sans objet|^no (pertinente|aplica)|"
                           "ni accept|pas en mesure d.accepter|ni acept|no esta en (condiciones|posicion)")},
        {"partially_accepted",
         re("partial+y (accept|agree)|partly (accept|agree)|(accept|agree)\\w* (in part|partially)|"
            "partiellement (accept|d.accord)|accept\\w* partiellement|accept\\w* en partie|"
            "en partie d.accord|parcialmente (acept|de acuerdo)|acept\\w* parcialmente|"
            "acept\\w* en parte")},
        {"accepted_with_reservations", re("accept\\w* with (some )?reservations?|accept\\w* avec (des )?reserves?|"
                                          "acept\\w* con (algunas )?reservas?")},
        {"not_accepted",
         re("\\bnot (be )?accept|\\breject|\\bnot agree|\\b(does|do|did) not (accept|agree)|\\bdisagree|"
            "non accept|\\bn.est pas accept|\\bpas d.accord|\\bn.accepte pas|\\brejet|\\brefus|"
            "no (es |fue )?acept|\\brechaz|desacuerdo|\\bno (esta |estamos )?de acuerdo")},
        {"deferred", re("to be (consulted|discussed|decided|determined|confirmed|reviewed)|\\bdeferred|postponed|"
                        "\\bpending|under (consideration|discussion|review)|a (discuter|examiner|decider)|"
                        "\\breportee?s?\\b|\\bdifferee?s?\\b|en suspens|pendiente|por (decidir|definir|determinar)|"
                        "aplazad|a consultar|a (ser )?discutir|en (cours d.)?examen|en (estudio|consideracion)")},
        {"accepted", re("\\baccept(e|ed|s|ee|ees|es|er|ons)?\\b|\\bagree[sd]?\\b|\\bconcurs?\\b|\\bd.accord|"
                        "\\bacept(a|ada|adas|ado|ados|amos)?\\b|\\bde acuerdo|\\bapprouv|\\baprobad|"
                        "\\b(supports?|endorses?) (this|the) recommendation|\\bfully supportive")},
    };
    return rules;
}

QString categoryOf(const QString &folded)
{
    for (const CategoryRule &rule : categoryRules()) {
        if (rule.pattern.match(folded).hasMatch()) {
            return QLatin1String(rule.category);
        }
    }
    return {};
}

QString firstWords(const QString &text, int n)
{
    return text.section(QLatin1Char(' '), 0, n - 1);
}

} // namespace

QString responseCategory(const QString &responseText)
{
    const QString folded = fold(responseText.simplified());
    if (folded.isEmpty()) {
        return {};
    }
    // The position is stated first ("Accepted – ...", "Partially accepted. ..."); read that lead.
    static const QRegularExpression leadEnd(QStringLiteral("\\s[\u2013\u2014-]\\s|[:.;(]\\s|[:.;]$"));
    const auto m = leadEnd.match(folded);
    const QString lead = m.hasMatch() ? folded.left(m.capturedStart()) : folded;
    QString c = categoryOf(firstWords(lead, 12));
    if (c.isEmpty()) {
        c = categoryOf(firstWords(folded, 8));
    }
    if (c.isEmpty()) {
        // Or stated of the recommendation further on: "This recommendation is fully accepted and in
        // progress.", "UNFPA fully accepts this recommendation", "cette recommandation est acceptée".
        static const QRegularExpression sentence(
            QStringLiteral("[^.;]*\\b(?:this|the|cette|la|esta)\\s+"
                           "(?:recommendation|recommandation|recomendacion)\\b[^.;]*"));
        for (auto it = sentence.globalMatch(folded); it.hasNext() && c.isEmpty();) {
            c = categoryOf(it.next().captured(0));
        }
    }
    return c;
}

QString answerCategory(const QString &answer)
{
    const QString folded = fold(answer.simplified());
    static const QRegularExpression yes(QStringLiteral("^(yes|y|oui|si)\\b"));
    static const QRegularExpression no(QStringLiteral("^(no|n|non)\\b"));
    static const QRegularExpression partly(
        QStringLiteral("^(partial+y|partly|in part|partiel+ement|en partie|parcialmente|en parte)\\b"));
    if (partly.match(folded).hasMatch()) {
        return QStringLiteral("partially_accepted");
    }
    if (yes.match(folded).hasMatch()) {
        return QStringLiteral("accepted");
    }
    if (no.match(folded).hasMatch()) {
        return QStringLiteral("not_accepted");
    }
    return responseCategory(answer);
}

bool isRecommendationCode(const QString &text)
{
    static const QRegularExpression code(
        QStringLiteral("^(?:[A-Z]{1,3}[.\\- ]?)?\\d{1,3}(?:[.\\-]\\d{1,2})*(?:\\.?[a-z])?\\.?$"));
    // roman numerals ("IV") and single letters ("A") number rows too
    static const QRegularExpression roman(QStringLiteral("^(?:X{0,3}(?:IX|IV|V?I{0,3})|[A-Z])\\.?$"));
    const QString t = text.trimmed();
    return code.match(t).hasMatch() || (!t.isEmpty() && t != QLatin1String(".") && roman.match(t).hasMatch());
}

QString donorFromHeader(const QString &header)
{
    static const QRegularExpression comment(
        QStringLiteral("\\b(comments?|commentaires?|comentarios?|remarks?|observations?|observaciones|feedback)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!comment.match(fold(header)).hasMatch()) {
        return {};
    }
    static const QRegularExpression filler(
        QStringLiteral("\\b(comments?|commentaires?|comentarios?|remarks?|observations?|observaciones|feedback|"
                       "from|by|of|the|on|de|du|des|del|la|le|les|los|las|el|and|et|y|sur|sobre|about|regarding|"
                       "recomm?[ae]nda(?:tion|cion)s?)\\b|'s\\b|[:()\\[\\]]"),
        QRegularExpression::CaseInsensitiveOption);
    QString rest = fold(header);
    // Remove filler on the folded copy, then take the same spans from the original.
    QString original = header;
    auto it = filler.globalMatch(rest);
    QList<std::pair<qsizetype, qsizetype>> spans;
    while (it.hasNext()) {
        const auto m = it.next();
        spans.append({m.capturedStart(), m.capturedLength()});
    }
    for (auto s = spans.rbegin(); s != spans.rend(); ++s) {
        original.remove(s->first, s->second);
    }
    return original.simplified();
}

} // namespace evalreview::extract::mr
