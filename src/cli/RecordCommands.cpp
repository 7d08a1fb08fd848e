// record add / edit / delete / verify / history: a reviewer's corrections of extracted records.
#include "CliCommon.h"
#include "Commands.h"
#include "CorrectionStore.h"
#include "DocumentReader.h"
#include "RegionText.h"
#include "SqliteLibraryStore.h"

#include <QFileInfo>
#include <QJsonArray>

namespace evalreview::cli {

namespace {

struct RecordOptions
{
    QCommandLineOption document{QStringLiteral("document"), QStringLiteral("The document (its id)."),
                                QStringLiteral("ID")};
    QCommandLineOption code{QStringLiteral("code"), QStringLiteral("The recommendation's code."),
                            QStringLiteral("CODE")};
    QCommandLineOption id{
        QStringLiteral("id"),
        QStringLiteral("The recommendation's id (from list --json), where codes repeat in a document."),
        QStringLiteral("ID")};
    QCommandLineOption action{QStringLiteral("action"),
                              QStringLiteral("The Nth action of the recommendation (1 = first)."), QStringLiteral("N")};
    QCommandLineOption comment{QStringLiteral("comment"),
                               QStringLiteral("The Nth donor comment of the recommendation (1 = first)."),
                               QStringLiteral("N")};
    QCommandLineOption kind{QStringLiteral("kind"),
                            QStringLiteral("add: recommendation, response, action or donor_comment."),
                            QStringLiteral("KIND")};
    QCommandLineOption page{QStringLiteral("page"), QStringLiteral("add: the page the record is on (1 = first)."),
                            QStringLiteral("P")};
    QCommandLineOption region{QStringLiteral("region"),
                              QStringLiteral("add: the record's region, x0,y0,x1,y1 in page units 0..1 from the "
                                             "top left; its words become the text."),
                              QStringLiteral("BOX")};
    QCommandLineOption text{QStringLiteral("text"), QStringLiteral("add: the text, instead of the region's words."),
                            QStringLiteral("TEXT")};
    QCommandLineOption parent{QStringLiteral("parent"),
                              QStringLiteral("add: the recommendation a response, action or comment belongs to."),
                              QStringLiteral("CODE")};
    QCommandLineOption donor{QStringLiteral("donor"), QStringLiteral("add: the donor of a donor comment."),
                             QStringLiteral("NAME")};
    QCommandLineOption field{QStringLiteral("field"), QStringLiteral("edit: the field to change."),
                             QStringLiteral("NAME")};
    QCommandLineOption value{QStringLiteral("value"), QStringLiteral("edit: its new value (empty clears it)."),
                             QStringLiteral("TEXT")};
    QCommandLineOption undo{QStringLiteral("undo"),
                            QStringLiteral("delete: restore the record; verify: withdraw the sign-off.")};
    QCommandLineOption author{QStringLiteral("author"), QStringLiteral("Who makes the change (default: $USER)."),
                              QStringLiteral("NAME")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions(
            {document, code, id, action, comment, kind, page, region, text, parent, donor, field, value, undo, author});
    }
};

/// A failure already explained to the user: the command ends with this exit code.
struct Refused
{
    int exitCode;
};

Refused refuse(const QString &sentence, int exitCode = Failed)
{
    if (!sentence.isEmpty()) { // empty: the sentence was printed where the fault was found
        printError(sentence);
    }
    return Refused{exitCode};
}

/// What a command did: one line for people, or its JSON with --json.
void report(bool json, const QJsonObject &object, const QString &line)
{
    if (json) {
        printJson(object);
    } else {
        printLine(line);
    }
}

qint64 documentId(const QCommandLineParser &p, const RecordOptions &o)
{
    bool ok = false;
    const qint64 id = p.value(o.document).toLongLong(&ok);
    if (!ok || id <= 0) {
        throw refuse(QStringLiteral("This command needs --document ID (see: evalreview-cli stats --json)."), Usage);
    }
    return id;
}

qint64 recommendationOf(CorrectionStore &store, qint64 document, const QString &code)
{
    if (code.isEmpty()) {
        throw refuse(QStringLiteral("Say which recommendation with --code CODE (or --id ID)."), Usage);
    }
    const auto id = store.recommendationByCode(document, code);
    if (!id) {
        throw refuse(QStringLiteral("Document %1 has no recommendation %2.").arg(document).arg(code));
    }
    return *id;
}

/// The record named by --document, --code and optionally --action N or --comment N.
RecordRef recordOf(sql::Database &db, CorrectionStore &store, const QCommandLineParser &p, const RecordOptions &o)
{
    qint64 rec = 0;
    if (p.isSet(o.id)) {
        const std::optional<qint64> id = positiveNumber(p, o.id);
        if (!id) {
            throw refuse(QString(), Usage);
        }
        rec = *id;
        sql::Statement st =
            db.prepare(QStringLiteral("SELECT 1 FROM recommendations WHERE id = ? AND document_id = ?"));
        st.bind(1, rec).bind(2, documentId(p, o));
        if (!st.next()) {
            throw refuse(
                QStringLiteral("Document %1 has no recommendation with id %2.").arg(documentId(p, o)).arg(rec));
        }
    } else {
        rec = recommendationOf(store, documentId(p, o), p.value(o.code));
    }
    if (!p.isSet(o.action) && !p.isSet(o.comment)) {
        return {RecordType::Recommendation, rec};
    }
    const bool isAction = p.isSet(o.action);
    const std::optional<qint64> n = positiveNumber(p, isAction ? o.action : o.comment);
    if (!n) {
        throw refuse(QString(), Usage);
    }
    sql::Statement st = db.prepare(QStringLiteral("SELECT id FROM %1 WHERE recommendation_id = ? AND deleted = 0"
                                                  " ORDER BY ordinal LIMIT 1 OFFSET ?")
                                       .arg(isAction ? QStringLiteral("actions") : QStringLiteral("donor_comments")));
    st.bind(1, rec).bind(2, *n - 1);
    if (!st.next()) {
        throw refuse(QStringLiteral("Recommendation %1 has no %2 %3.")
                         .arg(p.value(o.code), isAction ? QStringLiteral("action") : QStringLiteral("donor comment"))
                         .arg(*n));
    }
    return {isAction ? RecordType::Action : RecordType::DonorComment, st.integer(0)};
}

/// --page and --region as an anchor, and the words the document prints there.
std::pair<Anchor, QString> regionOf(sql::Database &db, qint64 document, const QCommandLineParser &p,
                                    const RecordOptions &o)
{
    const std::optional<qint64> pageNumber = positiveNumber(p, o.page);
    if (!pageNumber) {
        throw refuse(QString(), Usage);
    }
    const int page = int(std::min<qint64>(*pageNumber, 1000000));
    const QStringList parts = p.value(o.region).split(QLatin1Char(','));
    QList<double> box;
    for (const QString &part : parts) {
        bool ok = false;
        box.append(part.trimmed().toDouble(&ok));
        if (!ok || box.last() < 0 || box.last() > 1) {
            box.clear();
            break;
        }
    }
    if (page <= 0 || box.size() != 4 || box[0] >= box[2] || box[1] >= box[3]) {
        throw refuse(QStringLiteral("add needs --page P and --region x0,y0,x1,y1 (page units 0..1 from the top left, "
                                    "x0 < x1, y0 < y1)."),
                     Usage);
    }
    const Anchor anchor{page, box[0], box[1], box[2], box[3], QStringLiteral("text"), {}};
    if (p.isSet(o.text)) {
        return {anchor, p.value(o.text)};
    }
    sql::Statement st = db.prepare(QStringLiteral("SELECT source_path, page_count FROM documents WHERE id = ?"));
    st.bind(1, document);
    if (!st.next()) {
        throw refuse(QStringLiteral("The library has no document %1.").arg(document));
    }
    const QString path = st.text(0);
    if (page > st.integer(1)) {
        throw refuse(QStringLiteral("Document %1 has %2 pages.").arg(document).arg(st.integer(1)));
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        throw refuse(QStringLiteral("The document's file is no longer at %1; give the text with --text.").arg(path));
    }
    const ingest::ReadResult read = ingest::readDocument(path);
    if (!read.ok() || page > read->pages.size()) {
        throw refuse(QStringLiteral("The document's file could not be read again; give the text with --text."));
    }
    const QString text = ingest::textInRegion(read->pages.at(page - 1), {box[0], box[1], box[2], box[3]});
    if (text.isEmpty()) {
        throw refuse(QStringLiteral("No words lie in that region of page %1; draw around the text, or give it with "
                                    "--text.")
                         .arg(page));
    }
    return {anchor, text};
}

int add(sql::Database &db, CorrectionStore &store, const QCommandLineParser &p, const RecordOptions &o,
        const QString &who, bool json)
{
    const QString kind = p.value(o.kind);
    const qint64 document = documentId(p, o);
    const auto [anchor, text] = regionOf(db, document, p, o);
    if (kind == QLatin1String("response")) {
        const qint64 rec = recommendationOf(store, document, p.value(o.parent));
        store.edit({RecordType::Recommendation, rec}, QStringLiteral("response_text"), text, who);
        report(json,
               {{QStringLiteral("kind"), kind},
                {QStringLiteral("recommendation_id"), rec},
                {QStringLiteral("text"), text}},
               QStringLiteral("Response of %1: %2").arg(p.value(o.parent), text));
        return Ok;
    }
    const auto type = record_type::fromName(kind);
    if (!type) {
        throw refuse(QStringLiteral("--kind is one of: recommendation, response, action, donor_comment."), Usage);
    }
    NewRecord r;
    r.type = *type;
    r.documentId = document;
    r.text = text;
    r.region = anchor;
    r.donor = p.value(o.donor);
    if (*type == RecordType::Recommendation) {
        r.code = p.value(o.code);
    } else {
        r.parentId = recommendationOf(store, document, p.value(o.parent));
        r.code = p.value(o.code);
    }
    const qint64 id = store.add(r, who);
    const QString code =
        *type == RecordType::Recommendation ? store.value({*type, id}, QStringLiteral("code")) : QString();
    report(
        json,
        {{QStringLiteral("kind"), kind},
         {QStringLiteral("id"), id},
         {QStringLiteral("code"), code},
         {QStringLiteral("text"), text}},
        QStringLiteral("Added %1 %2: %3").arg(QString(kind).replace(QLatin1Char('_'), QLatin1Char(' ')), code, text));
    return Ok;
}

QJsonObject changeJson(const CorrectionChange &c)
{
    return {{QStringLiteral("field"), c.field},
            {QStringLiteral("old"), c.oldValue},
            {QStringLiteral("new"), c.newValue},
            {QStringLiteral("at"), c.changedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("author"), c.author}};
}

} // namespace

int runRecord(const QStringList &args)
{
    CommandLine cl(QStringLiteral("record"),
                   QStringLiteral("Corrects the records of a document: add (from a page region), edit, delete, "
                                  "verify, history. Corrections are kept beside the extracted values, with "
                                  "their history."),
                   true, true);
    cl.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, edit, delete, verify or history."));
    const RecordOptions o;
    o.addTo(cl.parser);
    int code = Ok;
    if (!cl.parse(args, code, 1, 1)) {
        return code;
    }
    const QString action = cl.parser.positionalArguments().constFirst();
    const QStringList actions{QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("delete"),
                              QStringLiteral("verify"), QStringLiteral("history")};
    if (!actions.contains(action)) {
        printError(QStringLiteral("record takes one of: %1.").arg(actions.join(QStringLiteral(", "))));
        return Usage;
    }
    auto store = openLibrary(cl);
    if (!store) {
        return Failed;
    }
    sql::Database &db = store->database();
    CorrectionStore corrections(db);
    const QString who =
        cl.parser.isSet(o.author) ? cl.parser.value(o.author) : qEnvironmentVariable("USER", QStringLiteral(""));
    try {
        if (action == QLatin1String("add")) {
            return add(db, corrections, cl.parser, o, who, cl.wantsJson());
        }
        const RecordRef record = recordOf(db, corrections, cl.parser, o);
        if (action == QLatin1String("edit")) {
            if (!cl.parser.isSet(o.field) || !cl.parser.isSet(o.value)) {
                throw refuse(QStringLiteral("edit needs --field NAME and --value TEXT."), Usage);
            }
            const QString field = cl.parser.value(o.field);
            const bool changed = corrections.edit(record, field, cl.parser.value(o.value), who);
            report(cl.wantsJson(),
                   {{QStringLiteral("changed"), changed},
                    {QStringLiteral("field"), field},
                    {QStringLiteral("value"), corrections.value(record, field)},
                    {QStringLiteral("extracted_value"), corrections.extractedValue(record, field)}},
                   changed ? QStringLiteral("Changed %1.").arg(field)
                           : QStringLiteral("%1 already had that value.").arg(field));
        } else if (action == QLatin1String("delete")) {
            const bool changed = corrections.setDeleted(record, !cl.parser.isSet(o.undo), who);
            report(cl.wantsJson(), {{QStringLiteral("changed"), changed}},
                   !changed                  ? QStringLiteral("Nothing to change.")
                   : cl.parser.isSet(o.undo) ? QStringLiteral("Restored.")
                                             : QStringLiteral("Deleted (kept in the library, marked; "
                                                              "restore it with --undo)."));
        } else if (action == QLatin1String("verify")) {
            if (record.type != RecordType::Recommendation) {
                throw refuse(QStringLiteral("A recommendation is verified as a whole, with its response, actions "
                                            "and comments."),
                             Usage);
            }
            const bool changed = corrections.setVerified(record.id, !cl.parser.isSet(o.undo), who);
            report(cl.wantsJson(), {{QStringLiteral("changed"), changed}},
                   !changed                  ? QStringLiteral("Nothing to change.")
                   : cl.parser.isSet(o.undo) ? QStringLiteral("Sign-off withdrawn.")
                                             : QStringLiteral("Verified."));
        } else {
            const QList<CorrectionChange> changes = corrections.history(record);
            if (cl.wantsJson()) {
                QJsonArray out;
                for (const CorrectionChange &c : changes) {
                    out.append(changeJson(c));
                }
                printJson({{QStringLiteral("history"), out}});
            } else {
                for (const CorrectionChange &c : changes) {
                    printLine(QStringLiteral("%1 %2 %3: %4 -> %5")
                                  .arg(c.changedAt.toString(Qt::ISODate), c.author, c.field, c.oldValue, c.newValue));
                }
            }
        }
        return Ok;
    } catch (const Refused &r) {
        return r.exitCode;
    }
}

} // namespace evalreview::cli
