#include "ThemeStore.h"

#include "LessonQuery.h"
#include "LibraryStore.h"
#include "Sqlite.h"
#include "WordTokens.h"

#include <QDateTime>
#include <QFile>
#include <QSet>

namespace evalreview {

namespace {

const QLatin1String kCsvHeader("key,group,label,keywords_en,keywords_fr,keywords_es");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QStringList splitKeywords(const QString &text)
{
    QStringList out;
    for (const QString &k : text.split(QLatin1Char(';'))) {
        const QString t = k.trimmed();
        if (!t.isEmpty()) {
            out << t;
        }
    }
    return out;
}

/// The rows of an RFC 4180 CSV text: fields separated by commas, quoted with "" inside quotes.
QList<QStringList> csvRows(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            if (any || !field.isEmpty()) {
                row << field;
                rows << row;
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

/// An empty field of a CSV is a null string: the taxonomy's columns take "" instead (NOT NULL).
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))) {
        return value;
    }
    QString q = value;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

ThemeMatcher::ThemeMatcher(const QList<Theme> &themes)
{
    for (int t = 0; t < int(themes.size()); ++t) {
        for (const QString &keyword : themes.at(t).keywords()) {
            Pattern p;
            p.theme = t;
            p.keyword = keyword;
            for (const QString &piece : keyword.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const bool prefix = piece.endsWith(QLatin1Char('*'));
                const QStringList words = foldedWords(piece);
                for (qsizetype i = 0; i < words.size(); ++i) {
                    p.words << words.at(i);
                    // A prefix of fewer than 3 letters would match too much: it is taken whole.
                    p.prefix << (prefix && i + 1 == words.size() && words.at(i).size() >= 3);
                }
            }
            if (p.words.isEmpty()) {
                continue;
            }
            const int index = int(m_patterns.size());
            if (p.prefix.constFirst()) {
                m_byFirstPrefix[p.words.constFirst().left(3)].append(index);
            } else {
                m_byFirstWord[p.words.constFirst()].append(index);
            }
            m_patterns.append(p);
        }
    }
}

QList<QPair<int, QString>> ThemeMatcher::match(const QString &text) const
{
    const QStringList words = foldedWords(text);
    QList<QPair<int, QString>> found;
    QSet<int> seen;
    const auto tryPatterns = [&](const QList<int> &candidates, qsizetype at) {
        for (const int index : candidates) {
            const Pattern &p = m_patterns.at(index);
            if (seen.contains(p.theme) || at + p.words.size() > words.size()) {
                continue;
            }
            bool ok = true;
            for (qsizetype k = 0; k < p.words.size() && ok; ++k) {
                const QString &w = words.at(at + k);
                ok = p.prefix.at(k) ? w.startsWith(p.words.at(k)) : w == p.words.at(k);
            }
            if (ok) {
                seen.insert(p.theme);
                found.append({p.theme, p.keyword});
            }
        }
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        const auto exact = m_byFirstWord.constFind(w);
        if (exact != m_byFirstWord.constEnd()) {
            tryPatterns(*exact, i);
        }
        if (w.size() >= 3) {
            const auto prefix = m_byFirstPrefix.constFind(w.left(3));
            if (prefix != m_byFirstPrefix.constEnd()) {
                tryPatterns(*prefix, i);
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return found;
}

ThemeStore::ThemeStore(sql::Database &db) : m_db(db) {}

QList<Theme> ThemeStore::defaultThemes()
{
    QFile f(QStringLiteral(":/themes/default-themes.csv"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString error;
    return parseCsv(QString::fromUtf8(f.readAll()), &error);
}

QString ThemeStore::joinKeywords(const QStringList &keywords)
{
    return keywords.isEmpty() ? QStringLiteral("") : keywords.join(QStringLiteral("; "));
}

void ThemeStore::fillDefaults(sql::Database &db)
{
    sql::Statement count = db.prepare(QStringLiteral("SELECT count(*) FROM themes"));
    if (count.next() && count.integer(0) > 0) {
        return;
    }
    sql::Statement st =
        db.prepare(QStringLiteral("INSERT INTO themes(key, grp, label, keywords_en, keywords_fr, keywords_es, ordinal)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    int ordinal = 0;
    for (const Theme &t : defaultThemes()) {
        st.reset();
        st.bind(1, t.key).bind(2, notNull(t.group)).bind(3, notNull(t.label)).bind(4, joinKeywords(t.keywordsEn));
        st.bind(5, joinKeywords(t.keywordsFr)).bind(6, joinKeywords(t.keywordsEs)).bind(7, ++ordinal);
        st.run();
    }
}

QList<Theme> ThemeStore::parseCsv(const QString &text, QString *error)
{
    QString body = text;
    if (body.startsWith(QChar(0xFEFF))) {
        body.remove(0, 1);
    }
    const QList<QStringList> rows = csvRows(body);
    if (rows.isEmpty() || rows.constFirst().join(QLatin1Char(',')).trimmed() != kCsvHeader) {
        if (error) {
            *error = QStringLiteral("The first line must be \"%1\".").arg(kCsvHeader);
        }
        return {};
    }
    QList<Theme> out;
    QSet<QString> keys;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows.at(i);
        if (r.size() != 6) {
            if (error) {
                *error = QStringLiteral("Line %1 has %2 fields instead of 6.").arg(i + 1).arg(r.size());
            }
            return {};
        }
        Theme t;
        t.key = r.at(0).trimmed();
        if (t.key.isEmpty() || keys.contains(t.key)) {
            if (error) {
                *error = t.key.isEmpty() ? QStringLiteral("Line %1 has no key.").arg(i + 1)
                                         : QStringLiteral("The key \"%1\" is there twice.").arg(t.key);
            }
            return {};
        }
        keys.insert(t.key);
        t.group = r.at(1).trimmed();
        t.label = r.at(2).trimmed();
        t.keywordsEn = splitKeywords(r.at(3));
        t.keywordsFr = splitKeywords(r.at(4));
        t.keywordsEs = splitKeywords(r.at(5));
        t.ordinal = int(i);
        out.append(t);
    }
    if (out.isEmpty() && error) {
        *error = QStringLiteral("The file holds no theme.");
    }
    return out;
}

QString ThemeStore::toCsv(const QList<Theme> &themes)
{
    QString out = kCsvHeader + QLatin1Char('\n');
    for (const Theme &t : themes) {
        out += QStringList{csvField(t.key),
                           csvField(t.group),
                           csvField(t.label),
                           csvField(joinKeywords(t.keywordsEn)),
                           csvField(joinKeywords(t.keywordsFr)),
                           csvField(joinKeywords(t.keywordsEs))}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return out;
}

QList<Theme> ThemeStore::themes()
{
    QList<Theme> out;
    if (!libraryHasTable(m_db, QStringLiteral("themes"))) {
        return out;
    }
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT id, key, grp, label, keywords_en, keywords_fr, keywords_es, ordinal FROM themes"
                       " ORDER BY ordinal, key"));
    while (st.next()) {
        Theme t;
        t.id = st.integer(0);
        t.key = st.text(1);
        t.group = st.text(2);
        t.label = st.text(3);
        t.keywordsEn = splitKeywords(st.text(4));
        t.keywordsFr = splitKeywords(st.text(5));
        t.keywordsEs = splitKeywords(st.text(6));
        t.ordinal = int(st.integer(7));
        out.append(t);
    }
    return out;
}

void ThemeStore::replaceThemes(const QList<Theme> &themes)
{
    sql::Transaction tx(m_db);
    QSet<QString> keep;
    for (const Theme &t : themes) {
        keep.insert(t.key);
    }
    for (const Theme &old : this->themes()) {
        if (!keep.contains(old.key)) {
            sql::Statement del = m_db.prepare(QStringLiteral("DELETE FROM themes WHERE id = ?"));
            del.bind(1, old.id);
            del.run();
        }
    }
    sql::Statement st =
        m_db.prepare(QStringLiteral("INSERT INTO themes(key, grp, label, keywords_en, keywords_fr, keywords_es, "
                                    "ordinal) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT(key) DO UPDATE SET grp = excluded.grp, label = excluded.label,"
                                    " keywords_en = excluded.keywords_en, keywords_fr = excluded.keywords_fr,"
                                    " keywords_es = excluded.keywords_es, ordinal = excluded.ordinal"));
    int ordinal = 0;
    for (const Theme &t : themes) {
        st.reset();
        st.bind(1, t.key).bind(2, notNull(t.group)).bind(3, notNull(t.label)).bind(4, joinKeywords(t.keywordsEn));
        st.bind(5, joinKeywords(t.keywordsFr)).bind(6, joinKeywords(t.keywordsEs)).bind(7, ++ordinal);
        st.run();
    }
    suggest();
    tx.commit();
}

qint64 ThemeStore::suggest(std::optional<qint64> documentId)
{
    const QList<Theme> taxonomy = themes();
    const ThemeMatcher matcher(taxonomy);
    sql::Transaction tx(m_db);
    const QString scope = documentId ? QStringLiteral(" AND %1 = %2") : QString();
    {
        sql::Statement clear =
            m_db.prepare(QStringLiteral("DELETE FROM theme_tags WHERE status = 'suggested'") +
                         (documentId ? QStringLiteral(" AND document_id = %1").arg(*documentId) : QString()));
        clear.run();
    }
    // Tags are written a batch of rows per statement: one round trip each on a team library.
    struct Pending
    {
        qint64 theme;
        QString targetType;
        qint64 target;
        qint64 document;
        QString keyword;
    };
    constexpr qsizetype kBatch = 250;
    QList<Pending> pending;
    const QString stamp = now();
    qint64 suggested = 0;
    const auto flush = [&] {
        if (pending.isEmpty()) {
            return;
        }
        sql::Statement insert = m_db.prepare(
            QStringLiteral("INSERT INTO theme_tags(theme_id, target_type, target_id, document_id, status, keyword,"
                           " updated_at) VALUES ") +
            QStringList(pending.size(), QStringLiteral("(?, ?, ?, ?, 'suggested', ?, ?)")).join(QStringLiteral(", ")) +
            QStringLiteral(" ON CONFLICT DO NOTHING"));
        int n = 0;
        for (const Pending &t : std::as_const(pending)) {
            insert.bind(n + 1, t.theme).bind(n + 2, t.targetType).bind(n + 3, t.target).bind(n + 4, t.document);
            insert.bind(n + 5, t.keyword).bind(n + 6, stamp);
            n += 6;
        }
        insert.run();
        suggested += m_db.changes();
        pending.clear();
    };
    const auto tagFrom = [&](const QString &targetType, const QString &sqlText, const QString &documentColumn) {
        sql::Statement st =
            m_db.prepare(sqlText + (documentId ? scope.arg(documentColumn).arg(*documentId) : QString()));
        while (st.next()) {
            for (const auto &[theme, keyword] : matcher.match(st.text(2))) {
                pending.append({taxonomy.at(theme).id, targetType, st.integer(0), st.integer(1), keyword});
                if (pending.size() >= kBatch) {
                    flush();
                }
            }
        }
    };
    tagFrom(QStringLiteral("recommendation"),
            QStringLiteral("SELECT r.id, r.document_id, coalesce(r.title, '') || ' ' || r.text FROM recommendations r"
                           " WHERE NOT r.deleted"),
            QStringLiteral("r.document_id"));
    tagFrom(QStringLiteral("action"),
            QStringLiteral("SELECT a.id, r.document_id, a.text FROM actions a JOIN recommendations r"
                           " ON r.id = a.recommendation_id WHERE NOT a.deleted AND NOT r.deleted"),
            QStringLiteral("r.document_id"));
    tagFrom(QStringLiteral("record"),
            QStringLiteral("SELECT r.id, r.document_id, r.text FROM records r WHERE ") +
                lessonRecordCondition(QStringLiteral("r")),
            QStringLiteral("r.document_id"));
    flush();
    tx.commit();
    return suggested;
}

QList<ThemeCount> ThemeStore::counts()
{
    QList<ThemeCount> out;
    if (!libraryHasTable(m_db, QStringLiteral("theme_tags"))) {
        return out;
    }
    sql::Statement st = m_db.prepare(QStringLiteral(
        "SELECT th.key, th.grp, th.label, count(t.id) FILTER (WHERE t.target_type = 'recommendation'),"
        " count(t.id) FILTER (WHERE t.target_type = 'action'), count(t.id) FILTER (WHERE t.target_type = 'record'),"
        " count(t.id) FILTER (WHERE t.status = 'confirmed'), count(DISTINCT t.document_id)"
        " FROM themes th LEFT JOIN theme_tags t ON t.theme_id = th.id AND t.status <> 'removed'"
        " GROUP BY th.id ORDER BY th.ordinal, th.key"));
    while (st.next()) {
        ThemeCount c;
        c.key = st.text(0);
        c.group = st.text(1);
        c.label = st.text(2);
        c.recommendations = st.integer(3);
        c.actions = st.integer(4);
        c.lessons = st.integer(5);
        c.confirmed = st.integer(6);
        c.documents = st.integer(7);
        out.append(c);
    }
    return out;
}

namespace {

/// The columns of a tag as tagAt() reads them: the theme's key (its order among equal ordinals) first.
constexpr auto kTagColumns = "th.key, th.label, t.id, t.target_type, t.target_id, t.status, t.keyword";

ThemeTag tagAt(sql::Statement &st, int first)
{
    ThemeTag tag;
    tag.themeKey = st.text(first);
    tag.themeLabel = st.text(first + 1);
    tag.id = st.integer(first + 2);
    tag.targetType = st.text(first + 3);
    tag.targetId = st.integer(first + 4);
    tag.status = st.text(first + 5);
    tag.keyword = st.text(first + 6);
    return tag;
}

} // namespace

QList<ThemeTag> ThemeStore::tagsOf(const QString &targetType, qint64 targetId)
{
    QList<ThemeTag> out;
    if (!libraryHasTable(m_db, QStringLiteral("theme_tags"))) {
        return out;
    }
    sql::Statement st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM theme_tags t JOIN themes th ON th.id = t.theme_id"
                                    " WHERE t.target_type = ? AND t.target_id = ? ORDER BY th.ordinal, th.key")
                         .arg(QLatin1String(kTagColumns)));
    st.bind(1, targetType).bind(2, targetId);
    while (st.next()) {
        out.append(tagAt(st, 0));
    }
    return out;
}

QList<ThemeTag> ThemeStore::tagsOfRecommendation(qint64 recommendationId)
{
    QList<ThemeTag> out;
    if (!libraryHasTable(m_db, QStringLiteral("theme_tags"))) {
        return out;
    }
    // The recommendation's tags come first (its "action order" 0), then each action's in its order.
    sql::Statement st = m_db.prepare(
        QStringLiteral("SELECT 0 AS part, 0 AS action_order, 0 AS action_id, th.ordinal AS theme_order, %1,"
                       " '' AS code, '' AS action_text"
                       " FROM theme_tags t JOIN themes th ON th.id = t.theme_id"
                       " WHERE t.target_type = 'recommendation' AND t.target_id = ?"
                       " UNION ALL"
                       " SELECT 1, a.ordinal, a.id, th.ordinal, %1, coalesce(a.code, ''), a.text"
                       " FROM actions a JOIN theme_tags t ON t.target_type = 'action' AND t.target_id = a.id"
                       " JOIN themes th ON th.id = t.theme_id WHERE a.recommendation_id = ? AND NOT a.deleted"
                       " ORDER BY 1, 2, 3, 4, 5")
            .arg(QLatin1String(kTagColumns)));
    st.bind(1, recommendationId).bind(2, recommendationId);
    while (st.next()) {
        ThemeTag tag = tagAt(st, 4);
        if (st.integer(0) == 1) {
            const QString code = st.text(11).trimmed();
            tag.actionNumber = code.isEmpty() ? QString::number(st.integer(1)) : code;
            tag.actionText = st.text(12);
        }
        out.append(tag);
    }
    return out;
}

void ThemeStore::refuseIfDecidedMeanwhile(qint64 themeId, const QString &targetType, qint64 targetId,
                                          const QString &status, const QString &seen)
{
    // On a server the tag is locked until the transaction ends, as a follow-up value is.
    sql::Statement current = m_db.prepare(
        QStringLiteral("SELECT t.status, t.updated_by, t.updated_at, h.label FROM theme_tags t JOIN themes h"
                       " ON h.id = t.theme_id WHERE t.theme_id = ? AND t.target_type = ? AND t.target_id = ?%1")
            .arg(m_db.isServer() ? QStringLiteral(" FOR UPDATE OF t") : QString()));
    current.bind(1, themeId).bind(2, targetType).bind(3, targetId);
    if (!current.next() || current.text(0) == seen || current.text(0) == status) {
        return; // nobody decided otherwise meanwhile
    }
    const QString who = current.text(1).isEmpty() ? QStringLiteral("Someone else") : current.text(1);
    const QDateTime when = QDateTime::fromString(current.text(2), Qt::ISODateWithMs);
    throw StoreError(StoreError::Reason::Conflict,
                     QStringLiteral("%1 marked the theme \u201c%2\u201d as %3%4 while you were deciding; your choice "
                                    "(%5) was not saved. The latest is shown now: decide again if yours should "
                                    "stand.")
                         .arg(who, current.text(3), current.text(0),
                              when.isValid()
                                  ? QStringLiteral(" at %1").arg(when.toLocalTime().toString(QStringLiteral("HH:mm")))
                                  : QString(),
                              status));
}

bool ThemeStore::setStatus(const QString &targetType, qint64 targetId, const QString &themeKey, const QString &status,
                           const QString &author, const std::optional<QString> &seen)
{
    QString document;
    if (targetType == QLatin1String("recommendation")) {
        document = QStringLiteral("SELECT document_id FROM recommendations WHERE id = ?");
    } else if (targetType == QLatin1String("action")) {
        document = QStringLiteral("SELECT r.document_id FROM actions a JOIN recommendations r"
                                  " ON r.id = a.recommendation_id WHERE a.id = ?");
    } else if (targetType == QLatin1String("record")) {
        document = QStringLiteral("SELECT document_id FROM records WHERE id = ?");
    } else {
        return false;
    }
    if (!tag_status::all().contains(status)) {
        return false;
    }
    sql::Transaction tx(m_db);
    sql::Statement doc = m_db.prepare(document);
    doc.bind(1, targetId);
    if (!doc.next()) {
        return false;
    }
    const qint64 documentId = doc.integer(0);
    sql::Statement theme = m_db.prepare(QStringLiteral("SELECT id FROM themes WHERE key = ?"));
    theme.bind(1, themeKey);
    if (!theme.next()) {
        return false;
    }
    if (seen) {
        refuseIfDecidedMeanwhile(theme.integer(0), targetType, targetId, status, *seen);
    }
    sql::Statement st = m_db.prepare(QStringLiteral(
        "INSERT INTO theme_tags(theme_id, target_type, target_id, document_id, status, keyword, updated_at, updated_by)"
        " VALUES (?, ?, ?, ?, ?, '', ?, ?) ON CONFLICT(target_type, target_id, theme_id) DO UPDATE SET"
        " status = excluded.status, updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    st.bind(1, theme.integer(0)).bind(2, targetType).bind(3, targetId).bind(4, documentId).bind(5, status);
    st.bind(6, now()).bind(7, author);
    st.run();
    tx.commit();
    return true;
}

} // namespace evalreview
