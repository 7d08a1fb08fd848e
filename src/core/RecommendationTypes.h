#pragma once

#include "Model.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace evalreview {

/// What the recommendations table shows: every set criterion must hold. Empty strings mean "any".
struct RecommendationFilter
{
    QString documentKind;
    qint64 documentId = 0;
    QString programme;
    QString section;
    QString priority;
    QString responseCategory;
    QString donor;
    QString status; ///< a followup_status value; records without follow-up count as not started
    QString theme;  ///< a theme key: recommendations with a tag of it that a reviewer did not remove
    bool overdueOnly = false;
    bool withDonorComment = false;
    QDate dueFrom;               ///< due on or after this day (invalid: no lower bound)
    QDate dueTo;                 ///< due on or before this day (invalid: no upper bound)
    bool withoutDueDate = false; ///< only records with no due date
    QString text;                ///< full-text filter over recommendation, response, action and donor comment text
    QDate today;                 ///< the reference day for "overdue"; invalid means the current date
    /// Only recommendations a reviewer marked verified (true) or not yet verified (false).
    std::optional<bool> verified;
    bool withDeleted = false;    ///< also the recommendations a reviewer deleted (marked, kept)
    qint64 recommendationId = 0; ///< only this recommendation (to refresh one row)

    bool operator==(const RecommendationFilter &) const = default;
};

enum class RecommendationSort
{
    DocumentOrder,
    Code,
    Section,
    Title,
    Priority,
    Timing,
    ResponseCategory,
    DonorComments,
    Status,
    DueDate,
    Owner,
};

/// One line of the recommendations table.
struct RecommendationRow
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString code;
    QString section;
    QString title; ///< the lead phrase, or the start of the text when there is none
    QString priority;
    QString timing;
    QString responseCategory;
    int donorCommentCount = 0;
    QString status;
    QDate dueDate;
    QString owner;
    int page = 0;
    qint64 ordinal = 0;    ///< position in its document
    QVariant sortKey;      ///< the value of the sort column (for RecommendationQuery::rowsAfter)
    bool edited = false;   ///< a reviewer corrected one of its fields (see CorrectionStore)
    bool verified = false; ///< a reviewer signed it off
    bool added = false;    ///< a reviewer added it (drawn on a page)
    bool deleted = false;  ///< a reviewer deleted it (listed only with RecommendationFilter::withDeleted)
    int seenIn = 0;        ///< evaluations its recurring group spans (0: in no group)
};

enum class Facet
{
    Document,
    Section,
    Priority,
    ResponseCategory,
    Donor,
    Status,
    Theme, ///< a theme tag not removed (ThemeStore)
};

/// A value a facet can take, with how many recommendations have it under the other criteria.
struct FacetValue
{
    QString value;
    QString label;
    qint64 count = 0;
};

struct ActionDetail
{
    qint64 id = 0;
    int number = 0;
    QString code;
    QString text;
    QString timeFrame;
    QString responsible;
    QString status;
    QString comments;
    QList<Anchor> anchors;
    bool added = false;                ///< drawn by a reviewer
    QHash<QString, QString> extracted; ///< corrected field -> the value the extraction gave
};

struct DonorCommentDetail
{
    qint64 id = 0;
    QString donor;
    QString text;
    QList<Anchor> anchors;
    bool added = false;
    QHash<QString, QString> extracted;
};

struct FollowUpChange
{
    QDateTime at;
    QString author;
    QString field;
    QString oldValue;
    QString newValue;
};

/// The reviewer's follow-up of one recommendation; defaults when nothing was recorded yet.
struct FollowUpState
{
    bool recorded = false;
    QString status = followup_status::NotStarted;
    QString owner;
    QDate dueDate;
    bool dueDerived = false;
    QString note;
    QDateTime updatedAt;
    QString updatedBy;
    QList<FollowUpChange> history; ///< oldest first
};

/// Everything the detail view shows about one recommendation.
struct RecommendationDetail
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString documentTitle;
    QString sourcePath;
    QString sourceSha256; ///< of the file as it was imported
    QString sourceFormat;
    QString code;
    QString section;
    QString title;
    QString text;
    QStringList addressedTo;
    QString priority;
    QString resourceImplications;
    QString timing;
    int page = 0;
    QString responseCategory;
    QString responseText;
    QList<ActionDetail> actions;
    QList<DonorCommentDetail> donorComments;
    FollowUpState followUp;
    /// Source regions per field ("" = the whole record, "text", "response_text", ...).
    QHash<QString, QList<Anchor>> anchors;
    bool added = false;    ///< drawn by a reviewer
    bool verified = false; ///< signed off by a reviewer
    bool deleted = false;  ///< deleted by a reviewer (kept, marked)
    /// Corrected fields (CorrectionStore names: "text", "response_category", ...) -> extracted value.
    QHash<QString, QString> extracted;

    /// The regions of `field`, falling back to those of the whole record.
    QList<Anchor> anchorsFor(const QString &field) const;
};

/// Where a document's pages come from.
struct DocumentSource
{
    qint64 id = 0;
    QString title;
    QString path;
    QString format;
    int pageCount = 0;
};

/// A highlighted region on a page and the recommendation it belongs to.
struct PageRegion
{
    qint64 recommendationId = 0; ///< 0 for regions of other records
    QString ownerType;
    qint64 ownerId = 0;
    QString field;
    Anchor anchor;
};

namespace response_category {
QStringList all();
/// "accepted_with_reservations" -> "Accepted with reservations".
QString label(const QString &category);
} // namespace response_category

} // namespace evalreview
