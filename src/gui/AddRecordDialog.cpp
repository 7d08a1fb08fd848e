#include "AddRecordDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace evalreview {

AddRecordDialog::AddRecordDialog(const QString &text, const QList<ParentChoice> &parents, qint64 currentParent,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add a Record from the Page"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Recommendation"), int(Kind::Recommendation));
    m_kind->addItem(tr("Management response"), int(Kind::Response));
    m_kind->addItem(tr("Action"), int(Kind::Action));
    m_kind->addItem(tr("Donor comment"), int(Kind::DonorComment));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("next number"));
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parent"));
    for (const ParentChoice &p : parents) {
        m_parent->addItem(QStringLiteral("%1 – %2").arg(p.code, p.title.left(70)), p.id);
    }
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(currentParent)));
    m_donor = new QLineEdit(this);
    m_donor->setObjectName(QStringLiteral("donor"));
    m_text = new QPlainTextEdit(text, this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Add as:"), m_kind);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Belongs to:"), m_parent);
    form->addRow(tr("&Donor:"), m_donor);
    form->addRow(tr("&Text:"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddRecordDialog::updateFields);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AddRecordDialog::validate);
    connect(m_donor, &QLineEdit::textChanged, this, &AddRecordDialog::validate);
    updateFields();
    resize(560, 420);
}

AddRecordDialog::Kind AddRecordDialog::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void AddRecordDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QString AddRecordDialog::text() const
{
    return m_text->toPlainText().simplified();
}

QString AddRecordDialog::code() const
{
    return m_code->text().trimmed();
}

QString AddRecordDialog::donor() const
{
    return m_donor->text().trimmed();
}

qint64 AddRecordDialog::parentId() const
{
    return m_parent->currentData().toLongLong();
}

void AddRecordDialog::updateFields()
{
    const Kind k = kind();
    m_code->setEnabled(k == Kind::Recommendation || k == Kind::Action);
    m_parent->setEnabled(k != Kind::Recommendation);
    m_donor->setEnabled(k == Kind::DonorComment);
    validate();
}

void AddRecordDialog::validate()
{
    QString problem;
    if (text().isEmpty()) {
        problem = tr("No words lie in the region: type the text, or cancel and draw around it.");
    } else if (kind() != Kind::Recommendation && m_parent->count() == 0) {
        problem = tr("This document has no recommendation yet: add the recommendation first.");
    } else if (kind() == Kind::DonorComment && donor().isEmpty()) {
        problem = tr("Name the donor whose comment this is.");
    }
    m_hint->setText(problem);
    m_add->setEnabled(problem.isEmpty());
}

} // namespace evalreview
