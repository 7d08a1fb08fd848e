#include "PgSchema.h"

#include "PgBatch.h"
#include "PgConnection.h"
#include "PgSchemaSql.h"
#include "ThemeStore.h"

#include <array>
#include <spdlog/spdlog.h>

namespace evalreview::pg::schema {

namespace {

/// The default theme taxonomy (ThemeStore::defaultThemes, the file built into the program) in the
/// empty themes table, numbered in its order, as the library file's schema step fills it.
void fillDefaultThemes(Connection &db)
{
    if (db.exec(QStringLiteral("SELECT count(*) FROM themes")).integer(0, 0) > 0) {
        return;
    }
    BatchInsert insert(db, QStringLiteral("themes"),
                       {QStringLiteral("key"), QStringLiteral("grp"), QStringLiteral("label"),
                        QStringLiteral("keywords_en"), QStringLiteral("keywords_fr"), QStringLiteral("keywords_es"),
                        QStringLiteral("ordinal")},
                       QStringList(7, QStringLiteral("%1")));
    int ordinal = 0;
    for (const Theme &t : ThemeStore::defaultThemes()) {
        insert.add({t.key, t.group, t.label, ThemeStore::joinKeywords(t.keywordsEn),
                    ThemeStore::joinKeywords(t.keywordsFr), ThemeStore::joinKeywords(t.keywordsEs), ++ordinal});
    }
    insert.flush();
    if (ordinal == 0) {
        spdlog::warn("the default theme taxonomy is missing from the program: the team library has no themes");
    }
}

struct Migration
{
    int version;
    const char *sql;
    void (*fill)(Connection &) = nullptr; ///< data the step adds, in its transaction
};

constexpr std::array kMigrations{
    Migration{1, sql::kVersion1}, Migration{2, sql::kVersion2}, Migration{3, sql::kVersion3},
    Migration{4, sql::kVersion4}, Migration{5, sql::kVersion5}, Migration{6, sql::kVersion6, &fillDefaultThemes},
    Migration{7, sql::kVersion7}, Migration{8, sql::kVersion8}, Migration{9, sql::kVersion9}};

/// Serialises `server init` runs on one database (pg_advisory_xact_lock, released at commit).
constexpr qint64 kInitLock = 0x45564c5245564957; // "EVLREVIW"

void lockForInit(Connection &db)
{
    db.exec(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), {kInitLock});
}

/// Runs `work` in a transaction under the init lock; a refused permission gets the sentence of
/// who may set up a team library.
template <typename Work> void inInitTransaction(Connection &db, Work &&work)
{
    try {
        Transaction tx(db);
        lockForInit(db);
        work();
        tx.commit();
    } catch (const ServerError &e) {
        if (!e.isPermissionDenied()) {
            throw;
        }
        throw ServerError(StoreError::Reason::Denied,
                          QStringLiteral("%1 may not set up the team library on %2/%3: run server init as a "
                                         "superuser, or as the database's owner with the CREATEROLE attribute.")
                              .arg(db.currentUser(), db.address().server(), db.address().database),
                          e.sqlState());
    }
}

} // namespace

int currentVersion()
{
    return kMigrations.back().version;
}

QStringList roleNames()
{
    return {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("evaluator"), QStringLiteral("donor"),
            QStringLiteral("viewer")};
}

QString groupRole(const QString &role)
{
    return QStringLiteral("evalreview_") + role;
}

int installedVersion(Connection &db)
{
    if (db.exec(QStringLiteral("SELECT to_regclass('public.schema_version') IS NULL")).text(0, 0) ==
        QLatin1String("t")) {
        return 0;
    }
    return int(db.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM public.schema_version")).integer(0, 0));
}

InitOutcome initialize(Connection &db, int upToVersion)
{
    InitOutcome outcome;
    inInitTransaction(db, [&db] {
        db.runScript(sql::kRoles);
        db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS public.schema_version ("
                               "version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now(), "
                               "applied_by text NOT NULL DEFAULT current_user)"));
    });
    outcome.fromVersion = installedVersion(db);
    if (outcome.fromVersion > currentVersion()) {
        throw StoreError(StoreError::Reason::TooNew,
                         QStringLiteral("The team library at %1/%2 was set up by a newer version of EvalReview "
                                        "(schema %3; this version knows up to %4): update EvalReview first.")
                             .arg(db.address().server(), db.address().database)
                             .arg(outcome.fromVersion)
                             .arg(currentVersion()));
    }
    for (const Migration &m : kMigrations) {
        if (m.version <= outcome.fromVersion || m.version > upToVersion) {
            continue;
        }
        inInitTransaction(db, [&db, &m] {
            // Read again under the lock: another admin may have taken this step a moment ago.
            if (installedVersion(db) >= m.version) {
                return;
            }
            db.runScript(m.sql);
            if (m.fill != nullptr) {
                m.fill(db);
            }
            db.exec(QStringLiteral("INSERT INTO public.schema_version(version) VALUES ($1)"), {m.version});
            spdlog::info("team library schema migrated to v{}", m.version);
        });
    }
    outcome.toVersion = installedVersion(db);
    return outcome;
}

} // namespace evalreview::pg::schema
