#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace evalreview {

namespace sql {
class Database;
}

/// What a link's end is: a recommendation, an action of one, or another record (a progress
/// report's follow-up item).
enum class LinkEnd
{
    Recommendation,
    Action,
    Record,
};

/// How the two ends relate.
enum class LinkRelation
{
    Answers,   ///< a response's row answers an evaluation's recommendation
    ReportsOn, ///< a progress report's item reports on a planned action
    RefersTo,  ///< a reviewer's own link between any two recommendations
};

/// Where a link stands: suggested by the import, confirmed or rejected by a reviewer (a rejected
/// link is kept, so that it is not suggested again).
enum class LinkState
{
    Suggested,
    Confirmed,
    Rejected,
};

/// The names the library stores (and the CLI prints): "recommendation", "reports_on", "confirmed".
QString linkEndName(LinkEnd end);
QString linkRelationName(LinkRelation relation);
QString linkStateName(LinkState state);
LinkEnd linkEndFromName(const QString &name);
LinkRelation linkRelationFromName(const QString &name);
LinkState linkStateFromName(const QString &name);

/// A link between two records of (usually) different documents.
struct LinkInfo
{
    qint64 id = 0;
    LinkEnd fromType = LinkEnd::Recommendation;
    qint64 fromId = 0;
    LinkEnd toType = LinkEnd::Recommendation;
    qint64 toId = 0;
    LinkRelation relation = LinkRelation::RefersTo;
    double score = 0;
    LinkState state = LinkState::Suggested;
    QString fromLabel; ///< "Document title — code"
    QString toLabel;
};

/// One link of a recommendation's chain, seen from the recommendation (or one of its actions).
struct ChainLink
{
    LinkInfo link;
    LinkEnd ownType = LinkEnd::Recommendation; ///< the end that belongs to the recommendation: it or an action
    qint64 ownId = 0;
    LinkEnd otherType = LinkEnd::Recommendation; ///< the far end
    qint64 otherId = 0;
    QString otherKind;              ///< the kind of the far end's document (evaluation_report, …)
    qint64 otherRecommendation = 0; ///< the recommendation the far end is or belongs to (0 for other records)
    QString label() const { return link.fromType == ownType && link.fromId == ownId ? link.toLabel : link.fromLabel; }
};

/// The links of a recommendation and of its actions, rejected ones left out.
struct LinkChain
{
    QString ownKind; ///< the kind of the recommendation's document
    QList<ChainLink> links;
};

/// Suggests, lists and edits links. Works on the caller's connection and transaction.
class LinkStore
{
public:
    explicit LinkStore(sql::Database &db) : m_db(db) {}

    /// Suggests links between the records of `documentId` and those of the other documents:
    /// management-response rows to the evaluation recommendations they answer, progress-report
    /// follow-up items to the actions they report on. Returns how many were added. The candidates
    /// are read and paired outside any transaction of its own (an import calls it after its own
    /// has committed, so writers wait only for the short one that stores the suggestions).
    int suggestFor(qint64 documentId);

    QList<LinkInfo> linksOf(LinkEnd type, qint64 id);
    LinkChain chainOf(qint64 recommendationId);
    /// The kind of the document a record belongs to.
    QString documentKindOf(LinkEnd type, qint64 id);
    QList<LinkInfo> linksOfDocument(qint64 documentId);
    /// The state of the link from one record to another, if there is one.
    std::optional<LinkState> stateBetween(LinkEnd fromType, qint64 fromId, LinkEnd toType, qint64 toId);
    void setState(qint64 linkId, LinkState state, const QString &author);
    /// Adds a confirmed link (or confirms the one there is) and returns its id.
    qint64 add(LinkEnd fromType, qint64 fromId, LinkEnd toType, qint64 toId, LinkRelation relation,
               const QString &author);
    void remove(qint64 linkId);

private:
    /// One end of a suggestion: the query of its candidates and their record type.
    struct Side
    {
        QString sql;
        LinkEnd type;
    };
    int suggest(const Side &own, const Side &others, bool ownIsFrom, LinkRelation relation, qint64 documentId);
    QList<LinkInfo> query(const QString &where, qint64 a, const QString &type = {});

    sql::Database &m_db;
};

} // namespace evalreview
