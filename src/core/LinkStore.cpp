#include "LinkStore.h"

#include "LinkFinder.h"
#include "Sqlite.h"

#include <QDateTime>

#include <array>

namespace evalreview {

namespace {

// Candidate sets, each a query returning (id, code, text); ?1 is the document of interest.
const char *const kResponseRows =
    "SELECT r.id, r.code, r.text FROM recommendations r JOIN documents d ON d.id = r.document_id"
    " WHERE d.kind = 'management_response' AND %1";
const char *const kEvaluationRecommendations =
    "SELECT r.id, r.code, r.text FROM recommendations r JOIN documents d ON d.id = r.document_id"
    " WHERE d.kind = 'evaluation_report' AND %1";
const char *const kProgressItems = "SELECT x.id, x.code, coalesce(x.title, '') || ' ' || x.text FROM records x JOIN "
                                   "documents d ON d.id = x.document_id"
                                   " WHERE d.kind = 'progress_report' AND x.type = 'follow_up_items' AND %1";
const char *const kPlannedActions =
    "SELECT a.id, a.code, a.text FROM actions a JOIN recommendations r ON r.id = a.recommendation_id"
    " JOIN documents d ON d.id = r.document_id WHERE d.kind = 'management_response' AND %1";

QString scoped(const char *sql, const char *documentColumn, bool same)
{
    return QString::fromUtf8(sql).arg(
        QStringLiteral("%1 %2 ?1")
            .arg(QString::fromLatin1(documentColumn), same ? QStringLiteral("=") : QStringLiteral("<>")));
}

QList<LinkCandidate> candidates(sql::Database &db, const QString &sql, qint64 documentId)
{
    QList<LinkCandidate> out;
    sql::Statement st = db.prepare(sql);
    st.bind(1, documentId);
    while (st.next()) {
        out.append({st.integer(0), st.text(1), st.text(2)});
    }
    return out;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

template <typename E, size_t N> E fromName(const QString &name, const std::array<const char *, N> &names, E fallback)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i])) {
            return E(i);
        }
    }
    return fallback;
}

constexpr std::array<const char *, 3> kEnds = {"recommendation", "action", "record"};
constexpr std::array<const char *, 3> kRelations = {"answers", "reports_on", "refers_to"};
constexpr std::array<const char *, 3> kStates = {"suggested", "confirmed", "rejected"};

} // namespace

QString linkEndName(LinkEnd end)
{
    return QString::fromLatin1(kEnds.at(size_t(end)));
}

QString linkRelationName(LinkRelation relation)
{
    return QString::fromLatin1(kRelations.at(size_t(relation)));
}

QString linkStateName(LinkState state)
{
    return QString::fromLatin1(kStates.at(size_t(state)));
}

LinkEnd linkEndFromName(const QString &name)
{
    return fromName(name, kEnds, LinkEnd::Record);
}

LinkRelation linkRelationFromName(const QString &name)
{
    return fromName(name, kRelations, LinkRelation::RefersTo);
}

LinkState linkStateFromName(const QString &name)
{
    return fromName(name, kStates, LinkState::Suggested);
}

int LinkStore::suggest(const Side &own, const Side &others, bool ownIsFrom, LinkRelation relation, qint64 documentId)
{
    // the new document's side first: when it has no candidate, the library's side (every other
    // document's records) is not read at all
    const QList<LinkCandidate> ownCandidates = candidates(m_db, own.sql, documentId);
    if (ownCandidates.isEmpty()) {
        return 0;
    }
    const QList<LinkCandidate> otherCandidates = candidates(m_db, others.sql, documentId);
    if (otherCandidates.isEmpty()) {
        return 0;
    }
    const QList<SuggestedLink> pairs =
        ownIsFrom ? suggestLinks(ownCandidates, otherCandidates) : suggestLinks(otherCandidates, ownCandidates);
    const QString fromType = linkEndName(ownIsFrom ? own.type : others.type);
    const QString toType = linkEndName(ownIsFrom ? others.type : own.type);
    // read and paired above without holding the library; stored in a short transaction of its own
    sql::Transaction tx(m_db);
    sql::Statement insert = m_db.prepare(
        QStringLiteral("INSERT INTO links(from_type, from_id, to_type, to_id, relation, score, state, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, 'suggested', ?) ON CONFLICT DO NOTHING"));
    int added = 0;
    for (const SuggestedLink &l : pairs) {
        insert.reset();
        insert.bind(1, fromType).bind(2, l.fromId).bind(3, toType).bind(4, l.toId).bind(5, linkRelationName(relation));
        insert.bind(6, l.score).bind(7, now());
        insert.run();
        added += m_db.changes();
    }
    tx.commit();
    return added;
}

int LinkStore::suggestFor(qint64 documentId)
{
    auto side = [](const char *sql, bool own, LinkEnd type) { return Side{scoped(sql, "d.id", own), type}; };
    const LinkEnd rec = LinkEnd::Recommendation;
    int n = 0;
    // a response's rows answer an evaluation's recommendations; a progress report's items report
    // on a response's planned actions: the new document on either end
    n += suggest(side(kResponseRows, true, rec), side(kEvaluationRecommendations, false, rec), true,
                 LinkRelation::Answers, documentId);
    n += suggest(side(kEvaluationRecommendations, true, rec), side(kResponseRows, false, rec), false,
                 LinkRelation::Answers, documentId);
    n += suggest(side(kProgressItems, true, LinkEnd::Record), side(kPlannedActions, false, LinkEnd::Action), true,
                 LinkRelation::ReportsOn, documentId);
    n += suggest(side(kPlannedActions, true, LinkEnd::Action), side(kProgressItems, false, LinkEnd::Record), false,
                 LinkRelation::ReportsOn, documentId);
    return n;
}

QList<LinkInfo> LinkStore::query(const QString &where, qint64 a, const QString &type)
{
    // A label per end: the document title and the record's code.
    const QString label = QStringLiteral(
        "(SELECT d.title || ' — ' || coalesce(nullif(%1.code, ''), '#' || %1.id) FROM %2 %1 %3 WHERE %1.id = l.%4_id)");
    auto end = [&label](const char *side) {
        const QString s = QString::fromLatin1(side);
        return QStringLiteral("CASE l.%1_type WHEN 'recommendation' THEN %2 WHEN 'action' THEN %3 ELSE %4 END")
            .arg(s,
                 label.arg(QStringLiteral("r"), QStringLiteral("recommendations"),
                           QStringLiteral("JOIN documents d ON d.id = r.document_id"), s),
                 label.arg(QStringLiteral("a"), QStringLiteral("actions"),
                           QStringLiteral("JOIN recommendations ar ON ar.id = a.recommendation_id JOIN documents d ON "
                                          "d.id = ar.document_id"),
                           s),
                 label.arg(QStringLiteral("x"), QStringLiteral("records"),
                           QStringLiteral("JOIN documents d ON d.id = x.document_id"), s));
    };
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT l.id, l.from_type, l.from_id, l.to_type, l.to_id, l.relation, l.score, l.state, %1, %2"
                       " FROM links l WHERE %3 ORDER BY l.score DESC")
            .arg(end("from"), end("to"), where));
    st.bind(1, a);
    if (!type.isEmpty()) {
        st.bind(2, type);
    }
    QList<LinkInfo> out;
    while (st.next()) {
        out.append({st.integer(0), linkEndFromName(st.text(1)), st.integer(2), linkEndFromName(st.text(3)),
                    st.integer(4), linkRelationFromName(st.text(5)), st.real(6), linkStateFromName(st.text(7)),
                    st.text(8), st.text(9)});
    }
    return out;
}

QList<LinkInfo> LinkStore::linksOf(LinkEnd type, qint64 id)
{
    return query(QStringLiteral("(l.from_id = ?1 AND l.from_type = ?2) OR (l.to_id = ?1 AND l.to_type = ?2)"), id,
                 linkEndName(type));
}

QString LinkStore::documentKindOf(LinkEnd type, qint64 id)
{
    const QString sqlText =
        type == LinkEnd::Recommendation
            ? QStringLiteral(
                  "SELECT d.kind FROM recommendations r JOIN documents d ON d.id = r.document_id WHERE r.id = ?")
        : type == LinkEnd::Action
            ? QStringLiteral("SELECT d.kind FROM actions a JOIN recommendations r ON r.id = a.recommendation_id"
                             " JOIN documents d ON d.id = r.document_id WHERE a.id = ?")
            : QStringLiteral("SELECT d.kind FROM records x JOIN documents d ON d.id = x.document_id WHERE x.id = ?");
    sql::Statement st = m_db.prepare(sqlText);
    st.bind(1, id);
    return st.next() ? st.text(0) : QString();
}

LinkChain LinkStore::chainOf(qint64 recommendationId)
{
    LinkChain chain;
    chain.ownKind = documentKindOf(LinkEnd::Recommendation, recommendationId);
    QList<std::pair<LinkEnd, qint64>> own{{LinkEnd::Recommendation, recommendationId}};
    sql::Statement actions =
        m_db.prepare(QStringLiteral("SELECT id FROM actions WHERE recommendation_id = ? ORDER BY id"));
    actions.bind(1, recommendationId);
    while (actions.next()) {
        own.append({LinkEnd::Action, actions.integer(0)});
    }
    sql::Statement owner = m_db.prepare(QStringLiteral("SELECT recommendation_id FROM actions WHERE id = ?"));
    for (const auto &[type, id] : std::as_const(own)) {
        for (const LinkInfo &link : linksOf(type, id)) {
            if (link.state == LinkState::Rejected) {
                continue;
            }
            ChainLink c;
            c.link = link;
            c.ownType = type;
            c.ownId = id;
            const bool outgoing = link.fromType == type && link.fromId == id;
            c.otherType = outgoing ? link.toType : link.fromType;
            c.otherId = outgoing ? link.toId : link.fromId;
            c.otherKind = documentKindOf(c.otherType, c.otherId);
            if (c.otherType == LinkEnd::Recommendation) {
                c.otherRecommendation = c.otherId;
            } else if (c.otherType == LinkEnd::Action) {
                owner.reset();
                owner.bind(1, c.otherId);
                c.otherRecommendation = owner.next() ? owner.integer(0) : 0;
            }
            chain.links.append(c);
        }
    }
    return chain;
}

QList<LinkInfo> LinkStore::linksOfDocument(qint64 documentId)
{
    const QString owner = QStringLiteral(
        "(CASE l.%1_type WHEN 'recommendation' THEN (SELECT document_id FROM recommendations WHERE id = l.%1_id)"
        " WHEN 'action' THEN (SELECT r.document_id FROM actions a JOIN recommendations r ON r.id = a.recommendation_id"
        " WHERE a.id = l.%1_id) ELSE (SELECT document_id FROM records WHERE id = l.%1_id) END) = ?1");
    return query(owner.arg(QStringLiteral("from")) + QStringLiteral(" OR ") + owner.arg(QStringLiteral("to")),
                 documentId);
}

std::optional<LinkState> LinkStore::stateBetween(LinkEnd fromType, qint64 fromId, LinkEnd toType, qint64 toId)
{
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT state FROM links WHERE from_type = ? AND from_id = ? AND to_type = ? AND to_id = ?"));
    st.bind(1, linkEndName(fromType)).bind(2, fromId).bind(3, linkEndName(toType)).bind(4, toId);
    return st.next() ? std::optional<LinkState>(linkStateFromName(st.text(0))) : std::nullopt;
}

void LinkStore::setState(qint64 linkId, LinkState state, const QString &author)
{
    sql::Statement st = m_db.prepare(QStringLiteral("UPDATE links SET state = ?, created_by = ? WHERE id = ?"));
    st.bind(1, linkStateName(state)).bind(2, author).bind(3, linkId);
    st.run();
}

qint64 LinkStore::add(LinkEnd fromType, qint64 fromId, LinkEnd toType, qint64 toId, LinkRelation relation,
                      const QString &author)
{
    sql::Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO links(from_type, from_id, to_type, to_id, relation, score, state, created_at, created_by)"
        " VALUES (?, ?, ?, ?, ?, 1, 'confirmed', ?, ?) ON CONFLICT(from_type, from_id, to_type, to_id)"
        " DO UPDATE SET state = 'confirmed', created_by = excluded.created_by"));
    st.bind(1, linkEndName(fromType)).bind(2, fromId).bind(3, linkEndName(toType)).bind(4, toId);
    st.bind(5, linkRelationName(relation)).bind(6, now()).bind(7, author);
    st.run();
    sql::Statement id = m_db.prepare(
        QStringLiteral("SELECT id FROM links WHERE from_type = ? AND from_id = ? AND to_type = ? AND to_id = ?"));
    id.bind(1, linkEndName(fromType)).bind(2, fromId).bind(3, linkEndName(toType)).bind(4, toId);
    return id.next() ? id.integer(0) : 0;
}

void LinkStore::remove(qint64 linkId)
{
    sql::Statement st = m_db.prepare(QStringLiteral("DELETE FROM links WHERE id = ?"));
    st.bind(1, linkId);
    st.run();
}

} // namespace evalreview
