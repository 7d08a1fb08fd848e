#include "DocumentSharing.h"

#include "LibraryStore.h"
#include "Sqlite.h"

#include <optional>

namespace evalreview::sharing {

namespace {

/// The ids as a PostgreSQL array literal ("{1,2,3}"), bound as one bigint[] parameter.
QString idArray(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const qint64 id : ids) {
        texts << QString::number(id);
    }
    return QLatin1Char('{') + texts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString checkedOrganisation(const QString &organisation)
{
    const QString trimmed = organisation.trimmed();
    if (trimmed.isEmpty()) {
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("Name the donor organisation to share with (as its donor logins have it)."));
    }
    return trimmed;
}

/// Refuses a library file, and a team library set up before sharing existed.
void requireSharing(sql::Database &db)
{
    if (!db.isServer()) {
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("Documents are shared with donors in a team library; a library file is "
                                        "shared by giving a copy of it."));
    }
    sql::Statement st = db.prepare(QStringLiteral("SELECT to_regclass('public.document_shares') IS NOT NULL"));
    if (!st.next() || st.integer(0) == 0) {
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("This team library does not share documents yet: an administrator upgrades "
                                        "it with evalreview-cli server init."));
    }
}

/// The first of `ids` the library does not hold, if any.
std::optional<qint64> missingDocument(sql::Database &db, const QList<qint64> &ids)
{
    sql::Statement st = db.prepare(QStringLiteral("SELECT min(i) FROM unnest(?1::bigint[]) i "
                                                  "WHERE NOT EXISTS (SELECT FROM documents d WHERE d.id = i)"));
    st.bind(1, idArray(ids));
    if (!st.next() || st.isNull(0)) {
        return std::nullopt;
    }
    return st.integer(0);
}

int insertShares(sql::Database &db, const QList<qint64> &documentIds, const QString &organisation, bool all)
{
    sql::Statement st = db.prepare(QStringLiteral("INSERT INTO document_shares(document_id, organisation) SELECT d.id, "
                                                  "?2 FROM documents d WHERE ?3 OR d.id = ANY(?1::bigint[]) ON "
                                                  "CONFLICT DO NOTHING"));
    st.bind(1, idArray(documentIds)).bind(2, organisation).bind(3, QVariant(all));
    st.run();
    return db.changes();
}

} // namespace

QStringList donorOrganisations(sql::Database &db)
{
    requireSharing(db);
    sql::Statement st = db.prepare(
        QStringLiteral("SELECT DISTINCT organisation FROM members WHERE role = 'donor' ORDER BY organisation"));
    QStringList organisations;
    while (st.next()) {
        organisations << st.text(0);
    }
    return organisations;
}

QList<DocumentShare> list(sql::Database &db, qint64 documentId)
{
    requireSharing(db);
    sql::Statement st = db.prepare(QStringLiteral("SELECT s.document_id, d.title, s.organisation, s.shared_at, "
                                                  "s.shared_by FROM document_shares s JOIN documents d ON d.id = "
                                                  "s.document_id WHERE ?1 = 0 OR s.document_id = ?1 "
                                                  "ORDER BY s.document_id, s.organisation"));
    st.bind(1, documentId);
    QList<DocumentShare> shares;
    while (st.next()) {
        shares.append(
            {st.integer(0), st.text(1), st.text(2), QDateTime::fromString(st.text(3), Qt::ISODateWithMs), st.text(4)});
    }
    return shares;
}

int share(sql::Database &db, const QList<qint64> &documentIds, const QString &organisation, bool all)
{
    const QString to = checkedOrganisation(organisation);
    requireSharing(db);
    sql::Transaction tx(db);
    if (!all) {
        if (const auto missing = missingDocument(db, documentIds)) {
            throw StoreError(StoreError::Reason::NotFound,
                             QStringLiteral("The team library has no document %1; nothing was shared.").arg(*missing));
        }
    }
    const int added = insertShares(db, documentIds, to, all);
    tx.commit();
    return added;
}

int unshare(sql::Database &db, const QList<qint64> &documentIds, const QString &organisation, bool all)
{
    const QString from = checkedOrganisation(organisation);
    requireSharing(db);
    sql::Statement st = db.prepare(QStringLiteral("DELETE FROM document_shares WHERE organisation = ?2 AND (?3 OR "
                                                  "document_id = ANY(?1::bigint[]))"));
    st.bind(1, idArray(documentIds)).bind(2, from).bind(3, QVariant(all));
    st.run();
    return db.changes();
}

void setSharedWith(sql::Database &db, qint64 documentId, const QStringList &organisations)
{
    requireSharing(db);
    QStringList wanted;
    for (const QString &o : organisations) {
        wanted << checkedOrganisation(o);
    }
    sql::Transaction tx(db);
    if (missingDocument(db, {documentId})) {
        throw StoreError(StoreError::Reason::NotFound,
                         QStringLiteral("This document is no longer in the team library; nothing was shared."));
    }
    for (const DocumentShare &s : list(db, documentId)) {
        if (!wanted.contains(s.organisation)) {
            unshare(db, {documentId}, s.organisation);
        }
    }
    for (const QString &o : wanted) {
        insertShares(db, {documentId}, o, false);
    }
    tx.commit();
}

} // namespace evalreview::sharing
