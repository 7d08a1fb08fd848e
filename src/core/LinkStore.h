#pragma once

#include <QList>
#include <QString>

namespace evalreview {

namespace sql {
class Database;
}

/// A link between two records of (usually) different documents.
struct LinkInfo
{
    qint64 id = 0;
    QString fromType; ///< recommendation, action or record
    qint64 fromId = 0;
    QString toType;
    qint64 toId = 0;
    QString relation; ///< answers, reports_on, refers_to
    double score = 0;
    QString state;     ///< suggested, confirmed, rejected
    QString fromLabel; ///< "Document title — code"
    QString toLabel;
};

/// One link of a recommendation's chain, seen from the recommendation (or one of its actions).
struct ChainLink
{
    LinkInfo link;
    QString ownType; ///< the end that belongs to the recommendation: recommendation or action
    qint64 ownId = 0;
    QString otherType; ///< the far end
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

    QList<LinkInfo> linksOf(const QString &type, qint64 id);
    LinkChain chainOf(qint64 recommendationId);
    /// The kind of the document a record belongs to (type: recommendation, action or record).
    QString documentKindOf(const QString &type, qint64 id);
    QList<LinkInfo> linksOfDocument(qint64 documentId);
    void setState(qint64 linkId, const QString &state, const QString &author);
    qint64 add(const QString &fromType, qint64 fromId, const QString &toType, qint64 toId, const QString &relation,
               const QString &author);
    void remove(qint64 linkId);

private:
    /// One end of a suggestion: the query of its candidates and their record type.
    struct Side
    {
        QString sql;
        QString type;
    };
    int suggest(const Side &own, const Side &others, bool ownIsFrom, const QString &relation, qint64 documentId);
    QList<LinkInfo> query(const QString &where, qint64 a, const QString &type = {});

    sql::Database &m_db;
};

} // namespace evalreview
