#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace evalreview {

/// File > Connect to Team Library…: where a team library is (host, port, database) and who
/// connects (user, and a password that is only kept in memory for this run; left empty, the
/// password comes from ~/.pgpass). Opening it is the window's business.
class TeamLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    /// Filled from `current` when it is a team library's address.
    explicit TeamLibraryDialog(const QString &current, QWidget *parent = nullptr);

    /// postgresql://host:port/database?user=name (no password in it).
    QString address() const;
    QString password() const;

    /// The same questions for another purpose (File > Copy Library to Server…): the window's title,
    /// the accepting button's text and the note above the fields.
    void setPurpose(const QString &title, const QString &button, const QString &note);

private:
    void updateConnectButton();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace evalreview
