#include "LibrarySidebar.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMap>
#include <QMenu>
#include <QStyle>

namespace evalreview {

namespace {

enum Role
{
    KindRole = Qt::UserRole + 1,
    ProgrammeRole,
    DocumentRole,
};

/// A document of the list. Its tooltip is written when asked for, not for each of thousands of
/// documents while the list is built.
class DocumentItem : public QTreeWidgetItem
{
public:
    DocumentItem(QTreeWidgetItem *parent, const DocumentSummary &d)
        : QTreeWidgetItem(parent, {d.title.isEmpty() ? d.fileName : d.title, QString::number(d.recommendationCount)}),
          m_title(d.title), m_fileName(d.fileName), m_pages(d.pageCount), m_warnings(d.extractionWarnings),
          m_recommendations(d.recommendationCount), m_verified(d.verifiedCount)
    {
        setData(0, DocumentRole, d.id);
        if (m_verified > 0) {
            setText(1, QStringLiteral("%1 ✓%2").arg(m_recommendations).arg(m_verified));
        }
    }

    QVariant data(int column, int role) const override
    {
        if (role == Qt::ToolTipRole && column == 0) {
            QString tip = LibrarySidebar::tr("%1\n%2 · %n page(s)", nullptr, m_pages).arg(m_title, m_fileName);
            tip += QLatin1Char('\n') + LibrarySidebar::tr("%n recommendation(s)", nullptr, m_recommendations) +
                   QStringLiteral(", ") + LibrarySidebar::tr("%n verified", nullptr, m_verified);
            if (!m_warnings.isEmpty()) {
                tip += QLatin1String("\n\n") + LibrarySidebar::tr("Check the extraction:") + QLatin1Char('\n') +
                       m_warnings.join(QLatin1Char('\n'));
            }
            if (needsMarkUp()) {
                tip += QLatin1String("\n\n") +
                       LibrarySidebar::tr("Right-click and choose Mark Up by Hand to add what the import missed.");
            }
            return tip;
        }
        if (role == Qt::DecorationRole && column == 0 && !m_warnings.isEmpty()) {
            return warningIcon();
        }
        if (role == LibrarySidebar::WarningsRole) {
            return m_warnings;
        }
        return QTreeWidgetItem::data(column, role);
    }

    /// Nothing found, or the extraction was unsure: a reviewer should mark it up.
    bool needsMarkUp() const { return m_recommendations == 0 || !m_warnings.isEmpty(); }

private:
    static QIcon warningIcon()
    {
        static const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return icon;
    }

    QString m_title;
    QString m_fileName;
    int m_pages;
    QStringList m_warnings;
    int m_recommendations;
    int m_verified;
};

} // namespace

LibrarySidebar::LibrarySidebar(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("librarySidebar"));
    setAccessibleName(tr("Library documents"));
    setHeaderLabels({tr("Library"), tr("Recs")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // A fixed width for the counts: measuring thousands of documents' cells would cost more than
    // the whole list.
    header()->setSectionResizeMode(1, QHeaderView::Fixed);
    header()->resizeSection(1, fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 16);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::currentItemChanged, this, &LibrarySidebar::emitScope);
}

QString LibrarySidebar::kindLabel(const QString &kind)
{
    if (kind == kinds::ManagementResponse) {
        return tr("Management responses");
    }
    if (kind == kinds::EvaluationReport) {
        return tr("Evaluation reports");
    }
    if (kind == kinds::ProgressReport) {
        return tr("Progress reports");
    }
    if (kind == kinds::Newsletter) {
        return tr("Newsletters");
    }
    if (kind == kinds::FinalReport) {
        return tr("Final reports");
    }
    return tr("Other documents");
}

void LibrarySidebar::setDocuments(const QList<DocumentSummary> &documents)
{
    const QSignalBlocker block(this);
    clear();
    int total = 0;
    // Built apart from the tree and added at the end: one insertion instead of one per document.
    auto *all = new QTreeWidgetItem(QStringList{tr("All documents (%1)").arg(documents.size())});
    QMap<QString, QTreeWidgetItem *> kindItems;
    QMap<QString, QTreeWidgetItem *> programmeItems;
    QMap<QTreeWidgetItem *, int> counts;
    const QString programmeLabel = tr("Programme %1");
    for (const DocumentSummary &d : documents) {
        QTreeWidgetItem *&kindItem = kindItems[d.kind];
        if (!kindItem) {
            kindItem = new QTreeWidgetItem(all, {kindLabel(d.kind)});
            kindItem->setData(0, KindRole, d.kind);
        }
        QTreeWidgetItem *parent = kindItem;
        if (!d.programme.isEmpty()) {
            QTreeWidgetItem *&programmeItem = programmeItems[d.kind + QLatin1Char('\n') + d.programme];
            if (!programmeItem) {
                programmeItem = new QTreeWidgetItem(kindItem, {programmeLabel.arg(d.programme)});
                programmeItem->setData(0, KindRole, d.kind);
                programmeItem->setData(0, ProgrammeRole, d.programme);
            }
            parent = programmeItem;
            counts[programmeItem] += d.recommendationCount;
        }
        new DocumentItem(parent, d);
        counts[kindItem] += d.recommendationCount;
        total += d.recommendationCount;
    }
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        it.key()->setText(1, QString::number(it.value()));
    }
    for (QTreeWidgetItem *k : std::as_const(kindItems)) {
        k->setText(0, QStringLiteral("%1 (%2)").arg(k->text(0)).arg(k->childCount()));
    }
    all->setText(1, QString::number(total));
    addTopLevelItem(all);
    expandAll();
    setCurrentItem(all);
}

void LibrarySidebar::selectDocument(qint64 documentId)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(0, DocumentRole).toLongLong() == documentId) {
            setCurrentItem(*it);
            return;
        }
    }
}

void LibrarySidebar::contextMenuEvent(QContextMenuEvent *event)
{
    const QTreeWidgetItem *item = itemAt(event->pos());
    const qint64 documentId = item ? item->data(0, DocumentRole).toLongLong() : 0;
    if (documentId <= 0) {
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("Mark Up by Hand…"), this, [this, documentId] { Q_EMIT markUpRequested(documentId); });
    if (m_sharingEnabled) {
        const QString title = item->text(0);
        menu.addAction(tr("Share with Donors…"), this,
                       [this, documentId, title] { Q_EMIT shareRequested(documentId, title); });
    }
    menu.exec(event->globalPos());
}

void LibrarySidebar::emitScope()
{
    const QTreeWidgetItem *item = currentItem();
    if (!item) {
        Q_EMIT scopeChosen({}, {}, 0);
        return;
    }
    const qint64 documentId = item->data(0, DocumentRole).toLongLong();
    if (documentId > 0) {
        Q_EMIT scopeChosen({}, {}, documentId);
        return;
    }
    Q_EMIT scopeChosen(item->data(0, KindRole).toString(), item->data(0, ProgrammeRole).toString(), 0);
}

} // namespace evalreview
