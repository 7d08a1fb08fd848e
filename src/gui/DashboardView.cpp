#include "DashboardView.h"

#include "ChartTable.h"
#include "DashboardQuery.h"
#include "DisplayLabels.h"
#include "FollowUpSettings.h"
#include "FontUnits.h"
#include "LibrarySession.h"
#include "RecommendationTypes.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <map>

namespace evalreview {

namespace {

constexpr int kMaxGroups = 16; ///< bars per chart; the smallest groups beyond are left out

QChartView *makeChartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::TabFocus); // bars are clicked; Tab reaches the chart for a screen reader
    view->setMinimumSize(font_units::chars(view, 45), font_units::lines(view, 15));
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setLocale(QLocale()); // month names of the date axis in the window's language
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

void resetChart(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
}

/// Stacked bars: one bar per group, a segment per value. Returns the groups in bar order.
QStringList stackedBars(QChart *chart, const QList<GroupCount> &counts, const QStringList &valueOrder,
                        const std::function<QString(const QString &)> &valueLabel, const QString &emptyGroup)
{
    std::map<QString, qint64> totals;
    for (const GroupCount &g : counts) {
        totals[g.group] += g.count;
    }
    QStringList groups;
    for (const auto &[group, total] : totals) {
        groups << group;
    }
    if (groups.size() > kMaxGroups) { // keep the largest, in their own order
        std::stable_sort(groups.begin(), groups.end(),
                         [&totals](const QString &a, const QString &b) { return totals[a] > totals[b]; });
        groups = groups.mid(0, kMaxGroups);
        std::sort(groups.begin(), groups.end());
    }
    if (groups.removeAll(QString()) > 0) {
        groups.append(QString()); // "no section" / "no due date" last
    }
    QStringList values = valueOrder;
    for (const GroupCount &g : counts) {
        if (!values.contains(g.value)) {
            values << g.value;
        }
    }
    auto *series = new QStackedBarSeries;
    for (const QString &value : values) {
        QList<qreal> heights(groups.size(), 0);
        bool any = false;
        for (const GroupCount &g : counts) {
            const int i = int(groups.indexOf(g.group));
            if (g.value == value && i >= 0) {
                heights[i] = qreal(g.count);
                any = true;
            }
        }
        if (!any) {
            continue;
        }
        auto *set = new QBarSet(valueLabel(value));
        set->setProperty("value", value);
        set->append(heights);
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    QStringList labels;
    for (const QString &g : groups) {
        labels << (g.isEmpty() ? emptyGroup : g);
    }
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->applyNiceNumbers();
    return groups;
}

} // namespace

DashboardView::DashboardView(LibrarySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_overdue(new QPushButton(tr("Show overdue"), this)),
      m_acceptance(makeChartView(QStringLiteral("acceptanceChart"), this)),
      m_status(makeChartView(QStringLiteral("statusChart"), this)),
      m_closure(makeChartView(QStringLiteral("closureChart"), this)),
      m_donors(makeChartView(QStringLiteral("donorChart"), this)), m_busy(new QProgressBar(this)),
      m_asTables(new QPushButton(tr("Show as &Tables"), this)), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_overdue->setObjectName(QStringLiteral("showOverdue"));
    m_overdue->setToolTip(tr("Show the overdue recommendations in the table"));
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setRange(0, 0); // busy: no measure of how far
    m_busy->setMaximumWidth(font_units::chars(m_busy, 15));
    m_busy->setAccessibleName(tr("Reading the library"));
    m_busy->setToolTip(tr("Reading the library…"));
    m_busy->hide();
    connect(&m_session, &LibrarySession::readDone, this, [this](LibrarySession::ReadChannel channel) {
        if (channel == LibrarySession::ReadChannel::Dashboard && m_drawing.isEmpty()) {
            m_busy->hide();
        }
    });
    top->addWidget(m_summary, 1);
    top->addWidget(m_busy);
    top->addWidget(m_overdue);
    top->addWidget(m_asTables);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    addPage({m_acceptance, m_status, m_closure, m_donors});
    for (QChartView *chart : {m_acceptance, m_status, m_closure, m_donors}) {
        auto *table = new ChartTable(chart->objectName() + QStringLiteral("Table"), this);
        m_tables.insert(chart, table);
    }
    addPage(
        {m_tables.value(m_acceptance), m_tables.value(m_status), m_tables.value(m_closure), m_tables.value(m_donors)});
    m_asTables->setObjectName(QStringLiteral("dashboardAsTables"));
    m_asTables->setCheckable(true);
    m_asTables->setToolTip(tr("Show the figures of the charts as tables"));
    connect(m_asTables, &QPushButton::toggled, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_overdue, &QPushButton::clicked, this, [this] {
        DashboardPick pick;
        pick.overdue = true;
        Q_EMIT filterRequested(pick);
    });
}

void DashboardView::addPage(const QList<QWidget *> &four)
{
    auto *page = new QWidget(m_pages);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < four.size(); ++i) {
        grid->addWidget(four.at(i), i / 2, i % 2);
    }
    m_pages->addWidget(page);
}

void DashboardView::mirror(QChartView *chart)
{
    const QString title = chart->chart()->title();
    chart->setAccessibleName(title);
    chart->setAccessibleDescription(tr("Chart; its figures are also shown by Show as Tables"));
    m_tables.value(chart)->mirror(*chart->chart());
}

void DashboardView::invalidate()
{
    m_dirty = true;
    if (isVisible()) {
        reload();
    }
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        reload();
    }
}

void DashboardView::reload()
{
    m_dirty = false;
    if (!m_session.isOpen()) {
        return;
    }
    // read on the library's reader thread; the charts keep the last figures until the new come
    const QDate today = QDate::currentDate();
    const int months = followup_settings::staleMonths();
    m_busy->show();
    QPointer<DashboardView> self(this);
    m_session.read<DashboardFigures>(
        LibrarySession::ReadChannel::Dashboard,
        [today, months](sql::Database &db) { return DashboardQuery(db).all(today, months); },
        [self, months](DashboardFigures figures) {
            if (self) {
                self->showFigures(figures, months);
            }
        });
}

bool DashboardView::isLoading() const
{
    return m_session.isReading(LibrarySession::ReadChannel::Dashboard) || !m_drawing.isEmpty();
}

void DashboardView::drawNext()
{
    if (m_drawing.isEmpty()) {
        return;
    }
    m_drawing.takeFirst()();
    if (m_drawing.isEmpty()) {
        m_busy->setVisible(m_session.isReading(LibrarySession::ReadChannel::Dashboard));
    } else {
        QTimer::singleShot(0, this, &DashboardView::drawNext);
    }
}

void DashboardView::showFigures(const DashboardFigures &figures, int months)
{
    auto counted = [](qint64 n, const QString &one, const QString &many) { return (n == 1 ? one : many).arg(n); };
    m_summary->setText(QStringList{
        counted(figures.recommendations, tr("%1 recommendation"), tr("%1 recommendations")),
        counted(figures.overdue, tr("%1 overdue", "one recommendation"), tr("%1 overdue", "several recommendations")),
        counted(figures.stale, tr("%1 without update for %2 months", "one recommendation"),
                tr("%1 without update for %2 months", "several recommendations"))
            .arg(months)}
                           .join(QStringLiteral(" · ")));
    m_overdue->setEnabled(figures.overdue > 0);
    // one chart per turn of the event loop: building a chart takes a frame or so, four at once
    // would hold the window for longer than a frame
    const bool started = !m_drawing.isEmpty();
    m_drawing = {[this, counts = figures.acceptanceBySection] { fillAcceptance(counts); },
                 [this, counts = figures.statusByDueQuarter] { fillStatus(counts); },
                 [this, points = figures.closureOverTime] { fillClosure(points); },
                 [this, donors = figures.donorActivity] { fillDonors(donors); }};
    if (!started) {
        drawNext();
    }
}

void DashboardView::fillAcceptance(const QList<GroupCount> &counts)
{
    QChart *chart = m_acceptance->chart();
    resetChart(chart, tr("Acceptance by section / country"));
    const QStringList sections = stackedBars(
        chart, counts, response_category::all(),
        [](const QString &c) { return c.isEmpty() ? tr("No response") : display::responseCategory(c); }, tr("(none)"));
    for (QBarSet *set : static_cast<QStackedBarSeries *>(chart->series().first())->barSets()) {
        connect(set, &QBarSet::clicked, this, [this, set, sections](int index) {
            DashboardPick pick;
            pick.section = sections.value(index);
            pick.responseCategory = set->property("value").toString();
            Q_EMIT filterRequested(pick);
        });
    }
    mirror(m_acceptance);
}

void DashboardView::fillStatus(const QList<GroupCount> &counts)
{
    QChart *chart = m_status->chart();
    resetChart(chart, tr("Follow-up status by due quarter"));
    const QStringList quarters = stackedBars(
        chart, counts, followup_status::all(), [](const QString &s) { return display::followUpStatus(s); },
        tr("No due date"));
    for (QBarSet *set : static_cast<QStackedBarSeries *>(chart->series().first())->barSets()) {
        connect(set, &QBarSet::clicked, this, [this, set, quarters](int index) {
            DashboardPick pick;
            pick.status = set->property("value").toString();
            const QString quarter = quarters.value(index);
            if (quarter.isEmpty()) {
                pick.withoutDueDate = true;
                pick.dueLabel = tr("No due date");
            } else {
                std::tie(pick.dueFrom, pick.dueTo) = DashboardQuery::quarterRange(quarter);
                pick.dueLabel = quarter;
            }
            Q_EMIT filterRequested(pick);
        });
    }
    mirror(m_status);
}

void DashboardView::fillClosure(const QList<ClosurePoint> &points)
{
    QChart *chart = m_closure->chart();
    resetChart(chart, tr("Share of recommendations completed"));
    auto *series = new QLineSeries;
    series->setName(tr("Completed (%)"));
    series->setPointsVisible(true);
    QDate first = QDate::currentDate().addMonths(-1);
    QDate last = QDate::currentDate();
    if (!points.isEmpty()) {
        first = points.first().month.addMonths(-1);
        last = std::max(last, points.last().month.addMonths(1));
        series->append(QDateTime(first.startOfDay()).toMSecsSinceEpoch(), 0);
    }
    for (const ClosurePoint &p : points) {
        series->append(p.month.startOfDay().toMSecsSinceEpoch(), p.rate * 100);
    }
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setRange(first.startOfDay(), last.startOfDay());
    x->setTickCount(4);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    mirror(m_closure);
}

void DashboardView::fillDonors(const QList<DonorActivity> &donors)
{
    QChart *chart = m_donors->chart();
    resetChart(chart, tr("Donor comments and open requests"));
    auto *comments = new QBarSet(tr("Comments"));
    auto *open = new QBarSet(tr("Open requests"));
    QStringList names;
    for (const DonorActivity &d : donors) {
        names << d.donor;
        comments->append(qreal(d.comments));
        open->append(qreal(d.openRequests));
    }
    auto *series = new QBarSeries;
    series->append(comments);
    series->append(open);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    y->applyNiceNumbers();
    for (QBarSet *set : {comments, open}) {
        connect(set, &QBarSet::clicked, this, [this, names](int index) {
            DashboardPick pick;
            pick.donor = names.value(index);
            Q_EMIT filterRequested(pick);
        });
    }
    mirror(m_donors);
}

QBarSet *DashboardView::barSet(QChartView *chart, const QString &label) const
{
    for (QAbstractSeries *series : chart->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->label() == label) {
                    return set;
                }
            }
        }
    }
    return nullptr;
}

} // namespace evalreview
