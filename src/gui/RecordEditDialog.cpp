#include "RecordEditDialog.h"

#include "DisplayLabels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace evalreview {

namespace {

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("RecordEditDialog", "Code")},
        {QStringLiteral("section"), QT_TRANSLATE_NOOP("RecordEditDialog", "Section")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("RecordEditDialog", "Title")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("RecordEditDialog", "Text")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("RecordEditDialog", "Priority")},
        {QStringLiteral("timing"), QT_TRANSLATE_NOOP("RecordEditDialog", "Timing")},
        {QStringLiteral("addressed_to"), QT_TRANSLATE_NOOP("RecordEditDialog", "Addressed to (separate with ;)")},
        {QStringLiteral("response_category"), QT_TRANSLATE_NOOP("RecordEditDialog", "Response")},
        {QStringLiteral("response_text"), QT_TRANSLATE_NOOP("RecordEditDialog", "Response text")},
        {QStringLiteral("time_frame"), QT_TRANSLATE_NOOP("RecordEditDialog", "Time frame")},
        {QStringLiteral("responsible"), QT_TRANSLATE_NOOP("RecordEditDialog", "Responsible")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("RecordEditDialog", "Status")},
        {QStringLiteral("comments"), QT_TRANSLATE_NOOP("RecordEditDialog", "Comments")},
        {QStringLiteral("donor"), QT_TRANSLATE_NOOP("RecordEditDialog", "Donor")},
    };
    return QCoreApplication::translate("RecordEditDialog", labels.value(field, "Value"));
}

bool isLongText(const QString &field)
{
    return field == QLatin1String("text") || field == QLatin1String("response_text") ||
           field == QLatin1String("comments");
}

} // namespace

RecordEditDialog::RecordEditDialog(const RecommendationDetail &d, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Edit Recommendation %1").arg(d.code));
    m_records = new QComboBox(this);
    m_records->setObjectName(QStringLiteral("records"));
    m_pages = new QStackedWidget(this);

    addRecord(tr("Recommendation %1").arg(d.code), {RecordType::Recommendation, d.id},
              {{QStringLiteral("code"), d.code},
               {QStringLiteral("section"), d.section},
               {QStringLiteral("title"), d.title},
               {QStringLiteral("text"), d.text},
               {QStringLiteral("addressed_to"), d.addressedTo.join(QStringLiteral("; "))},
               {QStringLiteral("priority"), d.priority},
               {QStringLiteral("timing"), d.timing},
               {QStringLiteral("response_category"), d.responseCategory},
               {QStringLiteral("response_text"), d.responseText}},
              d.extracted);
    for (qsizetype i = 0; i < d.actions.size(); ++i) {
        const ActionDetail &a = d.actions.at(i);
        addRecord(tr("Action %1").arg(a.code.isEmpty() ? QString::number(i + 1) : a.code), {RecordType::Action, a.id},
                  {{QStringLiteral("code"), a.code},
                   {QStringLiteral("text"), a.text},
                   {QStringLiteral("time_frame"), a.timeFrame},
                   {QStringLiteral("responsible"), a.responsible},
                   {QStringLiteral("status"), a.status},
                   {QStringLiteral("comments"), a.comments}},
                  a.extracted);
    }
    for (const DonorCommentDetail &c : d.donorComments) {
        addRecord(tr("Comment of %1").arg(c.donor), {RecordType::DonorComment, c.id},
                  {{QStringLiteral("donor"), c.donor}, {QStringLiteral("text"), c.text}}, c.extracted);
    }
    connect(m_records, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    auto *recordLabel = new QLabel(tr("&Record:"), this);
    recordLabel->setBuddy(m_records);
    top->addWidget(recordLabel);
    top->addWidget(m_records, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

void RecordEditDialog::addRecord(const QString &label, const RecordRef &record,
                                 const QList<std::pair<QString, QString>> &values,
                                 const QHash<QString, QString> &extracted)
{
    auto *page = new QWidget(m_pages);
    auto *form = new QFormLayout(page);
    const int pageIndex = m_pages->addWidget(page);
    m_records->addItem(label);
    for (const auto &[name, value] : values) {
        QWidget *editor = makeEditor(name, value);
        editor->setParent(page);
        editor->setObjectName(name);
        m_fields.append({record, name, value, editor, pageIndex});
        if (!extracted.contains(name)) {
            form->addRow(fieldLabel(name), editor);
            continue;
        }
        // Corrected before: the extracted value beside it, and a way back to it.
        const QString original = extracted.value(name);
        auto *box = new QWidget(page);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(editor);
        auto *row = new QHBoxLayout;
        auto *note = new QLabel(tr("Edited. Extracted: %1").arg(original.isEmpty() ? tr("(empty)") : original), box);
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *reset = new QPushButton(tr("Use Extracted Value"), box);
        reset->setObjectName(name + QStringLiteral("-reset"));
        connect(reset, &QPushButton::clicked, editor, [editor, original] { setValue(editor, original); });
        row->addWidget(note, 1);
        row->addWidget(reset);
        column->addLayout(row);
        form->addRow(fieldLabel(name) + QStringLiteral(" ✎"), box);
    }
}

QWidget *RecordEditDialog::makeEditor(const QString &field, const QString &value)
{
    if (field == QLatin1String("response_category")) {
        auto *combo = new QComboBox;
        combo->addItem(tr("(not stated)"), QString());
        for (const QString &c : response_category::all()) {
            combo->addItem(display::responseCategory(c), c);
        }
        setValue(combo, value);
        return combo;
    }
    if (isLongText(field)) {
        auto *edit = new QPlainTextEdit(value);
        edit->setTabChangesFocus(true);
        return edit;
    }
    return new QLineEdit(value);
}

QString RecordEditDialog::valueOf(const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor)) {
        return line->text().trimmed();
    }
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor)) {
        return text->toPlainText().trimmed();
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(editor)) {
        return combo->currentData().toString();
    }
    return {};
}

void RecordEditDialog::setValue(QWidget *editor, const QString &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    }
}

QList<FieldChange> RecordEditDialog::changes() const
{
    QList<FieldChange> out;
    for (const Field &f : m_fields) {
        const QString now = valueOf(f.editor);
        if (now != f.original.trimmed()) {
            out.append({f.record, f.name, f.original, now});
        }
    }
    return out;
}

void RecordEditDialog::showRecord(int index)
{
    m_records->setCurrentIndex(index);
}

int RecordEditDialog::recordCount() const
{
    return m_records->count();
}

QWidget *RecordEditDialog::editor(const QString &field) const
{
    for (const Field &f : m_fields) {
        if (f.page == m_pages->currentIndex() && f.name == field) {
            return f.editor;
        }
    }
    return nullptr;
}

} // namespace evalreview
