#pragma once

#include <QString>

#include <vector>

namespace evalreview {

namespace sql {
class Database;
}

/// The recommendations whose own text, response, actions or donor comments match a full-text
/// expression, as a set of ids built in one pass over the expression's entries in the search
/// index. Actions and donor comments are mapped to their recommendation through owner tables
/// held in memory, so a word found in most rows costs one read of its index entries instead of a
/// lookup per entry. The set of the last expression is kept; both are read again when the library
/// changed. SQL tests membership with `evalreview_in_set(?, r.id)`, the set bound to ? with
/// bindTo(). One per connection, used from that connection's thread.
class TextMatchSet
{
public:
    explicit TextMatchSet(sql::Database &db);

    /// Fills the set for `expression` (an FTS5 expression); returns how many recommendations match.
    qint64 match(const QString &expression);
    qint64 size() const { return m_size; }
    bool contains(qint64 id) const
    {
        return id >= 0 && quint64(id) < m_bits.size() * 64 && (m_bits[std::size_t(id) / 64] >> (id % 64) & 1);
    }
    /// The matching ids in ascending order.
    std::vector<qint64> ids() const;

    static constexpr const char *kPointerType = "evalreview_id_set";

private:
    bool libraryChanged();
    void loadOwners();

    sql::Database &m_db;
    std::vector<quint64> m_bits;
    qint64 m_size = 0;
    QString m_expression;
    std::vector<qint32> m_actionOwner;
    std::vector<qint32> m_commentOwner;
    qint64 m_dataVersion = -1;
    qint64 m_ownChanges = -1;
};

} // namespace evalreview
