#include "TeamLibraryDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

namespace evalreview {

namespace {

QLineEdit *lineEdit(const QString &name, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

TeamLibraryDialog::TeamLibraryDialog(const QString &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to Team Library"));
    const QUrl url(current);
    const bool known = url.scheme().startsWith(QLatin1String("postgres"));
    const QString user = QUrlQuery(url).queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);

    m_host = lineEdit(QStringLiteral("host"), known ? url.host() : QStringLiteral("localhost"), this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(known ? url.port(5432) : 5432);
    m_database = lineEdit(QStringLiteral("database"), known ? url.path().mid(1) : QString(), this);
    m_user = lineEdit(QStringLiteral("user"), known ? (user.isEmpty() ? url.userName() : user) : QString(), this);
    m_user->setPlaceholderText(tr("your login name"));
    m_password = lineEdit(QStringLiteral("password"), QString(), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when left empty"));
    m_password->setToolTip(tr("Kept in memory until EvalReview closes; never saved"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_note = new QLabel(tr("Your administrator gives you these. What you may change in the team library "
                           "is decided by the role the server gives your user."),
                        this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::textChanged, this, &TeamLibraryDialog::updateConnectButton);
    connect(m_database, &QLineEdit::textChanged, this, &TeamLibraryDialog::updateConnectButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
    updateConnectButton();
}

void TeamLibraryDialog::setPurpose(const QString &title, const QString &button, const QString &note)
{
    setWindowTitle(title);
    m_connect->setText(button);
    m_note->setText(note);
}

void TeamLibraryDialog::updateConnectButton()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

QString TeamLibraryDialog::address() const
{
    QString address = QStringLiteral("postgresql://%1:%2/%3")
                          .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_host->text().trimmed())))
                          .arg(m_port->value())
                          .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_database->text().trimmed())));
    const QString user = m_user->text().trimmed();
    if (!user.isEmpty()) {
        address += QStringLiteral("?user=") + QString::fromUtf8(QUrl::toPercentEncoding(user));
    }
    return address;
}

QString TeamLibraryDialog::password() const
{
    return m_password->text();
}

} // namespace evalreview
