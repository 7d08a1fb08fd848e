#include "CorrectionStore.h"

#include "RecommendationTypes.h"
#include "SqliteLibraryStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace evalreview {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

StoreError invalid(const QString &sentence)
{
    return StoreError(StoreError::Reason::Generic, sentence);
}

StoreError gone(RecordType type)
{
    switch (type) {
    case RecordType::Recommendation:
        return StoreError(StoreError::Reason::NotFound, QStringLiteral("This recommendation is not in the library."));
    case RecordType::Action:
        return StoreError(StoreError::Reason::NotFound, QStringLiteral("This action is not in the library."));
    case RecordType::DonorComment:
        return StoreError(StoreError::Reason::NotFound, QStringLiteral("This donor comment is not in the library."));
    }
    return StoreError(StoreError::Reason::NotFound, QStringLiteral("This record is not in the library."));
}

QString table(RecordType type)
{
    switch (type) {
    case RecordType::Recommendation:
        return QStringLiteral("recommendations");
    case RecordType::Action:
        return QStringLiteral("actions");
    case RecordType::DonorComment:
        return QStringLiteral("donor_comments");
    }
    return {};
}

/// "; "-separated names as the JSON array the library keeps, and back.
QString namesToJson(const QString &names)
{
    QJsonArray list;
    for (const QString &n : names.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!n.trimmed().isEmpty()) {
            list.append(n.trimmed());
        }
    }
    return list.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QString namesFromJson(const QString &json)
{
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        names.append(v.toString());
    }
    return names.join(QStringLiteral("; "));
}

} // namespace

namespace record_type {

QString name(RecordType type)
{
    switch (type) {
    case RecordType::Recommendation:
        return QStringLiteral("recommendation");
    case RecordType::Action:
        return QStringLiteral("action");
    case RecordType::DonorComment:
        return QStringLiteral("donor_comment");
    }
    return {};
}

std::optional<RecordType> fromName(const QString &name)
{
    for (RecordType t : {RecordType::Recommendation, RecordType::Action, RecordType::DonorComment}) {
        if (record_type::name(t) == name) {
            return t;
        }
    }
    return std::nullopt;
}

} // namespace record_type

/// Where a field is kept: its table and column, and the column naming the record there.
struct CorrectionStore::Column
{
    QString table;
    QString column;
    QString key = QStringLiteral("id");
    bool names = false;   ///< a "; "-separated list kept as a JSON array
    bool nullable = true; ///< an empty value is stored as NULL
};

QStringList CorrectionStore::editableFields(RecordType type)
{
    switch (type) {
    case RecordType::Recommendation:
        return {QStringLiteral("code"),         QStringLiteral("section"),           QStringLiteral("title"),
                QStringLiteral("text"),         QStringLiteral("priority"),          QStringLiteral("timing"),
                QStringLiteral("addressed_to"), QStringLiteral("response_category"), QStringLiteral("response_text")};
    case RecordType::Action:
        return {QStringLiteral("code"),        QStringLiteral("text"),   QStringLiteral("time_frame"),
                QStringLiteral("responsible"), QStringLiteral("status"), QStringLiteral("comments")};
    case RecordType::DonorComment:
        return {QStringLiteral("donor"), QStringLiteral("text")};
    }
    return {};
}

CorrectionStore::Column CorrectionStore::columnOf(RecordType type, const QString &field)
{
    if (!editableFields(type).contains(field)) {
        throw invalid(QStringLiteral("A %1 has no field \"%2\"; it has: %3.")
                          .arg(record_type::name(type).replace(QLatin1Char('_'), QLatin1Char(' ')), field,
                               editableFields(type).join(QStringLiteral(", "))));
    }
    Column c{table(type), field};
    if (field == QLatin1String("response_category") || field == QLatin1String("response_text")) {
        c = {QStringLiteral("responses"), field.mid(9), QStringLiteral("recommendation_id")};
    }
    c.names = field == QLatin1String("addressed_to");
    c.nullable = field != QLatin1String("text") && field != QLatin1String("donor") &&
                 !(type == RecordType::Recommendation && field == QLatin1String("code"));
    return c;
}

QString CorrectionStore::value(const RecordRef &record, const QString &field)
{
    const Column c = columnOf(record.type, field);
    try {
        sql::Statement exists = m_db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table(record.type)));
        exists.bind(1, record.id);
        if (!exists.next()) {
            throw gone(record.type);
        }
        sql::Statement st =
            m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(c.column, c.table, c.key));
        st.bind(1, record.id);
        const QString v = st.next() ? st.text(0) : QString();
        return c.names ? namesFromJson(v) : v;
    } catch (const sql::Error &e) {
        throw toStoreError(e);
    }
}

QString CorrectionStore::extractedValue(const RecordRef &record, const QString &field)
{
    for (const Correction &c : corrections(record)) {
        if (c.field == field) {
            return c.extractedValue;
        }
    }
    return value(record, field);
}

bool CorrectionStore::addedByReviewer(const RecordRef &record)
{
    sql::Statement st = m_db.prepare(QStringLiteral("SELECT origin FROM %1 WHERE id = ?").arg(table(record.type)));
    st.bind(1, record.id);
    return st.next() && st.text(0) == QLatin1String("reviewer");
}

qint64 CorrectionStore::documentOf(const RecordRef &record)
{
    const QString sql = record.type == RecordType::Recommendation
                            ? QStringLiteral("SELECT document_id FROM recommendations WHERE id = ?")
                            : QStringLiteral("SELECT r.document_id FROM %1 x JOIN recommendations r"
                                             " ON r.id = x.recommendation_id WHERE x.id = ?")
                                  .arg(table(record.type));
    sql::Statement st = m_db.prepare(sql);
    st.bind(1, record.id);
    if (!st.next()) {
        throw gone(record.type);
    }
    return st.integer(0);
}

void CorrectionStore::writeField(sql::Database &db, const RecordRef &record, const QString &field, const QString &value)
{
    write(db, record, columnOf(record.type, field), value);
}

void CorrectionStore::write(sql::Database &db, const RecordRef &record, const Column &column, const QString &value)
{
    const QString stored = column.names ? namesToJson(value) : value;
    if (column.table == QLatin1String("responses")) {
        // A response row is made for a recommendation that had none: its words join the list's index.
        sql::Statement has = db.prepare(QStringLiteral("SELECT 1 FROM responses WHERE recommendation_id = ?"));
        has.bind(1, record.id);
        if (!has.next()) {
            // (A team library's text search reads the stored response as it is: no index to rewrite.)
            const bool indexed = !db.isServer();
            if (indexed) {
                sql::Statement out = db.prepare(
                    QStringLiteral("INSERT INTO recommendation_words(recommendation_words, rowid, body)"
                                   " SELECT 'delete', id, body FROM recommendation_words_text WHERE id = ?"));
                out.bind(1, record.id);
                out.run();
            }
            sql::Statement ins = db.prepare(QStringLiteral("INSERT INTO responses(recommendation_id) VALUES (?)"));
            ins.bind(1, record.id);
            ins.run();
            if (indexed) {
                sql::Statement in = db.prepare(QStringLiteral("INSERT INTO recommendation_words(rowid, body) SELECT "
                                                              "id, body FROM recommendation_words_text WHERE id = ?"));
                in.bind(1, record.id);
                in.run();
            }
        }
    }
    sql::Statement up =
        db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(column.table, column.column, column.key));
    if (stored.isEmpty() && column.nullable) {
        up.bindNull(1);
    } else {
        up.bind(1, stored);
    }
    up.bind(2, record.id);
    up.run();
}

void CorrectionStore::logChange(const RecordRef &record, const QString &field, const QString &oldValue,
                                const QString &newValue, const QString &author, const QString &stamp)
{
    sql::Statement h = m_db.prepare(QStringLiteral(
        "INSERT INTO correction_history(target_type, target_id, document_id, field, old_value, new_value, changed_at,"
        " author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    h.bind(1, record_type::name(record.type))
        .bind(2, record.id)
        .bind(3, documentOf(record))
        .bind(4, field)
        .bind(5, oldValue)
        .bind(6, newValue)
        .bind(7, stamp)
        .bind(8, author.isNull() ? QStringLiteral("") : author);
    h.run();
}

void CorrectionStore::keepCorrection(const RecordRef &record, const QString &field, const QString &extracted,
                                     const QString &newValue, const QString &author, const QString &stamp)
{
    if (newValue == extracted) {
        sql::Statement del = m_db.prepare(
            QStringLiteral("DELETE FROM corrections WHERE target_type = ? AND target_id = ? AND field = ?"));
        del.bind(1, record_type::name(record.type)).bind(2, record.id).bind(3, field);
        del.run();
        return;
    }
    // The recommendation's code (its parent's for an action or comment) and the record's place
    // under it let a revision of the document find the record again.
    const QString where = record.type == RecordType::Recommendation
                              ? QStringLiteral("FROM recommendations r WHERE r.id = ?")
                              : QStringLiteral("FROM %1 x JOIN recommendations r ON r.id = x.recommendation_id"
                                               " WHERE x.id = ?")
                                    .arg(table(record.type));
    const QString ordinal =
        record.type == RecordType::Recommendation ? QStringLiteral("r.ordinal") : QStringLiteral("x.ordinal");
    sql::Statement up = m_db.prepare(
        QStringLiteral("INSERT INTO corrections(target_type, target_id, document_id, document_title, code, ordinal,"
                       " field, extracted_value, value, updated_at, updated_by)"
                       " SELECT ?, ?, r.document_id, (SELECT title FROM documents WHERE id = r.document_id),"
                       " r.code, %1, ?, ?, ?, ?, ? %2"
                       " ON CONFLICT(target_type, target_id, field) DO UPDATE SET value = excluded.value,"
                       " updated_at = excluded.updated_at, updated_by = excluded.updated_by")
            .arg(ordinal, where));
    up.bind(1, record_type::name(record.type))
        .bind(2, record.id)
        .bind(3, field)
        .bind(4, extracted)
        .bind(5, newValue)
        .bind(6, stamp)
        .bind(7, author.isNull() ? QStringLiteral("") : author)
        .bind(8, record.id);
    up.run();
}

bool CorrectionStore::edit(const RecordRef &record, const QString &field, const QString &newValue,
                           const QString &author)
{
    const Column column = columnOf(record.type, field);
    const QString value = newValue.trimmed();
    if (field == QLatin1String("response_category") && !value.isEmpty() && !response_category::all().contains(value)) {
        throw invalid(QStringLiteral("\"%1\" is not a response category; use one of: %2.")
                          .arg(value, response_category::all().join(QStringLiteral(", "))));
    }
    if (value.isEmpty() && !column.nullable) {
        throw invalid(QStringLiteral("The %1 cannot be empty.").arg(field));
    }
    try {
        sql::Transaction tx(m_db);
        const QString current = this->value(record, field);
        if (current == value) {
            return false;
        }
        const QString extracted = extractedValue(record, field);
        write(m_db, record, column, value);
        const QString stamp = now();
        if (!addedByReviewer(record)) { // a record a reviewer added has no extracted value to keep
            keepCorrection(record, field, extracted, value, author, stamp);
        }
        logChange(record, field, current, value, author, stamp);
        tx.commit();
        return true;
    } catch (const sql::Error &e) {
        throw toStoreError(e);
    }
}

bool CorrectionStore::setFlag(const RecordRef &record, const QString &column, bool on, const QString &author)
{
    try {
        sql::Transaction tx(m_db);
        sql::Statement st =
            m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table(record.type)));
        st.bind(1, record.id);
        if (!st.next()) {
            throw gone(record.type);
        }
        if ((st.integer(0) != 0) == on) {
            return false;
        }
        sql::Statement up =
            m_db.prepare(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE id = ?")
                             .arg(table(record.type), column, on ? QStringLiteral("TRUE") : QStringLiteral("FALSE")));
        up.bind(1, record.id);
        up.run();
        const QString stamp = now();
        const QString newValue = on ? QStringLiteral("1") : QStringLiteral("0");
        keepCorrection(record, column, QStringLiteral("0"), newValue, author, stamp);
        logChange(record, column, on ? QStringLiteral("0") : QStringLiteral("1"), newValue, author, stamp);
        tx.commit();
        return true;
    } catch (const sql::Error &e) {
        throw toStoreError(e);
    }
}

bool CorrectionStore::setDeleted(const RecordRef &record, bool deleted, const QString &author)
{
    return setFlag(record, QStringLiteral("deleted"), deleted, author);
}

bool CorrectionStore::setVerified(qint64 recommendationId, bool verified, const QString &author)
{
    return setFlag({RecordType::Recommendation, recommendationId}, QStringLiteral("verified"), verified, author);
}

std::optional<qint64> CorrectionStore::recommendationByCode(qint64 documentId, const QString &code)
{
    sql::Statement st = m_db.prepare(QStringLiteral(
        "SELECT id FROM recommendations WHERE document_id = ? AND code = ? AND NOT deleted ORDER BY ordinal LIMIT 1"));
    st.bind(1, documentId).bind(2, code);
    return st.next() ? std::optional<qint64>(st.integer(0)) : std::nullopt;
}

QList<Correction> CorrectionStore::corrections(const RecordRef &record)
{
    QList<Correction> out;
    sql::Statement st =
        m_db.prepare(QStringLiteral("SELECT field, extracted_value, value, updated_at, updated_by FROM corrections"
                                    " WHERE target_type = ? AND target_id = ? ORDER BY field"));
    st.bind(1, record_type::name(record.type)).bind(2, record.id);
    while (st.next()) {
        out.append({record, st.text(0), st.text(1), st.text(2), QDateTime::fromString(st.text(3), Qt::ISODateWithMs),
                    st.text(4)});
    }
    return out;
}

QList<Correction> CorrectionStore::documentCorrections(qint64 documentId)
{
    QList<Correction> out;
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT target_type, target_id, field, extracted_value, value, updated_at, updated_by"
                       " FROM corrections WHERE document_id = ? AND target_id IS NOT NULL ORDER BY id"));
    st.bind(1, documentId);
    while (st.next()) {
        const RecordRef ref{record_type::fromName(st.text(0)).value_or(RecordType::Recommendation), st.integer(1)};
        out.append({ref, st.text(2), st.text(3), st.text(4), QDateTime::fromString(st.text(5), Qt::ISODateWithMs),
                    st.text(6)});
    }
    return out;
}

QList<CorrectionChange> CorrectionStore::history(const RecordRef &record)
{
    QList<CorrectionChange> out;
    sql::Statement st =
        m_db.prepare(QStringLiteral("SELECT field, old_value, new_value, changed_at, author FROM correction_history"
                                    " WHERE target_type = ? AND target_id = ? ORDER BY changed_at, id"));
    st.bind(1, record_type::name(record.type)).bind(2, record.id);
    while (st.next()) {
        out.append({record, st.text(0), st.text(1), st.text(2), QDateTime::fromString(st.text(3), Qt::ISODateWithMs),
                    st.text(4)});
    }
    return out;
}

} // namespace evalreview
