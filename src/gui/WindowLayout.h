#pragma once

#include <QObject>
#include <QString>

#include <utility>
#include <vector>

class QMainWindow;
class QSplitter;

namespace evalreview {

/// Remembers a main window's geometry, docks and splitters in QSettings. On a first start (nothing
/// saved) each splitter gets its default proportions once the window has its size.
class WindowLayout : public QObject
{
    Q_OBJECT
public:
    explicit WindowLayout(QMainWindow &window);

    /// `proportions` are relative sizes used when nothing was saved (e.g. {11, 9}).
    void addSplitter(QSplitter *splitter, const QString &key, std::vector<int> proportions);
    void restore();
    void save() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QSplitter *splitter;
        QString key;
        std::vector<int> proportions;
    };
    QMainWindow &m_window;
    std::vector<Entry> m_splitters;
    bool m_needsDefaults = false;
};

} // namespace evalreview
