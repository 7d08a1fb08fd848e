#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace evalreview {

/// The document kinds the classifier names.
namespace kinds {
inline const QString ManagementResponse = QStringLiteral("management_response");
inline const QString EvaluationReport = QStringLiteral("evaluation_report");
inline const QString ProgressReport = QStringLiteral("progress_report");
inline const QString Newsletter = QStringLiteral("newsletter");
inline const QString FinalReport = QStringLiteral("final_report");
/// A document of no kind above (terms of reference, an inception report, a case study, or
/// anything else): its text is searchable, no record is extracted.
inline const QString Other = QStringLiteral("other");
/// What libraries before schema v6 stored for "other"; still read.
inline const QString Unknown = QStringLiteral("unknown");
QStringList all();
} // namespace kinds

/// Follow-up states a reviewer can set, in workflow order.
namespace followup_status {
inline const QString NotStarted = QStringLiteral("not_started");
inline const QString InProgress = QStringLiteral("in_progress");
inline const QString PartiallyCompleted = QStringLiteral("partially_completed");
inline const QString Completed = QStringLiteral("completed");
inline const QString NoLongerRelevant = QStringLiteral("no_longer_relevant");
QStringList all();
QString label(const QString &status); ///< "Not started", ...
/// The status a person typed, by key ("in_progress") or as the app shows it ("In progress",
/// "in-progress"); empty when it names none.
QString fromText(const QString &text);
/// Closed: completed or no longer relevant. Every other status, and no follow-up at all, is open.
bool isClosed(const QString &status);
} // namespace followup_status

/// The same rules as SQL fragments, written once for every query (string literals, so that the
/// queries stay constant text and keep their plans).
/// The statuses a recommendation is closed in.
#define EVALREVIEW_SQL_CLOSED_STATUSES "('completed', 'no_longer_relevant')"
/// The statuses a reviewer set: every one but 'not_started' (a record without a follow-up row is
/// not started either).
#define EVALREVIEW_SQL_STARTED_STATUSES "('in_progress', 'partially_completed', 'completed', 'no_longer_relevant')"

/// A region of a source page (normalised 0..1, origin top-left); `ref` names a DOCX table row.
struct Anchor
{
    int page = 0;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    QString field;
    QString ref;
};

/// One page's plain text, for search and display.
struct PageText
{
    int number = 0;
    double widthPt = 0;
    double heightPt = 0;
    QString text;
};

/// What an import hands to the store: the file, its pages and the extraction JSON.
struct ImportPayload
{
    QString fileName;
    QString sourcePath;
    QString sha256;
    QString sourceFormat; ///< "pdf" or "docx"
    QString kind;
    QString title;
    QList<PageText> pages;
    QJsonObject extraction; ///< the contract of `evalreview-cli extract`
    /// An earlier version of this document to replace in the same transaction (0: none). Its
    /// reviewer data is carried over to the matching records of the new version (code and text,
    /// see RevisionCarryOver); what matches nothing is kept, unlinked, and listed in ImportOutcome.
    qint64 replaces = 0;
};

struct DocumentSummary
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString title;
    QString kind;
    QString programme;
    QString sourceFormat;
    int pageCount = 0;
    int recommendationCount = 0; ///< without those a reviewer deleted
    int verifiedCount = 0;       ///< recommendations a reviewer signed off
    int recordCount = 0;
    QDateTime importedAt;
    QStringList extractionWarnings; ///< where the extraction was unsure (its report's warnings)
};

struct LibraryStats
{
    qint64 documents = 0;
    qint64 pages = 0;
    qint64 recommendations = 0;
    qint64 actions = 0;
    qint64 donorComments = 0;
    qint64 records = 0;
    qint64 followups = 0;
    qint64 verified = 0;    ///< recommendations a reviewer signed off
    qint64 corrections = 0; ///< fields a reviewer corrected
    int schemaVersion = 0;
    qint64 fileBytes = 0;
};

struct CheckReport
{
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

struct SearchHit
{
    qint64 documentId = 0;
    QString documentTitle;
    int page = 0;       ///< 0 when the hit has no page
    QString sourceType; ///< page, recommendation, response, action, donor_comment, record, note
    qint64 sourceId = 0;
    qint64 recommendationId = 0; ///< the recommendation the hit belongs to, 0 if none
    QString snippet;             ///< with [ and ] around matched terms
    double score = 0;
};

struct SearchResult
{
    QList<SearchHit> hits;
    qint64 estimatedTotal = 0;
    /// Set by a team library's search when estimatedTotal was estimated from part of the matches
    /// rather than counted (shown as "about N"). The library file's search does not set it.
    bool totalIsEstimate = false;
    double elapsedMs = 0;
    QString message; ///< set when the query could not be understood as typed
};

} // namespace evalreview

Q_DECLARE_METATYPE(evalreview::SearchHit)
