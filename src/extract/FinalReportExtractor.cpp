#include "Extractors.h"

namespace evalreview::extract {

QJsonObject extractFinalReport(const DocumentContent &content)
{
    Q_UNUSED(content);
    return {};
}

} // namespace evalreview::extract
