#include "ReadRequest.h"

#include "DocumentParser.h"
#include "DocumentReader.h"
#include "LayoutJson.h"

namespace evalreview {

namespace {

const QString kindOption = QStringLiteral("--kind");
const QString layoutOption = QStringLiteral("--layout");
const QString textOption = QStringLiteral("--text");
const QString pagesOption = QStringLiteral("--pages");
const QString threadsOption = QStringLiteral("--threads");

/// A whole number of at least `minimum`, or nothing.
std::optional<int> number(const QString &text, int minimum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= minimum ? std::optional<int>(value) : std::nullopt;
}

} // namespace

QStringList ReadRequest::toArguments(const QString &path) const
{
    QStringList args;
    switch (output) {
    case Output::Document:
        if (!kind.isEmpty()) {
            args << kindOption << kind;
        }
        break;
    case Output::Layout:
        args << layoutOption;
        break;
    case Output::ReadingOrderText:
        args << textOption;
        break;
    }
    if (output != Output::Document) {
        args << pagesOption << QStringLiteral("%1-%2").arg(firstPage).arg(lastPage);
    }
    if (threads > 0) {
        args << threadsOption << QString::number(threads);
    }
    // "--" keeps a file named like an option a file.
    args << QStringLiteral("--") << path;
    return args;
}

std::optional<ReadRequest::Parsed> ReadRequest::fromArguments(const QStringList &args)
{
    Parsed parsed;
    ReadRequest &r = parsed.request;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--")) {
            if (i + 2 != args.size()) {
                return std::nullopt;
            }
            parsed.path = args.at(i + 1);
            return parsed;
        }
        if (i + 1 == args.size() && !arg.startsWith(QLatin1Char('-'))) {
            parsed.path = arg; // the file, without "--" before it
            return parsed;
        }
        if (arg == layoutOption) {
            r.output = Output::Layout;
        } else if (arg == textOption) {
            r.output = Output::ReadingOrderText;
        } else if (arg == kindOption && hasValue) {
            r.kind = args.at(++i);
        } else if (arg == pagesOption && hasValue) {
            const QStringList range = args.at(++i).split(QLatin1Char('-'));
            const auto first = number(range.value(0), 1);
            const auto last = number(range.value(1), 0);
            if (range.size() != 2 || !first || !last) {
                return std::nullopt;
            }
            r.firstPage = *first;
            r.lastPage = *last;
        } else if (arg == threadsOption && hasValue) {
            const auto threads = number(args.at(++i), 1);
            if (!threads) {
                return std::nullopt;
            }
            r.threads = *threads;
        } else {
            return std::nullopt;
        }
    }
    return std::nullopt; // no file
}

ReaderAnswer answerInProcess(const QString &path, const ReadRequest &request, const ParseHooks &hooks)
{
    if (request.output == ReadRequest::Output::Document) {
        ParseOutcome parsed = parseInProcess(path, hooks, request.kind);
        if (!parsed.ok()) {
            return parsed.failure();
        }
        return parsed.value().toJson();
    }
    ingest::ReadOptions options;
    options.firstPage = request.firstPage;
    options.lastPage = request.lastPage;
    options.threads = request.threads;
    options.isCancelled = hooks.isCancelled;
    options.progress = hooks.pageProgress;
    const ingest::ReadResult read = ingest::readDocument(path, options);
    if (!read.ok()) {
        return Failure{read.reason() == ingest::ReadError::BadPageRange ? ParseError::BadRequest : ParseError::BadInput,
                       read.errorString()};
    }
    if (request.output == ReadRequest::Output::Layout) {
        return QJsonObject{{QStringLiteral("layout"), ingest::layoutToJson(read.value())}};
    }
    return QJsonObject{{QStringLiteral("text"), ingest::readingOrderText(read.value())}};
}

} // namespace evalreview
