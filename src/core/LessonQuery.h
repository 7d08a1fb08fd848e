#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace evalreview {

namespace sql {
class Database;
}

/// SQL condition on the records table under `alias`: a lesson learned, good practice or conclusion.
/// The extraction keeps each such list twice, as plain texts ("lessons_learned") and as texts with
/// their page regions ("lessons_learned_sources"); the list with regions is taken where the
/// document has it, the plain one otherwise, so each lesson counts once.
QString lessonRecordCondition(const QString &alias);

/// Whether the library has `table` (a read-only library of an older format may lack the newer ones).
bool libraryHasTable(sql::Database &db, const QString &table);

/// A lesson learned, good practice or conclusion, with where it is printed.
struct LessonRow
{
    qint64 id = 0; ///< records.id
    qint64 documentId = 0;
    QString documentTitle;
    QString fileName;
    QString kind; ///< lesson_learned, good_practice, conclusion
    int ordinal = 0;
    QString text;
    int page = 0;            ///< 0 when the extraction gave no region
    double region[4] = {};   ///< x0, y0, x1, y1 (0..1, origin top-left) of the first region
    QStringList themes;      ///< theme keys of tags not removed
    QStringList themeLabels; ///< their labels
};

struct LessonFilter
{
    QString search;        ///< every word must be in the text (case and accents folded)
    QString kind;          ///< one of LessonRow::kind, or empty for all
    qint64 documentId = 0; ///< 0: every document
    QString theme;         ///< a theme key, or empty
};

/// Lessons learned, good practices and conclusions across the documents of a library, in document
/// and list order.
class LessonQuery
{
public:
    explicit LessonQuery(sql::Database &db);

    QList<LessonRow> list(const LessonFilter &filter = {});

    /// The kind of a record type ("lessons_learned_sources" -> "lesson_learned"); empty for others.
    static QString kindOfType(const QString &type);
    /// "Lesson learned", "Good practice", "Conclusion".
    static QString kindLabel(const QString &kind);
    static QStringList kinds();

private:
    sql::Database &m_db;
};

} // namespace evalreview
