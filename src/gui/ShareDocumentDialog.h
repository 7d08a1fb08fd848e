#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace evalreview {

class LibrarySession;

/// A document's context menu › Share with Donors… (a team library's managers and administrators):
/// the donor organisations that read the document, as check boxes — the organisations of the
/// library's donor logins and those it is already shared with — and one more by name. The shares
/// are read on the library's reader and saved on its writer; OK saves exactly the ones checked.
class ShareDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    ShareDocumentDialog(LibrarySession &session, qint64 documentId, const QString &title, QWidget *parent = nullptr);

    /// The organisations checked.
    QStringList organisations() const;

    void accept() override;

private:
    struct Shares
    {
        QStringList donors;     ///< the organisations of the library's donor logins
        QStringList sharedWith; ///< the organisations the document is shared with
    };
    void showShares(const Shares &shares);
    void addOrganisation(const QString &name, bool checked);
    void addTyped();

    LibrarySession &m_session;
    qint64 m_documentId = 0;
    QString m_title;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_other = nullptr;
    QPushButton *m_add = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace evalreview
