#include "Extraction.h"

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
    }
    out.insert(QStringLiteral("kind"), kinds::all().contains(k) ? k : kinds::Unknown);
    return out;
}

} // namespace evalreview::extract
