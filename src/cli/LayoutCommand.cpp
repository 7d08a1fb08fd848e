// layout: the reading-order text or the layout JSON of a document.
#include "CliCommon.h"
#include "Commands.h"
#include "DocumentReader.h"

namespace evalreview::cli {

int runLayout(const QStringList &args)
{
    CommandLine cl(QStringLiteral("layout"), QStringLiteral("Shows the reading-order text of a document."), false,
                   true);
    const QCommandLineOption pages(QStringLiteral("pages"), QStringLiteral("Only pages A to B."),
                                   QStringLiteral("A-B"));
    cl.parser.addOption(pages);
    cl.parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A PDF or DOCX document."));
    int code = Ok;
    if (!cl.parse(args, code, 1, 1)) {
        return code;
    }
    const ingest::ReadResult read = ingest::readDocument(cl.parser.positionalArguments().constFirst());
    if (!read.ok()) {
        printError(read.message);
        return BadInput;
    }
    for (const Page &p : read.content.pages) {
        printLine(ingest::pageBodyText(p));
    }
    return Ok;
}

} // namespace evalreview::cli
