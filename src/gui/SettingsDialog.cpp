#include "SettingsDialog.h"

#include "AppSettings.h"
#include "FollowUpSettings.h"
#include "ui_SettingsDialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>

namespace evalreview {

SettingsDialog::SettingsDialog(const QString &currentLibrary, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->reviewerName->setText(settings::reviewerName());
    m_ui->libraryPath->setText(currentLibrary);
    m_ui->recent->addItems(settings::recentLibraries());
    m_staleMonths = new QSpinBox(this);
    m_staleMonths->setObjectName(QStringLiteral("staleMonths"));
    m_staleMonths->setRange(1, 60);
    m_staleMonths->setSuffix(tr(" months"));
    m_staleMonths->setToolTip(tr("An open recommendation without any follow-up change for this long is flagged"));
    m_staleMonths->setValue(followup_settings::staleMonths());
    auto *staleLabel = new QLabel(tr("&Stale after:"), this);
    staleLabel->setBuddy(m_staleMonths);
    m_ui->form->addRow(staleLabel, m_staleMonths);
    addLanguageChoice();
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
    followup_settings::setStaleMonths(m_staleMonths->value());
    settings::setLanguage(m_language->currentData().toString());
}

void SettingsDialog::addLanguageChoice()
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // each language named in itself, so that it can be found whatever the window speaks
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language())));
    auto *label = new QLabel(tr("Lan&guage:"), this);
    label->setBuddy(m_language);
    m_ui->form->addRow(label, m_language);
    auto *note = new QLabel(tr("A new language applies the next time EvalReview starts."), this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    m_ui->form->addRow(QString(), note);
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
