#include "LinkCommand.h"

#include "LibrarySession.h"

namespace evalreview {

LinkStateCommand::LinkStateCommand(LibrarySession &session, qint64 linkId, LinkState before, LinkState after,
                                   const QString &text, QString reviewer)
    : QUndoCommand(text), m_session(session), m_linkId(linkId), m_before(before), m_after(after),
      m_reviewer(std::move(reviewer))
{}

void LinkStateCommand::undo()
{
    apply(m_before);
}

void LinkStateCommand::redo()
{
    apply(m_after);
}

void LinkStateCommand::apply(LinkState state)
{
    // copies only: the job runs on the writer thread, perhaps after this command is gone
    m_session.changeLinks(
        [id = m_linkId, state, who = m_reviewer](LinkStore &links) { links.setState(id, state, who); }, text());
}

AddLinkCommand::AddLinkCommand(LibrarySession &session, Ends ends, const QString &text, QString reviewer)
    : QUndoCommand(text), m_session(session), m_ends(ends), m_reviewer(std::move(reviewer)),
      m_done(std::make_shared<Done>())
{}

void AddLinkCommand::redo()
{
    m_session.changeLinks(
        [done = m_done, ends = m_ends, who = m_reviewer](LinkStore &links) {
            done->before = links.stateBetween(LinkEnd::Recommendation, ends.from, LinkEnd::Recommendation, ends.to);
            done->id =
                links.add(LinkEnd::Recommendation, ends.from, LinkEnd::Recommendation, ends.to, ends.relation, who);
        },
        text());
}

void AddLinkCommand::undo()
{
    m_session.changeLinks(
        [done = m_done, who = m_reviewer](LinkStore &links) {
            if (done->id <= 0) {
                return;
            }
            if (done->before) {
                links.setState(done->id, *done->before, who); // the suggestion it confirmed
            } else {
                links.remove(done->id);
            }
        },
        text());
}

} // namespace evalreview
