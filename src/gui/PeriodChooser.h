#pragma once

#include "IndicatorPeriod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace evalreview {

/// The period of the closure rate: everything due up to today, this year to date, last year, the
/// last 12 months, or a custom period from one date to another. The two dates always show the
/// period chosen; they can be edited for a custom period only.
class PeriodChooser : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodChooser(QWidget *parent = nullptr);

    IndicatorPeriod period() const;
    /// Shows `period` without emitting periodChanged().
    void setPeriod(const IndicatorPeriod &period);

    /// The day the periods are reckoned from; by default the current date (tests set another).
    QDate today() const;
    void setToday(const QDate &today);

    QComboBox *kindCombo() const { return m_kind; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    /// The reviewer chose another period (or edited a custom period's dates).
    void periodChanged();

private:
    void kindChosen();
    void dateEdited();
    /// The dates of the period chosen in the two date fields, editable for a custom one.
    void showDates();

    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDate m_today;
    bool m_showing = false; ///< the dates are being set by showDates(), not edited
};

} // namespace evalreview
