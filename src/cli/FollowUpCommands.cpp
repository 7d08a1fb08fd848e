// list, followup, export, links: commands over the recommendations of a library.
#include "CliCommon.h"
#include "Commands.h"
#include "CsvExporter.h"
#include "ExportQuery.h"
#include "FollowUpStore.h"
#include "HtmlExporter.h"
#include "IndicatorQuery.h"
#include "LinkStore.h"
#include "PdfReportExporter.h"
#include "RecommendationQuery.h"
#include "SqliteLibraryStore.h"
#include "XlsxExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace evalreview::cli {

namespace {

/// --document, --donor, --status: the filter options list and export share.
struct FilterOptions
{
    QCommandLineOption document{QStringLiteral("document"), QStringLiteral("Only this document (its id)."),
                                QStringLiteral("ID")};
    QCommandLineOption donor{QStringLiteral("donor"), QStringLiteral("Only recommendations this donor commented."),
                             QStringLiteral("NAME")};
    QCommandLineOption status{
        QStringLiteral("status"),
        QStringLiteral("Only this follow-up status (%1).").arg(followup_status::all().join(QStringLiteral(", "))),
        QStringLiteral("S")};

    void addTo(QCommandLineParser &p) const { p.addOptions({document, donor, status}); }

    /// False (after printing why) when a value is not acceptable.
    bool read(const QCommandLineParser &p, RecommendationFilter &filter) const
    {
        if (p.isSet(document)) {
            bool ok = false;
            filter.documentId = p.value(document).toLongLong(&ok);
            if (!ok || filter.documentId <= 0) {
                printError(QStringLiteral("--document takes a document id (see: evalreview-cli stats --json)."));
                return false;
            }
        }
        filter.donor = p.value(donor);
        filter.status = p.value(status);
        if (!filter.status.isEmpty() && !followup_status::all().contains(filter.status)) {
            printError(QStringLiteral("Unknown status \"%1\"; use one of: %2.")
                           .arg(filter.status, followup_status::all().join(QStringLiteral(", "))));
            return false;
        }
        return true;
    }
};

QJsonObject rowJson(const RecommendationRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("document_id"), r.documentId},
            {QStringLiteral("code"), r.code},
            {QStringLiteral("section"), r.section},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("priority"), r.priority},
            {QStringLiteral("timing"), r.timing},
            {QStringLiteral("response_category"), r.responseCategory},
            {QStringLiteral("donor_comments"), r.donorCommentCount},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("due_date"), r.dueDate.isValid() ? r.dueDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("owner"), r.owner},
            {QStringLiteral("page"), r.page},
            {QStringLiteral("edited"), r.edited},
            {QStringLiteral("verified"), r.verified},
            {QStringLiteral("added"), r.added}};
}

} // namespace

int runList(const QStringList &args)
{
    CommandLine cl(QStringLiteral("list"), QStringLiteral("Lists recommendations with their response and follow-up."),
                   true, true);
    cl.readsOnly = true;
    const FilterOptions filters;
    filters.addTo(cl.parser);
    int code = Ok;
    if (!cl.parse(args, code)) {
        return code;
    }
    RecommendationFilter filter;
    if (!filters.read(cl.parser, filter)) {
        return Usage;
    }
    auto store = openLibrary(cl);
    if (!store) {
        return Failed;
    }
    RecommendationQuery query(store->database());
    const QList<RecommendationRow> rows = query.rows(filter, 0, 1000000);
    if (cl.wantsJson()) {
        QJsonArray out;
        for (const RecommendationRow &r : rows) {
            out.append(rowJson(r));
        }
        printJson({{QStringLiteral("recommendations"), out}});
        return Ok;
    }
    for (const RecommendationRow &r : rows) {
        printLine(QStringLiteral("%1 %2 %3 | %4 | %5 | %6")
                      .arg(r.documentId, 4)
                      .arg(r.code, -6)
                      .arg(r.title.left(60), -60)
                      .arg(response_category::label(r.responseCategory), followup_status::label(r.status),
                           r.dueDate.isValid() ? r.dueDate.toString(Qt::ISODate) : QStringLiteral("-")));
    }
    printLine(counted(rows.size(), "recommendation", "recommendations"));
    return Ok;
}

int runFollowUp(const QStringList &args)
{
    CommandLine cl(QStringLiteral("followup"),
                   QStringLiteral("Shows or records the follow-up of one recommendation; each change is kept in "
                                  "its history."),
                   true, true);
    const QCommandLineOption document(QStringLiteral("document"), QStringLiteral("The document (its id)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption codeOption(QStringLiteral("code"), QStringLiteral("The recommendation's code."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("New status."), QStringLiteral("S"));
    const QCommandLineOption owner(QStringLiteral("owner"), QStringLiteral("New owner."), QStringLiteral("O"));
    const QCommandLineOption due(QStringLiteral("due"), QStringLiteral("New due date."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("New note."), QStringLiteral("TEXT"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("Who makes the change (default: $USER)."),
                                    QStringLiteral("NAME"));
    cl.parser.addOptions({document, codeOption, status, owner, due, note, author});
    int code = Ok;
    if (!cl.parse(args, code)) {
        return code;
    }
    if (!cl.parser.isSet(document) || !cl.parser.isSet(codeOption)) {
        printError(QStringLiteral("followup needs --document ID and --code CODE."));
        return Usage;
    }
    const std::optional<qint64> documentId = positiveNumber(cl.parser, document);
    if (!documentId) {
        return Usage;
    }
    // Malformed values are usage errors, found before the library is opened.
    QString statusKey;
    if (cl.parser.isSet(status)) {
        statusKey = followup_status::fromText(cl.parser.value(status));
        if (statusKey.isEmpty()) {
            QStringList names;
            for (const QString &s : followup_status::all()) {
                names << followup_status::label(s);
            }
            printError(QStringLiteral("\"%1\" is not a follow-up status; use one of: %2.")
                           .arg(cl.parser.value(status), names.join(QStringLiteral(", "))));
            return Usage;
        }
    }
    if (cl.parser.isSet(due) && !cl.parser.value(due).isEmpty() &&
        !QDate::fromString(cl.parser.value(due), Qt::ISODate).isValid()) {
        printError(QStringLiteral("\"%1\" is not a date (use the form 2025-12-31).").arg(cl.parser.value(due)));
        return Usage;
    }
    auto store = openLibrary(cl);
    if (!store) {
        return Failed;
    }
    sql::Database &db = store->database();
    const auto id = RecommendationQuery(db).findByCode(cl.parser.value(codeOption), *documentId);
    if (!id) {
        printError(QStringLiteral("Document %1 has no recommendation %2.")
                       .arg(cl.parser.value(document), cl.parser.value(codeOption)));
        return Failed;
    }
    const QString who =
        cl.parser.isSet(author) ? cl.parser.value(author) : qEnvironmentVariable("USER", QStringLiteral(""));
    FollowUpStore followUps(db);
    const std::pair<const QCommandLineOption &, FollowUpField> edits[] = {{status, FollowUpField::Status},
                                                                          {owner, FollowUpField::Owner},
                                                                          {due, FollowUpField::DueDate},
                                                                          {note, FollowUpField::Note}};
    QList<FollowUpEdit> changes;
    for (const auto &[option, field] : edits) {
        if (cl.parser.isSet(option)) {
            changes.append({field, field == FollowUpField::Status ? statusKey : cl.parser.value(option)});
        }
    }
    if (!changes.isEmpty()) {
        followUps.set(*id, changes, who); // one transaction: every field is saved, or none
    }
    const FollowUpState s = followUps.state(*id);
    const QString dueText = s.dueDate.isValid() ? s.dueDate.toString(Qt::ISODate) : QString();
    if (cl.wantsJson()) {
        printJson({{QStringLiteral("recommendation_id"), *id},
                   {QStringLiteral("status"), s.status},
                   {QStringLiteral("owner"), s.owner},
                   {QStringLiteral("due_date"), dueText},
                   {QStringLiteral("due_derived"), s.dueDerived},
                   {QStringLiteral("note"), s.note},
                   {QStringLiteral("changes"), int(s.history.size())}});
    } else {
        printLine(QStringLiteral("%1: %2, owner %3, due %4%5")
                      .arg(cl.parser.value(codeOption), followup_status::label(s.status),
                           s.owner.isEmpty() ? QStringLiteral("-") : s.owner,
                           dueText.isEmpty() ? QStringLiteral("-") : dueText,
                           s.note.isEmpty() ? QString() : QStringLiteral("; note: ") + s.note));
    }
    return Ok;
}

int runExport(const QStringList &args)
{
    CommandLine cl(QStringLiteral("export"),
                   QStringLiteral("Exports recommendations with responses, actions, donor comments and follow-up.\n"
                                  "An xlsx workbook ends with an \"Indicators\" sheet and a pdf report has a page of\n"
                                  "them: the follow-up indicators of the exported recommendations (see: indicators),\n"
                                  "with the closure rate of the follow-ups due from --period-from to --period-to."),
                   true, false);
    cl.readsOnly = true;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv, xlsx, html, pdf or json."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption periodFrom(
        QStringLiteral("period-from"),
        QStringLiteral("Start of the period of the indicators' closure rate (xlsx, pdf; default: the start)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption periodTo(QStringLiteral("period-to"),
                                      QStringLiteral("End of that period (default: today)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const FilterOptions filters;
    cl.parser.addOptions({format, out, periodFrom, periodTo});
    filters.addTo(cl.parser);
    int code = Ok;
    if (!cl.parse(args, code)) {
        return code;
    }
    const QString fmt = cl.parser.value(format).toLower();
    const QStringList formats{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("html"),
                              QStringLiteral("pdf"), QStringLiteral("json")};
    if (!formats.contains(fmt) || !cl.parser.isSet(out)) {
        printError(QStringLiteral("export needs --format (csv, xlsx, html, pdf or json) and --out FILE."));
        return Usage;
    }
    RecommendationFilter filter;
    if (!filters.read(cl.parser, filter)) {
        return Usage;
    }
    const std::optional<QDate> start = dateOption(cl.parser, periodFrom);
    const std::optional<QDate> end = dateOption(cl.parser, periodTo);
    if (!start || !end) {
        return Usage;
    }
    if (start->isValid() && end->isValid() && *start > *end) {
        printError(QStringLiteral("--period-from is after --period-to."));
        return Usage;
    }
    auto store = openLibrary(cl);
    if (!store) {
        return Failed;
    }
    sql::Database &db = store->database();
    const QList<ExportRecord> records = loadExportRecords(db, filter);
    // The indicators of what is exported, for the workbook and the report.
    std::optional<Indicators> indicators;
    if (fmt == QLatin1String("xlsx") || fmt == QLatin1String("pdf")) {
        QSet<qint64> ids;
        for (const ExportRecord &r : records) {
            ids.insert(r.id);
        }
        IndicatorQuery query(db);
        query.restrictTo(ids);
        indicators = query.compute(QDate::currentDate(), *start, *end);
    }
    const Indicators *withIndicators = indicators ? &*indicators : nullptr;
    const QString path = cl.parser.value(out);
    const QString title = records.isEmpty() || filter.documentId == 0 ? QStringLiteral("EvalReview follow-up")
                                                                      : records.first().documentTitle;
    ExportResult written;
    QStringList notes; // what the export left out, and why
    if (fmt == QLatin1String("csv")) {
        written = CsvExporter::write(records, path);
    } else if (fmt == QLatin1String("xlsx")) {
        written = XlsxExporter::write(records, path, {}, withIndicators);
    } else if (fmt == QLatin1String("html")) {
        written = HtmlExporter::write(records, title, path, {}, &notes);
    } else if (fmt == QLatin1String("pdf")) {
        written = PdfReportExporter::write(records, title, path, {}, withIndicators);
    } else {
        QJsonArray rows;
        const QStringList donors = donorsOf(records);
        const QStringList headers = exportHeaders(donors);
        for (const ExportRecord &r : records) {
            const QStringList cells = exportCells(r, donors);
            QJsonObject o;
            for (int i = 0; i < headers.size(); ++i) {
                o.insert(headers.at(i), cells.at(i));
            }
            rows.append(o);
        }
        written = writeAtomically(path, QJsonDocument(QJsonObject{{QStringLiteral("recommendations"), rows}}).toJson());
    }
    if (!written) {
        printError(written.errorString());
        return Failed;
    }
    printLine(
        QStringLiteral("%1 recommendations written to %2").arg(records.size()).arg(QDir::toNativeSeparators(path)));
    for (const QString &note : std::as_const(notes)) {
        printError(QStringLiteral("warning: %1").arg(note));
    }
    return Ok;
}

int runLinks(const QStringList &args)
{
    CommandLine cl(QStringLiteral("links"), QStringLiteral("Lists the links between records of different documents."),
                   true, true);
    cl.readsOnly = true;
    const QCommandLineOption document(QStringLiteral("document"), QStringLiteral("Links of this document (its id)."),
                                      QStringLiteral("ID"));
    cl.parser.addOption(document);
    int code = Ok;
    auto store = parseAndOpen(cl, args, code);
    if (!store) {
        return code;
    }
    LinkStore links(store->database());
    QList<LinkInfo> found;
    if (cl.parser.isSet(document)) {
        const std::optional<qint64> documentId = positiveNumber(cl.parser, document);
        if (!documentId) {
            return Usage;
        }
        found = links.linksOfDocument(*documentId);
    } else {
        for (const DocumentSummary &d : store->documents()) {
            for (const LinkInfo &l : links.linksOfDocument(d.id)) {
                if (std::none_of(found.begin(), found.end(), [&l](const LinkInfo &x) { return x.id == l.id; })) {
                    found.append(l);
                }
            }
        }
    }
    QJsonArray out;
    for (const LinkInfo &l : found) {
        if (cl.wantsJson()) {
            out.append(QJsonObject{{QStringLiteral("id"), l.id},
                                   {QStringLiteral("from"), l.fromLabel},
                                   {QStringLiteral("to"), l.toLabel},
                                   {QStringLiteral("relation"), linkRelationName(l.relation)},
                                   {QStringLiteral("score"), l.score},
                                   {QStringLiteral("state"), linkStateName(l.state)}});
        } else {
            printLine(QStringLiteral("%1 %2 %3 (%4, %5)")
                          .arg(l.fromLabel, linkRelationName(l.relation), l.toLabel, linkStateName(l.state))
                          .arg(l.score, 0, 'f', 2));
        }
    }
    if (cl.wantsJson()) {
        printJson({{QStringLiteral("links"), out}});
    }
    return Ok;
}

} // namespace evalreview::cli
