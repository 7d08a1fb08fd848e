#pragma once

#include <QString>

namespace evalreview {

namespace sql {
class Database;
}

/// Versioned schema of a library file, keyed on PRAGMA user_version.
class Schema
{
public:
    /// The version this build writes.
    static int currentVersion();

    /// Brings `db` to currentVersion(). Each step runs in one transaction; a library that
    /// already holds data is first copied with VACUUM INTO next to the file.
    /// Throws SchemaTooNew when the file was written by a newer EvalReview; it is left untouched.
    static void migrate(sql::Database &db);
};

class SchemaTooNew : public std::exception
{
public:
    explicit SchemaTooNew(int version) : m_version(version) {}
    int version() const { return m_version; }
    const char *what() const noexcept override { return "library written by a newer version"; }

private:
    int m_version;
};

} // namespace evalreview
