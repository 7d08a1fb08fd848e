#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace evalreview {

class LibrarySession;
class ThemeTableModel;

/// Edit Themes: the library's theme taxonomy as a table the reviewer edits, with Add, Remove,
/// Import CSV… and Export CSV…. The themes are read on the library's reader; OK stores them through
/// the library's writer, which replaces the taxonomy and suggests the tags again (the window's
/// views follow through LibrarySession::learningChanged()), and closes once they are stored.
/// Cancel changes nothing. Who may not change the taxonomy (a read-only library, a team library's
/// role other than admin) sees it and may export it.
class ThemeEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ThemeEditorDialog(LibrarySession &session, QWidget *parent = nullptr);

    /// Replaces the file dialogs (tests): `save` asks where to export, otherwise what to import.
    /// Returns the path, or empty when the reviewer cancelled.
    using FileChooser = std::function<QString(QWidget *parent, bool save)>;
    static void setFileChooser(FileChooser chooser);

    ThemeTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *okButton() const;
    bool isLoading() const { return m_loading; }
    bool isSaving() const { return m_saving; }

    /// Adds an empty theme below the others and starts editing its key.
    void addTheme();
    /// Removes the selected themes.
    void removeSelected();
    void importCsv();
    void exportCsv();

public Q_SLOTS:
    /// Checks the themes and, when they hold together, stores them (the dialog closes once they are
    /// stored); otherwise says what is wrong and stays open.
    void accept() override;
    /// Closes without storing anything (not while the themes are being stored).
    void reject() override;

private:
    void load();
    void setBusy(const QString &what);
    void updateButtons();

    LibrarySession &m_session;
    ThemeTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_editable = false;
    bool m_loading = false;
    bool m_loaded = false; ///< the library's themes are shown: only then may they be replaced
    bool m_saving = false;
};

} // namespace evalreview
