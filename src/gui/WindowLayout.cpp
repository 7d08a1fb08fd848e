#include "WindowLayout.h"

#include <QEvent>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

#include <numeric>

namespace evalreview {

WindowLayout::WindowLayout(QMainWindow &window) : QObject(&window), m_window(window)
{
    window.installEventFilter(this);
}

void WindowLayout::addSplitter(QSplitter *splitter, const QString &key, std::vector<int> proportions)
{
    m_splitters.push_back({splitter, key, std::move(proportions)});
}

void WindowLayout::restore()
{
    const QSettings s;
    if (!m_window.restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        m_window.resize(1440, 900);
    }
    m_window.restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    for (const Entry &e : m_splitters) {
        if (!e.splitter->restoreState(s.value(QStringLiteral("window/") + e.key).toByteArray())) {
            m_needsDefaults = true;
        }
    }
}

void WindowLayout::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), m_window.saveGeometry());
    s.setValue(QStringLiteral("window/state"), m_window.saveState());
    for (const Entry &e : m_splitters) {
        s.setValue(QStringLiteral("window/") + e.key, e.splitter->saveState());
    }
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Show && m_needsDefaults) {
        m_needsDefaults = false;
        for (const Entry &e : m_splitters) {
            if (e.proportions.empty()) {
                continue;
            }
            const int total = std::accumulate(e.proportions.begin(), e.proportions.end(), 0);
            const int length = e.splitter->orientation() == Qt::Horizontal ? e.splitter->width() : e.splitter->height();
            QList<int> sizes;
            for (int p : e.proportions) {
                sizes << length * p / total;
            }
            e.splitter->setSizes(sizes);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace evalreview
