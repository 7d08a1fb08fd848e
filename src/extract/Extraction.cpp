#include "Extraction.h"

#include "ClassifierCues.h"
#include "ExtractionReport.h"
#include "Extractors.h"
#include "Model.h"

namespace evalreview::extract {

QJsonObject extract(const DocumentContent &content, const QString &kind)
{
    const QString k = kind.isEmpty() ? classify(content) : kind;
    QJsonObject out;
    if (k == kinds::ManagementResponse) {
        out = extractManagementResponse(content);
    } else if (k == kinds::EvaluationReport) {
        out = extractEvaluationReport(content);
    } else if (k == kinds::ProgressReport) {
        out = extractProgressReport(content);
    } else if (k == kinds::Newsletter) {
        out = extractNewsletter(content);
    } else if (k == kinds::FinalReport) {
        out = extractFinalReport(content);
    } else if (const QString genre = genreOf(content); !genre.isEmpty()) {
        out.insert(QStringLiteral("genre"), genre);
    }
    out.insert(QStringLiteral("kind"), kinds::all().contains(k) ? k : kinds::Other);
    // An extractor may leave warnings of its own (a table it could not map); the report adds the
    // counts and what follows from them.
    const QStringList extractorWarnings = ExtractionReport::fromJson(out.value(ReportKey).toObject()).warnings;
    ExtractionReport report = ExtractionReport::of(out, extractorWarnings);
    QList<std::pair<int, double>> recognised;
    for (const Page &p : content.pages) {
        if (p.isOcr()) {
            recognised.append({p.number, p.ocrConfidence});
        }
    }
    report.noteRecognition(recognised, content.ocrLanguage, out);
    out.insert(ReportKey, report.toJson());
    return out;
}

} // namespace evalreview::extract
