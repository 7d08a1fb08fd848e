// The error convention at layer boundaries: Result and the store's guard.
#include "StoreResult.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdexcept>

using namespace evalreview;

namespace {

enum class Why
{
    Missing,
    Broken
};

Result<int, Why> parsePositive(int n)
{
    if (n <= 0) {
        return Failure{Why::Broken, QStringLiteral("The number %1 is not positive.").arg(n)};
    }
    return n;
}

} // namespace

TEST(Result, CarriesAValueOrAReasonWithASentence)
{
    const Result<int, Why> good = parsePositive(3);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(good.value(), 3);
    EXPECT_TRUE(good.errorString().isEmpty());

    const Result<int, Why> bad = parsePositive(-2);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.reason(), Why::Broken);
    EXPECT_EQ(bad.errorString(), QStringLiteral("The number -2 is not positive."));
}

TEST(Result, WithoutAValueIsSuccessUntilGivenAFailure)
{
    Result<void, Why> done;
    EXPECT_TRUE(done.ok());
    done = Failure{Why::Missing, QStringLiteral("Gone.")};
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.reason(), Why::Missing);
    EXPECT_EQ(done.errorString(), QStringLiteral("Gone."));
}

TEST(StoreGuard, TurnsTheLibrarysExceptionsIntoSentences)
{
    const StoreResult<int> value = guarded([] { return 7; });
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(value.value(), 7);

    const StoreResult<void> busy = guarded(
        [] { throw StoreError(StoreError::Reason::Busy, QStringLiteral("The library is busy with another task.")); });
    ASSERT_FALSE(busy.ok());
    EXPECT_EQ(busy.reason(), StoreError::Reason::Busy);
    EXPECT_EQ(busy.errorString(), QStringLiteral("The library is busy with another task."));

    const StoreResult<int> full = guarded([]() -> int { throw sql::Error(SQLITE_FULL, QStringLiteral("disk full")); });
    ASSERT_FALSE(full.ok());
    EXPECT_EQ(full.reason(), StoreError::Reason::DiskFull);
    EXPECT_TRUE(full.errorString().startsWith(QStringLiteral("The disk is full"))) << full.errorString().toStdString();
}

TEST(StoreGuard, AnyOtherExceptionIsAnInternalErrorNotACrash)
{
    const StoreResult<QString> bug = guarded([]() -> QString { throw std::logic_error("index out of range"); });
    ASSERT_FALSE(bug.ok());
    EXPECT_EQ(bug.reason(), StoreError::Reason::Generic);
    EXPECT_TRUE(bug.errorString().contains(QStringLiteral("internal error")));
    EXPECT_FALSE(bug.errorString().contains(QStringLiteral("index out of range"))); // details go to the log
}
