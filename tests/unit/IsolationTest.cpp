// The untrusted-document boundary: whatever the reader process does, the caller carries on.
#include "DocumentParser.h"
#include "Importer.h"
#include "SqliteLibraryStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace evalreview;

namespace {

class IsolationTest : public ::testing::Test
{
protected:
    /// A stand-in reader program that behaves badly in the way `script` says.
    QString fakeWorker(const QByteArray &script)
    {
        const QString path = m_dir.filePath(QStringLiteral("fake-parse"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n" + script + '\n');
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("EVALREVIEW_PARSER", path.toUtf8());
        return path;
    }
    void TearDown() override { qunsetenv("EVALREVIEW_PARSER"); }

    QString corpusFile(const char *name) const
    {
        return QStringLiteral(EVALREVIEW_TEST_DATA "/corpus/") + QString::fromLatin1(name);
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(IsolationTest, CrashingReaderIsReportedAndNothingIsStored)
{
    fakeWorker("kill -SEGV $$");
    auto store = SqliteLibraryStore::open(m_dir.filePath(QStringLiteral("lib.evalreview")));
    Importer importer(*store);
    const FileImportResult r = importer.importFile(corpusFile("ilo-enhance-newsletter.pdf"));
    EXPECT_EQ(r.status, FileImportResult::Status::Failed);
    EXPECT_TRUE(r.message.contains(QStringLiteral("could not read this file"))) << r.message.toStdString();
    EXPECT_EQ(store->stats().documents, 0);
    EXPECT_TRUE(store->check().ok());
}

TEST_F(IsolationTest, HangingReaderIsStoppedAtTheTimeLimit)
{
    fakeWorker("sleep 30");
    IsolatedParser::Limits limits;
    limits.timeoutMs = 1000;
    const ParseOutcome r = IsolatedParser(limits).parse(corpusFile("ilo-enhance-newsletter.pdf"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), ParseError::TimedOut);
    EXPECT_TRUE(r.errorString().contains(QStringLiteral("took too long")));
}

TEST_F(IsolationTest, MemoryLimitStopsARunawayReader)
{
#ifdef EVALREVIEW_SANITIZED
    GTEST_SKIP() << "a sanitized reader cannot run under RLIMIT_AS, so the limit is left out in this build";
#endif
    // The child gets RLIMIT_AS: allocating far past it fails inside the child only.
    // Without the limit this worker would succeed with an empty document.
    fakeWorker("exec python3 -c 'x = bytearray(3 * 1024 * 1024 * 1024); print(\"{}\")'");
    IsolatedParser::Limits limits;
    limits.memoryBytes = qint64(256) * 1024 * 1024;
    const ParseOutcome r = IsolatedParser(limits).parse(corpusFile("ilo-enhance-newsletter.pdf"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), ParseError::BadInput);
}

TEST_F(IsolationTest, CancelStopsTheReader)
{
    fakeWorker("sleep 30");
    ParseHooks hooks;
    int polls = 0;
    hooks.isCancelled = [&polls] { return ++polls > 3; };
    const ParseOutcome r = IsolatedParser().parse(corpusFile("ilo-enhance-newsletter.pdf"), hooks);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), ParseError::Cancelled);
}

TEST_F(IsolationTest, RealReaderGivesTheSameResultAsInProcess)
{
    const QString file = corpusFile("ilo-gb328-sme-progress-report.pdf");
    const ParseOutcome isolated = IsolatedParser().parse(file);
    ASSERT_TRUE(isolated.ok()) << isolated.errorString().toStdString();
    const ParseOutcome local = parseInProcess(file);
    ASSERT_TRUE(local.ok());
    EXPECT_EQ(isolated.value().toJson(), local.value().toJson());
}

TEST_F(IsolationTest, BadInputMessageComesThrough)
{
    const QString bogus = m_dir.filePath(QStringLiteral("notes.pdf"));
    QFile f(bogus);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("just some text, not a PDF\n");
    f.close();
    const ParseOutcome r = IsolatedParser().parse(bogus);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.reason(), ParseError::BadInput);
    EXPECT_FALSE(r.errorString().isEmpty());
    EXPECT_FALSE(r.errorString().contains(QStringLiteral("error:")));
}

TEST(ReaderRequest, ArgumentsRoundTripAndMalformedOnesAreRefused)
{
    ReadRequest layout;
    layout.output = ReadRequest::Output::Layout;
    layout.firstPage = 3;
    layout.lastPage = 7;
    layout.threads = 2;
    const auto back = ReadRequest::fromArguments(layout.toArguments(QStringLiteral("--odd name.pdf")));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->path, QStringLiteral("--odd name.pdf")); // after "--", a file however it is named
    EXPECT_EQ(back->request.output, ReadRequest::Output::Layout);
    EXPECT_EQ(back->request.firstPage, 3);
    EXPECT_EQ(back->request.lastPage, 7);
    EXPECT_EQ(back->request.threads, 2);

    ReadRequest extraction;
    extraction.kind = QStringLiteral("management_response");
    const auto kind = ReadRequest::fromArguments(extraction.toArguments(QStringLiteral("a.pdf")));
    ASSERT_TRUE(kind.has_value());
    EXPECT_EQ(kind->request.output, ReadRequest::Output::Document);
    EXPECT_EQ(kind->request.kind, QStringLiteral("management_response"));

    EXPECT_EQ(ReadRequest::fromArguments({QStringLiteral("a.pdf")})->path, QStringLiteral("a.pdf"));
    for (const QStringList &bad :
         {QStringList{}, QStringList{QStringLiteral("--pages"), QStringLiteral("x"), QStringLiteral("a.pdf")},
          QStringList{QStringLiteral("--threads"), QStringLiteral("0"), QStringLiteral("a.pdf")},
          QStringList{QStringLiteral("--unknown"), QStringLiteral("a.pdf")},
          QStringList{QStringLiteral("--"), QStringLiteral("a.pdf"), QStringLiteral("b.pdf")},
          QStringList{QStringLiteral("--layout")}}) {
        EXPECT_FALSE(ReadRequest::fromArguments(bad).has_value()) << bad.join(QLatin1Char(' ')).toStdString();
    }
}
