#pragma once

#include "CorrectionStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace evalreview {

/// A recommendation of the document a new response, action or donor comment can belong to.
struct ParentChoice
{
    qint64 id = 0;
    QString code;
    QString title;
};

/// What a reviewer adds from a region drawn on a page: a recommendation, its response, an action or
/// a donor comment. The region's words are the text, editable. Reads and writes nothing itself.
class AddRecordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Recommendation,
        Response,
        Action,
        DonorComment,
    };

    AddRecordDialog(const QString &text, const QList<ParentChoice> &parents, qint64 currentParent,
                    QWidget *parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    QString text() const;
    QString code() const;
    QString donor() const;
    /// The recommendation chosen for a response, action or donor comment.
    qint64 parentId() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *donorEdit() const { return m_donor; }

private:
    void updateFields();
    void validate();

    QComboBox *m_kind = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_parent = nullptr;
    QLineEdit *m_donor = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace evalreview
