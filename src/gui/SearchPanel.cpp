#include "SearchPanel.h"

#include "FontUnits.h"
#include "LibrarySession.h"
#include "SearchRunner.h"
#include "SqliteLibraryStore.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace evalreview {

namespace {
constexpr int kMaxHits = 200;

/// The snippet from a little before its first match, so the match shows in a narrow column.
QString shownSnippet(const QString &snippet)
{
    QString s = snippet.simplified();
    const qsizetype first = s.indexOf(QLatin1Char('['));
    constexpr qsizetype kLead = 24;
    if (first > kLead) {
        const qsizetype cut = s.indexOf(QLatin1Char(' '), first - kLead);
        s = QStringLiteral("…") + s.mid(cut >= 0 && cut < first ? cut + 1 : first - kLead);
    }
    return s;
}
} // namespace

SearchPanel::SearchPanel(LibrarySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_runner(new SearchRunner(this)), m_query(new QLineEdit(this)),
      m_status(new QLabel(this)), m_results(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setAccessibleName(tr("Search all documents"));
    m_query->setPlaceholderText(tr("Search all documents (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setHeaderLabels({tr("Match"), tr("Page")});
    m_results->setRootIsDecorated(false);
    m_results->setAlternatingRowColors(true);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->resizeSection(1, font_units::chars(m_results, 6));
    m_results->installEventFilter(this);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_query->text() == m_lastQuery && !m_hits.isEmpty()) {
            activate(0); // Enter again opens the best hit
        } else {
            search(m_query->text());
        }
    });
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(m_results->indexOfTopLevelItem(item)); });
    connect(m_runner, &SearchRunner::found, this, &SearchPanel::showResult);
    connect(&m_session, &LibrarySession::opened, m_runner, &SearchRunner::forget); // another library now
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::clear()
{
    m_hits.clear();
    m_results->clear();
    m_status->clear();
    m_lastQuery.clear();
}

void SearchPanel::search(const QString &text)
{
    if (m_query->text() != text) {
        m_query->setText(text);
    }
    m_results->clear();
    m_hits.clear();
    m_lastQuery = text;
    if (!m_session.isOpen()) {
        return;
    }
    m_status->setText(tr("Searching…"));
    m_runner->request(m_session.path(), text, kMaxHits);
}

void SearchPanel::showResult(const QString &text, const SearchResult &result)
{
    if (text != m_lastQuery) {
        return; // the list was cleared or another search asked for meanwhile
    }
    m_results->clear();
    m_hits = result.hits;
    for (const SearchHit &h : m_hits) {
        auto *item = new QTreeWidgetItem(m_results, {shownSnippet(h.snippet) + QLatin1Char('\n') + h.documentTitle,
                                                     h.page > 0 ? QString::number(h.page) : QString()});
        item->setToolTip(0, h.snippet.simplified() + QStringLiteral("\n— ") + h.documentTitle);
    }
    if (!result.message.isEmpty()) {
        m_status->setText(result.message);
    } else if (m_hits.isEmpty()) {
        m_status->setText(tr("Nothing in the library matches \"%1\".").arg(text));
    } else {
        m_status->setText(result.totalIsEstimate
                              ? tr("About %n match(es); Enter opens the page.", nullptr, int(result.estimatedTotal))
                              : tr("%n match(es); Enter opens the page.", nullptr, int(result.estimatedTotal)));
        m_results->setCurrentItem(m_results->topLevelItem(0));
    }
    Q_EMIT resultsShown();
}

QString SearchPanel::matchedText(const SearchHit &hit, const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.startsWith(QLatin1Char('"'))) { // a phrase is found as a whole
        const qsizetype end = trimmed.indexOf(QLatin1Char('"'), 1);
        return trimmed.mid(1, end < 0 ? -1 : end - 1);
    }
    static const QRegularExpression marked(QStringLiteral("\\[([^\\]]+)\\]"));
    const QRegularExpressionMatch m = marked.match(hit.snippet);
    return m.hasMatch() ? m.captured(1) : trimmed.section(QLatin1Char(' '), 0, 0);
}

void SearchPanel::activate(int row)
{
    if (row >= 0 && row < m_hits.size()) {
        Q_EMIT hitActivated(m_hits.at(row), matchedText(m_hits.at(row), m_lastQuery));
    }
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_results && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_results->indexOfTopLevelItem(m_results->currentItem()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace evalreview
