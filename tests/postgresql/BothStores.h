#pragma once

// A library on each backend for the tests both must pass: a library file (SQLite) and a team
// library in the throwaway cluster (PostgreSQL), both opened through openLibraryStore.
#include "LibraryStoreFactory.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "TestCluster.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace evalreview::testing {

enum class Backend
{
    Sqlite,
    PostgreSql
};

class BothStoresTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        if (GetParam() == Backend::Sqlite) {
            ASSERT_TRUE(m_dir.isValid());
            m_location = m_dir.filePath(QStringLiteral("library.evalreview"));
        } else {
            TestCluster &c = TestCluster::instance();
            if (!c.skipReason().isEmpty()) {
                GTEST_SKIP() << c.skipReason().toStdString();
            }
            ASSERT_TRUE(c.error().isEmpty()) << c.error().toStdString();
            static int counter = 0;
            const QString name = QStringLiteral("both_%1").arg(++counter);
            c.createDatabase(name);
            const pg::ServerAddress address = c.address(name);
            pg::Connection db = pg::Connection::open(address);
            pg::schema::initialize(db);
            m_location = address.url;
        }
        m_store = openLibraryStore(m_location);
        ASSERT_TRUE(m_store);
    }

    LibraryStore &store() { return *m_store; }

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<LibraryStore> m_store;
};

inline std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "PostgreSql";
}

} // namespace evalreview::testing
