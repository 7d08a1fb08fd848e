#pragma once

#include "PageTarget.h"
#include "RecommendationTypes.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace evalreview {

class LessonTableModel;
class LibrarySession;
class ThemeTagsPanel;

/// Lessons learned, good practices and conclusions across the documents of the library, searched
/// (case and accents folded, every word) and filtered by kind. Selecting one asks for its page with
/// its region highlighted and shows its theme tags below the table, to confirm or remove.
class LessonsView : public QWidget
{
    Q_OBJECT
public:
    explicit LessonsView(LibrarySession &session, QWidget *parent = nullptr);

    /// Re-reads the library now, on its reader thread.
    void reload();
    /// The library changed: re-read now if shown, else when next shown.
    void invalidate();
    bool isLoading() const;
    /// The kinds to choose from: "" (all), lesson_learned, good_practice, conclusion.
    void setKind(const QString &kind);

    /// Asks where to write the listed lessons as CSV and writes them there on a worker thread.
    void exportCsv();
    /// Replaces the file dialog of exportCsv() (tests); nullptr restores it.
    using FileChooser = std::function<QString(QWidget *parent)>;
    static void setFileChooser(FileChooser chooser);

    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *exportButton() const { return m_export; }
    QComboBox *kindCombo() const { return m_kind; }
    QTableView *table() const { return m_table; }
    LessonTableModel *model() const { return m_model; }
    ThemeTagsPanel *themeTags() const { return m_themeTags; }

Q_SIGNALS:
    void pageRequested(const evalreview::PageTarget &target);
    /// An export finished: `message` says where it was written, or why it was not.
    void exported(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void activate(int row);
    /// Selects again the lesson whose tags are shown once the list is read again (none selected:
    /// the tags are cleared).
    void keepSelection();

    LibrarySession &m_session;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableView *m_table = nullptr;
    LessonTableModel *m_model = nullptr;
    ThemeTagsPanel *m_themeTags = nullptr;
    QTimer *m_typing = nullptr;
    QHash<qint64, DocumentSource> m_sources; ///< of the documents listed
    bool m_dirty = true;
    bool m_reselecting = false; ///< keepSelection() selects: the page is not asked for again
};

} // namespace evalreview
