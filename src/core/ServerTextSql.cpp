#include "ServerTextSql.h"

#include "SearchQuery.h"

#include <QStringList>
#include <QVariant>

namespace evalreview::server_text {

namespace {

/// A word as a prefix term of to_tsquery: its letters and digits, then ":*".
QString prefixTerm(const QString &word)
{
    QString kept;
    for (const QChar c : word) {
        if (c.isLetterOrNumber()) {
            kept += c;
        }
    }
    return kept.isEmpty() ? QString() : kept + QStringLiteral(":*");
}

} // namespace

QString term(const SearchQuery::Part &part, QVariantList &binds, Parameters parameters)
{
    const char *function = "plainto_tsquery";
    QString value = part.words.join(QLatin1Char(' '));
    if (part.prefix && part.words.size() == 1) {
        value = prefixTerm(part.words.constFirst());
        if (value.isEmpty()) {
            return {};
        }
        function = "to_tsquery";
    } else if (part.words.size() > 1) {
        function = "phraseto_tsquery";
    }
    // The words as typed (codes, names, a text of no language) and as the stems of each language a
    // text may be indexed in (schema version 9): either matches. A prefix is looked up among the
    // words as typed only, which every text has (once per table, not four times).
    static const QList<const char *> kStemmed{"evalreview_simple", "evalreview_english", "evalreview_french",
                                              "evalreview_spanish"};
    static const QList<const char *> kAsTyped{"evalreview_simple"};
    QStringList calls;
    for (const char *config : part.prefix &&part.words.size() == 1 ? kAsTyped : kStemmed) {
        QString mark = QStringLiteral("?");
        if (parameters == Parameters::Marks || calls.isEmpty()) {
            binds << value;
        }
        if (parameters == Parameters::Numbered) {
            mark = QLatin1Char('$') + QString::number(binds.size());
        }
        calls << QStringLiteral("%1('%2', %3)").arg(QLatin1String(function), QLatin1String(config), mark);
    }
    return QLatin1Char('(') + calls.join(QStringLiteral(" || ")) + QLatin1Char(')');
}

QString tsquery(const SearchQuery &query, QVariantList &binds, Parameters parameters)
{
    QStringList groups;
    QString group;
    for (const SearchQuery::Part &p : query.parts()) {
        QString t = term(p, binds, parameters);
        if (t.isEmpty()) {
            continue;
        }
        if (p.op == SearchQuery::Part::Or && !group.isEmpty()) {
            groups << group;
            group.clear();
        }
        if (p.op == SearchQuery::Part::Not) {
            t = QStringLiteral("(!! %1)").arg(t);
        }
        group = group.isEmpty() ? t : QStringLiteral("(%1 && %2)").arg(group, t);
    }
    if (!group.isEmpty()) {
        groups << group;
    }
    return groups.join(QStringLiteral(" || "));
}

QString recommendationCriterion(const SearchQuery &query, QVariantList &binds)
{
    // As in the library file, the words may be spread over the recommendation, its response, its
    // actions and its donors' comments: each term is matched on its own (each table's GIN index
    // answering it), and the terms are combined per recommendation.
    QStringList groups;
    QStringList group;
    for (const SearchQuery::Part &p : query.parts()) {
        const QString t = term(p, binds, Parameters::Marks);
        if (t.isEmpty()) {
            continue;
        }
        if (p.op == SearchQuery::Part::Or && !group.isEmpty()) {
            groups << QLatin1Char('(') + group.join(QStringLiteral(" AND ")) + QLatin1Char(')');
            group.clear();
        }
        group << QStringLiteral("r.id %1 (WITH q AS (SELECT %2 AS q)"
                                " SELECT x.id FROM recommendations x, q WHERE x.search @@ q.q"
                                " UNION SELECT x.recommendation_id FROM responses x, q WHERE x.search @@ q.q"
                                " UNION SELECT x.recommendation_id FROM actions x, q WHERE x.search @@ q.q"
                                " AND NOT x.deleted"
                                " UNION SELECT x.recommendation_id FROM donor_comments x, q WHERE x.search @@ q.q"
                                " AND NOT x.deleted)")
                     .arg(p.op == SearchQuery::Part::Not ? QStringLiteral("NOT IN") : QStringLiteral("IN"), t);
    }
    if (!group.isEmpty()) {
        groups << QLatin1Char('(') + group.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    }
    if (groups.isEmpty()) {
        return QStringLiteral("FALSE");
    }
    return QLatin1Char('(') + groups.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace evalreview::server_text
