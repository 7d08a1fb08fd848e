#include "ThemeEditorDialog.h"

#include "FontUnits.h"
#include "LibrarySession.h"
#include "ThemeStore.h"
#include "ThemeTableModel.h"
#include "UserMessages.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace evalreview {

namespace {

ThemeEditorDialog::FileChooser &fileChooser()
{
    static ThemeEditorDialog::FileChooser chooser;
    return chooser;
}

} // namespace

void ThemeEditorDialog::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

ThemeEditorDialog::ThemeEditorDialog(LibrarySession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new ThemeTableModel(this)), m_table(new QTableView(this)),
      m_status(new QLabel(this)), m_busy(new QProgressBar(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_import(new QPushButton(tr("&Import CSV…"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)), m_editable(session.canChangeTaxonomy())
{
    setObjectName(QStringLiteral("themeEditorDialog"));
    setWindowTitle(tr("Edit Themes"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        m_editable ? tr("Recommendations, actions and lessons are tagged with the themes whose keywords they hold. "
                        "Separate keywords with semicolons; a * at the end of a word matches "
                        "any ending. On OK the tags are suggested again from the keywords; "
                        "the tags reviewers confirmed or removed stay.")
                   : tr("You may look at the themes and export them, but not change them: %1")
                         .arg(session.isTeamLibrary() ? tr("on a team library only an administrator may.")
                                                      : tr("this library is read-only here.")),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model->setEditable(m_editable);
    m_table->setObjectName(QStringLiteral("themesTable"));
    m_table->setAccessibleName(tr("Themes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    QHeaderView *header = m_table->horizontalHeader();
    const int widths[ThemeTableModel::ColumnCount] = {10, 12, 28, 30, 30, 30}; // in average characters
    for (int i = 0; i < ThemeTableModel::ColumnCount; ++i) {
        header->resizeSection(i, font_units::chars(m_table, widths[i]));
    }
    header->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *bar = new QHBoxLayout;
    m_add->setObjectName(QStringLiteral("addTheme"));
    m_add->setToolTip(tr("Add a theme below the others"));
    m_remove->setObjectName(QStringLiteral("removeThemes"));
    m_remove->setToolTip(tr("Remove the selected themes and, once saved, their tags"));
    m_import->setObjectName(QStringLiteral("importThemes"));
    m_import->setToolTip(tr("Replace the themes shown with those of a CSV file (saved on OK)"));
    m_export->setObjectName(QStringLiteral("exportThemes"));
    m_export->setToolTip(tr("Write the themes shown to a CSV file"));
    m_add->setVisible(m_editable);
    m_remove->setVisible(m_editable);
    m_import->setVisible(m_editable);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    bar->addStretch(1);
    m_status->setObjectName(QStringLiteral("themesStatus"));
    bar->addWidget(m_status);
    m_busy->setObjectName(QStringLiteral("themesBusy"));
    m_busy->setRange(0, 0); // busy: no measure of how far
    m_busy->setMaximumWidth(font_units::chars(m_busy, 15));
    m_busy->hide();
    bar->addWidget(m_busy);
    layout->addLayout(bar);

    m_buttons = new QDialogButtonBox(m_editable ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                : QDialogButtonBox::StandardButtons(QDialogButtonBox::Close),
                                     this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ThemeEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ThemeEditorDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ThemeEditorDialog::addTheme);
    connect(m_remove, &QPushButton::clicked, this, &ThemeEditorDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &ThemeEditorDialog::importCsv);
    connect(m_export, &QPushButton::clicked, this, &ThemeEditorDialog::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ThemeEditorDialog::updateButtons);
    connect(&m_session, &LibrarySession::readDone, this, [this](LibrarySession::ReadChannel channel) {
        if (channel == LibrarySession::ReadChannel::Taxonomy && m_loading) {
            m_loading = false; // could not be read (the window said why)
            setBusy(QString());
            m_status->setText(tr("The themes could not be read; close and try again."));
        }
    });
    resize(font_units::chars(this, 150), font_units::lines(this, 30));
    load();
}

QPushButton *ThemeEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ThemeEditorDialog::load()
{
    if (!m_session.isOpen()) {
        updateButtons();
        return;
    }
    m_loading = true;
    setBusy(tr("Reading the themes…"));
    QPointer<ThemeEditorDialog> self(this);
    m_session.read<QList<Theme>>(
        LibrarySession::ReadChannel::Taxonomy, [](sql::Database &db) { return ThemeStore(db).themes(); },
        [self](QList<Theme> themes) {
            if (self) {
                self->m_model->setThemes(themes);
                self->m_loaded = true;
                self->m_loading = false;
                self->setBusy({});
            }
        });
}

void ThemeEditorDialog::setBusy(const QString &what)
{
    m_status->setText(what);
    m_busy->setVisible(!what.isEmpty());
    m_busy->setAccessibleName(what);
    updateButtons();
}

void ThemeEditorDialog::updateButtons()
{
    const bool idle = !m_loading && !m_saving;
    const bool editing = idle && m_editable && m_loaded;
    m_table->setEnabled(idle);
    m_add->setEnabled(editing);
    m_remove->setEnabled(editing && m_table->selectionModel()->hasSelection());
    m_import->setEnabled(editing);
    m_export->setEnabled(idle && m_model->rowCount() > 0);
    if (QPushButton *ok = okButton()) {
        ok->setEnabled(editing);
    }
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setEnabled(!m_saving);
    }
}

void ThemeEditorDialog::addTheme()
{
    if (!m_editable) {
        return;
    }
    const int row = m_model->addTheme(QStringLiteral("cross_cutting"));
    const QModelIndex key = m_model->index(row, ThemeTableModel::Key);
    m_table->setCurrentIndex(key);
    m_table->scrollTo(key);
    m_table->edit(key);
    updateButtons();
}

void ThemeEditorDialog::removeSelected()
{
    if (!m_editable) {
        return;
    }
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        rows << index.row();
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows)) {
        m_model->removeRows(row, 1);
    }
    updateButtons();
}

void ThemeEditorDialog::importCsv()
{
    if (!m_editable) {
        return;
    }
    const QString path = fileChooser() ? fileChooser()(this, false)
                                       : QFileDialog::getOpenFileName(this, tr("Import themes"), QString(),
                                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        messages::show(this, messages::Kind::Warning, tr("Themes not imported"),
                       tr("The file %1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    QString error;
    const QList<Theme> themes = ThemeStore::parseCsv(QString::fromUtf8(file.readAll()), &error);
    if (themes.isEmpty()) {
        messages::show(this, messages::Kind::Warning, tr("Themes not imported"),
                       tr("The file %1 holds no themes as EvalReview writes them.").arg(path) + QLatin1Char(' ') +
                           error);
        return;
    }
    m_model->setThemes(themes, true);
    m_status->setText(tr("%n theme(s) read from the file; OK saves them.", nullptr, int(themes.size())));
    updateButtons();
}

void ThemeEditorDialog::exportCsv()
{
    int row = -1;
    const QString problem = m_model->problem(&row);
    if (!problem.isEmpty()) {
        if (row >= 0) {
            m_table->selectRow(row);
        }
        messages::show(this, messages::Kind::Warning, tr("Themes not exported"), problem);
        return;
    }
    const QString path =
        fileChooser() ? fileChooser()(this, true)
                      : QFileDialog::getSaveFileName(this, tr("Export themes"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ThemeStore::toCsv(m_model->themes()).toUtf8()) < 0 ||
        !file.commit()) {
        messages::show(this, messages::Kind::Warning, tr("Themes not exported"),
                       tr("The file %1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    m_status->setText(tr("%n theme(s) written to %1", nullptr, m_model->rowCount()).arg(path));
}

void ThemeEditorDialog::accept()
{
    if (m_saving || m_loading) {
        return;
    }
    if (!m_editable || !m_loaded || !m_model->isModified()) {
        QDialog::accept(); // nothing to store
        return;
    }
    int row = -1;
    const QString problem = m_model->problem(&row);
    if (!problem.isEmpty()) {
        if (row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
        }
        messages::show(this, messages::Kind::Warning, tr("Themes not saved"), problem);
        return;
    }
    m_saving = true;
    setBusy(tr("Saving the themes and suggesting the tags again…"));
    const QList<Theme> themes = m_model->themes();
    QPointer<ThemeEditorDialog> self(this);
    m_session.changeLearning([themes](sql::Database &db) { ThemeStore(db).replaceThemes(themes); },
                             tr("change the themes"),
                             [self](bool stored) {
                                 if (!self) {
                                     return;
                                 }
                                 self->m_saving = false;
                                 self->setBusy({});
                                 if (stored) {
                                     self->QDialog::accept();
                                 } // otherwise the window said why; the edits stay to try again
                             });
}

void ThemeEditorDialog::reject()
{
    if (!m_saving) {
        QDialog::reject();
    }
}

} // namespace evalreview
