// Filtered, paged and faceted lists of recommendations.
#include "RecommendationQuery.h"

#include "LessonQuery.h"
#include "RecommendationWhere.h"
#include "SearchQuery.h"
#include "ServerTextSql.h"
#include "Sqlite.h"
#include "TextMatchSet.h"

#include <QVariant>

#include <sqlite3.h>

namespace evalreview {

namespace {

constexpr auto kFrom = "FROM recommendations r"
                       " LEFT JOIN responses rs ON rs.recommendation_id = r.id"
                       " LEFT JOIN followups f ON f.recommendation_id = r.id";

// A text filter matching at most this many recommendations lists their ids in the SQL, so the query
// can look them up; a larger set is tested row by row (evalreview_in_set) while walking an index.
constexpr qint64 kListedTextMatches = 2000;

// The recommendations estimate() tests, spread evenly over the ids: a share of 1 in 50 (the
// threshold between the two plans of page()) is told from 1 in 100 or 1 in 25 well enough.
constexpr qint64 kSampleSize = 1024;

} // namespace

/// The SQL criteria of `filter`, leaving out the one of `skip` (for facet counts).
RecommendationQuery::Where RecommendationQuery::whereOf(const RecommendationFilter &f, std::optional<Facet> skip)
{
    Where w;
    // Deleted recommendations stay in the library, marked; most libraries have none, and their
    // queries keep their plans.
    if (!f.withDeleted && hasDeleted()) {
        w.add(m_db.isServer() ? "NOT r.deleted" : "r.deleted = 0");
    }
    if (f.recommendationId > 0) {
        w.add("r.id = ?", f.recommendationId);
    }
    if (f.verified) {
        w.add(*f.verified ? "r.verified" : "NOT r.verified");
    }
    if (!f.documentKind.isEmpty()) {
        w.add("r.document_id IN (SELECT id FROM documents WHERE kind = ?)", f.documentKind);
    }
    if (!f.programme.isEmpty()) {
        w.add("r.document_id IN (SELECT id FROM documents WHERE programme = ?)", f.programme);
    }
    if (f.documentId > 0 && skip != Facet::Document) {
        w.add("r.document_id = ?", f.documentId);
    }
    if (!f.section.isEmpty() && skip != Facet::Section) {
        w.add("r.section = ?", f.section);
        w.orWhenDense("+r.section = ?"); // "+": not from the section index, whose order needs a sort
    }
    if (!f.priority.isEmpty() && skip != Facet::Priority) {
        w.add("r.priority = ?", f.priority);
        w.orWhenDense("+r.priority = ?");
    }
    if (!f.responseCategory.isEmpty() && skip != Facet::ResponseCategory) {
        w.add("r.id IN (SELECT recommendation_id FROM responses WHERE category = ?)", f.responseCategory,
              "SELECT count(*) FROM responses WHERE category = ?");
        w.orWhenDense("EXISTS (SELECT 1 FROM responses x WHERE x.recommendation_id = r.id AND x.category = ?)");
    }
    if (!f.donor.isEmpty() && skip != Facet::Donor) {
        w.add("r.id IN (SELECT recommendation_id FROM donor_comments WHERE donor = ?)", f.donor,
              "SELECT count(DISTINCT recommendation_id) FROM donor_comments WHERE donor = ?");
        w.orWhenDense("EXISTS (SELECT 1 FROM donor_comments x WHERE x.recommendation_id = r.id AND x.donor = ?)");
    }
    if (!f.status.isEmpty() && skip != Facet::Status) {
        // Records without a follow-up row are "not started": that case is the complement of the others.
        if (f.status == followup_status::NotStarted) {
            w.add("r.id NOT IN (SELECT recommendation_id FROM followups WHERE status IN"
                  " " EVALREVIEW_SQL_STARTED_STATUSES " AND recommendation_id IS NOT NULL)",
                  {},
                  "SELECT (SELECT count(*) FROM recommendations) - (SELECT count(*) FROM followups WHERE status IN"
                  " " EVALREVIEW_SQL_STARTED_STATUSES " AND recommendation_id IS NOT NULL)");
            w.orWhenDense("NOT EXISTS (SELECT 1 FROM followups x WHERE x.recommendation_id = r.id AND x.status IN"
                          " " EVALREVIEW_SQL_STARTED_STATUSES ")");
        } else {
            w.add("r.id IN (SELECT recommendation_id FROM followups WHERE status = ?)", f.status,
                  "SELECT count(*) FROM followups WHERE status = ? AND recommendation_id IS NOT NULL");
            w.orWhenDense("EXISTS (SELECT 1 FROM followups x WHERE x.recommendation_id = r.id AND x.status = ?)");
        }
    }
    if (!f.theme.isEmpty() && skip != Facet::Theme) {
        w.add("r.id IN (SELECT t.target_id FROM theme_tags t WHERE t.target_type = 'recommendation'"
              " AND t.status <> 'removed' AND t.theme_id = (SELECT id FROM themes WHERE key = ?))",
              f.theme);
    }
    if (f.overdueOnly) {
        const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
        w.add("r.id IN (SELECT recommendation_id FROM followups WHERE due_date < ?"
              " AND status NOT IN " EVALREVIEW_SQL_CLOSED_STATUSES ")",
              today.toString(Qt::ISODate),
              "SELECT count(*) FROM followups WHERE due_date < ? AND status NOT IN " EVALREVIEW_SQL_CLOSED_STATUSES
              " AND recommendation_id IS NOT NULL");
        w.orWhenDense("EXISTS (SELECT 1 FROM followups x WHERE x.recommendation_id = r.id AND x.due_date < ?"
                      " AND x.status NOT IN " EVALREVIEW_SQL_CLOSED_STATUSES ")");
    }
    if (f.withDonorComment) {
        w.add("r.donor_comment_count > 0");
    }
    if (f.dueFrom.isValid()) {
        w.add("r.id IN (SELECT recommendation_id FROM followups WHERE due_date >= ?)", f.dueFrom.toString(Qt::ISODate));
    }
    if (f.dueTo.isValid()) {
        w.add("r.id IN (SELECT recommendation_id FROM followups WHERE due_date <= ?)", f.dueTo.toString(Qt::ISODate));
    }
    if (f.withoutDueDate) {
        w.add("r.id NOT IN (SELECT recommendation_id FROM followups WHERE due_date IS NOT NULL"
              " AND recommendation_id IS NOT NULL)");
    }
    const SearchQuery text = textQuery(f.text);
    if (!text.isEmpty() && m_db.isServer()) {
        w.text = true;
        w.soleCount.clear();
        w.addClause(server_text::recommendationCriterion(text, w.binds));
    } else if (!text.isEmpty()) {
        if (!m_text) {
            m_text = std::make_unique<TextMatchSet>(m_db);
        }
        w.text = true;
        if (m_text->match(text) <= kListedTextMatches) {
            QStringList ids;
            for (const qint64 id : m_text->ids()) {
                ids << QString::number(id);
            }
            w.soleCount.clear();
            w.addClause(QStringLiteral("r.id IN (%1)").arg(ids.join(QLatin1Char(','))));
            w.denseClauses.last().prepend(QLatin1Char('+')); // listed ids, looked up in index order
        } else {
            w.add("evalreview_in_set(?, r.id)", QVariant::fromValue(static_cast<void *>(m_text.get())));
        }
    }
    return w;
}

namespace {

/// The keys a sort orders by, most significant first: its own expression (never NULL, so keys
/// compare as row values) and then document order, which makes every key unique.
QStringList sortKeys(RecommendationSort sort, Qt::SortOrder order)
{
    QString first;
    switch (sort) {
    case RecommendationSort::DocumentOrder:
        break;
    case RecommendationSort::Code:
        first = QStringLiteral("r.code");
        break;
    case RecommendationSort::Section:
        first = QStringLiteral("coalesce(r.section, '')");
        break;
    case RecommendationSort::Title:
        first = QStringLiteral("substr(coalesce(nullif(r.title, ''), r.text), 1, 100)");
        break;
    case RecommendationSort::Priority:
        first = QStringLiteral("coalesce(r.priority, '')");
        break;
    case RecommendationSort::Timing:
        first = QStringLiteral("coalesce(r.timing, '')");
        break;
    case RecommendationSort::ResponseCategory:
        first = QStringLiteral("coalesce(rs.category, '')");
        break;
    case RecommendationSort::DonorComments:
        first = QStringLiteral("r.donor_comment_count");
        break;
    case RecommendationSort::Status:
        first = QStringLiteral("coalesce(f.status, 'not_started')");
        break;
    case RecommendationSort::DueDate: // no date last, whichever the direction
        first = order == Qt::AscendingOrder ? QStringLiteral("coalesce(CAST(f.due_date AS TEXT), 'none')")
                                            : QStringLiteral("coalesce(CAST(f.due_date AS TEXT), '')");
        break;
    case RecommendationSort::Owner:
        first = QStringLiteral("coalesce(f.owner, '')");
        break;
    }
    QStringList keys{QStringLiteral("r.document_id"), QStringLiteral("r.ordinal"), QStringLiteral("r.id")};
    if (!first.isEmpty()) {
        keys.prepend(first);
    }
    return keys;
}

} // namespace

RecommendationQuery::RecommendationQuery(sql::Database &db) : m_db(db) {}

RecommendationQuery::~RecommendationQuery() = default;

SearchQuery RecommendationQuery::textQuery(const QString &typed)
{
    QString input = typed.trimmed();
    // While typing, the last word is a prefix ("strengt" finds "strengthen").
    // Words of one or two letters stay whole: as prefixes they would match nearly everything.
    qsizetype start = input.size();
    while (start > 0 && input.at(start - 1).isLetterOrNumber()) {
        --start;
    }
    if (input.size() - start >= 3 && input.count(QLatin1Char('"')) % 2 == 0) {
        input += QLatin1Char('*');
    }
    return SearchQuery(input);
}

QString RecommendationQuery::textExpression(const QString &typed)
{
    return textQuery(typed).ftsExpression();
}

qint64 RecommendationQuery::count(const RecommendationFilter &filter)
{
    const Where w = whereOf(filter);
    if (w.text && w.clauses.size() == 1 && m_text) {
        return m_text->size(); // the text criterion alone: the set knows its size
    }
    // One criterion with a count of its own: its index answers without looking up a recommendation
    // per match (60,000 lookups for "overdue" at 1e5).
    const bool alone = w.clauses.size() == 1 && !w.soleCount.isEmpty();
    sql::Statement st =
        m_db.prepare(alone ? w.soleCount : QStringLiteral("SELECT count(*) FROM recommendations r") + w.sql());
    w.bindTo(st);
    return st.next() ? st.integer(0) : 0;
}

qint64 RecommendationQuery::estimate(const RecommendationFilter &filter)
{
    if (m_db.isServer()) {
        return count(filter); // the server counts with its indexes; no sample to keep in step
    }
    const qint64 all = libraryCount();
    const Where w = whereOf(filter);
    if (w.clauses.isEmpty()) {
        return all;
    }
    if ((w.text && w.clauses.size() == 1) || all <= 2 * kSampleSize) {
        return count(filter);
    }
    const auto [ids, existing] = sample();
    if (existing == 0) {
        return count(filter);
    }
    // CROSS JOIN: the sample drives, each of its rows tested as a walk of the list would test it.
    sql::Statement st = m_db.prepare(QStringLiteral("WITH sample(id) AS (VALUES %1) SELECT count(*) FROM sample"
                                                    " CROSS JOIN recommendations r ON r.id = sample.id")
                                         .arg(ids) +
                                     w.sql(true));
    w.bindTo(st);
    const qint64 kept = st.next() ? st.integer(0) : 0;
    return (all * kept + existing / 2) / existing;
}

std::pair<QString, qint64> RecommendationQuery::sample()
{
    libraryCount(); // forgets the sample when the library changed
    if (m_sample.isEmpty()) {
        sql::Statement last = m_db.prepare(QStringLiteral("SELECT max(id) FROM recommendations"));
        const qint64 maxId = last.next() ? last.integer(0) : 0;
        QStringList ids;
        for (qint64 i = 0; i < kSampleSize; ++i) {
            ids << QStringLiteral("(%1)").arg(1 + i * maxId / kSampleSize);
        }
        m_sample = ids.join(QLatin1Char(','));
        sql::Statement st = m_db.prepare(QStringLiteral("WITH sample(id) AS (VALUES %1) SELECT count(*) FROM sample"
                                                        " CROSS JOIN recommendations r ON r.id = sample.id")
                                             .arg(m_sample));
        m_sampleExisting = st.next() ? st.integer(0) : 0;
    }
    return {m_sample, m_sampleExisting};
}

QList<RecommendationRow> RecommendationQuery::rows(const RecommendationFilter &filter, qint64 offset, int limit,
                                                   RecommendationSort sort, Qt::SortOrder order, qint64 matching)
{
    return page(filter, offset, nullptr, limit, sort, order, matching);
}

QList<RecommendationRow> RecommendationQuery::rowsAfter(const RecommendationFilter &filter,
                                                        const RecommendationRow &after, int limit,
                                                        RecommendationSort sort, Qt::SortOrder order, qint64 matching)
{
    return page(filter, 0, &after, limit, sort, order, matching);
}

QList<RecommendationRow> RecommendationQuery::page(const RecommendationFilter &filter, qint64 offset,
                                                   const RecommendationRow *after, int limit, RecommendationSort sort,
                                                   Qt::SortOrder order, qint64 matching)
{
    Where w = whereOf(filter);
    const QStringList keys = sortKeys(sort, order);
    const bool ascending = order == Qt::AscendingOrder;
    QVariantList afterValues;
    if (after) {
        // Keyset paging: the rows after the last one shown, found by seeking instead of counting
        // past every earlier row as OFFSET would.
        if (sort != RecommendationSort::DocumentOrder) {
            afterValues << after->sortKey;
        }
        afterValues << after->documentId << after->ordinal << after->id;
        if (sort == RecommendationSort::DocumentOrder) { // a range on the index's first column to seek with
            w.addClause(ascending ? QStringLiteral("r.document_id >= ?") : QStringLiteral("r.document_id <= ?"));
            w.binds << after->documentId;
        }
        QStringList marks;
        for (int i = 0; i < keys.size(); ++i) {
            marks << QStringLiteral("?");
        }
        w.addClause(QStringLiteral("(%1) %2 (%3)")
                        .arg(keys.join(QStringLiteral(", ")), ascending ? QStringLiteral(">") : QStringLiteral("<"),
                             marks.join(QStringLiteral(", "))));
        w.binds << afterValues;
    }
    // Dense (at least one in fifty recommendations kept): walk the document-order index and test
    // each row, stopping after the page (about 200 × 50 row tests at most), rather than collecting
    // every match and sorting them (a few microseconds per match).
    const bool dense = !m_db.isServer() && matching >= 0 && sort == RecommendationSort::DocumentOrder &&
                       matching * 50 >= libraryCount();
    const QString where = w.sql(dense);
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    sql::Statement st = m_db.prepare(
        QStringLiteral(
            "SELECT r.id, r.document_id, r.code, r.section, coalesce(nullif(r.title, ''), substr(r.text, 1, 160)),"
            " r.priority, r.timing, rs.category, r.donor_comment_count, coalesce(f.status, 'not_started'),"
            " f.due_date, f.owner, r.page_no, r.ordinal, r.verified, r.origin = 'reviewer', r.deleted,"
            " EXISTS (SELECT 1 FROM corrections c WHERE c.target_type = 'recommendation' AND c.target_id = r.id"
            " AND c.field NOT IN ('verified', 'deleted')), ") +
        (hasRecurring() ? QStringLiteral("coalesce((SELECT g.documents FROM recurring_members m JOIN recurring_groups g"
                                         " ON g.id = m.group_id WHERE m.recommendation_id = r.id), 0), ")
                        : QStringLiteral("0, ")) +
        keys.first() + QLatin1Char(' ') + QString::fromUtf8(kFrom) + where + QStringLiteral(" ORDER BY ") +
        keys.join(dir + QStringLiteral(", ")) + dir + QStringLiteral(" LIMIT ? OFFSET ?"));
    w.bindTo(st);
    st.bind(int(w.binds.size()) + 1, qint64(limit));
    st.bind(int(w.binds.size()) + 2, offset);
    QList<RecommendationRow> out;
    out.reserve(limit);
    while (st.next()) {
        RecommendationRow row;
        row.id = st.integer(0);
        row.documentId = st.integer(1);
        row.code = st.text(2);
        row.section = st.text(3);
        row.title = st.text(4).simplified();
        row.priority = st.text(5);
        row.timing = st.text(6);
        row.responseCategory = st.text(7);
        row.donorCommentCount = int(st.integer(8));
        row.status = st.text(9);
        row.dueDate = QDate::fromString(st.text(10), Qt::ISODate);
        row.owner = st.text(11);
        row.page = int(st.integer(12));
        row.ordinal = st.integer(13);
        row.verified = st.integer(14) != 0;
        row.added = st.integer(15) != 0;
        row.deleted = st.integer(16) != 0;
        row.edited = st.integer(17) != 0;
        row.seenIn = int(st.integer(18));
        if (sort != RecommendationSort::DocumentOrder) {
            row.sortKey = st.value(19);
        }
        out.append(row);
    }
    return out;
}

bool RecommendationQuery::hasRecurring()
{
    if (!m_hasRecurring) {
        // Prepared, not run: a library without the table fails to prepare it. (Reading sqlite_master
        // instead would scan it.) A server prepares nothing before running: it is asked.
        if (m_db.isServer()) {
            m_hasRecurring = libraryHasTable(m_db, QStringLiteral("recurring_members"));
            return *m_hasRecurring;
        }
        try {
            m_db.prepare(QStringLiteral("SELECT 1 FROM recurring_members WHERE recommendation_id = 0"));
            m_hasRecurring = true;
        } catch (const sql::Error &) {
            m_hasRecurring = false;
        }
    }
    return *m_hasRecurring;
}

bool RecommendationQuery::hasDeleted()
{
    sql::Statement st = m_db.prepare(
        m_db.isServer() ? QStringLiteral("SELECT EXISTS (SELECT 1 FROM recommendations WHERE deleted)")
                        : QStringLiteral("SELECT EXISTS (SELECT 1 FROM recommendations WHERE deleted = 1)"));
    return st.next() && st.integer(0) != 0;
}

qint64 RecommendationQuery::libraryCount()
{
    if (m_db.isServer()) {
        sql::Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM recommendations"));
        return st.next() ? st.integer(0) : 0;
    }
    // Counted again only when this or another connection changed the library.
    sql::Statement version = m_db.prepare(QStringLiteral("PRAGMA data_version"));
    const std::pair<qint64, qint64> changes{version.next() ? version.integer(0) : 0,
                                            sqlite3_total_changes64(m_db.handle())};
    if (m_libraryCount < 0 || changes != m_libraryCountChanges) {
        sql::Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM recommendations"));
        m_libraryCount = st.next() ? st.integer(0) : 0;
        m_libraryCountChanges = changes;
        m_sample.clear();
    }
    return m_libraryCount;
}

} // namespace evalreview
