#pragma once

#include <QTableWidget>

class QChart;

namespace evalreview {

/// The figures of a dashboard chart as a table: a keyboard and screen-reader reachable alternative
/// to the picture. Rows are the chart's categories (bars) or points (lines), columns its series.
class ChartTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ChartTable(const QString &objectName, QWidget *parent = nullptr);

    /// Shows what `chart` draws now, titled as the chart.
    void mirror(const QChart &chart);
};

} // namespace evalreview
