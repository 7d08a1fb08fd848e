// Copying a library between a library file (SQLite) and a team library (PostgreSQL); rows
// go to the server in multi-row INSERTs.
#include "PgLibraryCopy.h"

#include "PgBatch.h"
#include "PgConnection.h"
#include "SqliteLibraryStore.h"
#include "StoreResult.h"
#include "TextMatchSet.h"

#include <QHash>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <spdlog/spdlog.h>

namespace evalreview::pg::library_copy {

namespace {

/// The tables both libraries hold, parents before the rows that point to them.
constexpr const char *kTables[] = {"documents",       "pages",          "recommendations",  "responses",
                                   "actions",         "donor_comments", "records",          "cross_references",
                                   "anchors",         "followups",      "followup_history", "tags",
                                   "notes",           "links",          "corrections",      "correction_history",
                                   "themes",          "theme_tags",     "recurring_groups", "recurring_members",
                                   "recurring_splits"};

/// Tables a new library already fills (the default theme taxonomy) or whose rows the copy
/// replaces as a whole, children first: emptied on the receiving side before the copy.
constexpr const char *kReplacedTables[] = {"recurring_splits", "recurring_members", "recurring_groups", "theme_tags",
                                           "themes"};

/// Columns that are not copied: the comment count, which each side's triggers keep as the comments
/// arrive, and the team library's own (full text, record versions).
bool skipped(const QString &column)
{
    return column == QLatin1String("donor_comment_count") || column == QLatin1String("search") ||
           column == QLatin1String("version");
}

struct Column
{
    QString name;
    QString type; ///< PostgreSQL's data_type
};

/// The table's columns that both libraries hold, with their PostgreSQL types. A column of the
/// library file that the team library lacks would be lost: refused with a sentence.
QList<Column> sharedColumns(sql::Database &file, Connection &server, const QString &table)
{
    QHash<QString, QString> serverTypes;
    const Result r = server.exec(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns"
                                                " WHERE table_schema = 'public' AND table_name = $1"),
                                 {table});
    for (int i = 0; i < r.rows(); ++i) {
        serverTypes.insert(r.text(i, 0), r.text(i, 1));
    }
    QList<Column> columns;
    sql::Statement st = file.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    st.bind(1, table);
    while (st.next()) {
        const QString name = st.text(0);
        if (skipped(name)) {
            continue;
        }
        if (!serverTypes.contains(name)) {
            throw StoreError(StoreError::Reason::Generic,
                             QStringLiteral("The library cannot be copied without losing data: the team library "
                                            "has no place for %1 of %2.")
                                 .arg(name, table));
        }
        columns.append({name, serverTypes.value(name)});
    }
    return columns;
}

/// How the server reads a column's value as the library file stores it (%1 is its parameter).
QString serverValue(const Column &c)
{
    const QString p = QStringLiteral("%1");
    if (c.type == QLatin1String("jsonb")) {
        return QStringLiteral("nullif(%1, '')::jsonb").arg(p);
    }
    if (c.type == QLatin1String("date")) {
        return QStringLiteral("nullif(%1, '')::date").arg(p);
    }
    if (c.type == QLatin1String("timestamp with time zone")) {
        return QStringLiteral("nullif(%1, '')::timestamptz").arg(p);
    }
    if (c.type == QLatin1String("boolean")) {
        return QStringLiteral("(%1)::integer::boolean").arg(p);
    }
    return p;
}

/// How the library file stores a column the server holds: text, numbers and 0 or 1 for booleans.
QString fileValue(const Column &c)
{
    const QString name = QStringLiteral("\"%1\"").arg(c.name);
    if (c.type == QLatin1String("boolean")) {
        return QStringLiteral("%1::integer").arg(name);
    }
    if (c.type == QLatin1String("timestamp with time zone")) {
        // milliseconds only where the time has them, as the library file writes it
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', CASE WHEN date_trunc('second', %1) = %1"
                              " THEN 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"' ELSE 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"' END)")
            .arg(name);
    }
    if (c.type == QLatin1String("date")) {
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(name);
    }
    return QStringLiteral("%1::text").arg(name);
}

/// JSON as the library file writes it (Qt's compact form, keys in order) from jsonb's text, which
/// spaces it out.
QString compactJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QStringList quotedNames(const QList<Column> &columns)
{
    QStringList names;
    for (const Column &c : columns) {
        names << QStringLiteral("\"%1\"").arg(c.name);
    }
    return names;
}

} // namespace

CopyOutcome toServer(SqliteLibraryStore &from, Connection &to, const std::atomic_bool *cancel)
{
    CopyOutcome outcome;
    sql::Database &file = from.database();
    try {
        Transaction tx(to);
        const qint64 held = to.exec(QStringLiteral("SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM "
                                                   "followups) + (SELECT count(*) FROM corrections)"))
                                .integer(0, 0);
        if (held > 0) {
            throw StoreError(StoreError::Reason::Generic,
                             QStringLiteral("The team library at %1/%2 already holds documents or reviewer data; a "
                                            "library is copied into an empty one only, so nothing was copied.")
                                 .arg(to.address().server(), to.address().database));
        }
        // The file's taxonomy takes the place of the one the team library was set up with.
        for (const char *t : kReplacedTables) {
            to.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(t)));
        }
        sql::Transaction read(file); // one snapshot of the file
        for (const char *t : kTables) {
            const QString table = QString::fromLatin1(t);
            const QList<Column> columns = sharedColumns(file, to, table);
            QStringList values;
            for (const Column &c : columns) {
                values << serverValue(c);
            }
            BatchInsert insert(to, table, quotedNames(columns), values);
            sql::Statement rows = file.prepare(
                QStringLiteral("SELECT %1 FROM %2").arg(quotedNames(columns).join(QStringLiteral(", ")), table));
            while (rows.next()) {
                if (cancel && cancel->load()) {
                    throw StoreError(StoreError::Reason::Generic,
                                     QStringLiteral("The copy was cancelled; nothing was copied to the team library."));
                }
                QVariantList params;
                for (int i = 0; i < columns.size(); ++i) {
                    if (rows.isNull(i)) {
                        params << QVariant();
                    } else if (columns.at(i).type == QLatin1String("double precision")) {
                        params << rows.real(i); // all its digits (the text of a real has 15)
                    } else {
                        params << rows.text(i);
                    }
                }
                insert.add(params);
                ++outcome.rows;
            }
            insert.flush();
            if (table == QLatin1String("documents")) {
                outcome.documents = outcome.rows;
            }
            // The next id the server gives is past the copied ones.
            if (std::any_of(columns.begin(), columns.end(),
                            [](const Column &c) { return c.name == QLatin1String("id"); })) {
                to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max(id), 0) + 1, "
                                       "false) FROM %1")
                            .arg(table),
                        {table});
            }
        }
        tx.commit();
    } catch (const sql::Error &e) {
        throw toStoreError(e);
    }
    spdlog::info("copied {} documents ({} rows) from {} to {}/{}", outcome.documents, outcome.rows,
                 file.path().toStdString(), to.address().server().toStdString(), to.address().database.toStdString());
    return outcome;
}

CopyOutcome fromServer(Connection &from, SqliteLibraryStore &to)
{
    CopyOutcome outcome;
    sql::Database &file = to.database();
    try {
        Transaction snapshot(from);
        from.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        sql::Transaction tx(file);
        // The server's taxonomy takes the place of the one the new file was created with.
        for (const char *t : kReplacedTables) {
            file.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(t)));
        }
        QList<qint64> documentIds;
        for (const char *t : kTables) {
            const QString table = QString::fromLatin1(t);
            const QList<Column> columns = sharedColumns(file, from, table);
            QStringList selected;
            QStringList placeholders;
            for (const Column &c : columns) {
                selected << fileValue(c);
                placeholders << QStringLiteral("?");
            }
            const Result rows =
                from.exec(QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QStringLiteral(", ")), table));
            sql::Statement insert = file.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                                     .arg(table, quotedNames(columns).join(QStringLiteral(", ")),
                                                          placeholders.join(QStringLiteral(", "))));
            for (int r = 0; r < rows.rows(); ++r) {
                insert.reset();
                for (int i = 0; i < columns.size(); ++i) {
                    if (rows.isNull(r, i)) {
                        insert.bindNull(i + 1);
                    } else if (columns.at(i).type == QLatin1String("jsonb")) {
                        insert.bind(i + 1, compactJson(rows.text(r, i)));
                    } else {
                        insert.bind(i + 1, rows.text(r, i));
                    }
                }
                insert.run();
                if (table == QLatin1String("documents")) {
                    documentIds << rows.text(r, 0).toLongLong();
                }
                ++outcome.rows;
            }
        }
        for (const qint64 id : documentIds) {
            TextMatchSet::indexDocument(file, id); // the text filter's words, as an import adds them
        }
        outcome.documents = documentIds.size();
        tx.commit();
    } catch (const sql::Error &e) {
        throw toStoreError(e);
    }
    spdlog::info("copied {} documents ({} rows) from {}/{} to {}", outcome.documents, outcome.rows,
                 from.address().server().toStdString(), from.address().database.toStdString(),
                 file.path().toStdString());
    return outcome;
}

} // namespace evalreview::pg::library_copy
