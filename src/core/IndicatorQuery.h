#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace evalreview {

namespace sql {
class Database;
}

/// Follow-up indicators of one group of recommendations (a document, an organisation, a year, an
/// owner).
struct IndicatorRow
{
    QString group;         ///< document title, organisation, year or owner; "" when unknown
    qint64 documentId = 0; ///< for rows by document
    qint64 recommendations = 0;
    qint64 responses = 0;           ///< recommendations with a management response
    qint64 notActionable = 0;       ///< responses none of whose actions has both a responsible unit and a time frame
    qint64 accepted = 0;            ///< accepted, with reservations or partially
    qint64 acceptedImplemented = 0; ///< of those, follow-up completed
    qint64 due = 0;                 ///< follow-ups due in the period
    qint64 closed = 0;              ///< of those, completed by the end of the period
    qint64 overdue = 0;             ///< open and due before today
    qint64 openDonorRequests = 0;   ///< donor comments that ask for something or disagree, on open records
    /// Days from an evaluation to the management response that answers it, one per pair of
    /// documents of this group (by document: the evaluation's row and the response's; by
    /// organisation and year: the response's).
    QList<qint64> responseDays;

    double closureRate() const { return due > 0 ? double(closed) / double(due) : 0; }
    double implementedShare() const { return accepted > 0 ? double(acceptedImplemented) / double(accepted) : 0; }
    /// The median of responseDays; none when no pair of this group gives both dates.
    std::optional<double> medianResponseDays() const;
};

struct OwnerOverdue
{
    QString owner; ///< "" when the follow-up names none
    qint64 overdue = 0;
};

/// Days from an evaluation's date to the date of the management response that answers it.
struct ResponseTime
{
    qint64 evaluationId = 0;
    QString evaluation;
    qint64 responseId = 0;
    QString response;
    qint64 days = 0;
};

struct Indicators
{
    QDate from; ///< period of the closure rate; invalid: open start
    QDate to;
    QDate today;
    IndicatorRow total;
    QList<IndicatorRow> byDocument;
    QList<IndicatorRow> byOrganisation;
    QList<IndicatorRow> byYear;
    QList<IndicatorRow> byOwner; ///< by the owner of the follow-up ("" none), named in `group`
    QList<OwnerOverdue> overdueByOwner;
    QList<ResponseTime> responseTimes;
};

/// Actionability of management responses and the follow-up indicators evaluation offices report:
/// closure rate of what was due in a period, overdue by owner, time from evaluation to management
/// response, share of accepted recommendations implemented; by document, organisation and year.
class IndicatorQuery
{
public:
    explicit IndicatorQuery(sql::Database &db);

    /// `from`/`to` bound the period of the closure rate (an invalid `from` means from the start;
    /// an invalid `to` means `today`).
    Indicators compute(const QDate &today, const QDate &from = {}, const QDate &to = {});

    /// Counts only these recommendations (those of an export), and the evaluation-to-response
    /// pairs of which one of them is part; an empty set counts none.
    void restrictTo(QSet<qint64> recommendationIds) { m_only = std::move(recommendationIds); }

    /// The date a document speaks of (its date, the end of its evaluation period or programme), as
    /// read from its metadata; invalid when it gives none.
    static QDate documentDate(const QString &metadataJson);
    /// The organisation a document comes from: its metadata, else the first acronym of its title
    /// ("WFP management response" -> "WFP"), else the first part of its file name when the
    /// document prints it as an acronym ("ilo-….pdf" with "ILO Management Response" in its
    /// subtitle); "" when none is found.
    static QString organisationOf(const QString &metadataJson, const QString &fileName, const QString &title);

private:
    sql::Database &m_db;
    std::optional<QSet<qint64>> m_only;
};

} // namespace evalreview
