#include "Extractors.h"

namespace evalreview::extract {

QJsonObject extractEvaluationReport(const DocumentContent &content)
{
    Q_UNUSED(content);
    return {};
}

} // namespace evalreview::extract
