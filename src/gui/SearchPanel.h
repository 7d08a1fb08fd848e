#pragma once

#include "Model.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace evalreview {

class LibrarySession;
class SearchRunner;

/// Full-text search across the library: results with snippet, document and page. Enter or a
/// double click on a result opens its page with the hit highlighted. The search runs off the GUI
/// thread (SearchRunner); its results replace the list when they come.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(LibrarySession &session, QWidget *parent = nullptr);

    /// Starts searching for `text`; the results follow (resultsShown()).
    void search(const QString &text);
    void focusQuery();
    void clear();

    QLineEdit *queryEdit() const { return m_query; }
    QTreeWidget *results() const { return m_results; }
    const QList<SearchHit> &hits() const { return m_hits; }
    /// The words a hit's snippet marked as matches, to find them on the page.
    static QString matchedText(const SearchHit &hit, const QString &query);

Q_SIGNALS:
    void hitActivated(const evalreview::SearchHit &hit, const QString &matchedText);
    /// The results of a search are in the list.
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(int row);
    void showResult(const QString &text, const SearchResult &result);

    LibrarySession &m_session;
    SearchRunner *m_runner = nullptr;
    QLineEdit *m_query = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_results = nullptr;
    QList<SearchHit> m_hits;
    QString m_lastQuery;
};

} // namespace evalreview
