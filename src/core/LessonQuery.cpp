#include "LessonQuery.h"

#include "Sqlite.h"
#include "WordTokens.h"

#include <QHash>

namespace evalreview {

namespace {

struct KindType
{
    const char *kind;
    const char *type; ///< the extraction's list name
    const char *label;
};

constexpr KindType kKinds[] = {{"lesson_learned", "lessons_learned", "Lesson learned"},
                               {"good_practice", "good_practices", "Good practice"},
                               {"conclusion", "conclusions", "Conclusion"}};

/// Whether every word of `wanted` is a word (or the start of one, for the last) of `words`.
bool containsAll(const QStringList &words, const QStringList &wanted)
{
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString &w = wanted.at(i);
        const bool last = i + 1 == wanted.size();
        const bool found =
            std::any_of(words.begin(), words.end(), [&](const QString &x) { return last ? x.startsWith(w) : x == w; });
        if (!found) {
            return false;
        }
    }
    return true;
}

} // namespace

QString lessonRecordCondition(const QString &alias)
{
    QStringList plain;
    QStringList sourced;
    for (const KindType &k : kKinds) {
        plain << QStringLiteral("'%1'").arg(QLatin1String(k.type));
        sourced << QStringLiteral("'%1_sources'").arg(QLatin1String(k.type));
    }
    return QStringLiteral("(%1.type IN (%2) OR (%1.type IN (%3) AND NOT EXISTS (SELECT 1 FROM records s"
                          " WHERE s.document_id = %1.document_id AND s.type = %1.type || '_sources')))")
        .arg(alias, sourced.join(QLatin1Char(',')), plain.join(QLatin1Char(',')));
}

bool libraryHasTable(sql::Database &db, const QString &table)
{
    sql::Statement st =
        db.prepare(db.isServer() ? QStringLiteral("SELECT 1 WHERE to_regclass(CAST(? AS text)) IS NOT NULL")
                                 : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    st.bind(1, table);
    return st.next();
}

LessonQuery::LessonQuery(sql::Database &db) : m_db(db) {}

QString LessonQuery::kindOfType(const QString &type)
{
    QString base = type;
    if (base.endsWith(QLatin1String("_sources"))) {
        base.chop(8);
    }
    for (const KindType &k : kKinds) {
        if (base == QLatin1String(k.type)) {
            return QString::fromLatin1(k.kind);
        }
    }
    return {};
}

QString LessonQuery::kindLabel(const QString &kind)
{
    for (const KindType &k : kKinds) {
        if (kind == QLatin1String(k.kind)) {
            return QString::fromLatin1(k.label);
        }
    }
    return kind;
}

QStringList LessonQuery::kinds()
{
    QStringList out;
    for (const KindType &k : kKinds) {
        out << QString::fromLatin1(k.kind);
    }
    return out;
}

QList<LessonRow> LessonQuery::list(const LessonFilter &filter)
{
    QString where = lessonRecordCondition(QStringLiteral("r"));
    if (filter.documentId > 0) {
        where += QStringLiteral(" AND r.document_id = %1").arg(filter.documentId);
    }
    sql::Statement st =
        m_db.prepare(QStringLiteral("SELECT r.id, r.document_id, d.title, d.file_name, r.type, r.ordinal, r.text,"
                                    " a.page_no, a.x0, a.y0, a.x1, a.y1"
                                    " FROM records r JOIN documents d ON d.id = r.document_id"
                                    " LEFT JOIN anchors a ON a.id = (SELECT min(id) FROM anchors"
                                    "   WHERE owner_type = 'record' AND owner_id = r.id)"
                                    " WHERE %1 AND length(r.text) > 0"
                                    " ORDER BY d.title, r.document_id, replace(r.type, '_sources', ''), r.ordinal")
                         .arg(where));
    const QStringList wanted = foldedWords(filter.search);
    QList<LessonRow> out;
    QHash<qint64, qsizetype> byId;
    while (st.next()) {
        LessonRow row;
        row.kind = kindOfType(st.text(4));
        if (!filter.kind.isEmpty() && row.kind != filter.kind) {
            continue;
        }
        row.text = st.text(6);
        if (!wanted.isEmpty() && !containsAll(foldedWords(row.text), wanted)) {
            continue;
        }
        row.id = st.integer(0);
        row.documentId = st.integer(1);
        row.documentTitle = st.text(2);
        row.fileName = st.text(3);
        row.ordinal = int(st.integer(5));
        if (!st.isNull(7)) {
            row.page = int(st.integer(7));
            for (int i = 0; i < 4; ++i) {
                row.region[i] = st.real(8 + i);
            }
        }
        byId.insert(row.id, out.size());
        out.append(row);
    }
    if (libraryHasTable(m_db, QStringLiteral("theme_tags")) && !out.isEmpty()) {
        sql::Statement tags = m_db.prepare(
            QStringLiteral("SELECT t.target_id, th.key, th.label FROM theme_tags t JOIN themes th ON th.id = t.theme_id"
                           " JOIN records r ON r.id = t.target_id"
                           " WHERE t.target_type = 'record' AND t.status <> 'removed' AND %1"
                           " ORDER BY th.ordinal, th.key")
                .arg(lessonRecordCondition(QStringLiteral("r"))));
        while (tags.next()) {
            const auto it = byId.constFind(tags.integer(0));
            if (it != byId.constEnd()) {
                out[*it].themes << tags.text(1);
                out[*it].themeLabels << tags.text(2);
            }
        }
    }
    if (!filter.theme.isEmpty()) {
        out.removeIf([&filter](const LessonRow &r) { return !r.themes.contains(filter.theme); });
    }
    return out;
}

} // namespace evalreview
