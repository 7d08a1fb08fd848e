#pragma once

#include <QDate>
#include <QString>

namespace evalreview {

/// The period of the closure rate as a reviewer chooses it: everything due up to today, this year
/// to date, last calendar year, the last twelve months, or two dates of their own. Kept as a
/// choice, so that "this year" is still this year when the window is opened next January.
struct IndicatorPeriod
{
    enum class Kind
    {
        UpToToday,    ///< everything due up to today
        ThisYear,     ///< 1 January of this year to today
        LastYear,     ///< 1 January to 31 December of last year
        Last12Months, ///< the twelve months up to today
        Custom,       ///< `from` to `to`
    };
    Kind kind = Kind::UpToToday;
    QDate from; ///< of a custom period; invalid: from the start
    QDate to;   ///< of a custom period; invalid: up to today

    /// The first day of the period as of `today`; invalid: from the start.
    QDate start(const QDate &today) const;
    /// The last day of the period as of `today`.
    QDate end(const QDate &today) const;

    /// A stable name of the kind, for settings ("up-to-today", "this-year", "last-year",
    /// "last-12-months", "custom").
    static QString keyOf(Kind kind);
    /// The kind of a key; UpToToday for one it does not know.
    static Kind kindOf(const QString &key);

    bool operator==(const IndicatorPeriod &) const = default;
};

} // namespace evalreview
