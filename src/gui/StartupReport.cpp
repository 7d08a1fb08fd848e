#include "StartupReport.h"

#include "FollowUpViews.h"
#include "MainWindow.h"
#include "RecommendationTableModel.h"
#include "RecommendationsPanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace evalreview {

namespace {
constexpr int kIdleTimeoutMs = 120000;

void report(const char *line, qint64 a, qint64 b = -1)
{
    if (b >= 0) {
        std::printf("%s %lld in-ms %lld\n", line, static_cast<long long>(a), static_cast<long long>(b));
    } else {
        std::printf("%s %lld\n", line, static_cast<long long>(a));
    }
    std::fflush(stdout);
}
} // namespace

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return 0;
}

StartupReport::StartupReport(MainWindow &window, QElapsedTimer sinceStart, QObject *parent)
    : QObject(parent), m_window(window), m_sinceStart(sinceStart), m_poll(new QTimer(this))
{
    m_window.installEventFilter(this);
    m_poll->setInterval(20);
    connect(m_poll, &QTimer::timeout, this, &StartupReport::waitUntilIdle);
}

bool StartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The children paint in the same pass: report once it is over.
        QTimer::singleShot(0, this, &StartupReport::firstWindow);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::firstWindow()
{
    report("first-window-ms", m_sinceStart.elapsed());
    m_poll->start();
}

void StartupReport::waitUntilIdle()
{
    const bool busy = m_window.recommendations()->facetsPending() || m_window.recommendations()->isBusy() ||
                      m_window.followUpViews()->isDerivingDueDates();
    if (busy && m_sinceStart.elapsed() < kIdleTimeoutMs) {
        return;
    }
    m_poll->stop();
    report("idle-ms", m_sinceStart.elapsed());
    listEverything();
}

void StartupReport::listEverything()
{
    QElapsedTimer t;
    t.start();
    RecommendationsPanel *panel = m_window.recommendations();
    panel->step(0);
    RecommendationTableModel *model = panel->model();
    // Each page comes from the reader: ask for the next one when the last has arrived.
    while (model->isLoading() || model->canFetchMore({})) {
        if (model->canFetchMore({})) {
            model->fetchMore({});
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    report("listed-rows", model->rowCount(), t.elapsed());
    report("peak-rss-kb", peakResidentKiB());
    QCoreApplication::exit(0);
}

} // namespace evalreview
