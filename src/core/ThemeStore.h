#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace evalreview {

namespace sql {
class Database;
}

/// A theme of the taxonomy: an SDG or a cross-cutting theme, with its keywords in three languages.
/// A keyword is a word or phrase; a `*` at the end of a word matches any ending ("disabilit*").
struct Theme
{
    qint64 id = 0;
    QString key;   ///< "sdg8", "gender"
    QString group; ///< "sdg", "cross_cutting" or the reviewer's own
    QString label;
    QStringList keywordsEn;
    QStringList keywordsFr;
    QStringList keywordsEs;
    int ordinal = 0;

    QStringList keywords() const { return keywordsEn + keywordsFr + keywordsEs; }
};

/// Finds the themes whose keywords occur in a text: words compared case and accents folded, on
/// word boundaries ("sustainability" is not "sustainable development", "job" is not "jobless").
class ThemeMatcher
{
public:
    explicit ThemeMatcher(const QList<Theme> &themes);
    /// Each theme found (its index in the list given) with the first keyword that matched.
    QList<QPair<int, QString>> match(const QString &text) const;

private:
    struct Pattern
    {
        int theme = 0;
        QString keyword;
        QStringList words;
        QList<bool> prefix;
    };
    QList<Pattern> m_patterns;
    QHash<QString, QList<int>> m_byFirstWord;   ///< patterns whose first word is matched whole
    QHash<QString, QList<int>> m_byFirstPrefix; ///< by the first 3 letters of a first word matched as a prefix
};

/// How often a theme is tagged (tags not removed), by kind of record.
struct ThemeCount
{
    QString key;
    QString group;
    QString label;
    qint64 recommendations = 0;
    qint64 actions = 0;
    qint64 lessons = 0;
    qint64 confirmed = 0; ///< of all three, confirmed by a reviewer
    qint64 documents = 0; ///< documents with at least one tag of the theme
};

struct ThemeTag
{
    qint64 id = 0;
    QString themeKey;
    QString themeLabel;
    QString targetType; ///< recommendation, action, record
    qint64 targetId = 0;
    QString status; ///< suggested, confirmed, removed
    QString keyword;
    /// Of an action's tag (targetType "action") listed with its recommendation's: the action's number
    /// in the response as its detail shows it (its code, else its order) and its text.
    QString actionNumber;
    QString actionText;
};

namespace tag_status {
inline const QString Suggested = QStringLiteral("suggested");
inline const QString Confirmed = QStringLiteral("confirmed");
inline const QString Removed = QStringLiteral("removed");
inline QStringList all()
{
    return {Suggested, Confirmed, Removed};
}
} // namespace tag_status

/// The library's theme taxonomy and the theme tags of recommendations, actions and lessons.
/// Tags are suggested from keywords; a reviewer confirms or removes them, and those decisions stay
/// when the suggestions are made again (after a change of keywords, or for a new document).
class ThemeStore
{
public:
    explicit ThemeStore(sql::Database &db);

    /// The taxonomy shipped with the program (the 17 SDGs and cross-cutting themes).
    static QList<Theme> defaultThemes();
    /// Writes defaultThemes() into an empty taxonomy (the schema step that adds themes calls it;
    /// the team library's step does the same on its server).
    static void fillDefaults(sql::Database &db);
    /// Keywords as the themes table holds them: separated by "; ".
    static QString joinKeywords(const QStringList &keywords);

    /// CSV with the header key,group,label,keywords_en,keywords_fr,keywords_es; keywords separated
    /// by ";". Empty with `error` set when the text is not such a CSV.
    static QList<Theme> parseCsv(const QString &text, QString *error);
    static QString toCsv(const QList<Theme> &themes);

    QList<Theme> themes();
    /// Replaces the taxonomy with `themes` (by key: a kept key keeps its reviewers' tags, a key no
    /// longer there loses them) and suggests the tags again. One transaction.
    void replaceThemes(const QList<Theme> &themes);

    /// Suggests the tags of one document, or of the whole library: suggestions are made anew from
    /// the keywords, confirmed and removed tags are kept. Returns the number of suggested tags.
    qint64 suggest(std::optional<qint64> documentId = std::nullopt);

    QList<ThemeCount> counts();
    QList<ThemeTag> tagsOf(const QString &targetType, qint64 targetId);
    /// The tags of a recommendation (by theme), then those of its actions not deleted (by action in
    /// the order of the response, then by theme), each action's with its number and text. One query.
    QList<ThemeTag> tagsOfRecommendation(qint64 recommendationId);
    /// Confirms or removes the tag of `themeKey` on a record (a confirmed tag is created when there was
    /// none). False when the theme or the record does not exist. `seen`: the status the reviewer saw
    /// (empty: no tag); when someone else decided otherwise meanwhile, nothing is saved and a
    /// StoreError (Reason::Conflict) says who decided what and when.
    bool setStatus(const QString &targetType, qint64 targetId, const QString &themeKey, const QString &status,
                   const QString &author, const std::optional<QString> &seen = std::nullopt);

private:
    /// Throws StoreError (Conflict) when the tag's status is neither `seen` nor `status`.
    void refuseIfDecidedMeanwhile(qint64 themeId, const QString &targetType, qint64 targetId, const QString &status,
                                  const QString &seen);

    sql::Database &m_db;
};

} // namespace evalreview
