#include "Importer.h"

#include "DocumentParser.h"
#include "ExtractionReport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <spdlog/spdlog.h>

namespace evalreview {

QStringList FileImportResult::warnings() const
{
    return extract::ExtractionReport::fromJson(extractionReport).warnings;
}

QString FileImportResult::statusName(Status s)
{
    switch (s) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString Importer::sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

FileImportResult Importer::importFile(const QString &path, const Hooks &hooks)
{
    FileImportResult result;
    result.path = path;
    const QFileInfo info(path);
    if (!info.isFile()) {
        result.badInput = true;
        result.message = QStringLiteral("The file %1 does not exist.").arg(path);
        return result;
    }
    const QString sha = sha256Of(path);
    if (sha.isEmpty()) {
        result.badInput = true;
        result.message = QStringLiteral("The file %1 cannot be read.").arg(info.fileName());
        return result;
    }
    if (const auto existing = m_store.documentBySha256(sha)) {
        result.status = FileImportResult::Status::Duplicate;
        result.documentId = *existing;
        result.message = QStringLiteral("%1 is already in the library.").arg(info.fileName());
        return result;
    }

    ParseHooks parseHooks;
    parseHooks.isCancelled = hooks.isCancelled;
    parseHooks.pageProgress = hooks.pageProgress;
    ParseOutcome parsed = m_isolation == Isolation::Subprocess ? IsolatedParser().parse(path, parseHooks)
                                                               : parseInProcess(path, parseHooks);
    if (!parsed.ok()) {
        if (parsed.reason() == ParseError::Cancelled) {
            result.status = FileImportResult::Status::Cancelled;
        } else {
            result.badInput = true;
        }
        result.message = parsed.errorString();
        return result;
    }

    ParsedDocument &document = parsed.value();
    const QJsonObject &extraction = document.extraction;
    ImportPayload payload;
    payload.fileName = info.fileName();
    payload.sourcePath = info.absoluteFilePath();
    payload.sha256 = sha;
    payload.sourceFormat = document.sourceFormat;
    payload.kind = extraction.value(QLatin1String("kind")).toString(kinds::Unknown);
    payload.title = document.title;
    payload.extraction = extraction;
    payload.pages = document.pages;
    if (hooks.replaceEarlierVersion && !payload.title.trimmed().isEmpty()) { // untitled documents are not versions
        if (const auto earlier = m_store.documentByTitle(payload.title, payload.kind)) {
            if (hooks.replaceEarlierVersion(*earlier)) {
                payload.replaces = *earlier;
            }
        }
    }
    if (hooks.isCancelled && hooks.isCancelled()) {
        result.status = FileImportResult::Status::Cancelled;
        result.message = QStringLiteral("The import was cancelled.");
        return result;
    }

    const ImportOutcome outcome = m_store.importDocument(payload);
    result.documentId = outcome.documentId;
    result.kind = payload.kind;
    result.pages = int(payload.pages.size());
    result.recommendations = int(extraction.value(QLatin1String("recommendations")).toArray().size());
    result.extractionReport = extraction.value(extract::ReportKey).toObject();
    switch (outcome.status) {
    case ImportOutcome::Status::Imported:
        result.status = FileImportResult::Status::Imported;
        result.replacedDocumentId = payload.replaces;
        result.unmatchedFollowUps = outcome.unmatchedFollowUps;
        result.keptReviewerData = outcome.keptReviewerData;
        result.keptCorrections = outcome.keptCorrections;
        break;
    case ImportOutcome::Status::Duplicate:
        result.status = FileImportResult::Status::Duplicate;
        result.message = QStringLiteral("%1 is already in the library.").arg(info.fileName());
        break;
    case ImportOutcome::Status::Failed:
        result.status = FileImportResult::Status::Failed;
        result.message = outcome.message;
        break;
    }
    return result;
}

} // namespace evalreview
