#include "ChartTable.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QHeaderView>
#include <QLineSeries>
#include <QLocale>

namespace evalreview {

namespace {

QTableWidgetItem *figure(qreal value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value, 'f', 0));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ChartTable::ChartTable(const QString &objectName, QWidget *parent) : QTableWidget(parent)
{
    setObjectName(objectName);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void ChartTable::mirror(const QChart &chart)
{
    clear();
    setAccessibleName(chart.title());
    setAccessibleDescription(tr("The figures of the chart \u201c%1\u201d").arg(chart.title()));
    const QList<QAbstractSeries *> series = chart.series();
    if (series.isEmpty()) {
        setRowCount(0);
        setColumnCount(0);
        return;
    }
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series.first())) {
        QStringList categories;
        for (QAbstractAxis *axis : chart.axes()) { // bars left to right or, horizontal, bottom up
            if (auto *x = qobject_cast<QBarCategoryAxis *>(axis)) {
                categories = x->categories();
            }
        }
        const QList<QBarSet *> sets = bars->barSets();
        setRowCount(int(categories.size()));
        setColumnCount(int(sets.size()));
        setVerticalHeaderLabels(categories);
        for (int c = 0; c < sets.size(); ++c) {
            setHorizontalHeaderItem(c, new QTableWidgetItem(sets.at(c)->label()));
            for (int r = 0; r < categories.size() && r < sets.at(c)->count(); ++r) {
                setItem(r, c, figure(sets.at(c)->at(r)));
            }
        }
        return;
    }
    if (auto *line = qobject_cast<QLineSeries *>(series.first())) {
        const QList<QPointF> points = line->points();
        setRowCount(int(points.size()));
        setColumnCount(1);
        setHorizontalHeaderItem(0, new QTableWidgetItem(line->name()));
        QStringList months;
        for (int r = 0; r < points.size(); ++r) {
            const QDate month = QDateTime::fromMSecsSinceEpoch(qint64(points.at(r).x())).date();
            months << QLocale().toString(month, QStringLiteral("MMMM yyyy"));
            setItem(r, 0, figure(points.at(r).y()));
        }
        setVerticalHeaderLabels(months);
    }
}

} // namespace evalreview
