#include "DetailView.h"

#include "DetailHtml.h"
#include "FollowUpPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace evalreview {

DetailView::DetailView(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_copy(new QPushButton(tr("Copy citation"), this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_followUp(new FollowUpPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    auto *top = new QHBoxLayout;
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setAccessibleName(tr("Selected recommendation"));
    m_copy->setObjectName(QStringLiteral("copyCitation"));
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy-citation.svg")));
    m_copy->setToolTip(tr("Copy the selected text (or the recommendation) with document title and page"));
    top->addWidget(m_heading, 1);
    top->addWidget(m_copy);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    m_recommendation = addPane(QStringLiteral("recommendationPane"), tr("Recommendation"));
    m_response = addPane(QStringLiteral("responsePane"), tr("Management response and actions"));
    m_comments = addPane(QStringLiteral("donorCommentsPane"), tr("Donor comments"));
    m_followUp->setObjectName(QStringLiteral("followUpPanel"));
    m_splitter->addWidget(m_followUp);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({300, 300, 260, 240});

    connect(m_copy, &QPushButton::clicked, this, &DetailView::copyCitation);
    connect(m_followUp, &FollowUpPanel::editRequested, this, [this](FollowUpField field, const QString &value) {
        if (m_detail) {
            Q_EMIT followUpEditRequested(m_detail->id, field, value);
        }
    });
    setDetail(std::nullopt);
}

QTextBrowser *DetailView::addPane(const QString &name, const QString &accessibleName)
{
    auto *pane = new QTextBrowser(this);
    pane->setObjectName(name);
    pane->setAccessibleName(accessibleName);
    pane->setAccessibleDescription(tr("Page references are links: Tab moves to them, Enter shows the page"));
    pane->setOpenLinks(false);
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                                  Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(pane, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { openLink(url.toString()); });
    m_splitter->addWidget(pane);
    return pane;
}

void DetailView::setDetail(const std::optional<RecommendationDetail> &detail)
{
    if (m_detail && (!detail || detail->id != m_detail->id)) {
        m_followUp->commitPending(); // typed but not yet saved: it belongs to the record being left
    }
    m_detail = detail;
    m_copy->setEnabled(detail.has_value());
    if (!detail) {
        m_heading->setText(tr("Select a recommendation to see it beside its response, actions and donor comments."));
        m_recommendation->clear();
        m_response->clear();
        m_comments->clear();
        m_followUp->clearState();
        Q_EMIT detailChanged();
        return;
    }
    QStringList marks; // what reviewers did to it
    if (detail->verified) {
        marks << tr("✓ verified");
    }
    if (detail->added) {
        marks << tr("added by hand");
    } else if (!detail->extracted.isEmpty()) {
        marks << tr("✎ edited");
    }
    m_heading->setText(
        tr("<b>%1</b> · %2%3%4")
            .arg(detail->code.toHtmlEscaped(), detail->documentTitle.toHtmlEscaped(),
                 detail->page > 0 ? tr(" · page %1").arg(detail->page) : QString(),
                 marks.isEmpty() ? QString() : QStringLiteral(" · ") + marks.join(QStringLiteral(" · "))));
    m_recommendation->setHtml(detail_html::recommendation(*detail));
    m_response->setHtml(detail_html::response(*detail));
    m_comments->setHtml(detail_html::donorComments(*detail));
    m_followUp->setState(detail->followUp);
    Q_EMIT detailChanged();
}

void DetailView::setFollowUp(const FollowUpState &state)
{
    if (m_detail) {
        m_detail->followUp = state;
        m_followUp->setState(state);
    }
}

QTextBrowser *DetailView::pane(Pane pane) const
{
    switch (pane) {
    case Pane::Recommendation:
        return m_recommendation;
    case Pane::Response:
        return m_response;
    case Pane::DonorComments:
        return m_comments;
    }
    return nullptr;
}

QString DetailView::paneText(Pane p) const
{
    return pane(p)->toPlainText();
}

PageTarget DetailView::targetFor(const QList<Anchor> &anchors) const
{
    PageTarget t;
    if (!m_detail) {
        return t;
    }
    t.documentId = m_detail->documentId;
    t.documentTitle = m_detail->documentTitle;
    t.sourcePath = m_detail->sourcePath;
    t.sourceFormat = m_detail->sourceFormat;
    t.page = anchors.isEmpty() ? m_detail->page : anchors.first().page;
    t.highlights = anchors;
    return t;
}

PageTarget DetailView::recommendationTarget() const
{
    return m_detail ? targetFor(m_detail->anchorsFor(QStringLiteral("text"))) : PageTarget{};
}

void DetailView::openLink(const QString &link)
{
    if (!m_detail) {
        return;
    }
    const PageTarget t = targetFor(detail_html::anchorsForLink(*m_detail, link));
    if (t.isValid()) {
        Q_EMIT sourceRequested(t);
    }
}

QString DetailView::citation() const
{
    if (!m_detail) {
        return {};
    }
    QString text;
    int page = m_detail->page;
    const struct
    {
        QTextBrowser *pane;
        QString field;
    } panes[] = {{m_recommendation, QStringLiteral("text")},
                 {m_response, QStringLiteral("response_text")},
                 {m_comments, QString()}};
    for (const auto &p : panes) {
        const QString selected = p.pane->textCursor().selectedText();
        if (!selected.isEmpty()) {
            text = selected;
            text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
            QList<Anchor> anchors = m_detail->anchorsFor(p.field);
            if (p.field.isEmpty() && !m_detail->donorComments.isEmpty()) {
                anchors = m_detail->donorComments.first().anchors;
            }
            if (!anchors.isEmpty()) {
                page = anchors.first().page;
            }
            break;
        }
    }
    if (text.isEmpty()) {
        text = m_detail->text;
        const QList<Anchor> anchors = m_detail->anchorsFor(QStringLiteral("text"));
        if (!anchors.isEmpty()) {
            page = anchors.first().page;
        }
    }
    QString source = m_detail->documentTitle;
    if (page > 0) {
        source += tr(", p. %1").arg(page);
    }
    return tr("\"%1\" (%2, recommendation %3)").arg(text.trimmed(), source, m_detail->code);
}

void DetailView::copyCitation()
{
    if (m_detail) {
        QApplication::clipboard()->setText(citation());
    }
}

void DetailView::addFooter(QWidget *widget)
{
    static_cast<QVBoxLayout *>(layout())->addWidget(widget);
}

} // namespace evalreview
