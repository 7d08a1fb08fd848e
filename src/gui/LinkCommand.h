#pragma once

#include "LinkStore.h"

#include <QUndoCommand>

#include <memory>
#include <optional>

namespace evalreview {

class LibrarySession;

/// A reviewer's decision on a link (confirm it, or reject it so that it is not suggested again);
/// undo puts back the state it had. Stored by the library's writer.
class LinkStateCommand : public QUndoCommand
{
public:
    LinkStateCommand(LibrarySession &session, qint64 linkId, LinkState before, LinkState after, const QString &text,
                     QString reviewer);
    void undo() override;
    void redo() override;

private:
    void apply(LinkState state);

    LibrarySession &m_session;
    qint64 m_linkId;
    LinkState m_before;
    LinkState m_after;
    QString m_reviewer;
};

/// A link a reviewer adds between two recommendations (confirmed at once). Undo removes it, or
/// puts back the state of the suggestion it confirmed.
class AddLinkCommand : public QUndoCommand
{
public:
    struct Ends
    {
        qint64 from = 0;
        qint64 to = 0;
        LinkRelation relation = LinkRelation::RefersTo;
    };
    AddLinkCommand(LibrarySession &session, Ends ends, const QString &text, QString reviewer);
    void undo() override;
    void redo() override;

private:
    /// What the writer found and did; read and written on the writer thread only.
    struct Done
    {
        qint64 id = 0;
        std::optional<LinkState> before; ///< the link there was (a suggestion), if any
    };
    LibrarySession &m_session;
    Ends m_ends;
    QString m_reviewer;
    std::shared_ptr<Done> m_done;
};

} // namespace evalreview
