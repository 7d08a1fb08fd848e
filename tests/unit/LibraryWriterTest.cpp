// The library's writer: writes of the window stored in order on a thread of their own, in one
// transaction per batch with a savepoint per write, waiting out another writer's lock.
#include "LibraryWriter.h"

#include "FollowUpStore.h"
#include "SqliteLibraryStore.h"
#include "TestLibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QTemporaryDir>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <thread>

using namespace evalreview;

namespace {

/// What the writer reported, collected from its thread.
struct Reports
{
    QMutex mutex;
    QList<quint64> written;
    QStringList failed;

    void watch(LibraryWriter &writer)
    {
        QObject::connect(
            &writer, &LibraryWriter::written, &writer,
            [this](quint64 ticket, qint64) {
                QMutexLocker lock(&mutex);
                written << ticket;
            },
            Qt::DirectConnection);
        QObject::connect(
            &writer, &LibraryWriter::failed, &writer,
            [this](quint64, const QString &what, const QString &message) {
                QMutexLocker lock(&mutex);
                failed << what + QStringLiteral(": ") + message;
            },
            Qt::DirectConnection);
    }
};

class LibraryWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("lib.evalreview"));
        auto store = SqliteLibraryStore::open(m_path);
        ASSERT_EQ(store->importDocument(evalreview::testing::samplePayload(evalreview::testing::shaOf('a'))).status,
                  ImportOutcome::Status::Imported);
        auto q = store->database().prepare(QStringLiteral("SELECT id FROM recommendations ORDER BY id"));
        while (q.next()) {
            m_ids << q.integer(0);
        }
        ASSERT_EQ(m_ids.size(), 3);
    }

    QString noteOf(qint64 id)
    {
        auto store = SqliteLibraryStore::open(m_path);
        return FollowUpStore(store->database()).value(id, FollowUpField::Note);
    }

    /// A note written after a failure is stored: the writer goes on.
    void expectWrittenAfter(LibraryWriter &writer, const Reports &reports, qint64 id, qsizetype writtenBefore)
    {
        writer.submit(note(id, QStringLiteral("after")), QStringLiteral("note"));
        writer.waitForIdle();
        EXPECT_EQ(reports.written.size(), writtenBefore + 1);
        EXPECT_EQ(noteOf(id), QStringLiteral("after"));
    }
    static LibraryWriter::Job note(qint64 id, const QString &text)
    {
        return [=](WriteContext &c) {
            return c.followUps.set(id, FollowUpField::Note, text, QStringLiteral("A")) ? id : 0;
        };
    }

    QTemporaryDir m_dir;
    QString m_path;
    QList<qint64> m_ids;
};

} // namespace

TEST_F(LibraryWriterTest, WritesAreStoredInTheOrderTheyCame)
{
    LibraryWriter writer;
    Reports reports;
    reports.watch(writer);
    const StoreResult<void> opened = writer.open(m_path);
    ASSERT_TRUE(opened.ok()) << opened.errorString().toStdString();
    QList<quint64> tickets;
    for (int i = 1; i <= 20; ++i) {
        tickets << writer.submit(note(m_ids[0], QStringLiteral("note %1").arg(i)), QStringLiteral("note"));
    }
    writer.waitForIdle();
    EXPECT_EQ(reports.written, tickets);
    EXPECT_TRUE(reports.failed.isEmpty());
    EXPECT_EQ(noteOf(m_ids[0]), QStringLiteral("note 20"));
}

TEST_F(LibraryWriterTest, AWriteThatFailsLeavesTheOthersOfItsBatch)
{
    LibraryWriter writer;
    Reports reports;
    reports.watch(writer);
    ASSERT_TRUE(writer.open(m_path).ok());
    // hold the library so that the three writes queue up and are stored as one batch
    auto other = SqliteLibraryStore::open(m_path);
    auto lock = std::make_unique<sql::Transaction>(other->database());
    writer.submit(note(m_ids[0], QStringLiteral("first")), QStringLiteral("note of G1"));
    writer.submit(
        [id = m_ids[1]](WriteContext &c) {
            c.followUps.set(id, FollowUpField::Note, QStringLiteral("half written"), QStringLiteral("A"));
            c.followUps.set(id, FollowUpField::DueDate, QStringLiteral("not a date"), QStringLiteral("A"));
            return id;
        },
        QStringLiteral("due date of G2"));
    writer.submit(note(m_ids[2], QStringLiteral("third")), QStringLiteral("note of G3"));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    lock.reset(); // rolled back: the writer goes on
    writer.waitForIdle();
    EXPECT_EQ(reports.written.size(), 2);
    ASSERT_EQ(reports.failed.size(), 1);
    EXPECT_TRUE(reports.failed.first().startsWith(QStringLiteral("due date of G2: ")))
        << reports.failed.first().toStdString();
    EXPECT_EQ(noteOf(m_ids[0]), QStringLiteral("first"));
    EXPECT_EQ(noteOf(m_ids[1]), QString()) << "the failed write's own changes are rolled back";
    EXPECT_EQ(noteOf(m_ids[2]), QStringLiteral("third"));
}

TEST_F(LibraryWriterTest, ALockHeldLongerThanTheWriterWaitsFailsTheWriteWithASentence)
{
    // another program holds the library (a minute-long task): the writer waits three turns of its
    // busy timeout, then reports the write as not saved; once the lock is gone, writes go on
    LibraryWriter writer;
    Reports reports;
    reports.watch(writer);
    ASSERT_TRUE(writer.open(m_path).ok());
    auto other = SqliteLibraryStore::open(m_path);
    auto lock = std::make_unique<sql::Transaction>(other->database());
    QElapsedTimer waited;
    waited.start();
    writer.submit(note(m_ids[0], QStringLiteral("while locked")), QStringLiteral("note of G1"));
    writer.waitForIdle();
    const qint64 ms = waited.elapsed();
    lock.reset();
    EXPECT_GE(ms, 25000) << "the writer gives up only after waiting";
    ASSERT_EQ(reports.failed.size(), 1);
    EXPECT_EQ(reports.failed.first(),
              QStringLiteral("note of G1: The library is busy with another task; please try again in a moment."));
    EXPECT_EQ(noteOf(m_ids[0]), QString());
    expectWrittenAfter(writer, reports, m_ids[0], 0);
}

TEST_F(LibraryWriterTest, AFullDiskFailsTheWriteWithASentenceAndKeepsTheLibrary)
{
    // the files may not grow past their size (RLIMIT_FSIZE stands in for a full disk): the write
    // of a long note fails with the disk-full sentence, the library keeps what it had, and writes go
    // on once there is room again
    LibraryWriter writer;
    Reports reports;
    reports.watch(writer);
    ASSERT_TRUE(writer.open(m_path).ok());
    writer.submit(note(m_ids[1], QStringLiteral("before")), QStringLiteral("note of G2"));
    writer.waitForIdle();
    ASSERT_EQ(reports.written.size(), 1);
    const qint64 limit = std::max(QFileInfo(m_path).size(), QFileInfo(m_path + QStringLiteral("-wal")).size()) + 4096;
    std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of ending the process
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit full = saved;
    full.rlim_cur = rlim_t(limit);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &full), 0);
    writer.submit(note(m_ids[1], QString(4 * 1024 * 1024, QLatin1Char('x'))), QStringLiteral("note of G2"));
    writer.waitForIdle();
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &saved), 0);
    ASSERT_EQ(reports.failed.size(), 1);
    EXPECT_EQ(
        reports.failed.first(),
        QStringLiteral("note of G2: The disk is full, so the change could not be saved; the library is unchanged."));
    EXPECT_EQ(noteOf(m_ids[1]), QStringLiteral("before"));
    expectWrittenAfter(writer, reports, m_ids[1], 1);
}

TEST_F(LibraryWriterTest, WithoutALibraryEveryWriteFailsWithASentence)
{
    LibraryWriter writer;
    Reports reports;
    reports.watch(writer);
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.evalreview"));
    QFile file(garbage);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x')); // not a library
    file.close();
    const StoreResult<void> opened = writer.open(garbage);
    ASSERT_FALSE(opened.ok());
    EXPECT_FALSE(opened.errorString().isEmpty());
    writer.submit(note(m_ids[0], QStringLiteral("lost?")), QStringLiteral("note of G1"));
    writer.waitForIdle();
    EXPECT_TRUE(reports.written.isEmpty());
    ASSERT_EQ(reports.failed.size(), 1);
    EXPECT_TRUE(reports.failed.first().contains(QStringLiteral("No library is open")));
}

TEST(NestedTransaction, ASavepointRollsBackItsOwnChangesOnly)
{
    QTemporaryDir dir;
    sql::Database db;
    db.open(dir.filePath(QStringLiteral("t.sqlite")));
    db.exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
    {
        sql::Transaction outer(db);
        db.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        {
            sql::Transaction inner(db);
            db.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
        } // not committed
        {
            sql::Transaction inner(db);
            db.exec(QStringLiteral("INSERT INTO t VALUES (3)"));
            inner.commit();
        }
        outer.commit();
    }
    auto q = db.prepare(QStringLiteral("SELECT group_concat(v) FROM t"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.text(0), QStringLiteral("1,3"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the writer thread's event loop
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
