#include "FilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace evalreview {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent), m_debounce(new QTimer(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    outer->addLayout(first);
    outer->addLayout(second);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setAccessibleName(tr("Filter by words"));
    m_text->setPlaceholderText(tr("Filter by words…"));
    m_text->setToolTip(tr("Words in the recommendation, its response, actions or donor comments"));
    m_text->setClearButtonEnabled(true);
    first->addWidget(m_text, 3);
    first->addWidget(addCombo(Facet::Document, tr("All documents"), tr("Document")), 2);
    first->addWidget(addCombo(Facet::Status, tr("Any follow-up"), tr("Follow-up status")), 1);
    first->addWidget(addCombo(Facet::Theme, tr("Any theme"), tr("Theme (SDG or cross-cutting)")), 1);

    second->addWidget(addCombo(Facet::Section, tr("All sections / countries"), tr("Section or country")));
    second->addWidget(addCombo(Facet::Priority, tr("Any priority"), tr("Priority")));
    second->addWidget(addCombo(Facet::ResponseCategory, tr("Any response"), tr("Response category")));
    second->addWidget(addCombo(Facet::Donor, tr("Any donor"), tr("Donor who commented")));
    m_overdue = new QCheckBox(tr("Overdue"), this);
    m_overdue->setToolTip(tr("Only recommendations past their due date and not completed"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_commented = new QCheckBox(tr("Commented"), this);
    m_commented->setToolTip(tr("Only recommendations with at least one donor comment"));
    m_commented->setObjectName(QStringLiteral("commentedFilter"));
    m_review = new QComboBox(this);
    m_review->setObjectName(QStringLiteral("reviewFilter"));
    m_review->setToolTip(tr("Recommendations a reviewer signed off, or not yet"));
    m_review->addItem(tr("Verified or not"), 0);
    m_review->addItem(tr("Verified"), 1);
    m_review->addItem(tr("Not verified"), 2);
    second->addWidget(m_overdue);
    second->addWidget(m_commented);
    second->addWidget(m_review);
    m_dueRange = new QToolButton(this);
    m_dueRange->setObjectName(QStringLiteral("dueRangeFilter"));
    m_dueRange->setToolTip(tr("Only recommendations due in this period; click to remove"));
    m_dueRange->setVisible(false);
    second->addWidget(m_dueRange);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            Q_EMIT changed();
        }
    });
    connect(m_overdue, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_commented, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_review, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_dueRange, &QToolButton::clicked, this, [this] { setDueRange({}, {}, false, {}); });
}

QComboBox *FilterBar::addCombo(Facet facet, const QString &anyLabel, const QString &toolTip)
{
    auto *combo = new QComboBox(this);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->addItem(anyLabel, QString());
    m_combos[facet] = combo;
    m_anyLabels[facet] = anyLabel;
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            Q_EMIT changed();
        }
    });
    return combo;
}

void FilterBar::applyTo(RecommendationFilter &f) const
{
    auto value = [this](Facet facet) { return m_combos.at(facet)->currentData().toString(); };
    f.documentId = value(Facet::Document).toLongLong();
    f.section = value(Facet::Section);
    f.priority = value(Facet::Priority);
    f.responseCategory = value(Facet::ResponseCategory);
    f.donor = value(Facet::Donor);
    f.status = value(Facet::Status);
    f.theme = value(Facet::Theme);
    f.overdueOnly = m_overdue->isChecked();
    f.withDonorComment = m_commented->isChecked();
    const int review = m_review->currentData().toInt();
    f.verified = review == 0 ? std::nullopt : std::optional<bool>(review == 1);
    f.dueFrom = m_dueFrom;
    f.dueTo = m_dueTo;
    f.withoutDueDate = m_withoutDueDate;
    f.text = m_text->text();
}

void FilterBar::setFacetValues(Facet facet, const QList<FacetValue> &values)
{
    QComboBox *combo = m_combos.at(facet);
    const QString current = combo->currentData().toString();
    m_updating = true;
    {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(m_anyLabels.at(facet), QString());
        bool found = current.isEmpty();
        for (const FacetValue &v : values) {
            combo->addItem(QStringLiteral("%1 (%2)").arg(v.label.isEmpty() ? v.value : v.label).arg(v.count), v.value);
            found = found || v.value == current;
        }
        if (!found) { // keep the choice visible even when nothing has it under the other criteria
            combo->addItem(QStringLiteral("%1 (0)").arg(current), current);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
    m_updating = false;
}

void FilterBar::choose(Facet facet, const QString &value)
{
    QComboBox *combo = m_combos.at(facet);
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void FilterBar::setText(const QString &text)
{
    m_text->setText(text);
}

void FilterBar::setDueRange(const QDate &from, const QDate &to, bool withoutDueDate, const QString &label)
{
    m_dueFrom = from;
    m_dueTo = to;
    m_withoutDueDate = withoutDueDate;
    const bool set = from.isValid() || to.isValid() || withoutDueDate;
    m_dueRange->setText(set ? tr("Due: %1 ✕").arg(label) : QString());
    m_dueRange->setVisible(set);
    if (!m_updating) {
        Q_EMIT changed();
    }
}

void FilterBar::clear()
{
    m_updating = true;
    for (auto &[facet, combo] : m_combos) {
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker b1(m_overdue);
        const QSignalBlocker b2(m_commented);
        const QSignalBlocker b3(m_text);
        const QSignalBlocker b4(m_review);
        m_review->setCurrentIndex(0);
        m_overdue->setChecked(false);
        m_commented->setChecked(false);
        m_text->clear();
    }
    setDueRange({}, {}, false, {}); // m_updating: no signal of its own
    m_updating = false;
    m_debounce->stop();
    Q_EMIT changed();
}

} // namespace evalreview
