#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class QComboBox;
class QSpinBox;

namespace evalreview {

/// Reviewer name, library location, recent libraries, staleness and the window's language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const QString &currentLibrary, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString reviewerName() const;
    QString libraryPath() const;

    /// Stores the reviewer name; the caller opens the library when libraryPath() changed.
    void save() const;

private:
    void browse();
    void addLanguageChoice();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QSpinBox *m_staleMonths = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace evalreview
