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

    void add(const char *clause, const QVariant &value = {}, const char *countAlone = nullptr)
    {
        soleCount = countAlone ? QString::fromUtf8(countAlone) : QString();
        clauses << QString::fromUtf8(clause);
        if (value.isValid()) {
            binds << value;
        }
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
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
