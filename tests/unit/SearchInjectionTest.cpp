// 10,000 random search strings — quotes, NEAR, *, column filters, brackets, SQL, unicode — must
// all be answered without an error reaching the user and without changing the library.
#include "SqliteLibraryStore.h"
#include "TestLibrary.h"

#include <QStringList>

#include <gtest/gtest.h>
#include <random>

using namespace evalreview;

namespace {

QString randomQuery(std::mt19937_64 &rng)
{
    static const QStringList pieces{
        QStringLiteral("\""),      QStringLiteral("NEAR("),    QStringLiteral("NEAR/3"),
        QStringLiteral("*"),       QStringLiteral("body:"),    QStringLiteral("source_type:"),
        QStringLiteral("{body}"),  QStringLiteral("^"),        QStringLiteral("("),
        QStringLiteral(")"),       QStringLiteral("AND"),      QStringLiteral("OR"),
        QStringLiteral("NOT"),     QStringLiteral("-"),        QStringLiteral("+"),
        QStringLiteral("'"),       QStringLiteral("';--"),     QStringLiteral("DROP TABLE documents;"),
        QStringLiteral("\\"),      QStringLiteral("%"),        QStringLiteral("gender"),
        QStringLiteral("Ghana"),   QStringLiteral("sécurité"), QStringLiteral("中文"),
        QStringLiteral("العربية"), QStringLiteral("🙂"),     QStringLiteral("\u0000"),
        QStringLiteral("\t"),      QStringLiteral("tripart"),  QStringLiteral("would like"),
        QStringLiteral(":"),       QStringLiteral(","),        QStringLiteral("\u00AD"),
        QStringLiteral("x"),       QStringLiteral(" "),        QStringLiteral("  ")};
    std::uniform_int_distribution<int> length(0, 12);
    std::uniform_int_distribution<qsizetype> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> raw(1, 0x2FFF);
    QString q;
    const int n = length(rng);
    for (int i = 0; i < n; ++i) {
        if (rng() % 8 == 0) {
            q += QChar(raw(rng));
        } else {
            q += pieces.at(pick(rng));
        }
    }
    return q;
}

} // namespace

TEST(SearchInjection, TenThousandRandomQueriesWithoutError)
{
    QTemporaryDir dir;
    auto store = SqliteLibraryStore::open(dir.filePath(QStringLiteral("lib.evalreview")));
    ASSERT_EQ(store->importDocument(evalreview::testing::samplePayload(evalreview::testing::shaOf('9'))).status,
              ImportOutcome::Status::Imported);
    const LibraryStats before = store->stats();
    std::mt19937_64 rng(20261124);
    int answered = 0;
    int withHits = 0;
    for (int i = 0; i < 10000; ++i) {
        const QString q = randomQuery(rng);
        SearchResult r;
        ASSERT_NO_THROW(r = store->search(q, 20)) << q.toStdString();
        // The only message allowed is the hint for a query with no words.
        if (!r.message.isEmpty()) {
            ASSERT_TRUE(r.message.startsWith(QStringLiteral("Type a word")))
                << q.toStdString() << " -> " << r.message.toStdString();
        } else {
            ++answered;
            withHits += r.hits.isEmpty() ? 0 : 1;
        }
    }
    EXPECT_GT(answered, 5000);
    EXPECT_GT(withHits, 100);
    const LibraryStats after = store->stats();
    EXPECT_EQ(after.documents, before.documents);
    EXPECT_EQ(after.recommendations, before.recommendations);
    EXPECT_TRUE(store->check().ok());
}
