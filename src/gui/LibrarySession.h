#pragma once

#include "CorrectionStore.h"
#include "FollowUpStore.h"
#include "LibraryReader.h"
#include "LibraryStore.h"
#include "RecommendationQuery.h"
#include "StoreResult.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QTimer;

namespace evalreview {

class LibraryWriter;
class LinkStore;
class LibraryChangeFeed;
class LibraryStore;

/// The open library of the GUI thread: its store and the queries over it, and the library's
/// writer, which stores follow-up edits and corrections on a thread of its own. Views read
/// through it and listen to its signals; nothing else holds a connection of the window.
class LibrarySession : public QObject
{
    Q_OBJECT
public:
    explicit LibrarySession(QObject *parent = nullptr);
    ~LibrarySession() override;

    /// Opens `path` (creating it when missing); one this user cannot write is opened read-only.
    /// `path` may also be a team library's address (postgresql://host[:port]/database[?user=…]).
    /// On failure returns why and keeps the library that was open before.
    /// A team library still connecting (openInBackground()) is no longer wanted then.
    StoreResult<void> open(const QString &path);
    /// Connects to the team library at `address` (postgresql://…) off the GUI thread and returns at
    /// once: opening() now, then opened() once it is open, or openFailed() when it could not be
    /// (the server may take seconds to answer, or not answer); the library open before stays open
    /// meanwhile, and after a failure. A later open() or openInBackground() takes the place of this
    /// one: the latest request wins.
    void openInBackground(const QString &address);
    /// The team library being connected to, or "" when none is.
    QString opening() const { return m_opening; }
    bool isOpen() const { return m_store != nullptr; }
    /// Whether the open library can only be read: every write is then refused (writeFailed()).
    bool isReadOnly() const { return m_readOnly || !m_access.changeReviewData; }
    /// Whether documents can be imported (a team library: the manager and admin roles).
    bool canImport() const { return !m_readOnly && m_access.importDocuments; }
    /// Whether the theme taxonomy can be changed (a library file that can be written; a team
    /// library: the admin role).
    bool canChangeTaxonomy() const
    {
        return !isReadOnly() && (!isTeamLibrary() || m_access.role == QLatin1String("admin"));
    }
    /// What the user may do in the open library (a team library's role).
    const LibraryAccess &access() const { return m_access; }
    /// Closes the library (before its file is replaced); views must not read until the next open().
    void close();
    QString path() const;

    LibraryStore *store() const { return m_store.get(); }
    /// Whether the open library is a team library on a server (postgresql://…).
    bool isTeamLibrary() const;
    RecommendationQuery &query() { return *m_query; }
    FollowUpStore &followUps() { return *m_followUps; }
    CorrectionStore &corrections() { return *m_corrections; }

    /// Queues one follow-up field on the library's writer and returns at once: followUpChanged()
    /// when it is stored, writeFailed() with `what` when it could not be.
    /// `expected`: the value the reviewer saw; when someone else saved another meanwhile, nothing
    /// is saved and writeFailed() says who changed it to what.
    void setFollowUp(qint64 recommendationId, FollowUpField field, const QString &value, const QString &what,
                     const std::optional<QString> &expected = std::nullopt);

    /// Queues one correction on the writer (`change` runs on the writer thread with its own
    /// CorrectionStore and returns the recommendation it touched; it must hold copies, not
    /// references, of what it needs) and returns at once: recordCorrected() when it is stored,
    /// writeFailed() with `what` when it could not be.
    void correct(std::function<qint64(CorrectionStore &)> change, bool listChanged, const QString &what);

    /// Queues a change of links (confirm, reject, add) on the writer: linksChanged() when stored,
    /// writeFailed() with `what` when not.
    void changeLinks(std::function<void(LinkStore &)> change, const QString &what);

    /// Queues a reviewer's decision on learning across evaluations (a theme tag confirmed or
    /// removed, a recommendation split from its recurring group) on the writer: `change` runs on
    /// the writer thread with the writer's connection. learningChanged() when stored, writeFailed()
    /// with `what` when not.
    void changeLearning(std::function<void(sql::Database &)> change, const QString &what);
    /// The same, and `done` on the GUI thread once it is stored (true) or failed (false, after
    /// writeFailed()): for a view that waits for its own write (a dialog that closes once saved).
    void changeLearning(std::function<void(sql::Database &)> change, const QString &what,
                        std::function<void(bool stored)> done);

    /// Queues a change of what donors read (a team library's document shares, DocumentSharing.h)
    /// on the writer: sharingChanged() when stored, writeFailed() with `what` when not.
    void changeSharing(std::function<void(sql::Database &)> change, const QString &what);

    /// Blocks until every queued write is stored or failed (closing, tests).
    void waitForWrites();
    /// Calls `then` on the GUI thread once every write queued so far is stored or failed, without
    /// waiting for them here (a copy of the library then holds the reviewer's last edits).
    void afterQueuedWrites(std::function<void()> then);

    /// The views that read much at once, each a channel of the library's reader.
    enum class ReadChannel
    {
        Rows,           ///< the recommendations table: its first page after a reload, or the next page
        RowRefresh,     ///< listed rows read again after an edit
        Detail,         ///< the selected recommendation in full
        DetailFollowUp, ///< the follow-up of the shown recommendation after it changed
        FindCode,       ///< the recommendation of a code (selectCode())
        DocumentSource, ///< the source file of a document to show its page
        Correction,     ///< what a correction command needs before it is queued
        Dashboard,
        Disagreements,
        Chain,
        Lessons,
        Themes,       ///< the tags of the selected recommendation
        LessonThemes, ///< the tags of the selected lesson
        Recurring,
        ThemeChart,
        Indicators,
        Sharing,
        Taxonomy,
        LinkTarget,      ///< the recommendation a new link points to
        PageRegions,     ///< the records' regions on the page shown
        FollowUpFlags,   ///< the follow-up flags of the selected recommendation
        ExportDocuments, ///< the documents an export can be limited to
    };
    /// Reads `read(db)` on the library's reader thread and hands the result to `done` on the GUI
    /// thread, unless a newer read of `channel` was asked for meanwhile (latest request wins).
    /// A read that fails reaches readFailed(). `done` must not outlive what it captures: guard
    /// widgets with a QPointer.
    template <typename T>
    void read(ReadChannel channel, std::function<T(sql::Database &)> read, std::function<void(T)> done)
    {
        m_reader->request<T>(int(channel), path(), std::move(read), std::move(done));
    }
    bool isReading(ReadChannel channel) const { return m_reader->isBusy(int(channel)); }

    /// Tells the views the library's documents changed (after an import).
    void notifyContentChanged();

Q_SIGNALS:
    void opened();
    /// Connecting to the team library at `location` began (openInBackground()).
    void openStarted(const QString &location);
    /// The team library at `location` could not be opened; `message` says why in a sentence.
    void openFailed(const QString &location, const QString &message);
    void contentChanged();
    /// Others changed the team library's records or documents (follow-ups of others come as
    /// followUpChanged()): views read again what they show, keeping the reviewer's place.
    void changedElsewhere();
    /// Changes by others are no longer told (the server connection of the feed was lost).
    void liveUpdatesLost(const QString &message);
    void followUpChanged(qint64 recommendationId);
    /// A reviewer corrected, added, deleted or verified the recommendation or one of its records.
    /// `listChanged`: a record was added, deleted or restored, so lists must be read again.
    void recordCorrected(qint64 recommendationId, bool listChanged);
    /// A queued write could not be stored: `what` names it ("change status of 3"), `message` says why.
    void writeFailed(const QString &what, const QString &message);
    void linksChanged();
    void learningChanged();
    void sharingChanged();
    /// A read of `channel` could not be done; `message` is a sentence ("The library could not be read. …").
    void readFailed(evalreview::LibrarySession::ReadChannel channel, const QString &message);
    /// A read of `channel` answered or failed: its view may stop showing that it is busy.
    void readDone(evalreview::LibrarySession::ReadChannel channel);

private:
    /// Makes `store` (at `path`) the open library: its queries, its writer (on `writerConnection`
    /// when one was made beforehand) and, for a team library, the feed of others' changes.
    StoreResult<void> install(std::unique_ptr<LibraryStore> store, const QString &path, const LibraryAccess &access,
                              bool readOnly, std::unique_ptr<sql::Database> writerConnection);

    enum class WriteKind
    {
        FollowUp,
        Correction,
        ListCorrection, ///< a record added, deleted or restored: lists change
        Links,
        Learning,
        Sharing
    };
    /// Queues `change` on the writer as a write of `kind`.
    void submitChange(std::function<void(sql::Database &)> change, const QString &what, WriteKind kind,
                      std::function<void(bool stored)> done);
    /// True (and writeFailed() queued) when the library is read-only.
    bool refusedAsReadOnly(const QString &what);
    void onWritten(quint64 ticket, qint64 recommendationId);
    void onFailed(quint64 ticket, const QString &what, const QString &message);
    /// A change committed to a team library (by anyone), gathered for a moment and then told as
    /// contentChanged() or followUpChanged().
    void onServerChange(const QString &table, qint64 recommendationId);
    void tellServerChanges();

    LibraryWriter *m_writer;
    LibraryReader *m_reader;
    QHash<quint64, WriteKind> m_writes;                    ///< queued writes by ticket
    QHash<quint64, qint64> m_followUpWrites;               ///< the recommendation of each queued follow-up write
    QHash<quint64, std::function<void()>> m_afterWrites;   ///< afterQueuedWrites() by the ticket it waits for
    QHash<quint64, std::function<void(bool)>> m_writeDone; ///< who waits for a queued write
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<RecommendationQuery> m_query;
    std::unique_ptr<FollowUpStore> m_followUps;
    std::unique_ptr<CorrectionStore> m_corrections;
    bool m_readOnly = false;
    LibraryAccess m_access;
    std::unique_ptr<LibraryChangeFeed> m_changes; ///< a team library's notifications
    QTimer *m_changeBatch = nullptr;
    QSet<qint64> m_changedFollowUps;
    bool m_changedLists = false;
    quint64 m_openRequest = 0; ///< the latest request to open a library; older answers are dropped
    QString m_opening;         ///< the team library being connected to
};

} // namespace evalreview
