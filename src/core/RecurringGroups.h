#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace evalreview {

namespace sql {
class Database;
}

/// A recommendation as the grouping sees it.
struct RecurringInput
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString text;
};

struct RecurringOptions
{
    /// Least Jaccard similarity of two recommendations' word sets (content words, case and accents
    /// folded, endings cut at 7 letters) for them to say the same thing.
    double threshold = 0.5;
    /// How many of its rarest words each recommendation is filed under (its blocking keys).
    int blockWords = 5;
    /// A word found in more recommendations than this is no key (it says little, and would make the
    /// search quadratic); 0: 1% of the recommendations, at least 50.
    int maxBlock = 0;
    /// Asked now and then (from the thread computing); true: stop, and store nothing.
    std::function<bool()> cancelled;
};

/// One group found: its members with the best similarity each has to another member.
struct FoundGroup
{
    std::vector<std::pair<qint64, double>> members; ///< recommendation id, similarity
    int documents = 0;
};

/// Groups recommendations of different documents whose word sets are similar (Jaccard >= threshold).
/// Blocking by rare words keeps it near linear: each recommendation is filed under its rarest
/// words, and only recommendations filed together under two of them (one when either has a single
/// key) are compared, word set against word set. `apart` holds pairs (smaller id first) that must
/// not be joined: a reviewer's splits, a response and the recommendation it answers. Cancelled
/// (RecurringOptions::cancelled), it returns what it found so far.
std::vector<FoundGroup> findRecurringGroups(const std::vector<RecurringInput> &input, const RecurringOptions &options,
                                            const QSet<std::pair<qint64, qint64>> &apart = {});

struct RecurringGroup
{
    qint64 id = 0;
    QString label; ///< the shortest member's text, cut
    int documents = 0;
    int members = 0;
};

struct RecurringMember
{
    qint64 recommendationId = 0;
    qint64 documentId = 0;
    QString documentTitle;
    QString code;
    QString text;
    int page = 0;
    double similarity = 0;
};

struct RecurringReport
{
    qint64 recommendations = 0;
    qint64 groups = 0;
    qint64 grouped = 0; ///< recommendations in a group
    double seconds = 0;
    bool cancelled = false; ///< stopped by RecurringOptions::cancelled: the groups are as they were
};

/// The persisted groups of recurring recommendations ("seen in N evaluations").
class RecurringStore
{
public:
    explicit RecurringStore(sql::Database &db);

    /// Finds the groups of the whole library again and stores them in place of the old ones (one
    /// transaction). Reviewers' splits are kept and respected. Cancelled (options.cancelled), it
    /// stores nothing and says so in the report.
    RecurringReport compute(const RecurringOptions &options = {});

    /// Groups seen in at least `minDocuments` documents, most documents first.
    QList<RecurringGroup> groups(int minDocuments = 2, int limit = -1);
    std::optional<RecurringGroup> group(qint64 groupId);
    QList<RecurringMember> members(qint64 groupId);
    /// The group of a recommendation, if it is in one.
    std::optional<qint64> groupOf(qint64 recommendationId);

    /// Takes `recommendationId` out of its group: it is remembered as different from every other
    /// member, so computing again does not put it back. A group left with one document goes.
    /// False when the recommendation is in no group.
    bool split(qint64 recommendationId, const QString &author);

private:
    sql::Database &m_db;
};

} // namespace evalreview
