#include "DisagreementQuery.h"

#include "FollowUpSql.h"
#include "Sqlite.h"

#include <algorithm>
#include <tuple>

namespace evalreview {

DisagreementQuery::DisagreementQuery(sql::Database &db) : m_db(db)
{
    registerFollowUpFunctions(m_db);
}

QList<DisagreementRow> DisagreementQuery::rows(const QString &donor)
{
    if (m_db.isServer()) {
        return serverRows(donor);
    }
    // A line per donor comment of a recommendation that qualifies, plus a line without comment for a
    // qualified response nobody commented on. Both halves start from an index: responses_category,
    // donor_comments_donor (or the comment's recommendation).
    const QString donorClause = donor.isEmpty() ? QString() : QStringLiteral(" AND c.donor = ?1");
    const QString sqlText =
        QStringLiteral(
            "SELECT r.id, r.document_id, r.code, coalesce(r.section, ''), r.text, coalesce(rs.category, ''),"
            " coalesce(rs.text, ''), c.id, c.donor, c.text, donor_stance(c.text) AS stance, r.ordinal"
            " FROM donor_comments c JOIN recommendations r ON r.id = c.recommendation_id"
            " LEFT JOIN responses rs ON rs.recommendation_id = r.id"
            " WHERE (donor_stance(c.text) > 0 OR qualified_response(rs.category))%1"
            " UNION ALL "
            "SELECT r.id, r.document_id, r.code, coalesce(r.section, ''), r.text, rs.category, coalesce(rs.text, ''),"
            " 0, '', '', 0, r.ordinal"
            " FROM responses rs JOIN recommendations r ON r.id = rs.recommendation_id"
            " WHERE rs.category IS NOT NULL AND rs.category <> 'accepted' AND r.donor_comment_count = 0%2"
            " ORDER BY 2, 12, 1, 8")
            .arg(donorClause, donor.isEmpty() ? QString() : QStringLiteral(" AND 0"));
    sql::Statement st = m_db.prepare(sqlText);
    if (!donor.isEmpty()) {
        st.bind(1, donor);
    }
    QList<DisagreementRow> out;
    while (st.next()) {
        DisagreementRow row;
        row.recommendationId = st.integer(0);
        row.documentId = st.integer(1);
        row.code = st.text(2);
        row.section = st.text(3);
        row.recommendationText = st.text(4);
        row.responseCategory = st.text(5);
        row.responseText = st.text(6);
        row.commentId = st.integer(7);
        row.donor = st.text(8);
        row.commentText = st.text(9);
        row.stance = static_cast<DonorStance>(st.integer(10));
        out.append(row);
    }
    return out;
}

QList<DisagreementRow> DisagreementQuery::serverRows(const QString &donor)
{
    // The same lines as rows(), with the wording classifier run here on the comments the server
    // sends: every comment (of `donor`) with its recommendation and response, kept when the comment
    // disagrees or asks for something or the response is qualified; then the qualified responses
    // nobody commented on.
    auto read = [](const sql::Statement &st, DisagreementRow &row) {
        row.recommendationId = st.integer(0);
        row.documentId = st.integer(1);
        row.code = st.text(2);
        row.section = st.text(3);
        row.recommendationText = st.text(4);
        row.responseCategory = st.text(5);
        row.responseText = st.text(6);
    };
    QList<std::pair<qint64, DisagreementRow>> lines; // with the recommendation's ordinal
    sql::Statement comments = m_db.prepare(
        QStringLiteral("SELECT r.id, r.document_id, r.code, coalesce(r.section, ''), r.text, coalesce(rs.category, ''),"
                       " coalesce(rs.text, ''), r.ordinal, c.id, c.donor, c.text"
                       " FROM donor_comments c JOIN recommendations r ON r.id = c.recommendation_id"
                       " LEFT JOIN responses rs ON rs.recommendation_id = r.id%1")
            .arg(donor.isEmpty() ? QString() : QStringLiteral(" WHERE c.donor = ?")));
    if (!donor.isEmpty()) {
        comments.bind(1, donor);
    }
    while (comments.next()) {
        const DonorStance stance = donorStance(comments.text(10));
        if (stance == DonorStance::Agrees && !isQualifiedResponse(comments.text(5))) {
            continue;
        }
        DisagreementRow row;
        read(comments, row);
        row.commentId = comments.integer(8);
        row.donor = comments.text(9);
        row.commentText = comments.text(10);
        row.stance = stance;
        lines.append({comments.integer(7), row});
    }
    if (donor.isEmpty()) {
        sql::Statement uncommented = m_db.prepare(QStringLiteral(
            "SELECT r.id, r.document_id, r.code, coalesce(r.section, ''), r.text, rs.category,"
            " coalesce(rs.text, ''), r.ordinal FROM responses rs"
            " JOIN recommendations r ON r.id = rs.recommendation_id"
            " WHERE rs.category IS NOT NULL AND rs.category <> 'accepted' AND r.donor_comment_count = 0"));
        while (uncommented.next()) {
            DisagreementRow row;
            read(uncommented, row);
            lines.append({uncommented.integer(7), row});
        }
    }
    // In document order, as rows() sorts: document, ordinal, recommendation, comment.
    std::sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) {
        return std::tuple(a.second.documentId, a.first, a.second.recommendationId, a.second.commentId) <
               std::tuple(b.second.documentId, b.first, b.second.recommendationId, b.second.commentId);
    });
    QList<DisagreementRow> out;
    out.reserve(lines.size());
    for (const auto &line : std::as_const(lines)) {
        out.append(line.second);
    }
    return out;
}

QStringList DisagreementQuery::donors()
{
    sql::Statement st = m_db.prepare(QStringLiteral("SELECT DISTINCT donor FROM donor_comments ORDER BY donor"));
    QStringList out;
    while (st.next()) {
        out << st.text(0);
    }
    return out;
}

} // namespace evalreview
