#include "ExportDialog.h"

#include "AppSettings.h"
#include "LibrarySession.h"
#include "PeriodChooser.h"
#include "RecommendationQuery.h"
#include "UserMessages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace evalreview {

ExportDialog::ExportDialog(LibrarySession &session, const RecommendationFilter &currentView, QWidget *parent)
    : QDialog(parent), m_session(session), m_view(currentView), m_scope(new QComboBox(this)),
      m_format(new QComboBox(this)), m_path(new QLineEdit(this)), m_period(new PeriodChooser(this)),
      m_periodLabel(new QLabel(tr("Indicators period:"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_job(new ExportJob(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_scope->setObjectName(QStringLiteral("exportScope"));
    m_scope->addItem(tr("Current view"), qint64(0));
    readScopes();
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV table (.csv)"), int(ExportFormat::Csv));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(ExportFormat::Xlsx));
    m_format->addItem(tr("HTML evidence bundle (.html)"), int(ExportFormat::Html));
    m_format->addItem(tr("PDF report (.pdf)"), int(ExportFormat::Pdf));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setPlaceholderText(tr("File to write"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Records:"), m_scope);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("File:"), pathRow);
    m_period->setPeriod(settings::indicatorPeriod());
    m_period->setToolTip(tr("The workbook and the report end with the follow-up indicators of the exported "
                            "recommendations; their closure rate counts the follow-ups due in this period"));
    m_periodLabel->setBuddy(m_period->kindCombo());
    form->addRow(m_periodLabel, m_period);
    const auto showPeriod = [this] {
        const bool shown = ExportJob::hasIndicators(format());
        m_periodLabel->setVisible(shown);
        m_period->setVisible(shown);
    };
    showPeriod();
    connect(m_format, &QComboBox::currentIndexChanged, this, showPeriod);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startExport"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_job, &ExportJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_status->setText(done >= total ? tr("Writing the file…") : tr("Reading %1 of %2…").arg(done).arg(total));
    });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::finish);
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::readScopes()
{
    if (!m_session.isOpen()) {
        return;
    }
    struct Scopes
    {
        qint64 matching = 0;
        QList<DocumentSource> documents;
    };
    QPointer<ExportDialog> self(this);
    m_session.read<Scopes>(
        LibrarySession::ReadChannel::ExportDocuments,
        [filter = m_view](sql::Database &db) {
            RecommendationQuery query(db);
            return Scopes{query.count(filter), query.documentSources()};
        },
        [self](Scopes scopes) {
            if (!self) {
                return;
            }
            self->m_scope->setItemText(0, tr("Current view (%n recommendation(s))", nullptr, int(scopes.matching)));
            for (const DocumentSource &d : std::as_const(scopes.documents)) {
                self->m_scope->addItem(tr("Document: %1").arg(d.title), d.id);
            }
        });
}

void ExportDialog::browse()
{
    const QString suffix = ExportJob::suffix(format());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(),
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

bool ExportDialog::startExport()
{
    if (m_job->isRunning()) {
        return false;
    }
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        messages::show(this, messages::Kind::Warning, tr("No file chosen"), tr("Please choose the file to write."));
        return false;
    }
    const QString suffix = ExportJob::suffix(format());
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        path += QLatin1Char('.') + suffix;
        m_path->setText(path);
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        messages::show(this, messages::Kind::Warning, tr("Folder not found"),
                       tr("The folder %1 does not exist.").arg(QFileInfo(path).absolutePath()));
        return false;
    }
    ExportRequest request;
    request.libraryPath = m_session.path();
    request.format = format();
    request.path = path;
    request.period = m_period->period();
    const qint64 documentId = m_scope->currentData().toLongLong();
    if (documentId > 0) {
        request.filter.documentId = documentId;
        request.title = m_scope->currentText().section(QStringLiteral(": "), 1);
    } else {
        request.filter = m_view;
        request.title = tr("Recommendations and follow-up");
    }
    m_start->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading the records…"));
    m_job->start(request);
    return true;
}

void ExportDialog::finish(const QString &error, bool cancelled, const QStringList &notes)
{
    m_start->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_progress->setRange(0, 1);
    m_progress->setValue(error.isEmpty() && !cancelled ? 1 : 0);
    if (cancelled) {
        m_status->setText(tr("The export was cancelled; no file was written."));
        return;
    }
    if (!error.isEmpty()) {
        m_status->setText(error);
        messages::show(this, messages::Kind::Error, tr("Export failed"), error);
        return;
    }
    m_status->setText(notes.isEmpty() ? tr("Exported to %1.").arg(m_path->text())
                                      : tr("Exported to %1. %2").arg(m_path->text(), notes.join(QLatin1Char(' '))));
    Q_EMIT exported(m_path->text());
}

void ExportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel(); // finish() reports it; the dialog stays until the reader stops
        return;
    }
    QDialog::reject();
}

} // namespace evalreview
