#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace evalreview::pg {

class Connection;

/// A document of the team library shared with a donor organisation.
struct DocumentShare
{
    qint64 documentId = 0;
    QString documentTitle;
    QString organisation;
    QDateTime sharedAt;
    QString sharedBy;
};

/// What each donor reads. A donor's login reads only the documents shared with its organisation,
/// and what belongs to them; the server's row-level security enforces it (schema version 8).
/// Managers and admins share and stop sharing; everyone else may list what is shared (a donor: with
/// its own organisation only). Each function throws StoreError with a sentence.
namespace sharing {

/// The organisations of the library's donor logins, sorted.
QStringList donorOrganisations(Connection &db);

/// What is shared, by document then organisation; only `documentId`'s shares when it is not 0.
QList<DocumentShare> list(Connection &db, qint64 documentId = 0);

/// Shares `documentIds` (every document of the library when empty and `all`) with `organisation`,
/// in one transaction; a document already shared with it stays as it is. An id the library does
/// not hold is refused with its number, and nothing is shared then. Returns the shares added.
int share(Connection &db, const QList<qint64> &documentIds, const QString &organisation, bool all = false);

/// Stops sharing `documentIds` (every document when empty and `all`) with `organisation`. Returns
/// the shares removed.
int unshare(Connection &db, const QList<qint64> &documentIds, const QString &organisation, bool all = false);

} // namespace sharing

} // namespace evalreview::pg
