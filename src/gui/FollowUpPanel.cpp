#include "FollowUpPanel.h"

#include "DisplayLabels.h"
#include "FontUnits.h"
#include "ui_FollowUpPanel.h"

#include <QShortcut>

namespace evalreview {

FollowUpPanel::FollowUpPanel(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::FollowUpPanel>())
{
    m_ui->setupUi(this);
    m_ui->note->setMaximumHeight(font_units::lines(m_ui->note, 4) + 2 * m_ui->note->frameWidth());
    for (const QString &s : followup_status::all()) {
        m_ui->status->addItem(display::followUpStatus(s), s);
    }
    m_ui->due->setDate(QDate::currentDate());
    m_ui->due->setEnabled(false);
    connect(m_ui->status, &QComboBox::activated, this, &FollowUpPanel::commitStatus);
    connect(m_ui->owner, &QLineEdit::editingFinished, this, &FollowUpPanel::commitOwner);
    connect(m_ui->hasDue, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->due->setEnabled(on);
        commitDue();
    });
    connect(m_ui->due, &QDateEdit::editingFinished, this, &FollowUpPanel::commitDue);
    connect(m_ui->saveNote, &QPushButton::clicked, this, &FollowUpPanel::commitNote);
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_ui->note);
    save->setContext(Qt::WidgetShortcut);
    connect(save, &QShortcut::activated, this, &FollowUpPanel::commitNote);
    clearState();
}

FollowUpPanel::~FollowUpPanel() = default;

void FollowUpPanel::clearState()
{
    setState({});
    setEnabled(false);
}

void FollowUpPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_ui->status->setEnabled(editable);
    m_ui->owner->setReadOnly(!editable);
    m_ui->hasDue->setEnabled(editable);
    m_ui->due->setReadOnly(!editable);
    m_ui->note->setReadOnly(!editable);
    m_ui->saveNote->setEnabled(editable);
}

void FollowUpPanel::commitPending()
{
    if (isEnabled() && m_editable) {
        commitOwner();
        commitNote();
    }
}

void FollowUpPanel::setState(const FollowUpState &state)
{
    m_loading = true;
    m_state = state;
    setEnabled(true);
    m_ui->status->setCurrentIndex(std::max(0, m_ui->status->findData(state.status)));
    m_ui->owner->setText(state.owner);
    m_ui->hasDue->setChecked(state.dueDate.isValid());
    m_ui->due->setEnabled(state.dueDate.isValid());
    m_ui->due->setDate(state.dueDate.isValid() ? state.dueDate : QDate::currentDate());
    m_ui->due->setToolTip(state.dueDerived ? tr("Derived from the document's timing; edit to confirm.") : QString());
    if (m_ui->note->toPlainText() != state.note) {
        m_ui->note->setPlainText(state.note);
    }
    m_ui->history->clear();
    for (auto it = state.history.crbegin(); it != state.history.crend(); ++it) {
        m_ui->history->addItem(
            QStringLiteral("%1 · %2\n%3")
                .arg(it->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), it->author, describe(*it)));
    }
    m_loading = false;
}

QString FollowUpPanel::describe(const FollowUpChange &c)
{
    auto shown = [&c](const QString &v) {
        if (c.field == QLatin1String("status")) {
            return display::followUpStatus(v);
        }
        return v.isEmpty() ? tr("(none)") : v;
    };
    if (c.field == QLatin1String("note")) {
        return tr("note: %1").arg(shown(c.newValue));
    }
    QString name = c.field;
    if (c.field == QLatin1String("due_date")) {
        name = tr("due date");
    } else if (c.field == QLatin1String("status")) {
        name = tr("status");
    } else if (c.field == QLatin1String("owner")) {
        name = tr("owner");
    }
    return tr("%1: %2 → %3").arg(name, shown(c.oldValue), shown(c.newValue));
}

QStringList FollowUpPanel::historyLines() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->history->count(); ++i) {
        lines << m_ui->history->item(i)->text().replace(QLatin1Char('\n'), QLatin1String(": "));
    }
    return lines;
}

void FollowUpPanel::commitStatus()
{
    const QString value = m_ui->status->currentData().toString();
    if (!m_loading && value != m_state.status) {
        Q_EMIT editRequested(FollowUpField::Status, value);
    }
}

void FollowUpPanel::commitOwner()
{
    const QString value = m_ui->owner->text().trimmed();
    if (!m_loading && value != m_state.owner) {
        Q_EMIT editRequested(FollowUpField::Owner, value);
    }
}

void FollowUpPanel::commitDue()
{
    const QDate value = m_ui->hasDue->isChecked() ? m_ui->due->date() : QDate();
    if (!m_loading && value != m_state.dueDate) {
        Q_EMIT editRequested(FollowUpField::DueDate, value.isValid() ? value.toString(Qt::ISODate) : QString());
    }
}

void FollowUpPanel::commitNote()
{
    const QString value = m_ui->note->toPlainText().trimmed();
    if (!m_loading && value != m_state.note) {
        Q_EMIT editRequested(FollowUpField::Note, value);
    }
}

} // namespace evalreview
