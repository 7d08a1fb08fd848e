#include "LearningDashboard.h"

#include "AppSettings.h"
#include "ChartTable.h"
#include "CsvExporter.h"
#include "FontUnits.h"
#include "LessonQuery.h"
#include "LibrarySession.h"
#include "PeriodChooser.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace evalreview {

namespace {

constexpr int kMaxThemes = 17; ///< bars of the theme chart; the least tagged beyond are left out

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral(" %");
}

LearningDashboard::FileChooser &fileChooser()
{
    static LearningDashboard::FileChooser chooser;
    return chooser;
}

} // namespace

void LearningDashboard::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

LearningDashboard::LearningDashboard(LibrarySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_themes(new QChartView(new QChart, this)),
      m_themeTable(new ChartTable(QStringLiteral("themeChartTable"), this)), m_indicators(new QLabel(this)),
      m_owners(new QTableWidget(this)), m_period(new PeriodChooser(this)), m_busy(new QProgressBar(this)),
      m_grouping(new QComboBox(this)), m_export(new QPushButton(tr("Export CSV…"), this)),
      m_groupTable(new QTableView(this)), m_groupModel(new IndicatorTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("learningDashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *grid = new QGridLayout;
    m_themes->setObjectName(QStringLiteral("themeChart"));
    m_themes->setRenderHint(QPainter::Antialiasing);
    m_themes->setFocusPolicy(Qt::TabFocus);
    m_themes->setMinimumSize(font_units::chars(m_themes, 45), font_units::lines(m_themes, 15));
    m_themes->chart()->legend()->hide();
    m_themes->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_themes->setAccessibleName(tr("Recommendations by theme"));
    m_themeTable->setAccessibleName(tr("Recommendations by theme"));
    m_themeTable->setMaximumHeight(font_units::lines(m_themeTable, 8));

    auto *periodRow = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("Closure rate period:"), this);
    periodLabel->setBuddy(m_period->kindCombo());
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addStretch(1);
    m_period->setPeriod(settings::indicatorPeriod());

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
    grid->addWidget(m_themes, 0, 0, 3, 1);
    grid->addLayout(periodRow, 0, 1);
    grid->addWidget(m_indicators, 1, 1);
    grid->addWidget(m_owners, 2, 1);
    grid->addWidget(m_themeTable, 3, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(2, 1);
    layout->addLayout(grid, 3);

    auto *groupRow = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("Indicators by:"), this);
    groupLabel->setBuddy(m_grouping);
    groupRow->addWidget(groupLabel);
    m_grouping->setObjectName(QStringLiteral("indicatorGrouping"));
    m_grouping->setAccessibleName(tr("Group the indicators by"));
    for (const auto g : {IndicatorTableModel::Grouping::Document, IndicatorTableModel::Grouping::Organisation,
                         IndicatorTableModel::Grouping::Year, IndicatorTableModel::Grouping::Owner}) {
        m_grouping->addItem(IndicatorTableModel::groupingLabel(g), int(g));
    }
    m_grouping->setCurrentIndex(
        std::max(0, m_grouping->findData(int(IndicatorTableModel::groupingOf(settings::indicatorGrouping())))));
    groupRow->addWidget(m_grouping);
    m_busy->setObjectName(QStringLiteral("indicatorsBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(font_units::chars(m_busy, 15));
    m_busy->setAccessibleName(tr("Reading the library"));
    m_busy->hide();
    groupRow->addWidget(m_busy);
    groupRow->addStretch(1);
    m_export->setObjectName(QStringLiteral("exportIndicators"));
    m_export->setToolTip(tr("Write the indicators of the period chosen, by document, organisation, year and owner, "
                            "to a CSV file"));
    groupRow->addWidget(m_export);
    layout->addLayout(groupRow);

    m_groupTable->setObjectName(QStringLiteral("indicatorTable"));
    m_groupTable->setAccessibleName(tr("Follow-up indicators by group"));
    m_groupTable->setTabKeyNavigation(false);
    m_sorted->setSourceModel(m_groupModel);
    m_sorted->setSortRole(IndicatorTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    m_groupTable->setModel(m_sorted);
    m_groupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupTable->setAlternatingRowColors(true);
    m_groupTable->verticalHeader()->hide();
    m_groupTable->setWordWrap(false);
    m_groupTable->setTextElideMode(Qt::ElideMiddle);
    m_groupTable->setSortingEnabled(true);
    m_groupTable->sortByColumn(-1, Qt::AscendingOrder); // the library's order until a header is clicked
    QHeaderView *header = m_groupTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(IndicatorTableModel::Group, font_units::chars(m_groupTable, 45));
    for (int c = IndicatorTableModel::Group + 1; c < IndicatorTableModel::ColumnCount; ++c) {
        // room for the heading in the window's language, and for "12 of 34 (35 %)"
        header->resizeSection(c, std::max(header->sectionSizeHint(c), font_units::chars(m_groupTable, 16)));
    }
    m_groupTable->setMinimumHeight(font_units::lines(m_groupTable, 8));
    layout->addWidget(m_groupTable, 2);

    connect(m_period, &PeriodChooser::periodChanged, this, &LearningDashboard::periodChosen);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        settings::setIndicatorGrouping(
            IndicatorTableModel::keyOf(IndicatorTableModel::Grouping(m_grouping->currentData().toInt())));
        showGroups();
    });
    connect(m_export, &QPushButton::clicked, this, &LearningDashboard::exportCsv);
    connect(&m_session, &LibrarySession::readDone, this, [this](LibrarySession::ReadChannel channel) {
        if (channel == LibrarySession::ReadChannel::Indicators) {
            m_busy->hide();
        }
    });
}

QDate LearningDashboard::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void LearningDashboard::setToday(const QDate &today)
{
    m_today = today;
    m_period->setToday(today);
    invalidate();
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
    return m_session.isReading(LibrarySession::ReadChannel::ThemeChart) ||
           m_session.isReading(LibrarySession::ReadChannel::Indicators);
}

void LearningDashboard::reload()
{
    m_dirty = false;
    if (!m_session.isOpen()) {
        return;
    }
    readThemes();
    readIndicators();
}

void LearningDashboard::periodChosen()
{
    settings::setIndicatorPeriod(m_period->period());
    if (isVisible()) {
        readIndicators();
    } else {
        m_dirty = true;
    }
}

void LearningDashboard::readThemes()
{
    QPointer<LearningDashboard> self(this);
    m_session.read<QList<ThemeCount>>(
        LibrarySession::ReadChannel::ThemeChart,
        [](sql::Database &db) {
            return libraryHasTable(db, QStringLiteral("theme_tags")) ? ThemeStore(db).counts() : QList<ThemeCount>();
        },
        [self](QList<ThemeCount> counts) {
            if (self) {
                self->showThemes(counts);
            }
        });
}

void LearningDashboard::readIndicators()
{
    if (!m_session.isOpen()) {
        return;
    }
    const QDate day = today();
    const IndicatorPeriod period = m_period->period();
    m_busy->show();
    QPointer<LearningDashboard> self(this);
    m_session.read<Indicators>(
        LibrarySession::ReadChannel::Indicators,
        [day, period](sql::Database &db) {
            return IndicatorQuery(db).compute(day, period.start(day), period.end(day));
        },
        [self](Indicators indicators) {
            if (self) {
                self->showIndicators(indicators);
            }
        });
}

void LearningDashboard::showThemes(const QList<ThemeCount> &counts)
{
    QList<ThemeCount> themes;
    for (const ThemeCount &t : counts) {
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
}

void LearningDashboard::showIndicators(const Indicators &indicators)
{
    m_figures = indicators;
    const IndicatorRow &total = indicators.total;
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
    if (const std::optional<double> median = total.medianResponseDays()) {
        lines << tr("From evaluation to management response: %1 days (median of %n pair(s) of documents)", nullptr,
                    int(total.responseDays.size()))
                     .arg(QLocale().toString(*median, 'f', 0));
    }
    m_indicators->setText(lines.join(QLatin1Char('\n')));
    m_indicators->setAccessibleName(lines.join(QStringLiteral("; ")));

    m_owners->setRowCount(int(indicators.overdueByOwner.size()));
    for (int i = 0; i < indicators.overdueByOwner.size(); ++i) {
        const OwnerOverdue &o = indicators.overdueByOwner.at(i);
        m_owners->setItem(i, 0, new QTableWidgetItem(o.owner.isEmpty() ? tr("No owner") : o.owner));
        auto *n = new QTableWidgetItem(QString::number(o.overdue));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_owners->setItem(i, 1, n);
    }
    showGroups();
}

void LearningDashboard::showGroups()
{
    m_groupModel->setIndicators(m_figures, IndicatorTableModel::Grouping(m_grouping->currentData().toInt()));
}

void LearningDashboard::exportCsv()
{
    const QString path =
        fileChooser() ? fileChooser()(this)
                      : QFileDialog::getSaveFileName(this, tr("Export indicators"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const Indicators figures = m_figures;
    m_export->setEnabled(false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_export->setEnabled(true);
        const QString error = watcher->result();
        if (error.isEmpty()) {
            Q_EMIT exported(true, tr("Indicators written to %1").arg(path));
        } else {
            Q_EMIT exported(false, error);
        }
    });
    watcher->setFuture(QtConcurrent::run([figures, path] {
        const ExportResult written = writeAtomically(path, CsvExporter::renderIndicators(figures));
        return written ? QString() : written.errorString();
    }));
}

} // namespace evalreview
