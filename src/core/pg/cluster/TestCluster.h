#pragma once

#include "PgConnection.h"

#include <QString>

namespace evalreview::testing {

/// A throwaway PostgreSQL cluster for one test or benchmark program: initdb and pg_ctl in a
/// temporary folder, listening on 127.0.0.1 at a free port (its unix socket in that folder), run
/// as `nobody` when the tests run as root. It is started on first use and removed when the program
/// ends; a watchdog removes it too when the program dies without cleaning up.
///
/// Logins authenticate with SCRAM passwords read by libpq from a password file of the cluster's
/// own (PGPASSFILE, set for this process and the programs it starts).
class TestCluster
{
public:
    /// The cluster, started on the first call. Check available() before use.
    static TestCluster &instance();
    /// Stops the cluster and removes its folder (at the end of the test program).
    static void shutdown();

    bool available() const { return m_error.isEmpty() && m_skip.isEmpty(); }
    /// Why the tests are skipped (the server programs are not installed); empty otherwise.
    QString skipReason() const { return m_skip; }
    /// Why the cluster failed to start although the programs are there; empty otherwise.
    QString error() const { return m_error; }

    /// The superuser made by initdb.
    static QString superuser() { return QStringLiteral("evalreview_test_su"); }
    int port() const { return m_port; }
    /// postgresql://127.0.0.1:PORT/DATABASE?user=USER
    pg::ServerAddress address(const QString &database, const QString &user = superuser()) const;
    /// Creates an empty database (as the superuser).
    void createDatabase(const QString &name);
    /// Adds `user`'s password to the cluster's password file, as ~/.pgpass would hold it.
    void rememberPassword(const QString &user, const QString &password);

    ~TestCluster();

private:
    TestCluster();
    void start();
    void stop();

    QString m_dir;
    QString m_binDir;
    QString m_passFile;
    int m_port = 0;
    QString m_skip;
    QString m_error;
};

} // namespace evalreview::testing
