// The library's reader: requests answered on the caller's thread, the newest of a channel winning,
// and the recommendation query it keeps over its connection between requests.
#include "LibraryReader.h"

#include "RecommendationQuery.h"
#include "SqliteLibraryStore.h"
#include "TestLibrary.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace evalreview;
using namespace evalreview::testing;

namespace {

/// Runs `read` on the reader and waits for its answer; nullopt when none came.
template <typename T>
std::optional<T> readNow(LibraryReader &reader, const QString &path, std::function<T(sql::Database &)> read)
{
    std::optional<T> answer;
    reader.request<T>(0, path, std::move(read), [&answer](T value) { answer = std::move(value); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000)) {
        return std::nullopt;
    }
    return answer;
}

QString libraryWith(const QTemporaryDir &dir, const QString &name, int recommendations)
{
    const QString path = dir.filePath(name);
    auto store = SqliteLibraryStore::open(path);
    store->importDocument(samplePayload(shaOf(name.at(0).toLatin1()), recommendations));
    return path;
}

} // namespace

TEST(LibraryReader, KeepsItsRecommendationQueryBetweenRequestsUntilTheLibraryIsAnother)
{
    QTemporaryDir dir;
    const QString first = libraryWith(dir, QStringLiteral("a.evalreview"), 3);
    const QString second = libraryWith(dir, QStringLiteral("b.evalreview"), 5);
    LibraryReader reader;
    using Seen = std::pair<const RecommendationQuery *, qint64>;
    auto countOn = [&reader](const QString &path) {
        return readNow<Seen>(reader, path, [](sql::Database &db) {
            RecommendationQuery &query = LibraryReader::recommendationQuery(db);
            const bool same = &LibraryReader::recommendationQuery(db) == &query;
            return Seen{same ? &query : nullptr, query.count({})};
        });
    };
    const auto a1 = countOn(first);
    const auto a2 = countOn(first);
    ASSERT_TRUE(a1 && a2);
    EXPECT_NE(a1->first, nullptr) << "asked twice in a request: the same query";
    EXPECT_EQ(a1->second, 3);
    EXPECT_EQ(a1->first, a2->first) << "one query over the connection, kept between requests";
    const auto b = countOn(second);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->second, 5) << "another library: a query over the new connection, nothing of the first";
    // The file replaced under the same name (a restored backup): read anew, not from what was kept.
    ASSERT_TRUE(QFile::remove(second));
    ASSERT_TRUE(QFile::copy(first, second));
    const auto restored = countOn(second);
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->second, 3);
}

TEST(LibraryReader, OutsideARequestAQueryIsOfItsOwn)
{
    QTemporaryDir dir;
    const QString path = libraryWith(dir, QStringLiteral("c.evalreview"), 2);
    sql::Database db;
    db.open(path, sql::Database::Mode::ReadOnly);
    EXPECT_EQ(LibraryReader::recommendationQuery(db).count({}), 2);
}

TEST(LibraryReader, TheNewestRequestOfAChannelAnswers)
{
    QTemporaryDir dir;
    const QString path = libraryWith(dir, QStringLiteral("d.evalreview"), 4);
    LibraryReader reader;
    QList<int> answered;
    for (int i = 1; i <= 3; ++i) {
        reader.request<int>(
            7, path, [i](sql::Database &) { return i; }, [&answered](int value) { answered.append(value); });
    }
    ASSERT_TRUE(QTest::qWaitFor([&reader] { return !reader.isBusy(7); }, 10000));
    ASSERT_FALSE(answered.isEmpty());
    EXPECT_EQ(answered.last(), 3);
    EXPECT_EQ(answered.size(), 1) << "older requests of the channel are skipped or dropped";
}
