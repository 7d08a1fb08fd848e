#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace evalreview {

class MainWindow;

/// `--startup-report`, for scripts/bench: prints when the main window is first painted, waits
/// until the background work of opening the library is done, lists every recommendation of the
/// table, then prints the process's peak memory and quits. One line per figure on stdout:
/// `first-window-ms N`, `idle-ms N`, `listed-rows N in-ms N`, `peak-rss-kb N`.
class StartupReport : public QObject
{
    Q_OBJECT
public:
    /// `sinceStart` runs from the start of main().
    StartupReport(MainWindow &window, QElapsedTimer sinceStart, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void firstWindow();
    void waitUntilIdle();
    void listEverything();

    MainWindow &m_window;
    QElapsedTimer m_sinceStart;
    QTimer *m_poll = nullptr;
    bool m_painted = false;
};

/// The peak resident memory of this process in KiB (VmHWM), 0 when unknown.
qint64 peakResidentKiB();

} // namespace evalreview
