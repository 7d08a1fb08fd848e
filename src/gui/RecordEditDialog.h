#pragma once

#include "CorrectionStore.h"
#include "RecommendationTypes.h"

#include <QDialog>

class QComboBox;
class QStackedWidget;

namespace evalreview {

/// One field a reviewer changed in the dialog.
struct FieldChange
{
    RecordRef record;
    QString field;
    QString oldValue;
    QString newValue;
};

/// Edits the fields of a recommendation, its response, its actions and its donor comments. A field
/// a reviewer corrected before says so and shows the extracted value, with a button to go back to
/// it. The dialog reads and writes nothing itself: it is given the detail and hands back the changes.
class RecordEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecordEditDialog(const RecommendationDetail &detail, QWidget *parent = nullptr);

    /// The fields whose value differs from what the dialog was opened with.
    QList<FieldChange> changes() const;
    /// Shows the record at `index` (0: the recommendation, then its actions, then its comments).
    void showRecord(int index);
    int recordCount() const;
    /// The editor of a field of the record shown (for tests): a QLineEdit, QPlainTextEdit or QComboBox.
    QWidget *editor(const QString &field) const;

private:
    struct Field
    {
        RecordRef record;
        QString name;
        QString original;
        QWidget *editor = nullptr;
        int page = 0;
    };
    void addRecord(const QString &label, const RecordRef &record, const QList<std::pair<QString, QString>> &values,
                   const QHash<QString, QString> &extracted);
    QWidget *makeEditor(const QString &field, const QString &value);
    static QString valueOf(const QWidget *editor);
    static void setValue(QWidget *editor, const QString &value);

    QComboBox *m_records = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<Field> m_fields;
};

} // namespace evalreview
