#pragma once

#include "Model.h"

#include <QTreeWidget>

namespace evalreview {

/// The library's documents grouped by kind and programme, with their record counts. Choosing a
/// group or a document narrows the recommendations table to it. A document whose extraction
/// left warnings carries a warning icon; its tooltip lists them.
class LibrarySidebar : public QTreeWidget
{
    Q_OBJECT
public:
    explicit LibrarySidebar(QWidget *parent = nullptr);

    void setDocuments(const QList<DocumentSummary> &documents);
    /// Selects the item of a document (no signal when it is already chosen).
    void selectDocument(qint64 documentId);

    static QString kindLabel(const QString &kind);

    /// Whether a document's context menu offers sharing it with donors (a team library's
    /// managers and administrators).
    void setSharingEnabled(bool enabled) { m_sharingEnabled = enabled; }

    /// A document item's extraction warnings (QStringList), empty when there are none.
    static constexpr int WarningsRole = Qt::UserRole + 16;

Q_SIGNALS:
    /// Empty kind and programme and a zero id: the whole library.
    void scopeChosen(const QString &kind, const QString &programme, qint64 documentId);
    /// A reviewer wants to add the records of a document by hand (its context menu).
    void markUpRequested(qint64 documentId);
    /// A manager wants to choose the donor organisations that read a document.
    void shareRequested(qint64 documentId, const QString &title);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void emitScope();

    bool m_sharingEnabled = false;
};

} // namespace evalreview
