#include "SyntheticIndex.h"

#include "Sqlite.h"
#include "TextMatchSet.h"

#include <QSet>

#include <stdexcept>

namespace evalreview {

namespace {

// The source tables in the order of the marks, and the index rows their insert triggers write
// (Schema.cpp, version 1): rowid = id * 8 + source type, the same columns and conditions.
constexpr std::array<const char *, 6> kTables{"pages",          "recommendations", "actions",
                                              "donor_comments", "records",         "notes"};

constexpr std::array<const char *, 7> kIndexRows{
    "SELECT id * 8, text, 'page', id, document_id, page_no FROM pages WHERE id > ?1",
    "SELECT id * 8 + 1, code || ' ' || text, 'recommendation', id, document_id, page_no"
    " FROM recommendations WHERE id > ?2",
    "SELECT s.recommendation_id * 8 + 2, s.text, 'response', s.recommendation_id, r.document_id, r.page_no"
    " FROM responses s JOIN recommendations r ON r.id = s.recommendation_id"
    " WHERE s.recommendation_id > ?2 AND s.text IS NOT NULL",
    "SELECT a.id * 8 + 3, a.text, 'action', a.id, r.document_id, r.page_no"
    " FROM actions a JOIN recommendations r ON r.id = a.recommendation_id WHERE a.id > ?3",
    "SELECT c.id * 8 + 4, c.donor || ': ' || c.text, 'donor_comment', c.id, r.document_id, r.page_no"
    " FROM donor_comments c JOIN recommendations r ON r.id = c.recommendation_id WHERE c.id > ?4",
    "SELECT id * 8 + 5, text, 'record', id, document_id, NULL FROM records WHERE id > ?5 AND length(text) > 0",
    "SELECT id * 8 + 6, text, 'note', id, NULL, NULL FROM notes WHERE id > ?6",
};

} // namespace

BulkSearchIndex::BulkSearchIndex(sql::Database &db) : m_db(db)
{
    sql::Statement st = m_db.prepare(QStringLiteral(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT%'"
        " AND sql LIKE '%search_index%' ORDER BY name"));
    QSet<QString> tables;
    while (st.next()) {
        m_triggerNames << st.text(0);
        tables << st.text(1);
        m_triggerSql << st.text(2);
    }
    QSet<QString> expected{QStringLiteral("responses")};
    for (const char *t : kTables) {
        expected << QString::fromLatin1(t);
    }
    if (tables != expected || m_triggerNames.size() != expected.size()) {
        throw std::logic_error("the search index triggers changed; update BulkSearchIndex to match them");
    }
}

void BulkSearchIndex::begin()
{
    for (std::size_t i = 0; i < kTables.size(); ++i) {
        sql::Statement st =
            m_db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(kTables[i])));
        m_marks[i] = st.next() ? st.integer(0) : 0;
    }
    for (const QString &name : m_triggerNames) {
        m_db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
    }
}

void BulkSearchIndex::finish()
{
    for (const char *rows : kIndexRows) {
        sql::Statement st = m_db.prepare(
            QStringLiteral("INSERT INTO search_index(rowid, body, source_type, source_id, document_id, page_no) ") +
            QString::fromLatin1(rows));
        // Each statement names the marks it needs by number.
        for (int i = 0; i < int(m_marks.size()); ++i) {
            if (QString::fromLatin1(rows).contains(QStringLiteral("?%1").arg(i + 1))) {
                st.bind(i + 1, m_marks[std::size_t(i)]);
            }
        }
        st.run();
    }
    // donor_comments_ai also counts the comments on their recommendation.
    sql::Statement counts = m_db.prepare(QStringLiteral(
        "UPDATE recommendations SET donor_comment_count = donor_comment_count + n FROM"
        " (SELECT recommendation_id AS rid, count(*) AS n FROM donor_comments WHERE id > ?1 GROUP BY recommendation_id)"
        " WHERE id = rid"));
    counts.bind(1, m_marks[3]);
    counts.run();
    TextMatchSet::indexAfter(m_db, m_marks[1]); // written by the import, not by a trigger
    for (const QString &sql : m_triggerSql) {
        m_db.exec(sql);
    }
}

} // namespace evalreview
