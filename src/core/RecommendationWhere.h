#pragma once

// The SQL criteria of a RecommendationFilter, shared by the list and facet queries (internal).
#include "RecommendationQuery.h"
#include "Sqlite.h"
#include "TextMatchSet.h"

#include <QStringList>
#include <QVariant>

namespace evalreview {

struct RecommendationQuery::Where
{
    QStringList clauses;
    QVariantList binds;
    bool text = false; ///< one of the clauses is the text criterion
    /// For the last clause added: a query counting it alone without reading recommendations
    /// (from the criterion's own index), or empty.
    QString soleCount;

    /// The clauses as a walk of the document-order index tests them row by row, for a filter that
    /// keeps most recommendations (a correlated lookup instead of collecting every match first).
    QStringList denseClauses;

    void add(const char *clause, const QVariant &value = {}, const char *countAlone = nullptr)
    {
        soleCount = countAlone ? QString::fromUtf8(countAlone) : QString();
        addClause(QString::fromUtf8(clause));
        if (value.isValid()) {
            binds << value;
        }
    }
    void addClause(const QString &clause)
    {
        clauses << clause;
        denseClauses << clause;
    }
    /// The dense form of the last clause, with the same parameters in the same order.
    void orWhenDense(const char *clause) { denseClauses.last() = QString::fromUtf8(clause); }
    QString sql(bool dense = false) const
    {
        const QStringList &c = dense ? denseClauses : clauses;
        return c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
    }
    void bindTo(sql::Statement &st, int first = 1) const
    {
        for (int i = 0; i < binds.size(); ++i) {
            if (binds.at(i).typeId() == QMetaType::VoidStar) {
                st.bindPointer(first + i, binds.at(i).value<void *>(), TextMatchSet::kPointerType);
            } else {
                st.bind(first + i, binds.at(i));
            }
        }
    }
};

} // namespace evalreview
