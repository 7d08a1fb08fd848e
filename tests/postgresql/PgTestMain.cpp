// The PostgreSQL tests share one throwaway cluster, started by the first test that needs it and
// removed once all have run.
#include "TestCluster.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    const int status = RUN_ALL_TESTS();
    evalreview::testing::TestCluster::shutdown();
    return status;
}
