// One recommendation in full, and the regions of a page: small indexed lookups by id.
#include "FollowUpStore.h"
#include "RecommendationQuery.h"
#include "Sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace evalreview {

namespace {

Anchor anchorFrom(const sql::Statement &st, int first)
{
    Anchor a;
    a.page = int(st.integer(first));
    a.x0 = st.real(first + 1);
    a.y0 = st.real(first + 2);
    a.x1 = st.real(first + 3);
    a.y1 = st.real(first + 4);
    a.ref = st.text(first + 5);
    return a;
}

QList<Anchor> anchorsOf(sql::Database &db, const char *ownerType, qint64 ownerId)
{
    sql::Statement st = db.prepare(QStringLiteral(
        "SELECT page_no, x0, y0, x1, y1, ref, field FROM anchors WHERE owner_type = ? AND owner_id = ? ORDER BY id"));
    st.bind(1, QString::fromLatin1(ownerType)).bind(2, ownerId);
    QList<Anchor> out;
    while (st.next()) {
        Anchor a = anchorFrom(st, 0);
        a.field = st.text(6);
        out.append(a);
    }
    return out;
}

/// The corrected fields of a record with the values the extraction gave.
QHash<QString, QString> extractedValues(sql::Database &db, const char *type, qint64 id)
{
    sql::Statement st = db.prepare(
        QStringLiteral("SELECT field, extracted_value FROM corrections WHERE target_type = ? AND target_id = ?"
                       " AND field NOT IN ('verified', 'deleted')"));
    st.bind(1, QString::fromLatin1(type)).bind(2, id);
    QHash<QString, QString> out;
    while (st.next()) {
        out.insert(st.text(0), st.text(1));
    }
    return out;
}

QStringList stringList(const QString &json)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &v : doc.array()) {
        if (v.isString()) {
            out << v.toString();
        }
    }
    if (out.isEmpty() && !json.isEmpty() && !doc.isArray()) {
        out << json;
    }
    return out;
}

} // namespace

QList<Anchor> RecommendationDetail::anchorsFor(const QString &field) const
{
    const QList<Anchor> own = anchors.value(field);
    return own.isEmpty() ? anchors.value(QString()) : own;
}

std::optional<RecommendationDetail> RecommendationQuery::detail(qint64 recommendationId)
{
    sql::Statement st = m_db.prepare(QStringLiteral(
        "SELECT r.id, r.document_id, coalesce(nullif(d.title, ''), d.file_name), d.source_path, d.source_format,"
        " r.code, r.section, r.title, r.text, r.addressed_to, r.priority, r.resource_implications, r.timing,"
        " r.page_no, rs.category, rs.text, r.origin = 'reviewer', r.verified, r.deleted, d.sha256 FROM recommendations "
        "r JOIN "
        "documents d ON d.id = r.document_id"
        " LEFT JOIN responses rs ON rs.recommendation_id = r.id WHERE r.id = ?"));
    st.bind(1, recommendationId);
    if (!st.next()) {
        return std::nullopt;
    }
    RecommendationDetail d;
    d.id = st.integer(0);
    d.documentId = st.integer(1);
    d.documentTitle = st.text(2);
    d.sourcePath = st.text(3);
    d.sourceSha256 = st.text(19);
    d.sourceFormat = st.text(4);
    d.code = st.text(5);
    d.section = st.text(6);
    d.title = st.text(7);
    d.text = st.text(8);
    d.addressedTo = stringList(st.text(9));
    d.priority = st.text(10);
    d.resourceImplications = st.text(11);
    d.timing = st.text(12);
    d.page = int(st.integer(13));
    d.responseCategory = st.text(14);
    d.responseText = st.text(15);
    d.added = st.integer(16) != 0;
    d.verified = st.integer(17) != 0;
    d.deleted = st.integer(18) != 0;
    d.extracted = extractedValues(m_db, "recommendation", d.id);

    for (const Anchor &a : anchorsOf(m_db, "recommendation", d.id)) {
        d.anchors[a.field].append(a);
    }

    sql::Statement as = m_db.prepare(QStringLiteral(
        "SELECT id, ordinal, code, text, time_frame, responsible, status, comments,"
        " origin = 'reviewer' FROM actions WHERE recommendation_id = ? AND NOT deleted ORDER BY ordinal"));
    as.bind(1, d.id);
    while (as.next()) {
        ActionDetail a;
        a.id = as.integer(0);
        a.number = int(as.integer(1));
        a.code = as.text(2);
        a.text = as.text(3);
        a.timeFrame = as.text(4);
        a.responsible = as.text(5);
        a.status = as.text(6);
        a.comments = as.text(7);
        a.anchors = anchorsOf(m_db, "action", a.id);
        a.added = as.integer(8) != 0;
        a.extracted = extractedValues(m_db, "action", a.id);
        d.actions.append(a);
    }

    sql::Statement cs = m_db.prepare(QStringLiteral("SELECT id, donor, text, origin = 'reviewer' FROM donor_comments"
                                                    " WHERE recommendation_id = ? AND NOT deleted ORDER BY ordinal"));
    cs.bind(1, d.id);
    while (cs.next()) {
        DonorCommentDetail c;
        c.id = cs.integer(0);
        c.donor = cs.text(1);
        c.text = cs.text(2);
        c.anchors = anchorsOf(m_db, "donor_comment", c.id);
        c.added = cs.integer(3) != 0;
        c.extracted = extractedValues(m_db, "donor_comment", c.id);
        d.donorComments.append(c);
    }

    d.followUp = FollowUpStore(m_db).state(d.id);
    return d;
}

std::optional<qint64> RecommendationQuery::findByCode(const QString &code, qint64 documentId)
{
    sql::Statement st =
        m_db.prepare(QStringLiteral("SELECT r.id FROM recommendations r JOIN documents d ON d.id = r.document_id"
                                    " WHERE r.code = ?1 AND (?2 = 0 OR r.document_id = ?2)"
                                    " ORDER BY d.source_format = 'pdf' DESC, r.document_id, r.ordinal LIMIT 1"));
    st.bind(1, code).bind(2, documentId);
    if (st.next()) {
        return st.integer(0);
    }
    return std::nullopt;
}

QList<PageRegion> RecommendationQuery::regionsOnPage(qint64 documentId, int page)
{
    sql::Statement st = m_db.prepare(QStringLiteral(
        "SELECT a.page_no, a.x0, a.y0, a.x1, a.y1, a.ref, a.field, a.owner_type, a.owner_id,"
        " CASE a.owner_type WHEN 'recommendation' THEN a.owner_id"
        " WHEN 'action' THEN (SELECT x.recommendation_id FROM actions x WHERE x.id = a.owner_id)"
        " WHEN 'donor_comment' THEN (SELECT c.recommendation_id FROM donor_comments c WHERE c.id = a.owner_id)"
        " ELSE 0 END FROM anchors a WHERE a.document_id = ? AND a.page_no = ? ORDER BY a.id"));
    st.bind(1, documentId).bind(2, page);
    QList<PageRegion> out;
    while (st.next()) {
        PageRegion r;
        r.anchor = anchorFrom(st, 0);
        r.anchor.field = st.text(6);
        r.field = r.anchor.field;
        r.ownerType = st.text(7);
        r.ownerId = st.integer(8);
        r.recommendationId = st.integer(9);
        out.append(r);
    }
    return out;
}

namespace {

constexpr auto kDocumentSource = "SELECT id, coalesce(nullif(title, ''), file_name), source_path, source_format,"
                                 " page_count FROM documents";

DocumentSource documentSourceAt(sql::Statement &st)
{
    DocumentSource s;
    s.id = st.integer(0);
    s.title = st.text(1);
    s.path = st.text(2);
    s.format = st.text(3);
    s.pageCount = int(st.integer(4));
    return s;
}

} // namespace

DocumentSource RecommendationQuery::documentSource(qint64 documentId)
{
    sql::Statement st = m_db.prepare(QLatin1String(kDocumentSource) + QLatin1String(" WHERE id = ?"));
    st.bind(1, documentId);
    return st.next() ? documentSourceAt(st) : DocumentSource{};
}

QList<DocumentSource> RecommendationQuery::documentSources()
{
    sql::Statement st = m_db.prepare(QLatin1String(kDocumentSource) + QLatin1String(" ORDER BY kind, title, id"));
    QList<DocumentSource> out;
    while (st.next()) {
        out.append(documentSourceAt(st));
    }
    return out;
}

QStringList response_category::all()
{
    return {QStringLiteral("accepted"),           QStringLiteral("accepted_with_reservations"),
            QStringLiteral("partially_accepted"), QStringLiteral("not_accepted"),
            QStringLiteral("no_position"),        QStringLiteral("deferred")};
}

QString response_category::label(const QString &category)
{
    if (category.isEmpty()) {
        return {};
    }
    if (category == QLatin1String("no_position")) {
        return QStringLiteral("No position");
    }
    QString s = category;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s[0] = s.at(0).toUpper();
    return s;
}

} // namespace evalreview
