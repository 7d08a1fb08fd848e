#pragma once

#include "SearchQuery.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace evalreview {

namespace sql {
class Database;
}

/// The recommendations whose own text, response, actions or donor comments match a query, as a set
/// of ids read in one pass from the recommendation_words index (one row per recommendation, no
/// positions): a word found in most of 100,000 recommendations is one list of their ids. All the
/// words of a query must be in the recommendation, not necessarily in the same part of it. A prefix
/// longer than the index's prefixes is read as the words it completes to. A phrase needs
/// positions: a query with one is read term by term, each phrase from search_index (its matching
/// rows, own text, response, action or comment, mapped to their recommendation through owner
/// tables held in memory), so a phrase lies within one part and the other terms anywhere.
///
/// The set of the last query is kept; it is read again when the library changed. SQL tests
/// membership with `evalreview_in_set(?, r.id)`, the set bound to ? as a pointer of kPointerType.
/// One per connection, used from that connection's thread.
class TextMatchSet
{
public:
    explicit TextMatchSet(sql::Database &db);

    /// Fills the set for `query`; returns how many recommendations match.
    qint64 match(const SearchQuery &query);
    qint64 size() const { return m_size; }
    bool contains(qint64 id) const
    {
        return id >= 0 && quint64(id) < m_bits.size() * 64 && (m_bits[std::size_t(id) / 64] >> (id % 64) & 1);
    }
    /// The matching ids in ascending order.
    std::vector<qint64> ids() const;

    static constexpr const char *kPointerType = "evalreview_id_set";

    /// Writes the recommendation_words rows of a document's recommendations, once its records are
    /// in (in the import's transaction).
    static void indexDocument(sql::Database &db, qint64 documentId);
    /// Writes the rows of every recommendation with an id above `lastId` (bulk loads).
    static void indexAfter(sql::Database &db, qint64 lastId);

private:
    bool libraryChanged();
    void loadOwners();
    QStringList completions(const QString &prefix);
    using Bits = std::vector<quint64>; ///< a set of recommendation ids, bit `id` of word `id / 64`
    /// The recommendations matching `expression` in the words index (throws sql::Error for a phrase).
    Bits readRecommendationWords(const QString &expression);
    /// The recommendations whose own text, response, action or comment matches `expression`.
    Bits readSearchIndex(const QString &expression);
    /// Each term of `query` read on its own and the sets combined per recommendation.
    Bits combinedParts(const SearchQuery &query, const SearchQuery::Expander &expand);
    Bits partBits(const SearchQuery::Part &part, const SearchQuery::Expander &expand);
    Bits everyRecommendation();
    void insert(Bits &bits, qint64 id) const
    {
        if (id > 0 && id <= m_maxId) {
            bits[std::size_t(id) / 64] |= quint64(1) << (id % 64);
        }
    }

    sql::Database &m_db;
    std::vector<quint64> m_bits;
    qint64 m_size = 0;
    qint64 m_maxId = 0;
    QHash<QString, QStringList> m_completions; ///< by folded prefix, until the library changes
    QString m_expression;
    std::vector<qint32> m_actionOwner;
    std::vector<qint32> m_commentOwner;
    bool m_ownersLoaded = false;
    qint64 m_dataVersion = -1;
    qint64 m_ownChanges = -1;
};

} // namespace evalreview
