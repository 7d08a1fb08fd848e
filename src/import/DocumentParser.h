#pragma once

#include "Model.h"
#include "ReadRequest.h"
#include "Result.h"

#include <functional>

namespace evalreview {

/// A document read and extracted: everything an import stores except the file's identity.
struct ParsedDocument
{
    QString sourceFormat; ///< "pdf" or "docx"
    QString title;        ///< from the extraction, else the file's metadata
    QList<PageText> pages;
    QJsonObject extraction;

    QJsonObject toJson() const;
    static ParsedDocument fromJson(const QJsonObject &json);
};

enum class ParseError
{
    BadInput,   ///< not a readable document (the message says why)
    BadRequest, ///< the pages asked for are not in the document
    Cancelled,
    Crashed,
    TimedOut
};

/// The document read and extracted, or why not.
using ParseOutcome = Result<ParsedDocument, ParseError>;

struct ParseHooks
{
    std::function<bool()> isCancelled;
    std::function<void(int pagesDone, int pagesTotal)> pageProgress;
};

/// Reads and extracts a document in this process (as `kind` when one is named).
ParseOutcome parseInProcess(const QString &path, const ParseHooks &hooks = {}, const QString &kind = {});

/// Reads and extracts a document in the separate `evalreview-parse` process, with limits on
/// time, memory and CPU, so a hostile or broken file that hangs or crashes the PDF library only
/// costs that process: the caller gets "EvalReview could not read this file" and carries on.
class IsolatedParser
{
public:
    struct Limits
    {
        int timeoutMs = 120000;
        qint64 memoryBytes = qint64(2) * 1024 * 1024 * 1024;
        int cpuSeconds = 240;
    };
    IsolatedParser();
    explicit IsolatedParser(const Limits &limits) : m_limits(limits) {}

    ParseOutcome parse(const QString &path, const ParseHooks &hooks = {}) const;
    /// Any request: the document for an import, the extraction as a kind, the layout, the text.
    ReaderAnswer answer(const QString &path, const ReadRequest &request, const ParseHooks &hooks = {}) const;

    /// The worker program: $EVALREVIEW_PARSER, else the installed one (libexec/evalreview), else
    /// beside this program, else in the build tree.
    static QString workerPath();

private:
    Limits m_limits;
};

} // namespace evalreview
