#pragma once

#include "CorrectionStore.h"
#include "FollowUpStore.h"
#include "RecommendationQuery.h"

#include <QObject>

#include <functional>
#include <memory>

namespace evalreview {

class SqliteLibraryStore;

/// The open library of the GUI thread: its store, the queries over it and follow-up writes.
/// Views read through it and listen to its signals; nothing else holds the connection.
class LibrarySession : public QObject
{
    Q_OBJECT
public:
    explicit LibrarySession(QObject *parent = nullptr);
    ~LibrarySession() override;

    /// Opens `path` (creating it when missing). On failure returns false with a sentence in `error`
    /// and keeps the library that was open before.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_store != nullptr; }
    /// Closes the library (before its file is replaced); views must not read until the next open().
    void close();
    QString path() const;

    SqliteLibraryStore *store() const { return m_store.get(); }
    RecommendationQuery &query() { return *m_query; }
    FollowUpStore &followUps() { return *m_followUps; }
    CorrectionStore &corrections() { return *m_corrections; }

    /// Saves one follow-up field at once; false with a sentence in `error` when it could not be saved.
    bool setFollowUp(qint64 recommendationId, FollowUpField field, const QString &value, QString *error);

    /// Runs one correction (CorrectionStore writes it in its own transaction; `change` returns the
    /// recommendation it touched) and tells the views; false with a sentence in `error` when it could
    /// not be saved.
    bool correct(const std::function<qint64(CorrectionStore &)> &change, bool listChanged, QString *error);

    /// Tells the views the library's documents changed (after an import).
    void notifyContentChanged();

Q_SIGNALS:
    void opened();
    void contentChanged();
    void followUpChanged(qint64 recommendationId);
    /// A reviewer corrected, added, deleted or verified the recommendation or one of its records.
    /// `listChanged`: a record was added, deleted or restored, so lists must be read again.
    void recordCorrected(qint64 recommendationId, bool listChanged);

private:
    std::unique_ptr<SqliteLibraryStore> m_store;
    std::unique_ptr<RecommendationQuery> m_query;
    std::unique_ptr<FollowUpStore> m_followUps;
    std::unique_ptr<CorrectionStore> m_corrections;
};

} // namespace evalreview
