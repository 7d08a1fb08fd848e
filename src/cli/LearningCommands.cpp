// lessons, themes, recurring, indicators: learning across the evaluations of a library.
#include "CliCommon.h"
#include "Commands.h"
#include "CsvExporter.h"
#include "IndicatorQuery.h"
#include "LessonQuery.h"
#include "RecurringGroups.h"
#include "SqliteLibraryStore.h"
#include "ThemeStore.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace evalreview::cli {

namespace {

sql::Database &databaseOf(LibraryStore *store)
{
    return store->database();
}

} // namespace

int runLessons(const QStringList &args)
{
    CommandLine cl(QStringLiteral("lessons"),
                   QStringLiteral("Lists the lessons learned, good practices and conclusions of the library's\n"
                                  "documents, with the page and region they are printed on and their themes."),
                   true, true);
    cl.readsOnly = true;
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("Only those with all these words (case and accents folded)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QStringLiteral("Only this kind (%1).").arg(LessonQuery::kinds().join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption document(QStringLiteral("document"), QStringLiteral("Only this document (its id)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Only those tagged with this theme (its key, see: themes)."),
                                   QStringLiteral("KEY"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Write them to this CSV file (UTF-8, formula-safe) instead."),
                                 QStringLiteral("FILE"));
    cl.parser.addOptions({search, kind, document, theme, csv});
    int code = Ok;
    if (!cl.parse(args, code)) {
        return code;
    }
    LessonFilter filter;
    filter.search = cl.parser.value(search);
    filter.kind = cl.parser.value(kind);
    filter.theme = cl.parser.value(theme);
    if (!filter.kind.isEmpty() && !LessonQuery::kinds().contains(filter.kind)) {
        printError(QStringLiteral("Unknown kind \"%1\"; use one of: %2.")
                       .arg(filter.kind, LessonQuery::kinds().join(QStringLiteral(", "))));
        return Usage;
    }
    if (cl.parser.isSet(document)) {
        const std::optional<qint64> id = positiveNumber(cl.parser, document);
        if (!id) {
            return Usage;
        }
        filter.documentId = *id;
    }
    auto store = openLibrary(cl);
    if (!store) {
        return Failed;
    }
    const QList<LessonRow> rows = LessonQuery(databaseOf(store.get())).list(filter);
    if (cl.parser.isSet(csv)) {
        const QString path = cl.parser.value(csv);
        if (const ExportResult target = checkExportTarget(path); !target) {
            printError(target.errorString());
            return Failed;
        }
        const QByteArray bytes = CsvExporter::renderLessons(rows);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            printError(QStringLiteral("%1 could not be written.").arg(path));
            return Failed;
        }
        printError(QStringLiteral("%1 written (%2 rows).").arg(path).arg(rows.size()));
        return Ok;
    }
    if (cl.wantsJson()) {
        QJsonArray out;
        for (const LessonRow &r : rows) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("document_id"), r.documentId},
                          {QStringLiteral("document"), r.documentTitle},
                          {QStringLiteral("file_name"), r.fileName},
                          {QStringLiteral("kind"), r.kind},
                          {QStringLiteral("ordinal"), r.ordinal},
                          {QStringLiteral("text"), r.text},
                          {QStringLiteral("themes"), QJsonArray::fromStringList(r.themes)}};
            if (r.page > 0) {
                o.insert(QStringLiteral("page"), r.page);
                o.insert(QStringLiteral("region"), QJsonArray{r.region[0], r.region[1], r.region[2], r.region[3]});
            } else {
                o.insert(QStringLiteral("page"), QJsonValue());
            }
            out.append(o);
        }
        printJson({{QStringLiteral("lessons"), out}, {QStringLiteral("count"), out.size()}});
        return Ok;
    }
    for (const LessonRow &r : rows) {
        const QString where = r.page > 0 ? QStringLiteral(", page %1").arg(r.page) : QString();
        const QString themes =
            r.themeLabels.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.themeLabels.join(QStringLiteral("; ")));
        printLine(QStringLiteral("%1%2 — %3: %4%5")
                      .arg(r.documentTitle.isEmpty() ? r.fileName : r.documentTitle, where,
                           LessonQuery::kindLabel(r.kind), r.text, themes));
    }
    printLine(QStringLiteral("%1 found").arg(rows.size()));
    return Ok;
}

int runThemes(const QStringList &args)
{
    CommandLine cl(
        QStringLiteral("themes"),
        QStringLiteral("Shows how often each theme of the library's taxonomy (the 17 SDGs and cross-cutting\n"
                       "themes by default) is tagged on recommendations, actions and lessons. Tags are\n"
                       "suggested from the themes' keywords at import (--suggest makes them again for the\n"
                       "whole library); a reviewer confirms or removes them, which later suggestions keep.\n"
                       "--export and --import write and read the taxonomy as CSV (key, group, label,\n"
                       "keywords_en, keywords_fr, keywords_es; keywords separated by \";\", a \"*\" ending a\n"
                       "word matches any ending)."),
        true, true);
    const QCommandLineOption exportCsv(QStringLiteral("export"), QStringLiteral("Write the taxonomy to this CSV file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption importCsv(QStringLiteral("import"),
                                       QStringLiteral("Replace the taxonomy with this CSV file and suggest the tags "
                                                      "again (confirmed and removed tags of kept themes stay)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption suggest(QStringLiteral("suggest"),
                                     QStringLiteral("Suggest the tags of the whole library again."));
    const QCommandLineOption confirm(QStringLiteral("confirm"),
                                     QStringLiteral("Confirm the tag of this theme (its key) on the record named by "
                                                    "--recommendation, --action or --lesson."),
                                     QStringLiteral("KEY"));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    QStringLiteral("Remove the tag of this theme from that record (it is not "
                                                   "suggested again)."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption recommendation(QStringLiteral("recommendation"),
                                            QStringLiteral("A recommendation (its id, see: list --json)."),
                                            QStringLiteral("ID"));
    const QCommandLineOption action(QStringLiteral("action"), QStringLiteral("An action (its id)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption lesson(QStringLiteral("lesson"),
                                    QStringLiteral("A lesson or good practice (its id, see: lessons --json)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("Who makes the change (default: $USER)."),
                                    QStringLiteral("NAME"));
    cl.parser.addOptions({exportCsv, importCsv, suggest, confirm, remove, recommendation, action, lesson, author});
    int code = Ok;
    if (!cl.parse(args, code)) {
        return code;
    }
    const bool tagging = cl.parser.isSet(confirm) || cl.parser.isSet(remove);
    if (cl.parser.isSet(confirm) && cl.parser.isSet(remove)) {
        printError(QStringLiteral("Give --confirm or --remove, not both."));
        return Usage;
    }
    QString targetType;
    std::optional<qint64> targetId;
    for (const auto &[option, type] :
         {std::pair{&recommendation, QStringLiteral("recommendation")}, std::pair{&action, QStringLiteral("action")},
          std::pair{&lesson, QStringLiteral("record")}}) {
        if (cl.parser.isSet(*option)) {
            if (!targetType.isEmpty()) {
                printError(QStringLiteral("Name one record: --recommendation, --action or --lesson."));
                return Usage;
            }
            targetType = type;
            targetId = positiveNumber(cl.parser, *option);
            if (!targetId) {
                return Usage;
            }
        }
    }
    if (tagging && targetType.isEmpty()) {
        printError(QStringLiteral("--confirm and --remove need --recommendation, --action or --lesson."));
        return Usage;
    }
    QList<Theme> imported;
    if (cl.parser.isSet(importCsv)) {
        QFile f(cl.parser.value(importCsv));
        if (!f.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("%1 cannot be read.").arg(cl.parser.value(importCsv)));
            return BadInput;
        }
        QString error;
        imported = ThemeStore::parseCsv(QString::fromUtf8(f.readAll()), &error);
        if (imported.isEmpty()) {
            printError(QStringLiteral("%1 is no theme taxonomy: %2").arg(cl.parser.value(importCsv), error));
            return BadInput;
        }
    }
    cl.readsOnly = !tagging && !cl.parser.isSet(importCsv) && !cl.parser.isSet(suggest);
    auto store = openLibrary(cl);
    if (!store) {
        return Failed;
    }
    ThemeStore themes(databaseOf(store.get()));
    if (!imported.isEmpty()) {
        themes.replaceThemes(imported);
        printError(QStringLiteral("The taxonomy now has %1 themes.").arg(imported.size()));
    }
    if (cl.parser.isSet(suggest)) {
        const qint64 n = themes.suggest();
        printError(QStringLiteral("%1 tags suggested.").arg(n));
    }
    if (tagging) {
        const QString key = cl.parser.isSet(confirm) ? cl.parser.value(confirm) : cl.parser.value(remove);
        const QString status = cl.parser.isSet(confirm) ? tag_status::Confirmed : tag_status::Removed;
        const QString who =
            cl.parser.isSet(author) ? cl.parser.value(author) : qEnvironmentVariable("USER", QStringLiteral(""));
        if (!themes.setStatus(targetType, *targetId, key, status, who)) {
            printError(QStringLiteral("There is no theme \"%1\" or no such %2 in the library.").arg(key, targetType));
            return Failed;
        }
        if (cl.wantsJson()) {
            QJsonArray tags;
            for (const ThemeTag &t : themes.tagsOf(targetType, *targetId)) {
                tags.append(QJsonObject{{QStringLiteral("theme"), t.themeKey},
                                        {QStringLiteral("status"), t.status},
                                        {QStringLiteral("keyword"), t.keyword}});
            }
            printJson({{QStringLiteral("target_type"), targetType},
                       {QStringLiteral("target_id"), *targetId},
                       {QStringLiteral("tags"), tags}});
        } else {
            for (const ThemeTag &t : themes.tagsOf(targetType, *targetId)) {
                printLine(QStringLiteral("%1 (%2)").arg(t.themeLabel, t.status));
            }
        }
        return Ok;
    }
    if (cl.parser.isSet(exportCsv)) {
        QSaveFile out(cl.parser.value(exportCsv));
        if (!out.open(QIODevice::WriteOnly) || out.write(ThemeStore::toCsv(themes.themes()).toUtf8()) < 0 ||
            !out.commit()) {
            printError(QStringLiteral("%1 could not be written.").arg(cl.parser.value(exportCsv)));
            return Failed;
        }
        return Ok;
    }
    if (!targetType.isEmpty()) {
        QJsonArray tags;
        for (const ThemeTag &t : themes.tagsOf(targetType, *targetId)) {
            if (cl.wantsJson()) {
                tags.append(QJsonObject{{QStringLiteral("theme"), t.themeKey},
                                        {QStringLiteral("status"), t.status},
                                        {QStringLiteral("keyword"), t.keyword}});
            } else {
                printLine(QStringLiteral("%1 (%2%3)")
                              .arg(t.themeLabel, t.status,
                                   t.keyword.isEmpty() ? QString() : QStringLiteral(", \"%1\"").arg(t.keyword)));
            }
        }
        if (cl.wantsJson()) {
            printJson({{QStringLiteral("target_type"), targetType},
                       {QStringLiteral("target_id"), *targetId},
                       {QStringLiteral("tags"), tags}});
        }
        return Ok;
    }
    const QList<ThemeCount> counts = themes.counts();
    if (cl.wantsJson()) {
        QJsonArray out;
        for (const ThemeCount &c : counts) {
            out.append(QJsonObject{{QStringLiteral("key"), c.key},
                                   {QStringLiteral("group"), c.group},
                                   {QStringLiteral("label"), c.label},
                                   {QStringLiteral("recommendations"), c.recommendations},
                                   {QStringLiteral("actions"), c.actions},
                                   {QStringLiteral("lessons"), c.lessons},
                                   {QStringLiteral("confirmed"), c.confirmed},
                                   {QStringLiteral("documents"), c.documents}});
        }
        printJson({{QStringLiteral("themes"), out}});
        return Ok;
    }
    if (counts.isEmpty()) {
        printLine(QStringLiteral("This library has no theme taxonomy yet (open it with this version to add it)."));
        return Ok;
    }
    printLine(QStringLiteral("%1 %2 %3 %4 %5")
                  .arg(QStringLiteral("Theme"), -46)
                  .arg(QStringLiteral("Recs"), 6)
                  .arg(QStringLiteral("Actions"), 8)
                  .arg(QStringLiteral("Lessons"), 8)
                  .arg(QStringLiteral("Documents"), 10));
    for (const ThemeCount &c : counts) {
        printLine(QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(c.label.left(46), -46)
                      .arg(c.recommendations, 6)
                      .arg(c.actions, 8)
                      .arg(c.lessons, 8)
                      .arg(c.documents, 10));
    }
    return Ok;
}

int runRecurring(const QStringList &args)
{
    CommandLine cl(
        QStringLiteral("recurring"),
        QStringLiteral("Lists the groups of recommendations of different documents that say the same thing\n"
                       "(\"seen in N evaluations\"), most documents first. --compute finds the groups of the\n"
                       "whole library again (words compared case and accents folded; a response and the\n"
                       "recommendation it answers are never grouped); --group shows one group; --split\n"
                       "takes a recommendation out of its group for good."),
        true, true);
    const QCommandLineOption compute(QStringLiteral("compute"),
                                     QStringLiteral("Find the groups again and store them."));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        QStringLiteral("Least similarity of two recommendations' words, 0.05 to 1 (default 0.5); with --compute."),
        QStringLiteral("T"), QStringLiteral("0.5"));
    const QCommandLineOption group(QStringLiteral("group"), QStringLiteral("Show the members of this group (its id)."),
                                   QStringLiteral("ID"));
    const QCommandLineOption split(QStringLiteral("split"),
                                   QStringLiteral("Take this recommendation (its id) out of its group."),
                                   QStringLiteral("ID"));
    const QCommandLineOption minDocuments(QStringLiteral("min-documents"),
                                          QStringLiteral("Only groups seen in at least N documents (default 2)."),
                                          QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("Who makes the change (default: $USER)."),
                                    QStringLiteral("NAME"));
    cl.parser.addOptions({compute, threshold, group, split, minDocuments, author});
    int code = Ok;
    if (!cl.parse(args, code)) {
        return code;
    }
    bool ok = false;
    RecurringOptions options;
    options.threshold = cl.parser.value(threshold).toDouble(&ok);
    if (!ok || options.threshold < 0.05 || options.threshold > 1) {
        printError(QStringLiteral("--threshold takes a number from 0.05 to 1."));
        return Usage;
    }
    const std::optional<qint64> least = positiveNumber(cl.parser, minDocuments);
    if (!least) {
        return Usage;
    }
    std::optional<qint64> groupId;
    if (cl.parser.isSet(group) && !(groupId = positiveNumber(cl.parser, group))) {
        return Usage;
    }
    std::optional<qint64> splitId;
    if (cl.parser.isSet(split) && !(splitId = positiveNumber(cl.parser, split))) {
        return Usage;
    }
    cl.readsOnly = !cl.parser.isSet(compute) && !splitId;
    auto store = openLibrary(cl);
    if (!store) {
        return Failed;
    }
    sql::Database &db = databaseOf(store.get());
    if (!libraryHasTable(db, QStringLiteral("recurring_groups"))) {
        printError(QStringLiteral("This library has no recurring groups yet (open it with this version, then "
                                  "run recurring --compute)."));
        return Failed;
    }
    RecurringStore recurring(db);
    if (cl.parser.isSet(compute)) {
        const RecurringReport r = recurring.compute(options);
        printError(QStringLiteral("%1 groups of %2 recommendations found among %3 in %4 s.")
                       .arg(r.groups)
                       .arg(r.grouped)
                       .arg(r.recommendations)
                       .arg(r.seconds, 0, 'f', 1));
    }
    if (splitId) {
        const QString who =
            cl.parser.isSet(author) ? cl.parser.value(author) : qEnvironmentVariable("USER", QStringLiteral(""));
        if (!recurring.split(*splitId, who)) {
            printError(QStringLiteral("Recommendation %1 is in no group.").arg(*splitId));
            return Failed;
        }
        printError(QStringLiteral("Recommendation %1 was taken out of its group.").arg(*splitId));
        return Ok;
    }
    if (groupId) {
        const std::optional<RecurringGroup> g = recurring.group(*groupId);
        if (!g) {
            printError(QStringLiteral("There is no group %1.").arg(*groupId));
            return Failed;
        }
        const QList<RecurringMember> members = recurring.members(*groupId);
        if (cl.wantsJson()) {
            QJsonArray out;
            for (const RecurringMember &m : members) {
                out.append(QJsonObject{{QStringLiteral("recommendation_id"), m.recommendationId},
                                       {QStringLiteral("document_id"), m.documentId},
                                       {QStringLiteral("document"), m.documentTitle},
                                       {QStringLiteral("code"), m.code},
                                       {QStringLiteral("text"), m.text},
                                       {QStringLiteral("page"), m.page},
                                       {QStringLiteral("similarity"), m.similarity}});
            }
            printJson({{QStringLiteral("id"), g->id},
                       {QStringLiteral("label"), g->label},
                       {QStringLiteral("documents"), g->documents},
                       {QStringLiteral("members"), out}});
        } else {
            printLine(QStringLiteral("Group %1, seen in %2 documents: %3").arg(g->id).arg(g->documents).arg(g->label));
            for (const RecurringMember &m : members) {
                printLine(QStringLiteral("  [%1] %2, %3 (page %4, similarity %5): %6")
                              .arg(m.recommendationId)
                              .arg(m.documentTitle, m.code)
                              .arg(m.page)
                              .arg(m.similarity, 0, 'f', 2)
                              .arg(m.text.simplified().left(160)));
            }
        }
        return Ok;
    }
    const QList<RecurringGroup> groups = recurring.groups(int(*least));
    if (cl.wantsJson()) {
        QJsonArray out;
        for (const RecurringGroup &g : groups) {
            out.append(QJsonObject{{QStringLiteral("id"), g.id},
                                   {QStringLiteral("label"), g.label},
                                   {QStringLiteral("documents"), g.documents},
                                   {QStringLiteral("members"), g.members}});
        }
        printJson({{QStringLiteral("groups"), out}});
        return Ok;
    }
    for (const RecurringGroup &g : groups) {
        printLine(QStringLiteral("%1  seen in %2 documents (%3): %4")
                      .arg(g.id, 5)
                      .arg(g.documents)
                      .arg(counted(g.members, "recommendation", "recommendations"), g.label));
    }
    printLine(counted(groups.size(), "group", "groups"));
    return Ok;
}

namespace {

QJsonObject indicatorJson(const IndicatorRow &r)
{
    QJsonObject o{{QStringLiteral("group"), r.group},
                  {QStringLiteral("recommendations"), r.recommendations},
                  {QStringLiteral("responses"), r.responses},
                  {QStringLiteral("not_actionable"), r.notActionable},
                  {QStringLiteral("accepted"), r.accepted},
                  {QStringLiteral("accepted_implemented"), r.acceptedImplemented},
                  {QStringLiteral("implemented_share"), r.implementedShare()},
                  {QStringLiteral("due"), r.due},
                  {QStringLiteral("closed"), r.closed},
                  {QStringLiteral("closure_rate"), r.closureRate()},
                  {QStringLiteral("overdue"), r.overdue},
                  {QStringLiteral("open_donor_requests"), r.openDonorRequests}};
    if (const std::optional<double> median = r.medianResponseDays()) {
        o.insert(QStringLiteral("median_days_to_response"), *median);
    }
    if (r.documentId > 0) {
        o.insert(QStringLiteral("document_id"), r.documentId);
    }
    return o;
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 0);
}

void printIndicatorTable(const QString &heading, const QList<IndicatorRow> &rows,
                         const QString &unnamed = QStringLiteral("(unknown)"))
{
    printLine(QStringLiteral("\n%1").arg(heading));
    printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                  .arg(QStringLiteral("Group"), -40)
                  .arg(QStringLiteral("Recs"), 6)
                  .arg(QStringLiteral("Not act."), 9)
                  .arg(QStringLiteral("Accepted"), 9)
                  .arg(QStringLiteral("Impl."), 6)
                  .arg(QStringLiteral("Due/closed"), 11)
                  .arg(QStringLiteral("Overdue"), 8)
                  .arg(QStringLiteral("Requests"), 9));
    for (const IndicatorRow &r : rows) {
        printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                      .arg((r.group.isEmpty() ? unnamed : r.group).left(40), -40)
                      .arg(r.recommendations, 6)
                      .arg(QStringLiteral("%1/%2").arg(r.notActionable).arg(r.responses), 9)
                      .arg(r.accepted, 9)
                      .arg(percent(r.implementedShare()), 6)
                      .arg(QStringLiteral("%1/%2").arg(r.closed).arg(r.due), 11)
                      .arg(r.overdue, 8)
                      .arg(r.openDonorRequests, 9));
    }
}

} // namespace

int runIndicators(const QStringList &args)
{
    CommandLine cl(QStringLiteral("indicators"),
                   QStringLiteral("Follow-up indicators by document, organisation and year: responses not actionable\n"
                                  "(no action with both a responsible unit and a time frame), share of accepted\n"
                                  "recommendations implemented (follow-up completed), closure rate of the follow-ups\n"
                                  "due in the period (closed by its end), overdue follow-ups (also by owner), open\n"
                                  "donor requests, and the days from an evaluation to the management response that\n"
                                  "answers it where both documents give a date. --csv writes them as a table:\n"
                                  "all the recommendations, then a line per document, organisation, year and owner."),
                   true, true);
    cl.readsOnly = true;
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("Start of the period of the closure rate (default: the start)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("End of that period (default: today)."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The day overdue is counted from (default: today)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Write them to this CSV file (UTF-8, formula-safe) instead."),
                                 QStringLiteral("FILE"));
    cl.parser.addOptions({from, to, today, csv});
    int code = Ok;
    if (!cl.parse(args, code)) {
        return code;
    }
    const std::optional<QDate> start = dateOption(cl.parser, from);
    const std::optional<QDate> end = dateOption(cl.parser, to);
    const std::optional<QDate> day = dateOption(cl.parser, today);
    if (!start || !end || !day) {
        return Usage;
    }
    if (start->isValid() && end->isValid() && *start > *end) {
        printError(QStringLiteral("--from is after --to."));
        return Usage;
    }
    auto store = openLibrary(cl);
    if (!store) {
        return Failed;
    }
    const Indicators in =
        IndicatorQuery(databaseOf(store.get())).compute(day->isValid() ? *day : QDate::currentDate(), *start, *end);
    if (cl.parser.isSet(csv)) {
        const QString path = cl.parser.value(csv);
        if (const ExportResult written = writeAtomically(path, CsvExporter::renderIndicators(in)); !written) {
            printError(written.errorString());
            return Failed;
        }
        printError(QStringLiteral("%1 written.").arg(path));
        return Ok;
    }
    if (cl.wantsJson()) {
        const auto rows = [](const QList<IndicatorRow> &list) {
            QJsonArray a;
            for (const IndicatorRow &r : list) {
                a.append(indicatorJson(r));
            }
            return a;
        };
        QJsonArray owners;
        for (const OwnerOverdue &o : in.overdueByOwner) {
            owners.append(QJsonObject{{QStringLiteral("owner"), o.owner}, {QStringLiteral("overdue"), o.overdue}});
        }
        QJsonArray times;
        for (const ResponseTime &t : in.responseTimes) {
            times.append(QJsonObject{{QStringLiteral("evaluation_id"), t.evaluationId},
                                     {QStringLiteral("evaluation"), t.evaluation},
                                     {QStringLiteral("response_id"), t.responseId},
                                     {QStringLiteral("response"), t.response},
                                     {QStringLiteral("days"), t.days}});
        }
        printJson({{QStringLiteral("from"), in.from.isValid() ? in.from.toString(Qt::ISODate) : QString()},
                   {QStringLiteral("to"), in.to.toString(Qt::ISODate)},
                   {QStringLiteral("today"), in.today.toString(Qt::ISODate)},
                   {QStringLiteral("total"), indicatorJson(in.total)},
                   {QStringLiteral("by_document"), rows(in.byDocument)},
                   {QStringLiteral("by_organisation"), rows(in.byOrganisation)},
                   {QStringLiteral("by_year"), rows(in.byYear)},
                   {QStringLiteral("by_owner"), rows(in.byOwner)},
                   {QStringLiteral("overdue_by_owner"), owners},
                   {QStringLiteral("response_times"), times}});
        return Ok;
    }
    const IndicatorRow &t = in.total;
    printLine(QStringLiteral("Period %1 to %2, overdue as of %3")
                  .arg(in.from.isValid() ? in.from.toString(Qt::ISODate) : QStringLiteral("the start"),
                       in.to.toString(Qt::ISODate), in.today.toString(Qt::ISODate)));
    printLine(QStringLiteral("Responses not actionable: %1 of %2").arg(t.notActionable).arg(t.responses));
    printLine(QStringLiteral("Accepted recommendations implemented: %1 of %2 (%3)")
                  .arg(t.acceptedImplemented)
                  .arg(t.accepted)
                  .arg(percent(t.implementedShare())));
    printLine(QStringLiteral("Closure rate: %1 of %2 due in the period closed (%3)")
                  .arg(t.closed)
                  .arg(t.due)
                  .arg(percent(t.closureRate())));
    printLine(QStringLiteral("Overdue: %1; open donor requests: %2").arg(t.overdue).arg(t.openDonorRequests));
    printIndicatorTable(QStringLiteral("By document"), in.byDocument);
    printIndicatorTable(QStringLiteral("By organisation"), in.byOrganisation);
    printIndicatorTable(QStringLiteral("By year (of the document's date)"), in.byYear);
    printIndicatorTable(QStringLiteral("By owner (of the follow-up)"), in.byOwner, QStringLiteral("(no owner)"));
    if (!in.overdueByOwner.isEmpty()) {
        printLine(QStringLiteral("\nOverdue by owner"));
        for (const OwnerOverdue &o : in.overdueByOwner) {
            printLine(QStringLiteral("%1 %2")
                          .arg(o.owner.isEmpty() ? QStringLiteral("(no owner)") : o.owner, -40)
                          .arg(o.overdue, 6));
        }
    }
    if (!in.responseTimes.isEmpty()) {
        printLine(QStringLiteral("\nFrom evaluation to management response"));
        for (const ResponseTime &r : in.responseTimes) {
            printLine(QStringLiteral("%1 days: %2 -> %3").arg(r.days).arg(r.evaluation, r.response));
        }
    }
    return Ok;
}

} // namespace evalreview::cli
