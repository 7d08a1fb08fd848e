#include "PeriodChooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>

namespace evalreview {

namespace {

/// The earliest date the fields take: shown as "the start" in the first one.
const QDate kStart(1900, 1, 1);

} // namespace

PeriodChooser::PeriodChooser(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("periodChooser"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->setAccessibleName(tr("Period of the closure rate"));
    m_kind->setToolTip(tr("The follow-ups due in this period, and how many of them were completed by its end"));
    m_kind->addItem(tr("Everything due up to today"), int(IndicatorPeriod::Kind::UpToToday));
    m_kind->addItem(tr("This year to date"), int(IndicatorPeriod::Kind::ThisYear));
    m_kind->addItem(tr("Last year"), int(IndicatorPeriod::Kind::LastYear));
    m_kind->addItem(tr("Last 12 months"), int(IndicatorPeriod::Kind::Last12Months));
    m_kind->addItem(tr("Custom period"), int(IndicatorPeriod::Kind::Custom));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // each choice read in full
    layout->addWidget(m_kind);
    auto *fromLabel = new QLabel(tr("From:"), this);
    fromLabel->setBuddy(m_from);
    layout->addWidget(fromLabel);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setMinimumDate(kStart);
    m_from->setSpecialValueText(tr("the start"));
    m_from->setKeyboardTracking(false);
    m_from->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    layout->addWidget(m_from);
    auto *toLabel = new QLabel(tr("To:"), this);
    toLabel->setBuddy(m_to);
    layout->addWidget(toLabel);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setMinimumDate(kStart.addDays(1));
    m_to->setKeyboardTracking(false);
    m_to->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    layout->addWidget(m_to);
    showDates();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PeriodChooser::kindChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodChooser::dateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodChooser::dateEdited);
}

QDate PeriodChooser::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void PeriodChooser::setToday(const QDate &today)
{
    m_today = today;
    showDates();
}

IndicatorPeriod PeriodChooser::period() const
{
    IndicatorPeriod p;
    p.kind = IndicatorPeriod::Kind(m_kind->currentData().toInt());
    if (p.kind == IndicatorPeriod::Kind::Custom) {
        p.from = m_from->date() == kStart ? QDate() : m_from->date();
        p.to = m_to->date();
    }
    return p;
}

void PeriodChooser::setPeriod(const IndicatorPeriod &period)
{
    const QScopedValueRollback showing(m_showing, true);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(period.kind))));
    if (period.kind == IndicatorPeriod::Kind::Custom) {
        m_from->setDate(period.from.isValid() ? period.from : kStart);
        m_to->setDate(period.to.isValid() ? period.to : today());
    }
    showDates();
}

void PeriodChooser::kindChosen()
{
    if (m_showing) {
        return;
    }
    showDates(); // a custom period starts from the dates of the period chosen before
    Q_EMIT periodChanged();
}

void PeriodChooser::dateEdited()
{
    if (m_showing || m_kind->currentData().toInt() != int(IndicatorPeriod::Kind::Custom)) {
        return;
    }
    if (m_to->date() < m_from->date()) {
        // The end follows the start: a period is never upside down.
        const QScopedValueRollback showing(m_showing, true);
        m_to->setDate(m_from->date());
    }
    Q_EMIT periodChanged();
}

void PeriodChooser::showDates()
{
    const QScopedValueRollback showing(m_showing, true);
    const bool custom = m_kind->currentData().toInt() == int(IndicatorPeriod::Kind::Custom);
    if (!custom) {
        const IndicatorPeriod p = period();
        const QDate start = p.start(today());
        m_from->setDate(start.isValid() ? start : kStart);
        m_to->setDate(p.end(today()));
    }
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

} // namespace evalreview
