#include "LibrarySession.h"

#include "AppSettings.h"
#include "SqliteLibraryStore.h"

namespace evalreview {

LibrarySession::LibrarySession(QObject *parent) : QObject(parent) {}

LibrarySession::~LibrarySession() = default;

QString LibrarySession::path() const
{
    return m_store ? m_store->location() : QString();
}

bool LibrarySession::open(const QString &path, QString *error)
{
    try {
        auto store = SqliteLibraryStore::open(path);
        m_corrections.reset();
        m_followUps.reset();
        m_query.reset();
        m_store = std::move(store);
        m_query = std::make_unique<RecommendationQuery>(m_store->database());
        m_followUps = std::make_unique<FollowUpStore>(m_store->database());
        m_corrections = std::make_unique<CorrectionStore>(m_store->database());
    } catch (const StoreError &e) {
        if (error) {
            *error = e.message();
        }
        return false;
    }
    Q_EMIT opened();
    return true;
}

void LibrarySession::close()
{
    m_corrections.reset();
    m_followUps.reset();
    m_query.reset();
    m_store.reset();
}

bool LibrarySession::setFollowUp(qint64 recommendationId, FollowUpField field, const QString &value, QString *error)
{
    if (!m_followUps) {
        return false;
    }
    try {
        if (m_followUps->set(recommendationId, field, value, settings::reviewerName())) {
            Q_EMIT followUpChanged(recommendationId);
        }
        return true;
    } catch (const StoreError &e) {
        if (error) {
            *error = e.message();
        }
        return false;
    }
}

bool LibrarySession::correct(const std::function<qint64(CorrectionStore &)> &change, bool listChanged, QString *error)
{
    if (!m_corrections) {
        return false;
    }
    qint64 recommendationId = 0;
    try {
        recommendationId = change(*m_corrections);
    } catch (const StoreError &e) {
        if (error) {
            *error = e.message();
        }
        return false;
    }
    Q_EMIT recordCorrected(recommendationId, listChanged);
    return true;
}

void LibrarySession::notifyContentChanged()
{
    Q_EMIT contentChanged();
}

} // namespace evalreview
