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

ParseOutcome parseInProcess(const QString &path, const ParseHooks &hooks, const QString &kind)
{
    ingest::ReadOptions options;
    options.isCancelled = hooks.isCancelled;
    options.progress = hooks.pageProgress;
    const ingest::ReadResult read = ingest::readDocument(path, options);
    if (!read.ok()) {
        if (read.reason() == ingest::ReadError::Cancelled) {
            return Failure{ParseError::Cancelled, QStringLiteral("The import was cancelled.")};
        }
        return Failure{ParseError::BadInput, read.errorString()};
    }
    const DocumentContent &content = read.value();
    ParsedDocument doc;
    doc.extraction = extract::extract(content, kind);
    doc.sourceFormat = content.format == SourceFormat::Docx ? QStringLiteral("docx") : QStringLiteral("pdf");
    doc.title = doc.extraction.value(QLatin1String("title")).toString();
    if (doc.title.isEmpty()) {
        doc.title = content.title.isEmpty() ? QFileInfo(path).completeBaseName() : content.title;
    }
    for (const Page &p : content.pages) {
        doc.pages.append({p.number, p.sizePt.width(), p.sizePt.height(), ingest::pageBodyText(p)});
    }
    return doc;
}

} // namespace evalreview
