#pragma once

#include "LibraryStore.h"
#include "ReadRequest.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace evalreview::cli {

/// Exit codes shared by every sub-command.
enum Exit
{
    Ok = 0,
    Failed = 1,
    Usage = 2,
    BadInput = 3
};

/// A sub-command: its name, one line of help, and its entry point (args start with the name).
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

/// Sets up a parser for a sub-command with --help, and optionally --library and --json.
/// Returns false (after printing) on a usage error or --help; `exitCode` says which.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption library{QStringLiteral("library"),
                               QStringLiteral("The library: a library file, or a team library on a server "
                                              "(postgresql://host[:port]/database[?user=name])."),
                               QStringLiteral("PATH")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON for machines.")};

    CommandLine(const QString &name, const QString &description, bool withLibrary, bool withJson);
    bool parse(const QStringList &args, int &exitCode, int minPositional = 0, int maxPositional = 0);
    bool wantsJson() const { return m_withJson && parser.isSet(json); }
    /// Commands that write a library (import) create it when it does not exist; the others
    /// refuse a path where there is no library.
    bool createsLibrary = false;
    /// Commands that only read (list, search, stats, check, links, export) open the library
    /// read-only: they never change the file.
    bool readsOnly = false;
    QString libraryPath() const;

private:
    QString m_name;
    bool m_withJson;
};

/// Opens the library named by --library (or the default one). Prints the reason and returns
/// null on failure.
std::unique_ptr<LibraryStore> openLibrary(const CommandLine &cl);

/// Parses `args` (see CommandLine::parse) and opens the library. Returns null with `exitCode` set
/// when the arguments are wrong, --help was shown (exit 0) or the library cannot be opened.
std::unique_ptr<LibraryStore> parseAndOpen(CommandLine &cl, const QStringList &args, int &exitCode);

/// The value of a numeric option that must be a positive whole number (an id, a page, a count).
/// Empty, with a usage error printed, when it is malformed: "abc" is never read as 0.
std::optional<qint64> positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option);

/// The value of a date option (YYYY-MM-DD): an invalid date when the option is not given; empty,
/// with a usage error printed, when it is no date.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option);

/// Asks the isolated reader (with its time and memory limits) for `request` on the document at
/// `path`. Empty, with the reason printed and `exitCode` set, when the document cannot be read.
std::optional<QJsonObject> askReader(const QString &path, const ReadRequest &request, int &exitCode);

/// "1 page", "3 pages": `n` with the noun in the singular or the plural.
QString counted(qint64 n, const char *singular, const char *plural);

void printJson(const QJsonObject &object);
void printLine(const QString &text);
void printError(const QString &text);

} // namespace evalreview::cli
