#include "SettingsDialog.h"

#include "AppSettings.h"
#include "ui_SettingsDialog.h"

#include <QFileDialog>

namespace evalreview {

SettingsDialog::SettingsDialog(const QString &currentLibrary, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->reviewerName->setText(settings::reviewerName());
    m_ui->libraryPath->setText(currentLibrary);
    m_ui->recent->addItems(settings::recentLibraries());
    connect(m_ui->browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_ui->recent, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { m_ui->libraryPath->setText(item->text()); });
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::reviewerName() const
{
    return m_ui->reviewerName->text().trimmed();
}

QString SettingsDialog::libraryPath() const
{
    return m_ui->libraryPath->text().trimmed();
}

void SettingsDialog::save() const
{
    settings::setReviewerName(reviewerName());
}

void SettingsDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Choose or create a library"), libraryPath(),
                                                      tr("EvalReview libraries (*.evalreview);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_ui->libraryPath->setText(path);
    }
}

} // namespace evalreview
