#include "IndicatorExport.h"

namespace evalreview {

namespace {

enum Column
{
    Grouping,
    Group,
    Recommendations,
    Responses,
    NotActionable,
    Accepted,
    AcceptedImplemented,
    ImplementedShare,
    Due,
    Closed,
    ClosureRate,
    Overdue,
    OpenDonorRequests,
    MedianDays,
    PeriodFrom,
    PeriodTo,
    OverdueAsOf,
    ColumnCount
};

QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(double(part) / double(whole), 'f', 3) : QString();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QList<IndicatorLine> indicatorLines(const Indicators &indicators)
{
    QList<IndicatorLine> lines{{QStringLiteral("All"), indicators.total}};
    lines.front().row.group = QStringLiteral("All recommendations");
    for (const auto &[grouping, rows] : {std::pair{QStringLiteral("Document"), &indicators.byDocument},
                                         std::pair{QStringLiteral("Organisation"), &indicators.byOrganisation},
                                         std::pair{QStringLiteral("Year"), &indicators.byYear},
                                         std::pair{QStringLiteral("Owner"), &indicators.byOwner}}) {
        for (const IndicatorRow &row : *rows) {
            lines.append({grouping, row});
        }
    }
    return lines;
}

QStringList indicatorHeaders()
{
    return {QStringLiteral("Grouping"),
            QStringLiteral("Group"),
            QStringLiteral("Recommendations"),
            QStringLiteral("Responses"),
            QStringLiteral("Responses not actionable"),
            QStringLiteral("Accepted"),
            QStringLiteral("Accepted and implemented"),
            QStringLiteral("Implemented share"),
            QStringLiteral("Due in period"),
            QStringLiteral("Closed by period end"),
            QStringLiteral("Closure rate"),
            QStringLiteral("Overdue"),
            QStringLiteral("Open donor requests"),
            QStringLiteral("Median days from evaluation to response"),
            QStringLiteral("Period from"),
            QStringLiteral("Period to"),
            QStringLiteral("Overdue as of")};
}

QString indicatorGroupLabel(const IndicatorLine &line)
{
    if (!line.row.group.isEmpty()) {
        return line.row.group;
    }
    return line.grouping == QLatin1String("Owner") ? QStringLiteral("(no owner)") : QStringLiteral("(unknown)");
}

QStringList indicatorCells(const IndicatorLine &line, const Indicators &indicators)
{
    const IndicatorRow &r = line.row;
    const std::optional<double> median = r.medianResponseDays();
    QStringList cells(ColumnCount);
    cells[Grouping] = line.grouping;
    cells[Group] = indicatorGroupLabel(line);
    cells[Recommendations] = QString::number(r.recommendations);
    cells[Responses] = QString::number(r.responses);
    cells[NotActionable] = QString::number(r.notActionable);
    cells[Accepted] = QString::number(r.accepted);
    cells[AcceptedImplemented] = QString::number(r.acceptedImplemented);
    cells[ImplementedShare] = share(r.acceptedImplemented, r.accepted);
    cells[Due] = QString::number(r.due);
    cells[Closed] = QString::number(r.closed);
    cells[ClosureRate] = share(r.closed, r.due);
    cells[Overdue] = QString::number(r.overdue);
    cells[OpenDonorRequests] = QString::number(r.openDonorRequests);
    cells[MedianDays] = median ? QString::number(*median, 'f', *median == qint64(*median) ? 0 : 1) : QString();
    cells[PeriodFrom] = isoDate(indicators.from);
    cells[PeriodTo] = isoDate(indicators.to);
    cells[OverdueAsOf] = isoDate(indicators.today);
    return cells;
}

bool indicatorColumnIsShare(int column)
{
    return column == ImplementedShare || column == ClosureRate;
}

std::optional<double> indicatorNumber(const IndicatorLine &line, int column)
{
    const IndicatorRow &r = line.row;
    switch (Column(column)) {
    case Recommendations:
        return double(r.recommendations);
    case Responses:
        return double(r.responses);
    case NotActionable:
        return double(r.notActionable);
    case Accepted:
        return double(r.accepted);
    case AcceptedImplemented:
        return double(r.acceptedImplemented);
    case ImplementedShare:
        return r.accepted > 0 ? std::optional(r.implementedShare()) : std::nullopt;
    case Due:
        return double(r.due);
    case Closed:
        return double(r.closed);
    case ClosureRate:
        return r.due > 0 ? std::optional(r.closureRate()) : std::nullopt;
    case Overdue:
        return double(r.overdue);
    case OpenDonorRequests:
        return double(r.openDonorRequests);
    case MedianDays:
        return r.medianResponseDays();
    case Grouping:
    case Group:
    case PeriodFrom:
    case PeriodTo:
    case OverdueAsOf:
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

QString indicatorPeriodText(const Indicators &indicators)
{
    return QStringLiteral("%1 to %2")
        .arg(indicators.from.isValid() ? isoDate(indicators.from) : QStringLiteral("the start"),
             isoDate(indicators.to));
}

} // namespace evalreview
