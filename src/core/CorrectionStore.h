#pragma once

#include "Model.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace evalreview {

namespace sql {
class Database;
}

/// The records a reviewer corrects: a recommendation (with its response), an action, a donor comment.
enum class RecordType
{
    Recommendation,
    Action,
    DonorComment,
};

struct RecordRef
{
    RecordType type = RecordType::Recommendation;
    qint64 id = 0;

    bool operator==(const RecordRef &) const = default;
};

namespace record_type {
/// "recommendation", "action", "donor_comment": the names the CLI, the history and the schema use.
QString name(RecordType type);
std::optional<RecordType> fromName(const QString &name);
} // namespace record_type

/// One corrected field: the value the extraction gave and the reviewer's.
struct Correction
{
    RecordRef record;
    QString field;
    QString extractedValue;
    QString value;
    QDateTime updatedAt;
    QString updatedBy;
};

/// One change in the corrections' history.
struct CorrectionChange
{
    RecordRef record;
    QString field;
    QString oldValue;
    QString newValue;
    QDateTime changedAt;
    QString author;
};

/// A record a reviewer adds: its text (taken from a page region, then edited), the region as its
/// provenance, and for an action or donor comment the recommendation it belongs to.
struct NewRecord
{
    RecordType type = RecordType::Recommendation;
    qint64 documentId = 0;
    qint64 parentId = 0; ///< the recommendation of an action or donor comment
    QString code;        ///< a recommendation's code (the next free number when empty)
    QString donor;       ///< a donor comment's donor
    QString text;
    std::optional<Anchor> region;
};

/// Reviewers' corrections of extracted records: edit a field, add a record drawn on a page, delete
/// one (kept, marked, so deleting is undone without loss), mark one verified. A record's library
/// columns hold the reviewer's value; the extracted value stays beside it. Each change is saved at
/// once in its own transaction and recorded in the history (who, when, old and new value); setting a
/// field back to its extracted value removes the correction, keeping the history.
/// Throws StoreError with a plain sentence for an unknown record or field or an invalid value.
class CorrectionStore
{
public:
    explicit CorrectionStore(sql::Database &db) : m_db(db) {}

    /// The fields a reviewer can edit on a record of `type`.
    static QStringList editableFields(RecordType type);

    /// The field's value in the library (the reviewer's where corrected).
    QString value(const RecordRef &record, const QString &field);
    /// The value the extraction gave (the current value where the field is not corrected).
    QString extractedValue(const RecordRef &record, const QString &field);

    /// Sets a field; returns false when it already had that value.
    bool edit(const RecordRef &record, const QString &field, const QString &value, const QString &author);
    /// Marks a record deleted (or restores it); returns false when it already was.
    bool setDeleted(const RecordRef &record, bool deleted, const QString &author);
    /// The reviewer's sign-off on a recommendation; returns false when it already was so.
    bool setVerified(qint64 recommendationId, bool verified, const QString &author);
    /// Adds a record; returns its id.
    qint64 add(const NewRecord &record, const QString &author);
    /// The same inside the caller's transaction (a revision's import).
    qint64 addWithin(const NewRecord &record, const QString &author);

    /// The corrected fields of a record, or of every record of a document (documentId > 0).
    QList<Correction> corrections(const RecordRef &record);
    QList<Correction> documentCorrections(qint64 documentId);
    QList<CorrectionChange> history(const RecordRef &record);

    /// Writes a field's value into the record's library columns, inside the caller's transaction
    /// (no history, no correction row): what edit() and the carry-over to a revision share.
    static void writeField(sql::Database &db, const RecordRef &record, const QString &field, const QString &value);

    /// The recommendation of `documentId` with this code (not deleted), if any.
    std::optional<qint64> recommendationByCode(qint64 documentId, const QString &code);

private:
    struct Column;
    static Column columnOf(RecordType type, const QString &field);
    qint64 documentOf(const RecordRef &record);
    bool addedByReviewer(const RecordRef &record);
    /// Sets a 0/1 column ("deleted", "verified") with its correction row and history.
    bool setFlag(const RecordRef &record, const QString &column, bool on, const QString &author);
    void logChange(const RecordRef &record, const QString &field, const QString &oldValue, const QString &newValue,
                   const QString &author, const QString &stamp);
    void keepCorrection(const RecordRef &record, const QString &field, const QString &extracted,
                        const QString &newValue, const QString &author, const QString &stamp);
    static void write(sql::Database &db, const RecordRef &record, const Column &column, const QString &value);

    sql::Database &m_db;
};

} // namespace evalreview
