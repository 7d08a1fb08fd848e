#include "ShareDocumentDialog.h"

#include "DocumentSharing.h"
#include "LibrarySession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace evalreview {

ShareDocumentDialog::ShareDocumentDialog(LibrarySession &session, qint64 documentId, const QString &title,
                                         QWidget *parent)
    : QDialog(parent), m_session(session), m_documentId(documentId), m_title(title)
{
    setWindowTitle(tr("Share with Donors"));
    auto *intro = new QLabel(tr("Donors read only the documents shared with their organisation, with their "
                                "recommendations, responses, actions, comments and follow-up. Share "
                                "“%1” with:")
                                 .arg(title.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_status = new QLabel(tr("Reading what is shared…"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("organisations"));
    m_list->setAccessibleName(tr("Donor organisations"));
    m_other = new QLineEdit(this);
    m_other->setObjectName(QStringLiteral("otherOrganisation"));
    m_other->setPlaceholderText(tr("Another organisation, as its donor logins have it"));
    m_other->setAccessibleName(tr("Another organisation"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setEnabled(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // until the shares are read

    auto *other = new QHBoxLayout;
    other->addWidget(m_other, 1);
    other->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(other);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_other, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_other, &QLineEdit::returnPressed, this, &ShareDocumentDialog::addTyped);
    connect(m_add, &QPushButton::clicked, this, &ShareDocumentDialog::addTyped);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ShareDocumentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ShareDocumentDialog::reject);

    QPointer<ShareDocumentDialog> guard(this);
    m_session.read<Shares>(
        LibrarySession::ReadChannel::Sharing,
        [documentId](sql::Database &db) {
            Shares s;
            s.donors = sharing::donorOrganisations(db);
            for (const DocumentShare &share : sharing::list(db, documentId)) {
                s.sharedWith << share.organisation;
            }
            return s;
        },
        [guard](Shares s) {
            if (guard) {
                guard->showShares(s);
            }
        });
    connect(&m_session, &LibrarySession::readFailed, this,
            [this](LibrarySession::ReadChannel channel, const QString &message) {
                if (channel == LibrarySession::ReadChannel::Sharing) {
                    m_status->setText(message);
                }
            });
}

void ShareDocumentDialog::showShares(const Shares &shares)
{
    QStringList names = shares.donors;
    for (const QString &o : shares.sharedWith) {
        if (!names.contains(o)) {
            names << o;
        }
    }
    names.sort(Qt::CaseInsensitive);
    for (const QString &o : names) {
        addOrganisation(o, shares.sharedWith.contains(o));
    }
    m_status->setText(names.isEmpty() ? tr("The library has no donor logins yet: type the organisation a donor "
                                           "login will have.")
                                      : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void ShareDocumentDialog::addOrganisation(const QString &name, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == name) {
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    auto *item = new QListWidgetItem(name, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ShareDocumentDialog::addTyped()
{
    const QString name = m_other->text().trimmed();
    if (name.isEmpty()) {
        return;
    }
    addOrganisation(name, true);
    m_other->clear();
}

QStringList ShareDocumentDialog::organisations() const
{
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            checked << m_list->item(i)->text();
        }
    }
    return checked;
}

void ShareDocumentDialog::accept()
{
    addTyped(); // a name typed but not added yet counts
    m_session.changeSharing([documentId = m_documentId, organisations = organisations()](
                                sql::Database &db) { sharing::setSharedWith(db, documentId, organisations); },
                            tr("Sharing “%1”").arg(m_title));
    QDialog::accept();
}

} // namespace evalreview
