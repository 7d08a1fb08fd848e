#pragma once

#include "LinkStore.h"
#include "RecommendationTypes.h"

#include <QWidget>

#include <functional>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace evalreview {

class LibrarySession;

/// The chain of the selected recommendation across documents: evaluation -> management response
/// -> actions -> progress -> donor comments, built from the links stored in the library. A click on
/// a linked record selects it; a suggested link can be confirmed or removed, and a link to another
/// recommendation added by its code.
class LinkChainPanel : public QWidget
{
    Q_OBJECT
public:
    /// Link decisions are undoable commands on `undo` (the window's history).
    LinkChainPanel(LibrarySession &session, QUndoStack &undo, QWidget *parent = nullptr);

    void setRecommendation(qint64 recommendationId);
    /// Whether the chain of the recommendation is still being read (on the library's reader).
    bool isLoading() const;
    qint64 recommendation() const { return m_current; }
    QTreeWidget *tree() const { return m_tree; }

    void confirmSelected();
    void removeSelected();
    /// Links the current recommendation to the one with `code`, once the library's reader has found
    /// it (an undoable command then); a message says so when no other recommendation has the code.
    void addLinkTo(const QString &code);

    /// Replaces the "Add link" code prompt (tests): returns the code, or "" to cancel.
    using CodeAsker = std::function<QString()>;
    static void setCodeAsker(CodeAsker asker);

Q_SIGNALS:
    void recommendationActivated(qint64 recommendationId);

private:
    void rebuild();
    void clearItems();
    void showChain(const LinkChain &chain, const std::optional<RecommendationDetail> &detail);
    void addLinkItem(const ChainLink &link);
    void updateButtons();

    void decideSelected(LinkState state, const QString &what);

    LibrarySession &m_session;
    QUndoStack &m_undo;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_add = nullptr;
    QList<QTreeWidgetItem *> m_groups;
    qint64 m_current = 0;
};

} // namespace evalreview
