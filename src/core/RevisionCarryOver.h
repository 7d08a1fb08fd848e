#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace evalreview {

struct ImportOutcome;

namespace sql {
class Database;
}

/// Reviewer data of an earlier version that matched no record of the revision. It stays in the
/// library (a follow-up row without a record, remembering the title, code and text) and is listed.
struct KeptReviewerData
{
    qint64 followUpId = 0;
    QString code;
    QString excerpt; ///< the start of the record's text
    QString status;
    QString owner;
    QString dueDate; ///< yyyy-MM-dd or empty
    QString note;
    int changes = 0;   ///< entries in its history
    QStringList links; ///< the reviewer's link decisions that had nowhere to go, as sentences

    /// One line for lists: "G3 (Completed, note: …): Extend the pilot…".
    QString summary() const;
};

/// A reviewer's correction of an earlier version that matched no record of its revision: kept in
/// the library with the document's title and the record's code, and listed after the import.
struct KeptCorrection
{
    QString code;
    QString field; ///< text, title, deleted, verified, …
    QString value;
    /// One line for lists: "G5 text: “Strengthen …”".
    QString summary() const;
};

/// Carries the reviewer's data from an earlier version of a document to its revision, inside the
/// import transaction: follow-up (status, owner, due date, note, history, notes, tags travel with
/// the follow-up row), confirmed or rejected links, theme decisions and recurring-group splits, to
/// the records matchRevision() pairs by code and text. What matches nothing is kept and reported
/// by kept().
///
/// Order of use: takeOver() while both versions are stored, then delete the earlier version,
/// then relinkOrphans(), then report() (restoreLinks() and kept()) into the import's outcome.
class RevisionCarryOver
{
public:
    RevisionCarryOver(sql::Database &db, qint64 documentId, QString title);

    /// Moves reviewer data of `earlierDocumentId`'s records to the matching new records.
    void takeOver(qint64 earlierDocumentId);
    /// Follow-up rows without a record that were left by this title (an earlier removal or an
    /// unmatched revision) find their record again when code and text allow. Returns how many.
    int relinkOrphans();
    /// Writes back the reviewer's link decisions, overriding fresh suggestions for the same pair.
    void restoreLinks();
    /// The reviewer data of this title that has no record; rows holding nothing a reviewer entered
    /// (e.g. only a derived due date) are dropped first.
    QList<KeptReviewerData> kept();

    /// restoreLinks(), then what was kept (kept(), keptCorrections()) into the import's outcome.
    void report(ImportOutcome &outcome);

    int matchedRecommendations() const { return m_matched; }
    /// The corrections takeOver() found no record for.
    QList<KeptCorrection> keptCorrections() const { return m_keptCorrections; }

private:
    struct SavedLink
    {
        QString fromType;
        qint64 fromId = 0;
        QString toType;
        qint64 toId = 0;
        QString relation;
        double score = 0;
        QString state;
        QString createdAt;
        QString createdBy;
    };

    void mapRecords(qint64 earlierDocumentId);
    /// Reviewers' corrections (RevisionCorrections.cpp): corrected fields, deleted and verified
    /// marks, and the records reviewers added, carried to the matching records of the revision.
    void takeOverCorrections(qint64 earlierDocumentId);
    /// The reviewer's theme decisions (tags confirmed or removed) and recurring-group splits move
    /// to the matching records; suggestions are made again for the revision after the import.
    void takeOverLearning();
    void copyAddedRecords(qint64 earlierDocumentId);
    void saveLinks(qint64 earlierDocumentId);
    void keepLostLink(const SavedLink &link, const QString &lostType, qint64 lostId);
    qint64 followUpRowFor(const QString &type, qint64 id);

    sql::Database &m_db;
    QList<KeptCorrection> m_keptCorrections;
    qint64 m_documentId;
    QString m_title;
    int m_matched = 0;
    QHash<QString, QHash<qint64, qint64>> m_map; ///< per end type: earlier id -> new id
    QList<SavedLink> m_links;
};

} // namespace evalreview
