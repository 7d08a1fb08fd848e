#include "DocumentParser.h"

#include "DocumentReader.h"
#include "Extraction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace evalreview {

QJsonObject ParsedDocument::toJson() const
{
    QJsonArray pageArray;
    for (const PageText &p : pages) {
        pageArray.append(QJsonObject{{QStringLiteral("number"), p.number},
                                     {QStringLiteral("width"), p.widthPt},
                                     {QStringLiteral("height"), p.heightPt},
                                     {QStringLiteral("text"), p.text}});
    }
    return {{QStringLiteral("source_format"), sourceFormat},
            {QStringLiteral("title"), title},
            {QStringLiteral("pages"), pageArray},
            {QStringLiteral("extraction"), extraction}};
}

ParsedDocument ParsedDocument::fromJson(const QJsonObject &json)
{
    ParsedDocument d;
    d.sourceFormat = json.value(QLatin1String("source_format")).toString();
    d.title = json.value(QLatin1String("title")).toString();
    d.extraction = json.value(QLatin1String("extraction")).toObject();
    for (const QJsonValue &v : json.value(QLatin1String("pages")).toArray()) {
        const QJsonObject p = v.toObject();
        d.pages.append({p.value(QLatin1String("number")).toInt(), p.value(QLatin1String("width")).toDouble(),
                        p.value(QLatin1String("height")).toDouble(), p.value(QLatin1String("text")).toString()});
    }
    return d;
}

ParseOutcome parseInProcess(const QString &path, const ParseHooks &hooks)
{
    ParseOutcome outcome;
    ingest::ReadOptions options;
    options.isCancelled = hooks.isCancelled;
    options.progress = hooks.pageProgress;
    const ingest::ReadResult read = ingest::readDocument(path, options);
    if (read.error == ingest::ReadError::Cancelled) {
        outcome.status = ParseOutcome::Status::Cancelled;
        outcome.message = QStringLiteral("The import was cancelled.");
        return outcome;
    }
    if (!read.ok()) {
        outcome.status = ParseOutcome::Status::BadInput;
        outcome.message = read.message;
        return outcome;
    }
    ParsedDocument &doc = outcome.document;
    doc.extraction = extract::extract(read.content);
    doc.sourceFormat = read.content.format == SourceFormat::Docx ? QStringLiteral("docx") : QStringLiteral("pdf");
    doc.title = doc.extraction.value(QLatin1String("title")).toString();
    if (doc.title.isEmpty()) {
        doc.title = read.content.title.isEmpty() ? QFileInfo(path).completeBaseName() : read.content.title;
    }
    for (const Page &p : read.content.pages) {
        doc.pages.append({p.number, p.sizePt.width(), p.sizePt.height(), ingest::pageBodyText(p)});
    }
    outcome.status = ParseOutcome::Status::Ok;
    return outcome;
}

} // namespace evalreview
