// stats, check, search: commands that read a library.
#include "CliCommon.h"
#include "Commands.h"

#include <QJsonArray>

namespace evalreview::cli {

int runStats(const QStringList &args)
{
    CommandLine cl(QStringLiteral("stats"), QStringLiteral("Counts of what the library holds."), true, true);
    cl.readsOnly = true;
    int code = Ok;
    auto store = parseAndOpen(cl, args, code);
    if (!store) {
        return code;
    }
    const LibraryStats s = store->stats();
    if (cl.wantsJson()) {
        QJsonArray documents;
        for (const DocumentSummary &d : store->documents()) {
            documents.append(QJsonObject{{QStringLiteral("id"), d.id},
                                         {QStringLiteral("file_name"), d.fileName},
                                         {QStringLiteral("sha256"), d.sha256},
                                         {QStringLiteral("title"), d.title},
                                         {QStringLiteral("kind"), d.kind},
                                         {QStringLiteral("pages"), d.pageCount},
                                         {QStringLiteral("recommendations"), d.recommendationCount},
                                         {QStringLiteral("records"), d.recordCount}});
        }
        printJson({{QStringLiteral("library"), store->location()},
                   {QStringLiteral("by_document"), documents},
                   {QStringLiteral("schema_version"), s.schemaVersion},
                   {QStringLiteral("documents"), s.documents},
                   {QStringLiteral("pages"), s.pages},
                   {QStringLiteral("recommendations"), s.recommendations},
                   {QStringLiteral("actions"), s.actions},
                   {QStringLiteral("donor_comments"), s.donorComments},
                   {QStringLiteral("records"), s.records},
                   {QStringLiteral("followups"), s.followups},
                   {QStringLiteral("verified"), s.verified},
                   {QStringLiteral("corrections"), s.corrections},
                   {QStringLiteral("file_bytes"), s.fileBytes}});
    } else {
        printLine(QStringLiteral("Library:         %1 (format %2)").arg(store->location()).arg(s.schemaVersion));
        printLine(QStringLiteral("Documents:       %1 (%2)").arg(s.documents).arg(counted(s.pages, "page", "pages")));
        printLine(QStringLiteral("Recommendations: %1 (%2, %3)")
                      .arg(s.recommendations)
                      .arg(counted(s.actions, "action", "actions"),
                           counted(s.donorComments, "donor comment", "donor comments")));
        printLine(QStringLiteral("Other records:   %1").arg(s.records));
        printLine(QStringLiteral("Follow-ups:      %1").arg(s.followups));
        printLine(
            QStringLiteral("Reviewed:        %1 verified, %2 fields corrected").arg(s.verified).arg(s.corrections));
    }
    return Ok;
}

int runCheck(const QStringList &args)
{
    CommandLine cl(QStringLiteral("check"),
                   QStringLiteral("Checks the library's integrity, foreign keys and invariants."), true, true);
    cl.readsOnly = true;
    int code = Ok;
    auto store = parseAndOpen(cl, args, code);
    if (!store) {
        return code;
    }
    const CheckReport report = store->check();
    if (cl.wantsJson()) {
        printJson({{QStringLiteral("ok"), report.ok()},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    } else if (report.ok()) {
        printLine(QStringLiteral("The library is sound."));
    } else {
        for (const QString &p : report.problems) {
            printLine(p);
        }
    }
    return report.ok() ? Ok : Failed;
}

int runSearch(const QStringList &args)
{
    CommandLine cl(QStringLiteral("search"), QStringLiteral("Full-text search across the library."), true, true);
    cl.readsOnly = true;
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Most hits to show (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    cl.parser.addOption(limit);
    cl.parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("Words, \"a phrase\", prefix*."));
    int code = Ok;
    if (!cl.parse(args, code, 1, -1)) {
        return code;
    }
    bool numeric = false;
    const int n = cl.parser.value(limit).toInt(&numeric);
    if (!numeric || n < 1) {
        printError(QStringLiteral("--limit takes a whole number of at least 1."));
        return Usage;
    }
    auto store = openLibrary(cl);
    if (!store) {
        return Failed;
    }
    const SearchResult r = store->search(cl.parser.positionalArguments().join(QLatin1Char(' ')), n);
    if (cl.wantsJson()) {
        QJsonArray hits;
        for (const SearchHit &h : r.hits) {
            hits.append(QJsonObject{{QStringLiteral("document_id"), h.documentId},
                                    {QStringLiteral("document"), h.documentTitle},
                                    {QStringLiteral("page"), h.page},
                                    {QStringLiteral("source_type"), h.sourceType},
                                    {QStringLiteral("source_id"), h.sourceId},
                                    {QStringLiteral("recommendation_id"), h.recommendationId},
                                    {QStringLiteral("snippet"), h.snippet},
                                    {QStringLiteral("score"), h.score}});
        }
        QJsonObject out{{QStringLiteral("hits"), hits},
                        {QStringLiteral("estimated_total"), r.estimatedTotal},
                        {QStringLiteral("total_is_estimate"), r.totalIsEstimate},
                        {QStringLiteral("elapsed_ms"), r.elapsedMs}};
        if (!r.message.isEmpty()) {
            out.insert(QStringLiteral("message"), r.message);
        }
        printJson(out);
    } else {
        if (!r.message.isEmpty()) {
            printError(r.message);
        }
        for (const SearchHit &h : r.hits) {
            printLine(QStringLiteral("%1, page %2: %3").arg(h.documentTitle).arg(h.page).arg(h.snippet));
        }
        printLine(QStringLiteral("%1%2 (%3 ms)")
                      .arg(r.totalIsEstimate ? QStringLiteral("about ") : QString())
                      .arg(counted(r.estimatedTotal, "hit", "hits"))
                      .arg(r.elapsedMs, 0, 'f', 2));
    }
    return Ok;
}

} // namespace evalreview::cli
