#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace evalreview {

struct ParseHooks;
enum class ParseError;

/// What the reader process is asked to give back for one document. Every command that reads a
/// document (import, extract, layout) asks the isolated reader, so untrusted files are parsed
/// under its limits, never in the program the user started.
struct ReadRequest
{
    enum class Output
    {
        Document,        ///< pages and extraction, as ParsedDocument::toJson()
        Layout,          ///< {"layout": ingest::layoutToJson()}
        ReadingOrderText ///< {"text": ingest::readingOrderText()}
    };
    Output output = Output::Document;
    QString kind;      ///< Document: extract as this kind (empty: the classifier decides)
    int firstPage = 1; ///< Layout and text: 1-based, inclusive
    int lastPage = 0;  ///< 0: to the end
    int threads = 0;   ///< 0: one per core

    /// The reader program's arguments for this request and `path`.
    QStringList toArguments(const QString &path) const;

    struct Parsed;
    /// Reads back what toArguments() gave (the program name left out), also with the file not
    /// preceded by "--" when it does not look like an option; nothing when malformed.
    static std::optional<Parsed> fromArguments(const QStringList &args);
};

struct ReadRequest::Parsed
{
    ReadRequest request;
    QString path;
};

/// The reader program's exit codes.
namespace ReaderExit {
enum : int
{
    Ok = 0,
    Failed = 1, ///< the answer could not be written
    Usage = 2,
    Unreadable = 3,        ///< the document cannot be read (the sentence is on stderr)
    PagesNotInDocument = 4 ///< the pages asked for are not in the document
};
} // namespace ReaderExit

/// The reader's answer: the JSON object the request asks for, or why not.
using ReaderAnswer = Result<QJsonObject, ParseError>;

/// Answers `request` in this process (the reader program's own work).
ReaderAnswer answerInProcess(const QString &path, const ReadRequest &request, const ParseHooks &hooks);

} // namespace evalreview
