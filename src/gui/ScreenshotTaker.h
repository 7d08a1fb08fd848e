#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;
class QWidget;

namespace evalreview {

class MainWindow;
class ThemeEditorDialog;

/// `--screenshot FILE [--select CODE] [--search TEXT]`: waits until the library is loaded (and a
/// running import has finished), selects the recommendation, waits for its page to be drawn,
/// saves the window as an image and quits with 0 (1 when the file cannot be written).
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow &window, QString file, QString code, QString search, QObject *parent = nullptr);

    void start();
    /// `--view dashboard|disagreements|lessons|recurring|themes`: captures that view (undocked, at the
    /// window's size) instead; the lessons with the first lesson with themes selected.
    void setView(const QString &view) { m_view = view; }

private:
    void prepare();
    /// Selects the first row once the table's rows have arrived.
    void selectFirst();
    void capture();
    /// `--view lessons`: once the list is read, selects its first lesson with themes (so that its tags
    /// show below the list); true once those tags are read.
    bool lessonShown();

    MainWindow &m_window;
    QString m_file;
    QString m_code;
    QString m_search;
    QString m_view;
    QWidget *m_target = nullptr;
    bool m_searchPending = false;              ///< --search: its results are not in yet
    QPointer<ThemeEditorDialog> m_themeEditor; ///< --view theme-editor: captured once its themes are read
    QTimer *m_timeout = nullptr;
    bool m_captured = false;
};

} // namespace evalreview
