#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace evalreview {

namespace sql {
class Database;
}

/// A document of a team library shared with a donor organisation.
struct DocumentShare
{
    qint64 documentId = 0;
    QString documentTitle;
    QString organisation;
    QDateTime sharedAt;
    QString sharedBy;
};

/// What each donor reads in a team library. A donor's login reads only the documents shared with
/// its organisation, and what belongs to them; the server's row-level security enforces it (team
/// library schema 8). Managers and admins share and stop sharing; everyone may list what is
/// shared (a donor: with its own organisation only). A library file has no sharing: each function
/// then throws StoreError saying so, as it does with a sentence for anything refused.
namespace sharing {

/// The organisations of the library's donor logins, sorted.
QStringList donorOrganisations(sql::Database &db);

/// What is shared, by document then organisation; only `documentId`'s shares when it is not 0.
QList<DocumentShare> list(sql::Database &db, qint64 documentId = 0);

/// Shares `documentIds` (every document of the library when `all`) with `organisation`, in one
/// transaction; a document already shared with it stays as it is. An id the library does not hold
/// is refused with its number, and nothing is shared then. Returns the shares added.
int share(sql::Database &db, const QList<qint64> &documentIds, const QString &organisation, bool all = false);

/// Stops sharing `documentIds` (every document when `all`) with `organisation`. Returns the shares
/// removed.
int unshare(sql::Database &db, const QList<qint64> &documentIds, const QString &organisation, bool all = false);

/// Makes `organisations` exactly the ones `documentId` is shared with, in one transaction.
void setSharedWith(sql::Database &db, qint64 documentId, const QStringList &organisations);

} // namespace sharing

} // namespace evalreview
