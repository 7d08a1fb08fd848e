// layout: the reading-order text or the layout JSON of a document.
#include "CliCommon.h"
#include "Commands.h"

#include <QRegularExpression>

namespace evalreview::cli {

namespace {

/// Parses "A-B", "A-" or "A" (1-based, inclusive) into the request; false on anything else.
bool parsePages(const QString &text, ReadRequest &options)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*(?:(-)\\s*(\\d*)\\s*)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        return false;
    }
    options.firstPage = m.captured(1).toInt();
    options.lastPage = m.captured(2).isEmpty() ? options.firstPage : m.captured(3).toInt();
    return options.firstPage >= 1 && (options.lastPage == 0 || options.lastPage >= options.firstPage);
}

} // namespace

int runLayout(const QStringList &args)
{
    CommandLine cl(QStringLiteral("layout"),
                   QStringLiteral("Shows the reading-order text of a document (body text only; running headers, "
                                  "footers and page numbers left out), or with --json its pages, blocks, lines, "
                                  "furniture and tables with boxes normalised to 0..1, origin top-left."),
                   false, true);
    const QCommandLineOption pages(QStringLiteral("pages"), QStringLiteral("Only pages A to B (1-based)."),
                                   QStringLiteral("A-B"));
    cl.parser.addOption(pages);
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Read pages on N threads (default: one per core)."),
                                     QStringLiteral("N"));
    cl.parser.addOption(threads);
    cl.parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A PDF or DOCX document."));
    int code = Ok;
    if (!cl.parse(args, code, 1, 1)) {
        return code;
    }
    ReadRequest options;
    options.output = cl.wantsJson() ? ReadRequest::Output::Layout : ReadRequest::Output::ReadingOrderText;
    if (cl.parser.isSet(pages) && !parsePages(cl.parser.value(pages), options)) {
        printError(QStringLiteral("--pages takes a page range such as 3-7 or a single page such as 4."));
        return Usage;
    }
    if (cl.parser.isSet(threads)) {
        bool numeric = false;
        options.threads = cl.parser.value(threads).toInt(&numeric);
        if (!numeric || options.threads < 1) {
            printError(QStringLiteral("--threads takes a whole number of at least 1."));
            return Usage;
        }
    }
    const auto answer = askReader(cl.parser.positionalArguments().constFirst(), options, code);
    if (!answer) {
        return code;
    }
    if (cl.wantsJson()) {
        printJson(answer->value(QLatin1String("layout")).toObject());
    } else {
        printLine(answer->value(QLatin1String("text")).toString());
    }
    return Ok;
}

} // namespace evalreview::cli
