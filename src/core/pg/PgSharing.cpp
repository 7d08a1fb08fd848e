#include "PgSharing.h"

#include "PgConnection.h"
#include "PgSchema.h"

namespace evalreview::pg::sharing {

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

void requireSharing(Connection &db)
{
    if (schema::installedVersion(db) < 8) {
        throw StoreError(StoreError::Reason::Generic,
                         QStringLiteral("The team library at %1/%2 does not share documents yet: run evalreview-cli "
                                        "server init to upgrade it.")
                             .arg(db.address().server(), db.address().database));
    }
}

/// The first of `ids` the library does not hold, if any.
std::optional<qint64> missingDocument(Connection &db, const QList<qint64> &ids)
{
    const Result r = db.exec(QStringLiteral("SELECT min(i) FROM unnest($1::bigint[]) i "
                                            "WHERE NOT EXISTS (SELECT FROM documents d WHERE d.id = i)"),
                             {idArray(ids)});
    if (r.isNull(0, 0)) {
        return std::nullopt;
    }
    return r.integer(0, 0);
}

} // namespace

QStringList donorOrganisations(Connection &db)
{
    const Result r =
        db.exec(QStringLiteral("SELECT DISTINCT organisation FROM members WHERE role = 'donor' ORDER BY organisation"));
    QStringList organisations;
    for (int i = 0; i < r.rows(); ++i) {
        organisations << r.text(i, 0);
    }
    return organisations;
}

QList<DocumentShare> list(Connection &db, qint64 documentId)
{
    requireSharing(db);
    const Result r =
        db.exec(QStringLiteral("SELECT s.document_id, d.title, s.organisation, "
                               "to_char(s.shared_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                               "s.shared_by "
                               "FROM document_shares s JOIN documents d ON d.id = s.document_id "
                               "WHERE $1 = 0 OR s.document_id = $1 ORDER BY s.document_id, "
                               "s.organisation"),
                {documentId});
    QList<DocumentShare> shares;
    for (int i = 0; i < r.rows(); ++i) {
        shares.append({r.integer(i, 0), r.text(i, 1), r.text(i, 2), QDateTime::fromString(r.text(i, 3), Qt::ISODate),
                       r.text(i, 4)});
    }
    return shares;
}

int share(Connection &db, const QList<qint64> &documentIds, const QString &organisation, bool all)
{
    const QString to = checkedOrganisation(organisation);
    requireSharing(db);
    Transaction tx(db);
    if (!all) {
        if (const auto missing = missingDocument(db, documentIds)) {
            throw StoreError(StoreError::Reason::NotFound,
                             QStringLiteral("The team library has no document %1; nothing was shared.").arg(*missing));
        }
    }
    const qint64 added =
        db.exec(QStringLiteral("INSERT INTO document_shares(document_id, organisation) SELECT d.id, $2 FROM "
                               "documents d WHERE $3 OR d.id = ANY($1::bigint[]) ON CONFLICT DO NOTHING"),
                {idArray(documentIds), to, all})
            .affectedRows();
    tx.commit();
    return int(added);
}

int unshare(Connection &db, const QList<qint64> &documentIds, const QString &organisation, bool all)
{
    const QString from = checkedOrganisation(organisation);
    requireSharing(db);
    return int(db.exec(QStringLiteral("DELETE FROM document_shares WHERE organisation = $2 AND ($3 OR document_id = "
                                      "ANY($1::bigint[]))"),
                       {idArray(documentIds), from, all})
                   .affectedRows());
}

} // namespace evalreview::pg::sharing
