#pragma once

#include "IndicatorQuery.h"

#include <QStringList>

namespace evalreview {

/// One line of the follow-up indicators as the exports write them: the whole (grouping "All") or
/// one group of a grouping ("Document", "Organisation", "Year", "Owner").
struct IndicatorLine
{
    QString grouping;
    IndicatorRow row;
};

/// The lines of `indicators`: all first, then by document, organisation, year and owner.
QList<IndicatorLine> indicatorLines(const Indicators &indicators);

/// The columns of an indicator table: grouping and group, the counts, the shares (empty where there
/// is nothing to divide by), the median days to response, and the period (from, to; an empty
/// "from" is the start) and the day overdue was counted on.
QStringList indicatorHeaders();

/// What a group with no name stands for: "(no owner)" for an owner, else "(unknown)".
QString indicatorGroupLabel(const IndicatorLine &line);

/// The cells of one line in the order of indicatorHeaders(), as text: shares as decimals with three
/// places ("0.667"), dates as yyyy-MM-dd.
QStringList indicatorCells(const IndicatorLine &line, const Indicators &indicators);

/// The value of a column of indicatorHeaders() that holds a number, for writers that type cells:
/// counts, shares (0..1, exact) and the median days; none for a text column or an empty cell.
std::optional<double> indicatorNumber(const IndicatorLine &line, int column);
/// Whether a column of indicatorHeaders() holds a share (0..1).
bool indicatorColumnIsShare(int column);

/// The period of the closure rate in words: "2025-01-01 to 2025-12-31", "the start to 2026-06-01".
QString indicatorPeriodText(const Indicators &indicators);

} // namespace evalreview
