#include "LibrarySession.h"

#include "AppSettings.h"
#include "LibraryChangeFeed.h"
#include "LibraryStoreFactory.h"
#include "LibraryWriter.h"
#include "SqliteLibraryStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace evalreview {

namespace {
constexpr int kChangeBatchMs = 150;
}

LibrarySession::LibrarySession(QObject *parent)
    : QObject(parent), m_writer(new LibraryWriter(this)), m_reader(new LibraryReader(this))
{
    connect(m_writer, &LibraryWriter::written, this, &LibrarySession::onWritten);
    connect(m_writer, &LibraryWriter::failed, this, &LibrarySession::onFailed);
    connect(m_reader, &LibraryReader::failed, this,
            [this](int channel, const QString &message) { Q_EMIT readFailed(ReadChannel(channel), message); });
    connect(m_reader, &LibraryReader::idle, this, [this](int channel) { Q_EMIT readDone(ReadChannel(channel)); });
    // Notifications of one commit (a follow-up row and its history, an import's tables) and of
    // several colleagues' saves close together are told once.
    m_changeBatch = new QTimer(this);
    m_changeBatch->setSingleShot(true);
    m_changeBatch->setInterval(kChangeBatchMs);
    connect(m_changeBatch, &QTimer::timeout, this, &LibrarySession::tellServerChanges);
}

LibrarySession::~LibrarySession()
{
    m_writer->close(); // stores what is queued before the window's connection goes
}

bool LibrarySession::isTeamLibrary() const
{
    return m_store && evalreview::isTeamLibrary(m_store->location());
}

QString LibrarySession::path() const
{
    return m_store ? m_store->location() : QString();
}

StoreResult<void> LibrarySession::open(const QString &path)
{
    ++m_openRequest; // a team library still connecting is no longer wanted
    m_opening.clear();
    // A library this user cannot change (read-only media, a colleague's folder) is opened to read.
    // A team library's server decides itself what this user may change.
    const bool readOnly =
        !evalreview::isTeamLibrary(path) && QFileInfo::exists(path) && !SqliteLibraryStore::canWrite(path);
    std::unique_ptr<LibraryStore> store;
    LibraryAccess access;
    const StoreResult<void> opened = guarded([&path, readOnly, &store, &access] {
        store = openLibraryStore(path, readOnly);
        access = store->access();
    });
    if (!opened) {
        return opened;
    }
    return install(std::move(store), path, access, readOnly, nullptr);
}

namespace {

/// A team library connected to off the GUI thread: its store with the connection of its queries,
/// what the user may do in it, and the connection of the library's writer.
struct Connected
{
    std::unique_ptr<LibraryStore> store;
    LibraryAccess access;
    std::unique_ptr<sql::Database> writer;
};

} // namespace

void LibrarySession::openInBackground(const QString &address)
{
    const quint64 request = ++m_openRequest;
    m_opening = address;
    Q_EMIT openStarted(address);
    auto connected = std::make_shared<Connected>();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, address, connected] {
        watcher->deleteLater();
        if (request != m_openRequest) {
            return; // a later request took its place; what was connected is closed with `connected`
        }
        m_opening.clear();
        QString error = watcher->result();
        if (error.isEmpty()) {
            error =
                install(std::move(connected->store), address, connected->access, false, std::move(connected->writer))
                    .errorString();
        }
        if (!error.isEmpty()) {
            Q_EMIT openFailed(address, error);
        }
    });
    // Every connection the session needs is made here, where waiting for the server blocks nothing.
    watcher->setFuture(QtConcurrent::run([address, connected] {
        return guarded([&address, &connected] {
                   connected->store = openLibraryStore(address);
                   connected->store->database(); // its queries' connection
                   connected->access = connected->store->access();
                   auto writer = std::make_unique<sql::Database>();
                   writer->open(address);
                   connected->writer = std::move(writer);
               })
            .errorString();
    }));
}

StoreResult<void> LibrarySession::install(std::unique_ptr<LibraryStore> store, const QString &path,
                                          const LibraryAccess &access, bool readOnly,
                                          std::unique_ptr<sql::Database> writerConnection)
{
    StoreResult<void> opened = guarded([this, &store, &access] {
        m_corrections.reset();
        m_followUps.reset();
        m_query.reset();
        m_access = access;
        m_store = std::move(store);
        m_query = std::make_unique<RecommendationQuery>(m_store->database());
        m_followUps = std::make_unique<FollowUpStore>(m_store->database());
        m_corrections = std::make_unique<CorrectionStore>(m_store->database());
    });
    if (!opened) {
        close();
        return opened;
    }
    m_readOnly = readOnly;
    if (readOnly) {
        m_writer->close(); // no writer: nothing can be written
    } else {
        opened = m_writer->open(path, std::move(writerConnection));
    }
    if (!opened) {
        close();
        return opened;
    }
    m_changes = watchLibraryChanges(path);
    if (m_changes) {
        connect(m_changes.get(), &LibraryChangeFeed::changed, this, &LibrarySession::onServerChange);
        connect(m_changes.get(), &LibraryChangeFeed::lost, this, &LibrarySession::liveUpdatesLost);
    }
    Q_EMIT this->opened();
    return opened;
}

void LibrarySession::close()
{
    m_access = {};
    m_changes.reset();
    m_changeBatch->stop();
    m_changedFollowUps.clear();
    m_changedLists = false;
    m_writer->close();
    m_corrections.reset();
    m_followUps.reset();
    m_query.reset();
    m_store.reset();
}

bool LibrarySession::refusedAsReadOnly(const QString &what)
{
    if (!m_readOnly) {
        return false;
    }
    // Asynchronous like every write, so the caller sees the same order of events.
    QMetaObject::invokeMethod(
        this,
        [this, what] {
            Q_EMIT writeFailed(what, tr("This library is read-only here (its file or folder cannot be written), "
                                        "so nothing can be changed in it."));
        },
        Qt::QueuedConnection);
    return true;
}

void LibrarySession::setFollowUp(qint64 recommendationId, FollowUpField field, const QString &value,
                                 const QString &what, const std::optional<QString> &expected)
{
    if (refusedAsReadOnly(what)) {
        return;
    }
    const QString author = settings::reviewerName();
    const quint64 ticket = m_writer->submit(
        [=](WriteContext &c) {
            return c.followUps.set(recommendationId, field, value, author, expected) ? recommendationId : 0;
        },
        what);
    m_writes.insert(ticket, WriteKind::FollowUp);
    m_followUpWrites.insert(ticket, recommendationId);
}

void LibrarySession::correct(std::function<qint64(CorrectionStore &)> change, bool listChanged, const QString &what)
{
    if (refusedAsReadOnly(what)) {
        return;
    }
    const quint64 ticket =
        m_writer->submit([change = std::move(change)](WriteContext &c) { return change(c.corrections); }, what);
    m_writes.insert(ticket, listChanged ? WriteKind::ListCorrection : WriteKind::Correction);
}

void LibrarySession::changeLinks(std::function<void(LinkStore &)> change, const QString &what)
{
    if (refusedAsReadOnly(what)) {
        return;
    }
    const quint64 ticket = m_writer->submit(
        [change = std::move(change)](WriteContext &c) {
            change(c.links);
            return qint64(0);
        },
        what);
    m_writes.insert(ticket, WriteKind::Links);
}

void LibrarySession::changeLearning(std::function<void(sql::Database &)> change, const QString &what)
{
    submitChange(std::move(change), what, WriteKind::Learning, nullptr);
}

void LibrarySession::changeLearning(std::function<void(sql::Database &)> change, const QString &what,
                                    std::function<void(bool stored)> done)
{
    submitChange(std::move(change), what, WriteKind::Learning, std::move(done));
}

void LibrarySession::changeSharing(std::function<void(sql::Database &)> change, const QString &what)
{
    submitChange(std::move(change), what, WriteKind::Sharing, nullptr);
}

void LibrarySession::submitChange(std::function<void(sql::Database &)> change, const QString &what, WriteKind kind,
                                  std::function<void(bool stored)> done)
{
    if (refusedAsReadOnly(what)) {
        if (done) {
            QMetaObject::invokeMethod(
                this, [done] { done(false); }, Qt::QueuedConnection); // after writeFailed()
        }
        return;
    }
    const quint64 ticket = m_writer->submit(
        [change = std::move(change)](WriteContext &c) {
            change(c.database);
            return qint64(0);
        },
        what);
    m_writes.insert(ticket, kind);
    if (done) {
        m_writeDone.insert(ticket, std::move(done));
    }
}

void LibrarySession::waitForWrites()
{
    m_writer->waitForIdle();
    QCoreApplication::sendPostedEvents(this); // their signals reach the views now
}

void LibrarySession::afterQueuedWrites(std::function<void()> then)
{
    if (m_readOnly || !isOpen()) {
        QMetaObject::invokeMethod(this, std::move(then), Qt::QueuedConnection); // no writer: nothing queued
        return;
    }
    // Writes are stored in the order they came: this one, which changes nothing, comes after them.
    const quint64 ticket = m_writer->submit([](WriteContext &) { return qint64(0); }, QString());
    m_afterWrites.insert(ticket, std::move(then));
}

void LibrarySession::onServerChange(const QString &table, qint64 recommendationId)
{
    if (table == QLatin1String("followups") && recommendationId > 0) {
        m_changedFollowUps.insert(recommendationId);
    } else {
        m_changedLists = true;
    }
    if (!m_changeBatch->isActive()) {
        m_changeBatch->start();
    }
}

void LibrarySession::tellServerChanges()
{
    if (!isOpen()) {
        return;
    }
    const QSet<qint64> followUps = std::exchange(m_changedFollowUps, {});
    if (std::exchange(m_changedLists, false)) {
        Q_EMIT changedElsewhere(); // the lists are read again, follow-ups with them
        return;
    }
    for (const qint64 id : followUps) {
        Q_EMIT followUpChanged(id);
    }
}

void LibrarySession::onWritten(quint64 ticket, qint64 recommendationId)
{
    if (m_afterWrites.contains(ticket)) {
        m_afterWrites.take(ticket)();
        return;
    }
    const WriteKind kind = m_writes.take(ticket);
    m_followUpWrites.remove(ticket);
    if (const std::function<void(bool)> done = m_writeDone.take(ticket)) {
        done(true); // before the views hear of it, so the one that asked knows it was its write
    }
    if (kind == WriteKind::Links) {
        Q_EMIT linksChanged();
        return;
    }
    if (kind == WriteKind::Learning) {
        Q_EMIT learningChanged();
        return;
    }
    if (kind == WriteKind::Sharing) {
        Q_EMIT sharingChanged();
        return;
    }
    if (kind == WriteKind::FollowUp) {
        if (recommendationId > 0) {
            Q_EMIT followUpChanged(recommendationId);
        }
        return;
    }
    Q_EMIT recordCorrected(recommendationId, kind == WriteKind::ListCorrection);
}

void LibrarySession::onFailed(quint64 ticket, const QString &what, const QString &message)
{
    if (m_afterWrites.contains(ticket)) {
        m_afterWrites.take(ticket)(); // the writes before it are told on their own
        return;
    }
    m_writes.remove(ticket);
    const qint64 followUp = m_followUpWrites.take(ticket);
    const std::function<void(bool)> done = m_writeDone.take(ticket);
    Q_EMIT writeFailed(what, message);
    if (done) {
        done(false);
    }
    if (followUp > 0) {
        Q_EMIT followUpChanged(followUp); // the views show what the library holds (another's save)
    }
}

void LibrarySession::notifyContentChanged()
{
    Q_EMIT contentChanged();
}

} // namespace evalreview
