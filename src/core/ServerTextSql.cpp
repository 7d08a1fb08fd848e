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

QString tsquery(const SearchQuery &query, QVariantList &binds)
{
    QStringList groups;
    QString group;
    for (const SearchQuery::Part &p : query.parts()) {
        QString term;
        if (p.prefix && p.words.size() == 1) {
            const QString prefix = prefixTerm(p.words.constFirst());
            if (prefix.isEmpty()) {
                continue;
            }
            binds << prefix;
            term = QStringLiteral("to_tsquery('evalreview_simple', ?)");
        } else {
            binds << p.words.join(QLatin1Char(' '));
            term = p.words.size() > 1 ? QStringLiteral("phraseto_tsquery('evalreview_simple', ?)")
                                      : QStringLiteral("plainto_tsquery('evalreview_simple', ?)");
        }
        if (p.op == SearchQuery::Part::Or && !group.isEmpty()) {
            groups << group;
            group.clear();
        }
        if (p.op == SearchQuery::Part::Not) {
            term = QStringLiteral("(!! %1)").arg(term);
        }
        group = group.isEmpty() ? term : QStringLiteral("(%1 && %2)").arg(group, term);
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
        QString term;
        QVariant value;
        if (p.prefix && p.words.size() == 1) {
            const QString prefix = prefixTerm(p.words.constFirst());
            if (prefix.isEmpty()) {
                continue;
            }
            value = prefix;
            term = QStringLiteral("to_tsquery('evalreview_simple', ?)");
        } else {
            value = p.words.join(QLatin1Char(' '));
            term = p.words.size() > 1 ? QStringLiteral("phraseto_tsquery('evalreview_simple', ?)")
                                      : QStringLiteral("plainto_tsquery('evalreview_simple', ?)");
        }
        if (p.op == SearchQuery::Part::Or && !group.isEmpty()) {
            groups << QLatin1Char('(') + group.join(QStringLiteral(" AND ")) + QLatin1Char(')');
            group.clear();
        }
        binds << value;
        group << QStringLiteral("r.id %1 (WITH q AS (SELECT %2 AS q)"
                                " SELECT x.id FROM recommendations x, q WHERE x.search @@ q.q"
                                " UNION SELECT x.recommendation_id FROM responses x, q WHERE x.search @@ q.q"
                                " UNION SELECT x.recommendation_id FROM actions x, q WHERE x.search @@ q.q"
                                " AND NOT x.deleted"
                                " UNION SELECT x.recommendation_id FROM donor_comments x, q WHERE x.search @@ q.q"
                                " AND NOT x.deleted)")
                     .arg(p.op == SearchQuery::Part::Not ? QStringLiteral("NOT IN") : QStringLiteral("IN"), term);
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
