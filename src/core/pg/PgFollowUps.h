#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace evalreview::pg {

class Connection;

/// Someone else's save that came between reading a record and saving it.
struct SaveConflict
{
    QString changedBy; ///< the database user of that save
    QDateTime changedAt;
    QString field;
    QString theirValue; ///< the field's value now
    int version = 0;    ///< the record's version now
    /// One sentence for the person whose save was refused.
    QString message;
};

/// The outcome of a save made with the version the client read.
struct VersionedSave
{
    int version = 0;                      ///< the record's new version when saved
    std::optional<SaveConflict> conflict; ///< set when nothing was saved
    bool saved() const { return !conflict.has_value(); }
};

namespace followups {

/// Sets one field (status, owner, due_date or note) of follow-up `id` when it is still at
/// `expectedVersion`, with its history row, in one transaction. When someone saved it since, nothing
/// is written and the conflict says who changed what (from the audit log). Throws StoreError for a
/// refused permission or an unknown field.
VersionedSave setField(Connection &db, qint64 id, int expectedVersion, const QString &field, const QString &value,
                       const QString &author);

} // namespace followups

} // namespace evalreview::pg
