#pragma once

#include "RecommendationTypes.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace evalreview {

/// The facet choosers (document, section / country, priority, response, donor, follow-up status,
/// overdue, with donor comment) and the text filter. Typing is debounced; every change emits
/// changed() once. The choices show how many recommendations each value would keep.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// Writes the chosen criteria into `filter` (the scope fields are left alone).
    void applyTo(RecommendationFilter &filter) const;
    /// Refills one chooser with its values, keeping the current choice.
    void setFacetValues(Facet facet, const QList<FacetValue> &values);
    /// Chooses a value programmatically (emits changed()).
    void choose(Facet facet, const QString &value);
    void setText(const QString &text);
    /// A due-date range chosen elsewhere (a dashboard bar), shown as a button that removes it.
    /// Invalid dates leave that end open; `withoutDueDate` keeps only records with no due date.
    void setDueRange(const QDate &from, const QDate &to, bool withoutDueDate, const QString &label);
    void clear();

    QComboBox *combo(Facet facet) const { return m_combos.at(facet); }
    QLineEdit *textEdit() const { return m_text; }
    QCheckBox *overdueBox() const { return m_overdue; }
    QCheckBox *commentedBox() const { return m_commented; }
    /// Any / verified / not verified (a reviewer's sign-off).
    QComboBox *reviewCombo() const { return m_review; }
    QToolButton *dueRangeButton() const { return m_dueRange; }

    static constexpr int kDebounceMs = 200;

Q_SIGNALS:
    void changed();

private:
    QComboBox *addCombo(Facet facet, const QString &anyLabel, const QString &toolTip);

    std::map<Facet, QComboBox *> m_combos;
    std::map<Facet, QString> m_anyLabels;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_commented = nullptr;
    QComboBox *m_review = nullptr;
    QToolButton *m_dueRange = nullptr;
    QDate m_dueFrom;
    QDate m_dueTo;
    bool m_withoutDueDate = false;
    QTimer *m_debounce = nullptr;
    bool m_updating = false;
};

} // namespace evalreview
