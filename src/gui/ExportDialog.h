#pragma once

#include "ExportJob.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace evalreview {

class LibrarySession;
class PeriodChooser;

/// File > Export…: the current filtered view or one document, as CSV, XLSX, an HTML evidence
/// bundle or a PDF report; the workbook and the report also carry the follow-up indicators of the
/// exported recommendations, with the closure rate of the period chosen (at first the one of Themes
/// and Indicators). The export runs on a worker thread with progress and cancel; problems are told
/// in plain sentences.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// The recommendations `currentView` keeps are counted, and the documents listed, on the
    /// library's reader; the choices of scope fill in when they come.
    ExportDialog(LibrarySession &session, const RecommendationFilter &currentView, QWidget *parent = nullptr);

    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *formatCombo() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }
    PeriodChooser *periodChooser() const { return m_period; }
    QPushButton *exportButton() const { return m_start; }
    ExportJob *job() const { return m_job; }

    /// Starts the export with the current choices; false (with a message shown) when a choice is missing.
    bool startExport();

Q_SIGNALS:
    void exported(const QString &path);

protected:
    void reject() override;

private:
    void readScopes();
    void browse();
    void finish(const QString &error, bool cancelled, const QStringList &notes);
    ExportFormat format() const;

    LibrarySession &m_session;
    RecommendationFilter m_view;
    QComboBox *m_scope = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    PeriodChooser *m_period = nullptr;
    QLabel *m_periodLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ExportJob *m_job = nullptr;
};

} // namespace evalreview
