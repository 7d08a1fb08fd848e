#include "LearningDashboard.h"

#include "ChartTable.h"
#include "FontUnits.h"
#include "LessonQuery.h"
#include "LibrarySession.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTableWidget>
#include <QValueAxis>

namespace evalreview {

namespace {

constexpr int kMaxThemes = 17; ///< bars of the theme chart; the least tagged beyond are left out

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral(" %");
}

} // namespace

LearningDashboard::LearningDashboard(LibrarySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_themes(new QChartView(new QChart, this)),
      m_themeTable(new ChartTable(QStringLiteral("themeChartTable"), this)), m_indicators(new QLabel(this)),
      m_owners(new QTableWidget(this))
{
    setObjectName(QStringLiteral("learningDashboard"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_themes->setObjectName(QStringLiteral("themeChart"));
    m_themes->setRenderHint(QPainter::Antialiasing);
    m_themes->setFocusPolicy(Qt::TabFocus);
    m_themes->setMinimumSize(font_units::chars(m_themes, 45), font_units::lines(m_themes, 15));
    m_themes->chart()->legend()->hide();
    m_themes->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_themes->setAccessibleName(tr("Recommendations by theme"));
    m_themeTable->setAccessibleName(tr("Recommendations by theme"));
    m_themeTable->setMaximumHeight(font_units::lines(m_themeTable, 8));
    m_indicators->setObjectName(QStringLiteral("followUpIndicators"));
    m_indicators->setTextFormat(Qt::PlainText);
    m_indicators->setWordWrap(true);
    m_indicators->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_owners->setObjectName(QStringLiteral("overdueByOwner"));
    m_owners->setAccessibleName(tr("Overdue follow-ups by owner"));
    m_owners->setColumnCount(2);
    m_owners->setHorizontalHeaderLabels({tr("Owner"), tr("Overdue")});
    m_owners->horizontalHeader()->setStretchLastSection(true);
    m_owners->verticalHeader()->hide();
    m_owners->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_owners->setTabKeyNavigation(false);
    layout->addWidget(m_themes, 0, 0, 2, 1);
    layout->addWidget(m_indicators, 0, 1);
    layout->addWidget(m_owners, 1, 1);
    layout->addWidget(m_themeTable, 2, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
}

void LearningDashboard::invalidate()
{
    m_dirty = true;
    if (isVisible()) {
        reload();
    }
}

void LearningDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        reload();
    }
}

bool LearningDashboard::isLoading() const
{
    return m_session.isReading(LibrarySession::ReadChannel::Indicators);
}

void LearningDashboard::reload()
{
    m_dirty = false;
    if (!m_session.isOpen()) {
        return;
    }
    const QDate today = QDate::currentDate();
    QPointer<LearningDashboard> self(this);
    m_session.read<Figures>(
        LibrarySession::ReadChannel::Indicators,
        [today](sql::Database &db) {
            Figures f;
            if (libraryHasTable(db, QStringLiteral("theme_tags"))) {
                f.themes = ThemeStore(db).counts();
            }
            f.indicators = IndicatorQuery(db).compute(today);
            return f;
        },
        [self](Figures figures) {
            if (self) {
                self->showFigures(figures);
            }
        });
}

void LearningDashboard::showFigures(const Figures &figures)
{
    QList<ThemeCount> themes;
    for (const ThemeCount &t : figures.themes) {
        if (t.recommendations > 0) {
            themes << t;
        }
    }
    std::stable_sort(themes.begin(), themes.end(),
                     [](const ThemeCount &a, const ThemeCount &b) { return a.recommendations > b.recommendations; });
    themes = themes.mid(0, kMaxThemes);
    std::reverse(themes.begin(), themes.end()); // the most tagged at the top of a horizontal chart

    QChart *chart = m_themes->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("Recommendations by theme"));
    auto *set = new QBarSet(tr("Recommendations"));
    QStringList labels;
    for (const ThemeCount &t : std::as_const(themes)) {
        set->append(qreal(t.recommendations));
        labels << t.label;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    x->applyNiceNumbers();
    m_themeTable->mirror(*chart);

    const IndicatorRow &total = figures.indicators.total;
    QStringList lines;
    lines << tr("Closure rate: %1 of the %n follow-up(s) due were completed", nullptr, int(total.due))
                 .arg(total.due > 0 ? percent(total.closureRate()) : tr("none"));
    lines << tr("Accepted and implemented: %1 of %n accepted recommendation(s)", nullptr, int(total.accepted))
                 .arg(total.accepted > 0 ? percent(total.implementedShare()) : tr("none"));
    lines << tr("Responses not actionable (no action with both a responsible unit and a time frame): %1 of %2")
                 .arg(total.notActionable)
                 .arg(total.responses);
    lines << tr("Donor requests without an answer: %1").arg(total.openDonorRequests);
    lines << tr("Overdue: %1").arg(total.overdue);
    m_indicators->setText(lines.join(QLatin1Char('\n')));
    m_indicators->setAccessibleName(lines.join(QStringLiteral("; ")));

    m_owners->setRowCount(int(figures.indicators.overdueByOwner.size()));
    for (int i = 0; i < figures.indicators.overdueByOwner.size(); ++i) {
        const OwnerOverdue &o = figures.indicators.overdueByOwner.at(i);
        m_owners->setItem(i, 0, new QTableWidgetItem(o.owner.isEmpty() ? tr("No owner") : o.owner));
        auto *n = new QTableWidgetItem(QString::number(o.overdue));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_owners->setItem(i, 1, n);
    }
}

} // namespace evalreview
