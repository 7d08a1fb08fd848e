// import, extract, layout: commands that read documents.
#include "CliCommon.h"
#include "Commands.h"
#include "Importer.h"
#include "Model.h"

#include <QFileInfo>
#include <QJsonArray>

namespace evalreview::cli {

int runImport(const QStringList &args)
{
    CommandLine cl(QStringLiteral("import"), QStringLiteral("Imports PDF and DOCX documents into the library."), true,
                   true);
    cl.parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Documents to import."),
                                    QStringLiteral("FILE..."));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        QStringLiteral("A revised document (same kind and title, other content) replaces its earlier version; "
                       "follow-up data and link decisions move to the matching records (code and text), "
                       "what matches nothing is kept and listed."));
    cl.parser.addOption(replace);
    int code = Ok;
    if (!cl.parse(args, code, 1, -1)) {
        return code;
    }
    cl.createsLibrary = true;
    auto store = openLibrary(cl);
    if (!store) {
        return Failed;
    }
    Importer importer(*store);
    QJsonArray results;
    bool anyFailed = false;
    bool anyBadInput = false;
    Importer::Hooks hooks;
    if (cl.parser.isSet(replace)) {
        hooks.replaceEarlierVersion = [](qint64) { return true; };
    }
    for (const QString &file : cl.parser.positionalArguments()) {
        const FileImportResult r = importer.importFile(file, hooks);
        anyFailed |= r.status == FileImportResult::Status::Failed && !r.badInput;
        anyBadInput |= r.status == FileImportResult::Status::Failed && r.badInput;
        if (cl.wantsJson()) {
            QJsonArray kept;
            for (const KeptReviewerData &k : r.keptReviewerData) {
                kept.append(QJsonObject{{QStringLiteral("code"), k.code},
                                        {QStringLiteral("text"), k.excerpt},
                                        {QStringLiteral("status"), k.status},
                                        {QStringLiteral("owner"), k.owner},
                                        {QStringLiteral("due"), k.dueDate},
                                        {QStringLiteral("note"), k.note},
                                        {QStringLiteral("changes"), k.changes},
                                        {QStringLiteral("links"), QJsonArray::fromStringList(k.links)}});
            }
            QJsonArray corrections;
            for (const KeptCorrection &k : r.keptCorrections) {
                corrections.append(QJsonObject{{QStringLiteral("code"), k.code},
                                               {QStringLiteral("field"), k.field},
                                               {QStringLiteral("value"), k.value}});
            }
            results.append(QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("status"), FileImportResult::statusName(r.status)},
                                       {QStringLiteral("document_id"), r.documentId},
                                       {QStringLiteral("kind"), r.kind},
                                       {QStringLiteral("pages"), r.pages},
                                       {QStringLiteral("recommendations"), r.recommendations},
                                       {QStringLiteral("replaced_document_id"), r.replacedDocumentId},
                                       {QStringLiteral("unmatched_followups"), r.unmatchedFollowUps},
                                       {QStringLiteral("kept_reviewer_data"), kept},
                                       {QStringLiteral("kept_corrections"), corrections},
                                       {QStringLiteral("extraction_report"), r.extractionReport},
                                       {QStringLiteral("message"), r.message}});
        } else if (r.status == FileImportResult::Status::Imported) {
            printLine(QStringLiteral("imported  %1: %2, %3, %4")
                          .arg(QFileInfo(file).fileName(), r.kind, counted(r.pages, "page", "pages"),
                               counted(r.recommendations, "recommendation", "recommendations")));
            for (const QString &w : r.warnings()) {
                printLine(QStringLiteral("          warning: %1").arg(w));
            }
            if (r.replacedDocumentId > 0) {
                printLine(QStringLiteral("          replaced the earlier version (document %1); %2 follow-up(s) "
                                         "matched no new recommendation and were kept%3")
                              .arg(r.replacedDocumentId)
                              .arg(r.unmatchedFollowUps)
                              .arg(r.keptReviewerData.isEmpty() ? QString() : QStringLiteral(":")));
                for (const KeptReviewerData &k : r.keptReviewerData) {
                    printLine(QStringLiteral("            kept  %1").arg(k.summary()));
                }
                if (!r.keptCorrections.isEmpty()) {
                    printLine(QStringLiteral("          %1 correction(s) matched no new record and were kept:")
                                  .arg(r.keptCorrections.size()));
                }
                for (const KeptCorrection &k : r.keptCorrections) {
                    printLine(QStringLiteral("            kept  %1").arg(k.summary()));
                }
            }
        } else {
            // A duplicate is news; a file that failed is an error message, on stderr.
            const QString line = QStringLiteral("%1 %2: %3")
                                     .arg(FileImportResult::statusName(r.status), -9)
                                     .arg(QFileInfo(file).fileName(), r.message);
            if (r.status == FileImportResult::Status::Failed) {
                printError(line);
            } else {
                printLine(line);
            }
        }
    }
    if (cl.wantsJson()) {
        printJson({{QStringLiteral("results"), results}});
    }
    return anyFailed ? Failed : (anyBadInput ? BadInput : Ok);
}

int runExtract(const QStringList &args)
{
    CommandLine cl(QStringLiteral("extract"),
                   QStringLiteral("Prints the records of a document as JSON (UTF-8) on standard output."), false,
                   false);
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("Treat the document as this kind."),
                                  QStringLiteral("KIND"));
    cl.parser.addOption(kind);
    cl.parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A PDF or DOCX document."));
    int code = Ok;
    if (!cl.parse(args, code, 1, 1)) {
        return code;
    }
    const QString forced = cl.parser.value(kind);
    if (!forced.isEmpty() && !kinds::all().contains(forced)) {
        printError(QStringLiteral("Unknown kind \"%1\"; use one of: %2.")
                       .arg(forced, kinds::all().join(QStringLiteral(", "))));
        return Usage;
    }
    ReadRequest request;
    request.kind = forced;
    const auto answer = askReader(cl.parser.positionalArguments().constFirst(), request, code);
    if (!answer) {
        return code;
    }
    printJson(answer->value(QLatin1String("extraction")).toObject());
    return Ok;
}

} // namespace evalreview::cli
